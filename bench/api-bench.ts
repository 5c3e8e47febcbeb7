import type { Driver } from "neo4j-driver";
import type { CaseFile } from "../graph-schema/index.ts";
import { measurePopularity, seedCases, syntheticCases } from "../seed/index.ts";
import { startServerProcess } from "../test/server-process.ts";
import { type Endpoint, formatLatency, measureEndpoint } from "./api-load.ts";
import { round } from "./stats.ts";
import { progress } from "./table.ts";

const CONNECTIONS = 32;

/** Several realistic queries per endpoint; all include the synthetic cases so the 10k load is what is measured. */
function endpoints(depts: string[]): Endpoint[] {
  const syn = "includeSynthetic=true";
  return [
    { name: "version (no Neo4j, baseline)", paths: ["/api/version"] },
    {
      name: "measures/recurrence",
      paths: [
        `/api/measures/recurrence?${syn}`,
        `/api/measures/recurrence?${syn}&category=category:approval`,
        `/api/measures/recurrence?${syn}&yearFrom=2018&yearTo=2022`,
        `/api/measures/recurrence?${syn}&region=region:syn-zj`,
      ],
    },
    {
      name: "measures/cooccurrence",
      paths: [`/api/measures/cooccurrence?${syn}&minCount=50`, `/api/measures/cooccurrence?${syn}&minCount=200`],
    },
    {
      name: "cases/:id/similar",
      paths: ["case:dinghai-2022-03", "case:syn-000123", "case:syn-000567", "case:syn-004321"].map(
        (id) => `/api/cases/${id}/similar?${syn}`,
      ),
    },
    {
      name: "measures/:id/profile",
      paths: ["measure:proxy-service", "measure:task-force", "measure:land-to-construction"].map(
        (id) => `/api/measures/${id}/profile?${syn}&minSupport=50`,
      ),
    },
    { name: "taskforces", paths: depts.map((d) => `/api/taskforces?${syn}&department=${d}`) },
    {
      name: "search",
      paths: ["代办", "发改", "专班", "proxy", "招商", "拿地即开工", "示例园区", "task force"].map(
        (q) => `/api/search?${syn}&q=${encodeURIComponent(q)}`,
      ),
    },
    {
      name: "nodes/:id/neighbors",
      paths: [
        "measure:proxy-service",
        "measure:task-force",
        "case:syn-000123",
        "case:syn-000567",
        "case:dinghai-2022-03",
        depts[0] as string,
      ].map((id) => `/api/nodes/${id}/neighbors?${syn}&limit=100`),
    },
  ];
}

export async function benchApi(
  driver: Driver,
  uri: string,
  real: readonly CaseFile[],
  options: { synthetic: number; seconds: number },
): Promise<[string, Record<string, string | number>[]][]> {
  progress(`loading ${real.length} real + ${options.synthetic} synthetic cases for the API benchmark`);
  const synthetic = syntheticCases({ count: options.synthetic, seed: 42, popularity: measurePopularity(real) });
  await seedCases(driver, [...real, ...synthetic], { reset: true });

  // Departments that exist in this load (the generator spreads kinds at random over districts).
  const { records } = await driver.executeQuery(
    "MATCH (d:Department) WHERE d.synthetic AND d.kind IN ['development-reform', 'housing-construction', 'transport'] RETURN d.id AS id ORDER BY id LIMIT 12",
  );
  const depts = records.map((r) => r.get("id") as string);
  const tables: [string, Record<string, string | number>[]][] = [];
  for (const cache of ["on", "off"] as const) {
    const server = await startServerProcess(uri, { RESPONSE_CACHE: cache, LOG_LEVEL: "warn" }, { quiet: true });
    const rows: Record<string, string | number>[] = [];
    let baselineRps = 0;
    try {
      for (const endpoint of endpoints(depts)) {
        // One answer first: an endpoint that builds per-version statistics (the analysis index) builds them once
        // per graph version, not per request; that build is not what the load measures.
        await fetch(`${server.url}${endpoint.paths[0]}`, { signal: AbortSignal.timeout(300_000) });
        // Warm-up: JIT, query plans and (when on) the cache; not measured.
        await measureEndpoint(server.url, endpoint, CONNECTIONS, 2);
        const m = await measureEndpoint(
          server.url,
          endpoint,
          CONNECTIONS,
          cache === "on" ? options.seconds : Math.max(3, options.seconds / 2),
        );
        // Requests still queued in the server would be charged to the next endpoint: wait until a database
        // read gets through (the server's limiter is first come, first served).
        await fetch(`${server.url}/api/categories`, { signal: AbortSignal.timeout(300_000) });
        if (rows.length === 0) baselineRps = m.rps;
        rows.push({
          endpoint: endpoint.name,
          queries: endpoint.paths.length,
          "req/s": Math.round(m.rps),
          "vs version": `${round((m.rps / baselineRps) * 100, 0)}%`,
          p50: formatLatency(m.p50),
          p95: formatLatency(m.p95),
          p99: formatLatency(m.p99),
          errors: m.errors,
        });
      }
    } finally {
      await server.stop();
    }
    tables.push([
      `API at ${CONNECTIONS} connections, ${real.length} real + ${options.synthetic} synthetic cases, response cache ${cache}`,
      rows,
    ]);
  }
  return tables;
}
