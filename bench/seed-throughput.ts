import { readdirSync, statSync } from "node:fs";
import path from "node:path";
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

/** Bytes under a directory (what `du` counts, give or take block rounding). */
function directoryBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sum + directoryBytes(full);
    return entry.isFile() ? sum + statSync(full).size : sum;
  }, 0);
}

/**
 * Loads N synthetic cases into an emptied graph, batched (UNWIND, 500 cases per transaction) and row by row
 * (one query per node or relationship, same transactions) as the baseline, and reports elements per second.
 * Cases are generated as a stream, so the node process's resident memory shows whether the loader stays flat;
 * with `storeDir` (the embedded Neo4j's data directory) the store size after each load is reported too.
 */
export async function benchSeed(
  driver: Driver,
  real: readonly CaseFile[],
  plan: readonly Run[],
  options: { storeDir?: string | undefined } = {},
) {
  const popularity = measurePopularity(real);
  const rows: Record<string, string | number>[] = [];
  const rates = new Map<string, number>();
  for (const { cases: count, mode, runs } of plan) {
    const samples: number[] = [];
    let elements = 0;
    let seconds = 0;
    let peakRss = 0;
    for (let run = 1; run <= runs; run++) {
      await resetGraph(driver);
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const result = await seedCases(driver, syntheticCases({ count, seed: 42, popularity }), {
        mode,
        casesTotal: count,
        onProgress: (p) => {
          peak = Math.max(peak, process.memoryUsage().rss);
          if (p.casesDone % 2500 === 0 || p.casesDone === p.casesTotal) {
            progress(`seed ${mode} ${count}: ${p.casesDone}/${p.casesTotal}, rss ${Math.round(peak / 2 ** 20)} MB`);
          }
        },
      });
      elements = result.elements;
      seconds = result.elapsedMs / 1000;
      peakRss = Math.max(peakRss, peak - rssBefore);
      samples.push(result.elements / seconds);
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
      "load s (last run)": Math.round(seconds),
      "median elements/s": Math.round(rate),
      "ratio vs row baseline": baseline ? round(rate / baseline, 1).toFixed(1) : "",
      "node RSS growth MB": Math.round(peakRss / 2 ** 20),
      "store MB": options.storeDir ? Math.round(directoryBytes(options.storeDir) / 2 ** 20) : "",
    });
  }
  return rows;
}
