import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError, loadConfig } from "../platform/config.ts";
import { openDatabase } from "../platform/db/database.ts";
import { ToolchainError } from "../platform/db/toolchain.ts";
import { logger } from "../platform/logger.ts";
import { exportCases } from "./export.ts";
import { formatProblem } from "./files.ts";

const USAGE = `usage: npm run export -- <dir> [--batch 500]
  Writes every case in the graph (NEO4J_URI, else the embedded one) to <dir>/<slug>.json in the seed's
  case-file format, each validated first. \`npm run seed -- --reset --dir <dir>\` loads them back.
  Exit code 1 when a case could not be written or a node belongs to no case.`;

const argsSchema = z.object({
  dir: z.string().min(1, "give the directory to write to"),
  batch: z.coerce.number().int().min(1).max(10_000).default(500),
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { batch: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const args = argsSchema.parse({ dir: positionals[0] ?? "", batch: values.batch });
  const db = await openDatabase(loadConfig(), logger, { reuseRunningEmbedded: true });
  try {
    let last = 0;
    const result = await exportCases(db.driver, args.dir, {
      database: db.name,
      casesPerPage: args.batch,
      onProgress: ({ casesDone, elapsedMs }) => {
        if (elapsedMs - last < 1000) return;
        last = elapsedMs;
        process.stderr.write(`export: ${casesDone} cases\n`);
      },
    });
    for (const problem of result.problems) console.error(formatProblem(problem));
    if (result.leftOut.length > 0) {
      console.error(`export: ${result.leftOut.length} node(s) belong to no case and are not in any file:`);
      for (const id of result.leftOut) console.error(`  ${id}`);
    }
    console.error(
      `export: wrote ${result.files} of ${result.cases} cases to ${args.dir} in ${Math.round(result.elapsedMs)} ms`,
    );
    return result.problems.length === 0 && result.leftOut.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ToolchainError) console.error(error.message);
    else if (error instanceof z.ZodError) console.error(`${error.issues.map((i) => i.message).join("\n")}\n${USAGE}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
