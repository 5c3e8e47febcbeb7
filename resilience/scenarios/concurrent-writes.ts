import type { Driver } from "neo4j-driver";
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
  const started = performance.now();
  await Promise.all(
    windows.map(async (cases) => {
      for (const file of cases) {
        const res = await fetch(`${server.url}/api/cases`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
          body: JSON.stringify(file),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        await res.arrayBuffer();
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
    },
    failures,
  };
}
