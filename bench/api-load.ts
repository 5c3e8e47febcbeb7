import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import { percentile, round } from "./stats.ts";
import { progress } from "./table.ts";

export interface Endpoint {
  name: string;
  /** Paths cycled through by every connection (several queries, not one hot URL). */
  paths: string[];
}

/** Runs the real server as a child process, as in production, so the load generator doesn't share its event loop. */
export async function startServer(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const port = String(18_000 + Math.floor(Math.random() * 1000));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: port,
      LOG_LEVEL: "warn",
      SEED_ON_START: "never",
      RATE_LIMIT_PER_MINUTE: "100000000",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

export async function measureEndpoint(url: string, endpoint: Endpoint, connections: number, seconds: number) {
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: endpoint.paths.map((path) => ({ method: "GET" as const, path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx += 1;
    });
  });
  progress(`${endpoint.name}: ${Math.round(result.requests.average)} req/s, ${non2xx} non-2xx`);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: non2xx + result.errors + result.timeouts,
    requests: latencies.length,
  };
}

export function formatLatency(ms: number): string {
  return `${round(ms, 1)} ms`;
}
