import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchmarkBatch, benchmarkExtraction } from "../extract/benchmark.ts";
import { createDriver } from "../platform/db/driver.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../platform/db/embedded.ts";
import { logger } from "../platform/logger.ts";
import { bundledCasesDir, caseFilesIn, readCaseFiles } from "../seed/index.ts";
import { benchApi } from "./api-bench.ts";
import { benchNeo4jStart } from "./neo4j-start.ts";
import { benchSeed } from "./seed-throughput.ts";
import { printTable, progress } from "./table.ts";
import { benchWeb } from "./web.ts";

/*
 * `npm run bench [-- --only neo4j,seed,api] [--quick] [--full] [--large]`: measurements, printed as tables.
 * `--large` adds the 100,000-case seed row (tens of minutes on a busy machine).
 * Every figure is a median over runs in this process, next to a baseline measured in the same run.
 */
const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    full: { type: "boolean", default: false },
    large: { type: "boolean", default: false },
  },
});
const sections = new Set((values.only ?? "neo4j,extract,seed,api,web").split(","));
const quick = values.quick === true;
const BENCH_HEAP = "1g";
const BENCH_PAGE_CACHE = "512m";

async function main(): Promise<void> {
  progress(`sections: ${[...sections].join(", ")}${quick ? " (quick)" : ""}`);
  if (sections.has("neo4j"))
    printTable(
      "Embedded Neo4j start (default memory: heap 512m, page cache 128m)",
      await benchNeo4jStart(quick ? 1 : 3),
    );

  if (sections.has("extract")) {
    const result = benchmarkExtraction(quick ? 5 : 25);
    printTable("Extraction of a case text (npm run extract)", [
      {
        text: `${result.chars} characters`,
        runs: result.runs,
        "median ms": result.medianMs,
        "target ms": 200,
        "vs target": `${Math.round((result.medianMs / 200) * 100)}%`,
      },
    ]);
    const batch = await benchmarkBatch(100, 5_000, quick ? 1 : 3);
    printTable("Extraction of a batch (bulk import): 100 texts of 5,000 characters", [
      {
        work: "prepare only (normalise + segment): baseline",
        runs: batch.runs,
        "median ms": Math.round(batch.prepareMs),
        "ms per text": Number((batch.prepareMs / batch.texts).toFixed(1)),
        "vs baseline": "1.0×",
        "target ms": "",
        "vs target": "",
      },
      {
        work: "extractCase, validation included",
        runs: batch.runs,
        "median ms": Math.round(batch.batchMs),
        "ms per text": Number((batch.batchMs / batch.texts).toFixed(1)),
        "vs baseline": `${(batch.batchMs / batch.prepareMs).toFixed(1)}×`,
        "target ms": 10_000,
        "vs target": `${Math.round((batch.batchMs / 10_000) * 100)}%`,
      },
    ]);
  }
  if (!sections.has("seed") && !sections.has("api") && !sections.has("web")) return;
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), "policy-graph-bench-"));
    embedded = await startEmbeddedNeo4j({
      port: 0,
      dataDir,
      heap: BENCH_HEAP,
      pageCache: BENCH_PAGE_CACHE,
      log: logger,
    });
    uri = embedded.uri;
  }
  const driver = createDriver({
    uri,
    password: process.env.NEO4J_URI ? process.env.NEO4J_PASSWORD : undefined,
    user: process.env.NEO4J_USER,
  });
  try {
    const real = readCaseFiles(caseFilesIn(bundledCasesDir));
    if (sections.has("seed")) {
      const plan = quick
        ? [
            { cases: 1000, mode: "batched" as const, runs: 1 },
            { cases: 200, mode: "row" as const, runs: 1 },
          ]
        : [
            { cases: 1000, mode: "row" as const, runs: 1 },
            { cases: 1000, mode: "batched" as const, runs: 3 },
            { cases: 10_000, mode: "batched" as const, runs: 1 },
            ...(values.full ? [{ cases: 10_000, mode: "row" as const, runs: 1 }] : []),
          ];
      if (values.large) plan.push({ cases: 100_000, mode: "batched" as const, runs: 1 });
      printTable(
        `Seed throughput (nodes + relationships per second; Neo4j ${uri === embedded?.uri ? `heap ${BENCH_HEAP}, page cache ${BENCH_PAGE_CACHE}` : uri})`,
        await benchSeed(driver, real, plan, { storeDir: embedded?.dataDir }),
      );
    }
    if (sections.has("api")) {
      const tables = await benchApi(driver, uri, real, { synthetic: quick ? 1000 : 10_000, seconds: quick ? 3 : 10 });
      for (const [title, rows] of tables) printTable(title, rows);
    }
    if (sections.has("web")) {
      const neo4jUser = process.env.NEO4J_USER;
      const neo4jPassword = process.env.NEO4J_URI ? process.env.NEO4J_PASSWORD : undefined;
      for (const [title, rows] of await benchWeb({ neo4jUri: uri, neo4jUser, neo4jPassword, quick }))
        printTable(title, rows);
    }
  } finally {
    await driver.close();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
