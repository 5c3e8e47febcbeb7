import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { type Config, loadConfig } from "../platform/config.ts";
import type { Database } from "../platform/db/database.ts";
import { serverVersion } from "../platform/db/driver.ts";
import { logger } from "../platform/logger.ts";
import { createApp } from "../server/app.ts";

export interface TestServer {
  baseUrl: string;
  config: Config;
  close(): Promise<void>;
}

/**
 * Neo4j plans a query on its first run and caches the plan. On a busy two-core machine the first plan of the
 * largest queries (a case's detail, a subgraph) takes close to the production 10 s query timeout, and the test
 * would read a 503 where it checks an answer. Tests check answers; the benchmarks check time.
 */
const TEST_TIMEOUTS = { QUERY_TIMEOUT_MS: "60000", REQUEST_TIMEOUT_MS: "90000" };

/** The real app over the test database, listening on a free loopback port. */
export async function startTestServer(driver: Driver, env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "silent", ...TEST_TIMEOUTS, ...env });
  const db: Database = {
    driver,
    name: undefined,
    uri: inject("neo4jUri"),
    version: await serverVersion(driver),
    embedded: undefined,
    close: async () => {},
  };
  const app = createApp({ db, config, log: logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
