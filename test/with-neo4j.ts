import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedNeo4j } from "../platform/db/embedded.ts";
import { logger } from "../platform/logger.ts";

/**
 * `tsx test/with-neo4j.ts <command …>`: runs the command with NEO4J_URI=neo4j://127.0.0.1:<port> pointing at a
 * throwaway embedded Neo4j, so a test suite takes the driver's routing path (routing table, reads sent to readers)
 * as against a cluster or Aura. Exits with the command's code; the store is deleted afterwards.
 */
async function main(command: string[]): Promise<number> {
  if (command.length === 0) throw new Error("usage: tsx test/with-neo4j.ts <command …>");
  const dataDir = mkdtempSync(path.join(tmpdir(), "policy-graph-routing-"));
  const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: "768m", pageCache: "64m", log: logger });
  const uri = neo4j.uri.replace(/^bolt:/, "neo4j:");
  console.log(`with-neo4j: Neo4j ${neo4j.version} at ${uri}`);
  try {
    const child = spawn(command[0] as string, command.slice(1), {
      stdio: "inherit",
      env: { ...process.env, NEO4J_URI: uri },
    });
    return await new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
