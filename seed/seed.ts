import type { Driver } from "neo4j-driver";
import type { CaseFile } from "../graph-schema/index.ts";
import { deleteEverything } from "./cypher.ts";
import { type FileProblem, formatProblem, readCaseFile, validateCaseFiles, visitCaseFiles } from "./files.ts";
import { type LoadProgress, type LoadResult, loadCases, type WriteMode } from "./loader.ts";
import { type CasePlan, planCase } from "./plan.ts";
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
  /** Number of cases when `cases` is a stream, for progress reports. */
  casesTotal?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** Validates every file first; on any problem throws SeedValidationError before touching the database. */
export function readCaseFiles(files: readonly string[]): CaseFile[] {
  const { cases, problems } = validateCaseFiles(files);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return cases.map((entry) => entry.data);
}

/**
 * For many files: validates them all without keeping them, then `streamCaseFiles` reads them again one at a
 * time while loading. Throws SeedValidationError before anything is written.
 */
export function checkCaseFiles(files: readonly string[]): void {
  const problems = visitCaseFiles(files);
  if (problems.length > 0) throw new SeedValidationError(problems);
}

/** The files' cases, read one at a time; a file that no longer validates since it was checked stops the load. */
export function* streamCaseFiles(files: Iterable<string>): Generator<CaseFile> {
  for (const file of files) {
    const { data, problems } = readCaseFile(file);
    if (!data) {
      const first = problems[0] ? formatProblem(problems[0]) : file;
      throw new Error(`seed: ${first}: the file changed during the load; the cases before it are loaded`);
    }
    yield data;
  }
}

/**
 * Schema, taxonomy, then the cases; the graph ends with exactly these cases added or refreshed. `cases` may be
 * a stream (a generator): each case is planned only when its transaction is built, so memory stays flat.
 */
export async function seedCases(
  driver: Driver,
  cases: Iterable<CaseFile>,
  options: SeedOptions = {},
): Promise<LoadResult> {
  const { database } = options;
  await applyGraphSchema(driver, database);
  if (options.reset) await resetGraph(driver, database);
  await loadTaxonomy(driver, database);
  return loadCases(driver, planEach(cases), {
    database,
    casesPerTransaction: options.casesPerTransaction,
    mode: options.mode,
    casesTotal: Array.isArray(cases) ? cases.length : options.casesTotal,
    onProgress: options.onProgress,
  });
}

function* planEach(cases: Iterable<CaseFile>): Generator<CasePlan> {
  for (const file of cases) yield planCase(file);
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
