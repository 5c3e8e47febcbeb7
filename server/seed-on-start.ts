import type { Database } from "../platform/db/database.ts";
import type { Logger } from "../platform/logger.ts";
import {
  applyGraphSchema,
  bundledCasesDir,
  caseFilesIn,
  isGraphEmpty,
  readCaseFiles,
  seedCases,
} from "../seed/index.ts";

/**
 * On start: make sure constraints and indexes exist (idempotent, so an older store gets new indexes),
 * and load the bundled cases when the graph has none. A non-empty graph is never touched.
 */
export async function seedBundledIfEmpty(db: Database, log: Logger): Promise<void> {
  await applyGraphSchema(db.driver, db.name);
  if (!(await isGraphEmpty(db.driver, db.name))) return;
  const cases = readCaseFiles(caseFilesIn(bundledCasesDir));
  log.info({ cases: cases.length }, "graph is empty: seeding the bundled cases");
  const result = await seedCases(db.driver, cases, {
    database: db.name,
    onProgress: (p) => log.info({ done: p.casesDone, total: p.casesTotal }, "seeding"),
  });
  log.info({ cases: result.cases, elements: result.elements, ms: Math.round(result.elapsedMs) }, "seeded");
}
