import { ConfigError, loadConfig } from "../config.ts";
import { logger } from "../logger.ts";
import { startEmbeddedNeo4j } from "./embedded.ts";
import { ToolchainError } from "./toolchain.ts";

/** `npm run neo4j`: only the embedded database, e.g. for the seed CLI or a Neo4j Browser session. */
async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j({
    port: config.NEO4J_LOCAL_PORT,
    dataDir: config.NEO4J_LOCAL_DATA_DIR,
    heap: config.NEO4J_LOCAL_HEAP,
    pageCache: config.NEO4J_LOCAL_PAGE_CACHE,
    log: logger,
  });
  console.log(`Neo4j ${neo4j.version} at ${neo4j.uri} (Ctrl-C to stop)`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await neo4j.exited;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof ToolchainError ? error.message : error);
  process.exit(1);
});
