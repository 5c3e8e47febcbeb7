import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { createDriver, serverVersion } from "./driver.ts";
import { startEmbeddedNeo4j } from "./embedded.ts";
import { type EmbeddedSupervisor, superviseEmbedded } from "./supervisor.ts";

/** The process's connection to Neo4j, and the embedded server behind it when we started one. */
export interface Database {
  driver: Driver;
  /** undefined = the server's default database */
  name: string | undefined;
  uri: string;
  version: string;
  /** Set when this process started (and keeps restarting) an embedded Neo4j. */
  embedded: EmbeddedSupervisor | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * When no NEO4J_URI is set, first look for an embedded Neo4j already serving the local port (e.g. the one
   * `npm start` runs) and use it, instead of failing on the store lock. Tools like the seed CLI want this.
   */
  reuseRunningEmbedded?: boolean;
}

/** Uses NEO4J_URI when set; otherwise starts the embedded Neo4j. Resolves once the driver can talk to it. */
export async function openDatabase(config: Config, log: Logger, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedSupervisor | undefined;
  let uri = config.NEO4J_URI;
  if (uri === undefined && options.reuseRunningEmbedded && (await isServing(localUri(config)))) {
    uri = localUri(config);
    log.info({ uri }, "using the embedded Neo4j that is already running");
  }
  if (uri === undefined) {
    const settings = {
      port: config.NEO4J_LOCAL_PORT,
      dataDir: config.NEO4J_LOCAL_DATA_DIR,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCache: config.NEO4J_LOCAL_PAGE_CACHE,
      log,
    };
    const first = await startEmbeddedNeo4j(settings);
    // A restart must come back on the same address; with port 0 that would be a new one, so restart on it.
    embedded = superviseEmbedded(first, { ...settings, port: Number(new URL(first.uri).port) });
    uri = first.uri;
  } else {
    log.info({ uri }, "using external Neo4j");
  }
  const driver = createDriver({
    uri,
    user: config.NEO4J_USER,
    // The embedded server runs without auth on loopback; an external one gets the configured credentials.
    password: config.NEO4J_URI === undefined ? undefined : config.NEO4J_PASSWORD,
    poolSize: config.NEO4J_POOL_SIZE,
    retryMs: config.NEO4J_RETRY_MS,
  });
  try {
    await driver.verifyConnectivity(config.NEO4J_DATABASE ? { database: config.NEO4J_DATABASE } : {});
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  const version = await serverVersion(driver, config.NEO4J_DATABASE);
  return {
    driver,
    name: config.NEO4J_DATABASE,
    uri,
    version,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

function localUri(config: Config): string {
  return `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`;
}

async function isServing(uri: string): Promise<boolean> {
  const probe = createDriver({ uri, acquireTimeoutMs: 1_000 });
  try {
    await probe.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}
