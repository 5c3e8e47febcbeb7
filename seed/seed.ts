import type { Driver } from "neo4j-driver";
import type { CaseFile } from "../graph-schema/index.ts";
import { deleteEverything } from "./cypher.ts";
import { type FileProblem, validateCaseFiles } from "./files.ts";
import { type LoadProgress, type LoadResult, loadCases, type WriteMode } from "./loader.ts";
import { planCase } from "./plan.ts";
import { applyGraphSchema } from "./schema-setup.ts";
import { loadTaxonomy } from "./taxonomy-load.ts";

/** Validation failed: nothing was written. Each problem names its file and JSON path. */
export class SeedValidationError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(`seed: ${problems.length} problem(s) in case files; nothing was written`);
    this.name = "SeedValidationError";
  }
}

export interface SeedOptions {
  database?: string | undefined;
  /** Empty the graph first. */
  reset?: boolean;
  casesPerTransaction?: number;
  mode?: WriteMode;
  onProgress?: (progress: LoadProgress) => void;
}

/** Validates every file first; on any problem throws SeedValidationError before touching the database. */
export function readCaseFiles(files: readonly string[]): CaseFile[] {
  const { cases, problems } = validateCaseFiles(files);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return cases.map((entry) => entry.data);
}

/** Schema, taxonomy, then the cases; the graph ends with exactly these cases added or refreshed. */
export async function seedCases(
  driver: Driver,
  cases: Iterable<CaseFile>,
  options: SeedOptions = {},
): Promise<LoadResult> {
  const { database } = options;
  await applyGraphSchema(driver, database);
  if (options.reset) await resetGraph(driver, database);
  await loadTaxonomy(driver, database);
  const plans = Array.from(cases, (file) => planCase(file));
  return loadCases(driver, plans, {
    database,
    casesPerTransaction: options.casesPerTransaction,
    mode: options.mode,
    onProgress: options.onProgress,
  });
}

/** Deletes everything in batches; CALL … IN TRANSACTIONS only runs in an auto-commit transaction. */
export async function resetGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.run(deleteEverything);
  } finally {
    await session.close();
  }
}

export async function isGraphEmpty(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (c:Case) RETURN count(c) AS n",
    {},
    { database, routing: "READ" },
  );
  return Number(records[0]?.get("n") ?? 0) === 0;
}
