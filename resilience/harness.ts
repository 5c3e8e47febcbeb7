import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../server/db/driver.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../server/db/embedded.ts";
import { logger } from "../server/logger.ts";

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

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
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

export interface ServerProcess {
  url: string;
  pid: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** The real server as a child process (as in production), against the given Neo4j. */
export async function startServerProcess(neo4jUri: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      LOG_LEVEL: "error",
      SEED_ON_START: "never",
      RATE_LIMIT_PER_MINUTE: "100000000",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/api/version`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid as number;
  return {
    url,
    pid,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
