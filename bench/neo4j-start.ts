import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedNeo4j } from "../platform/db/embedded.ts";
import { logger } from "../platform/logger.ts";
import { median, round } from "./stats.ts";
import { progress } from "./table.ts";

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** Cold start = empty store; warm start = the store the cold start left behind. Default memory settings. */
export async function benchNeo4jStart(runs = 3): Promise<Record<string, string | number>[]> {
  const log = logger.child({ component: "bench" });
  const cold: number[] = [];
  const warm: number[] = [];
  const rss: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "policy-graph-bench-"));
    try {
      for (const kind of ["cold", "warm"] as const) {
        const started = performance.now();
        const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: "512m", pageCache: "128m", log });
        (kind === "cold" ? cold : warm).push(performance.now() - started);
        if (kind === "warm") rss.push(residentMb(neo4j.pid));
        await neo4j.stop();
      }
      progress(
        `neo4j start run ${run}/${runs}: cold ${round(cold.at(-1) ?? 0, 0)} ms, warm ${round(warm.at(-1) ?? 0, 0)} ms`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    {
      measure: "cold start (empty store) to ready",
      median: `${round(median(cold), 0)} ms`,
      runs,
      "ratio vs cold": "1.00",
    },
    {
      measure: "warm start (existing store) to ready",
      median: `${round(median(warm), 0)} ms`,
      runs,
      "ratio vs cold": round(median(warm) / median(cold), 2).toFixed(2),
    },
    { measure: "resident memory after warm start", median: `${round(median(rss), 0)} MB`, runs, "ratio vs cold": "" },
  ];
}
