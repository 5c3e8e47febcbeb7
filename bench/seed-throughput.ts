import type { Driver } from "neo4j-driver";
import type { CaseFile } from "../graph-schema/index.ts";
import type { WriteMode } from "../seed/index.ts";
import { measurePopularity, resetGraph, seedCases, syntheticCases } from "../seed/index.ts";
import { median, round } from "./stats.ts";
import { progress } from "./table.ts";

interface Run {
  cases: number;
  mode: WriteMode;
  runs: number;
}

/**
 * Loads N synthetic cases into an emptied graph, batched (UNWIND, 500 cases per transaction) and row by row
 * (one query per node or relationship, same transactions) as the baseline, and reports elements per second.
 */
export async function benchSeed(driver: Driver, real: readonly CaseFile[], plan: readonly Run[]) {
  const popularity = measurePopularity(real);
  const rows: Record<string, string | number>[] = [];
  const rates = new Map<string, number>();
  for (const { cases: count, mode, runs } of plan) {
    const cases = [...syntheticCases({ count, seed: 42, popularity })];
    const samples: number[] = [];
    let elements = 0;
    for (let run = 1; run <= runs; run++) {
      await resetGraph(driver);
      const result = await seedCases(driver, cases, {
        mode,
        onProgress: (p) => {
          if (p.casesDone % 2500 === 0 || p.casesDone === p.casesTotal) {
            progress(`seed ${mode} ${count}: ${p.casesDone}/${p.casesTotal}`);
          }
        },
      });
      elements = result.elements;
      samples.push(result.elements / (result.elapsedMs / 1000));
      progress(`seed ${mode} ${count} run ${run}/${runs}: ${Math.round(samples.at(-1) ?? 0)} elements/s`);
    }
    const rate = median(samples);
    rates.set(`${mode}:${count}`, rate);
    const baseline = rates.get(`row:${count}`) ?? rates.get("row:1000");
    rows.push({
      load: `${count} synthetic cases`,
      mode: mode === "batched" ? "UNWIND batches" : "one row per query (baseline)",
      elements,
      runs,
      "median elements/s": Math.round(rate),
      "ratio vs row baseline": baseline ? round(rate / baseline, 1).toFixed(1) : "",
    });
  }
  return rows;
}
