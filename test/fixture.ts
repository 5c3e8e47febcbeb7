import type { Driver } from "neo4j-driver";
import type { CaseFile } from "../graph-schema/index.ts";
import {
  bundledCasesDir,
  caseFilesIn,
  measurePopularity,
  readCaseFiles,
  seedCases,
  syntheticCases,
} from "../seed/index.ts";

export interface Fixture {
  real: CaseFile[];
  synthetic: CaseFile[];
}

/** The bundled real cases plus a few synthetic ones, loaded into an emptied graph. */
export async function seedFixture(driver: Driver, syntheticCount = 40): Promise<Fixture> {
  const real = readCaseFiles(caseFilesIn(bundledCasesDir));
  const synthetic = [...syntheticCases({ count: syntheticCount, seed: 99, popularity: measurePopularity(real) })];
  await seedCases(driver, [...real, ...synthetic], { reset: true });
  return { real, synthetic };
}

/** Ids of the real cases that feature a measure, straight from the files: what the API must agree with. */
export function casesFeaturing(cases: readonly CaseFile[], measureId: string): string[] {
  return cases
    .filter((file) => file.relationships.some((r) => r.type === "FEATURES" && r.to === measureId))
    .map((file) => file.case.id)
    .sort();
}
