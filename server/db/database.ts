import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { createDriver, serverVersion } from "./driver.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded.ts";

/** The process's connection to Neo4j, and the embedded server behind it when we started one. */
export interface Database {
  driver: Driver;
  /** undefined = the server's default database */
  name: string | undefined;
  uri: string;
  version: string;
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

/** Uses NEO4J_URI when set; otherwise starts the embedded Neo4j. Resolves once the driver can talk to it. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (uri === undefined) {
    embedded = await startEmbeddedNeo4j({
      port: config.NEO4J_LOCAL_PORT,
      dataDir: config.NEO4J_LOCAL_DATA_DIR,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCache: config.NEO4J_LOCAL_PAGE_CACHE,
      log,
    });
    uri = embedded.uri;
  } else {
    log.info({ uri }, "using external Neo4j");
  }
  const driver = createDriver({
    uri,
    user: config.NEO4J_USER,
    // The embedded server runs without auth on loopback; an external one gets the configured credentials.
    password: embedded ? undefined : config.NEO4J_PASSWORD,
    poolSize: config.NEO4J_POOL_SIZE,
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
