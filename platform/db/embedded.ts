import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Logger } from "../logger.ts";
import { ensureLauncherBuilt, launcherDir } from "./launcher-build.ts";
import { checkJava, javaExecutable } from "./toolchain.ts";

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  log: Logger;
  /** How long to wait for the ready line; the first start after a crash may run recovery. */
  readyTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  pid: number;
  dataDir: string;
  /** Resolves once the JVM has exited after a clean shutdown (or was killed after the grace period). */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason. */
  exited: Promise<number | null>;
}

interface ReadyLine {
  bolt: string;
  version: string;
  pid: string;
}

const READY = "NEO4J_READY ";
const ERROR = "NEO4J_ERROR ";

/** Starts Neo4j in a child JVM (building the launcher first if needed) and waits until Cypher answers. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { log } = options;
  checkJava();
  const jar = await ensureLauncherBuilt(log);
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const args = [
    // Start small and grow to the cap, so an idle explorer holds little memory.
    "-Xms128m",
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    // Neo4j's own logs go to the data directory; keep the JVM from writing hs_err files into the repo.
    `-XX:ErrorFile=${path.join(dataDir, "hs_err_%p.log")}`,
    "-jar",
    jar,
    "--host",
    "127.0.0.1",
    "--port",
    String(options.port),
    "--data-dir",
    dataDir,
    "--page-cache",
    options.pageCache,
    "--exit-on-stdin-close",
  ];
  const started = performance.now();
  // Its own process group: Ctrl-C in a terminal reaches only Node, which then stops Neo4j in order (a
  // supervisor must not mistake that for a crash). If Node dies, the closed stdin stops the JVM.
  const child = spawn(javaExecutable(), args, { cwd: launcherDir, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const ready = await waitForReady(child, exited, options.readyTimeoutMs ?? 180_000);
  log.info(
    { uri: ready.bolt, version: ready.version, ms: Math.round(performance.now() - started) },
    "embedded Neo4j ready",
  );
  return {
    uri: ready.bolt,
    version: ready.version,
    pid: Number(ready.pid),
    dataDir,
    exited,
    stop: () => stopChild(child, exited),
  };
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`embedded Neo4j did not become ready within ${timeoutMs} ms\n${errors.join("\n")}`));
    }, timeoutMs);
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.startsWith(READY)) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(READY.length)) as ReadyLine);
    });
    // stderr is drained for the whole life of the process so a chatty JVM can never block on a full pipe.
    createInterface({ input: child.stderr }).on("line", (line) => {
      errors.push(line.startsWith(ERROR) ? line.slice(ERROR.length) : line);
      if (errors.length > 50) errors.shift();
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited (code ${code}) before it was ready:\n${errors.join("\n")}`));
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const grace = setTimeout(() => child.kill("SIGKILL"), 60_000);
  await exited;
  clearTimeout(grace);
}
