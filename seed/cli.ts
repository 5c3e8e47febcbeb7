import { parseArgs } from "node:util";
import { z } from "zod";
import { issuesOf } from "../graph-schema/index.ts";
import { ConfigError, loadConfig } from "../platform/config.ts";
import { openDatabase } from "../platform/db/database.ts";
import { ToolchainError } from "../platform/db/toolchain.ts";
import { logger } from "../platform/logger.ts";
import { formatCounts, graphCounts } from "./counts.ts";
import { bundledCasesDir, caseFilesIn, formatProblem } from "./files.ts";
import type { LoadProgress } from "./loader.ts";
import { checkCaseFiles, readCaseFiles, SeedValidationError, seedCases, streamCaseFiles } from "./seed.ts";
import { measurePopularity, syntheticCases } from "./synthetic.ts";

const USAGE = `usage: npm run seed -- [--reset] [--dry-run] [--file case.json ...] [--dir seed/cases]
                       [--synthetic N [--seed 42]] [--batch 500]
  Validates every case file, then loads them into Neo4j (NEO4J_URI, else the embedded one).
  --file      load only these files (e.g. a reviewed draft)
  --synthetic add N generated cases (synthetic: true), deterministic from --seed
  --reset     empty the graph first;  --dry-run  validate only`;

const argsSchema = z.object({
  reset: z.boolean().default(false),
  "dry-run": z.boolean().default(false),
  file: z.array(z.string().min(1)).default([]),
  dir: z.string().default(bundledCasesDir),
  synthetic: z.coerce.number().int().min(0).max(1_000_000).default(0),
  seed: z.coerce.number().int().default(42),
  batch: z.coerce.number().int().min(1).max(10_000).default(500),
  help: z.boolean().default(false),
});

function progressPrinter(label: string): (progress: LoadProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < 1000 && p.casesDone < p.casesTotal) return;
    last = now;
    const rate = Math.round(p.elementsDone / (p.elapsedMs / 1000));
    process.stderr.write(`${label}: ${p.casesDone}/${p.casesTotal} cases, ${p.elementsDone} elements, ${rate}/s\n`);
  };
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** Highest resident memory of this process so far (the OS keeps it; no sampling needed). */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reset: { type: "boolean" },
      "dry-run": { type: "boolean" },
      file: { type: "string", multiple: true },
      dir: { type: "string" },
      synthetic: { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const args = argsSchema.parse(values);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const files = args.file.length > 0 ? args.file : args.synthetic > 0 ? [] : caseFilesIn(args.dir);
  checkCaseFiles(files);
  console.error(`seed: ${files.length} case file(s) valid`);
  if (args["dry-run"]) return 0;

  const config = loadConfig();
  const db = await openDatabase(config, logger, { reuseRunningEmbedded: true });
  try {
    // Streams: files are read and synthetic cases generated only as their transaction is built.
    const synthetic =
      args.synthetic > 0
        ? syntheticCases({
            count: args.synthetic,
            seed: args.seed,
            popularity: measurePopularity(readCaseFiles(caseFilesIn(bundledCasesDir))),
          })
        : [];
    const result = await seedCases(db.driver, concat(streamCaseFiles(files), synthetic), {
      database: db.name,
      reset: args.reset,
      casesPerTransaction: args.batch,
      casesTotal: files.length + args.synthetic,
      onProgress: progressPrinter("seed"),
    });
    const rate = Math.round(result.elements / (result.elapsedMs / 1000));
    console.error(
      `seed: loaded ${result.cases} cases (${result.elements} elements) in ${Math.round(result.elapsedMs)} ms, ${rate}/s; ` +
        `${result.transactions} transactions (${result.attempts - result.transactions} retried), ` +
        `lock wait ${Math.round(result.lockWaitMs)} ms; peak RSS ${peakRssMb()} MB`,
    );
    console.log(formatCounts(await graphCounts(db.driver, db.name)));
  } finally {
    await db.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SeedValidationError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(error.message);
    } else if (error instanceof ConfigError || error instanceof ToolchainError) {
      console.error(error.message);
    } else if (error instanceof z.ZodError) {
      console.error(
        `${issuesOf(error)
          .map((i) => `--${i.path}: ${i.message}`)
          .join("\n")}\n${USAGE}`,
      );
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  },
);
