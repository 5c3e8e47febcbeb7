import autocannon from "autocannon";
import { percentile, round } from "./stats.ts";
import { progress } from "./table.ts";

export interface Endpoint {
  name: string;
  /** Paths cycled through by every connection (several queries, not one hot URL). */
  paths: string[];
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
