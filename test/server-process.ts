import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";

/* The real server as a child process, as in production: used by the benchmark and the resilience suite, so
   the load generator never shares the server's event loop. */

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

export interface MemoryReport {
  rssMb: number;
  /** Live heap after a full garbage collection. */
  heapUsedMb: number;
}

export interface ServerProcess {
  url: string;
  pid: number;
  rssMb(): number;
  /** Only with `memoryReport: true`: collects garbage in the server and reports its memory. */
  memory(): Promise<MemoryReport>;
  stop(): Promise<void>;
}

/** The real server as a child process (as in production), against the given Neo4j. */
export async function startServerProcess(
  neo4jUri: string,
  env: Record<string, string> = {},
  options: { quiet?: boolean; memoryReport?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const nodeArgs = options.memoryReport ? ["--expose-gc"] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/main.ts"], {
    env: {
      ...(options.memoryReport ? { MEMORY_REPORT: "signal" } : {}),
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      LOG_LEVEL: "error",
      SEED_ON_START: "never",
      RATE_LIMIT_PER_MINUTE: "100000000",
      ...env,
    },
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", "pipe"],
  });
  const memoryWaiters: ((report: MemoryReport) => void)[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", (line) => {
    if (!line.startsWith("MEMORY ")) {
      process.stderr.write(`${line}\n`);
      return;
    }
    const usage = JSON.parse(line.slice("MEMORY ".length)) as { rss: number; heapUsed: number };
    memoryWaiters.shift()?.({ rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20 });
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
    memory: () =>
      new Promise<MemoryReport>((resolve) => {
        memoryWaiters.push(resolve);
        child.kill("SIGUSR2");
      }),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
