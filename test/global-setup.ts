import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../platform/db/embedded.ts";
import { logger } from "../platform/logger.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | undefined;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Integration tests get a throwaway Neo4j: fresh temp store, a free port chosen by the OS.
 * With NEO4J_URI set they use that server instead (its data WILL be reset by the tests).
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4jUri", process.env.NEO4J_URI);
    project.provide("neo4jUser", process.env.NEO4J_USER ?? "neo4j");
    project.provide("neo4jPassword", process.env.NEO4J_PASSWORD);
    return;
  }
  dataDir = mkdtempSync(path.join(tmpdir(), "policy-graph-test-"));
  embedded = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    heap: "768m",
    pageCache: "64m",
    log: logger.child({ component: "test-neo4j" }),
  });
  project.provide("neo4jUri", embedded.uri);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", undefined);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
