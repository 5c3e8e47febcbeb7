import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../platform/db/driver.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../platform/db/embedded.ts";
import { logger } from "../platform/logger.ts";

export { freePort, type ServerProcess, startServerProcess } from "../test/server-process.ts";

/** What every scenario prints and returns: what it did, what it measured, and whether anything was lost. */
export interface ScenarioResult {
  name: string;
  ok: boolean;
  did: string;
  measured: Record<string, string | number>;
  failures: string[];
}

export function say(message: string): void {
  process.stderr.write(`[resilience] ${message}\n`);
}

/** An embedded Neo4j this suite owns, on a fixed port, so it can be killed and started again on the same store. */
export class TestNeo4j {
  private instance: EmbeddedNeo4j | undefined;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), "policy-graph-resilience-"));
  constructor(readonly port: number) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.instance?.pid;
  }

  async start(): Promise<number> {
    const started = performance.now();
    this.instance = await startEmbeddedNeo4j({
      port: this.port,
      dataDir: this.dataDir,
      heap: "1g",
      pageCache: "256m",
      log: logger,
    });
    return performance.now() - started;
  }

  kill(): void {
    if (this.instance) process.kill(this.instance.pid, "SIGKILL");
  }

  async waitExited(): Promise<void> {
    await this.instance?.exited;
  }

  async stop(): Promise<void> {
    await this.instance?.stop();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  driver(): Driver {
    return createDriver({ uri: this.uri, retryMs: 30_000 });
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
