import type { Driver } from "neo4j-driver";
import { percentile } from "../../bench/stats.ts";
import { nodeLabels } from "../../graph-schema/index.ts";
import {
  bundledCasesDir,
  caseFilesIn,
  graphCounts,
  measurePopularity,
  readCaseFiles,
  resetGraph,
  seedCases,
  syntheticCases,
} from "../../seed/index.ts";
import { type ScenarioResult, type ServerProcess, say } from "../harness.ts";

/**
 * Scenario 4: several clients POST overlapping cases (the same cases, shared departments and measures) at
 * once. Expect every request to succeed, no duplicate nodes, and exactly the graph a sequential load gives.
 */
export async function concurrentWrites(
  server: ServerProcess,
  driver: Driver,
  options: { clients: number; casesPerClient: number; token: string },
): Promise<ScenarioResult> {
  const real = readCaseFiles(caseFilesIn(bundledCasesDir));
  const pool = [
    ...syntheticCases({
      count: options.casesPerClient * 2,
      seed: 3030,
      popularity: measurePopularity(real),
      startAt: 500_001,
    }),
  ];
  // Client k posts a window starting at k·step: neighbours overlap by more than half, so most cases are written 2–4 times.
  const step = Math.max(1, Math.floor(pool.length / options.clients / 2));
  const windows = Array.from({ length: options.clients }, (_, k) =>
    Array.from({ length: options.casesPerClient }, (_, i) => pool[(k * step + i) % pool.length]),
  );
  const distinct = new Set(windows.flat().map((c) => c?.case.id));

  await resetGraph(driver);
  await seedCases(
    driver,
    pool.filter((c) => distinct.has(c.case.id)),
  );
  const expected = await graphCounts(driver);
  await resetGraph(driver);
  await seedCases(driver, []);

  say(
    `concurrent-writes: ${options.clients} clients × ${options.casesPerClient} posts, ${distinct.size} distinct cases`,
  );
  const statuses = new Map<number, number>();
  const writes: WriteTiming[] = [];
  const started = performance.now();
  await Promise.all(
    windows.map(async (cases) => {
      for (const file of cases) {
        const sent = performance.now();
        const res = await fetch(`${server.url}/api/cases`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
          body: JSON.stringify(file),
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        writes.push({ ms: performance.now() - sent, ...parseServerTiming(res.headers.get("server-timing")) });
      }
    }),
  );
  const elapsed = performance.now() - started;
  const actual = await graphCounts(driver);
  const duplicates: string[] = [];
  for (const label of nodeLabels) {
    const { records } = await driver.executeQuery(
      `MATCH (n:${label}) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS dups`,
    );
    if (Number(records[0]?.get("dups")) > 0) duplicates.push(label);
  }
  const failures: string[] = [];
  const posts = options.clients * options.casesPerClient;
  if ((statuses.get(201) ?? 0) !== posts) failures.push(`not every post succeeded: ${JSON.stringify([...statuses])}`);
  if (duplicates.length > 0) failures.push(`duplicate ids in ${duplicates.join(", ")}`);
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    failures.push(`graph differs from a sequential load: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  return {
    name: "concurrent writes",
    ok: failures.length === 0,
    did: `${options.clients} clients posted ${posts} overlapping case files (${distinct.size} distinct) to POST /api/cases at once`,
    measured: {
      "201 answers": statuses.get(201) ?? 0,
      "other answers": posts - (statuses.get(201) ?? 0),
      "duplicate nodes": duplicates.length,
      "relationships (got / expected)": `${Object.values(actual.relationships).reduce((a, b) => a + b, 0)} / ${Object.values(expected.relationships).reduce((a, b) => a + b, 0)}`,
      "elapsed ms": Math.round(elapsed),
      ...summariseWrites(writes),
    },
    failures,
  };
}

interface WriteTiming {
  /** As the client saw it, request sent to answer read. */
  ms: number;
  /** The server's own time for the write transaction(s), from validation done to outcome known. */
  txMs: number;
  lockWaitMs: number;
  attempts: number;
}

/** The server's own account of a committed write (server/api/import/write-case.ts). */
function parseServerTiming(header: string | null): Omit<WriteTiming, "ms"> {
  const tx = /tx;dur=([\d.]+)/.exec(header ?? "");
  const lock = /lock;dur=([\d.]+)/.exec(header ?? "");
  const attempts = /attempts;desc="(\d+)"/.exec(header ?? "");
  return { txMs: Number(tx?.[1] ?? 0), lockWaitMs: Number(lock?.[1] ?? 0), attempts: Number(attempts?.[1] ?? 1) };
}

function summariseWrites(writes: readonly WriteTiming[]): Record<string, string | number> {
  const ms = (values: number[], p: number) => Math.round(percentile(values, p));
  const latency = writes.map((w) => w.ms);
  const waits = writes.map((w) => w.lockWaitMs);
  const tx = writes.map((w) => w.txMs);
  return {
    "write latency p50 / p95 / max ms": `${ms(latency, 50)} / ${ms(latency, 95)} / ${ms(latency, 100)}`,
    "server transaction p50 / p95 / max ms": `${ms(tx, 50)} / ${ms(tx, 95)} / ${ms(tx, 100)}`,
    "writes that waited for a lock": writes.filter((w) => w.lockWaitMs > 0).length,
    "lock wait p50 / p95 / max ms": `${ms(waits, 50)} / ${ms(waits, 95)} / ${ms(waits, 100)}`,
    "lock wait total ms": Math.round(waits.reduce((a, b) => a + b, 0)),
    "transaction retries (deadlocks)": writes.reduce((n, w) => n + Math.max(0, w.attempts - 1), 0),
  };
}
