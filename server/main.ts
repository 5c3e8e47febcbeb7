import type { Server } from "node:http";
import { type Config, ConfigError, loadConfig } from "../platform/config.ts";
import { type Database, openDatabase } from "../platform/db/database.ts";
import { ToolchainError } from "../platform/db/toolchain.ts";
import { logger } from "../platform/logger.ts";
import { createApp } from "./app.ts";
import { installMemoryReport } from "./memory-report.ts";
import { seedBundledIfEmpty } from "./seed-on-start.ts";
import { warmUp } from "./warm-up.ts";
import { prepareWebApp, type WebApp } from "./web-app.ts";

/**
 * `npm start`: Neo4j (NEO4J_URI, else embedded), seeded when empty, API + web app on PORT.
 * Ctrl-C stops the HTTP server, closes the driver and shuts the embedded database down cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  installMemoryReport();
  // The web build and the database start overlap: on a fresh clone both take a while.
  const building = new AbortController();
  const webAppReady = prepareWebApp(logger.child({ component: "web-app" }), { signal: building.signal });
  const db = await openDatabase(config, logger).catch((error: unknown) => {
    building.abort();
    throw error;
  });
  if (config.SEED_ON_START === "auto") await seedBundledIfEmpty(db, logger);
  const webApp = await webAppReady;
  const server = await listen(config, db, webApp);
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`;
  logger.info({ url, neo4j: db.version }, "policy-graph is up");
  const notServed = webApp.problem
    ? `\n  the explorer is not served: ${webApp.problem.reason}; run: ${webApp.problem.fix}`
    : "";
  console.log(`\n  policy-graph explorer: ${url}${notServed}\n  Neo4j ${db.version} at ${db.uri}\n  Ctrl-C to stop\n`);
  const warming = new AbortController();
  const self = `http://${["0.0.0.0", "::"].includes(config.HOST) ? "127.0.0.1" : config.HOST}:${config.PORT}`;
  void warmUp(self, logger.child({ component: "warm-up" }), warming.signal);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    warming.abort();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function listen(config: Config, db: Database, webApp: WebApp): Promise<Server> {
  const app = createApp({ db, config, log: logger, webApp });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.PORT, config.HOST, () => resolve(server));
    // Bound how long a slow or stalled client can hold a socket.
    server.requestTimeout = config.REQUEST_TIMEOUT_MS * 2;
    server.headersTimeout = 20_000;
    server.once("error", reject);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ToolchainError) console.error(error.message);
  else logger.fatal({ err: error }, "start-up failed");
  process.exit(1);
});
