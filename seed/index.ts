/*
 * The seed's public face: the write path (validate, plan, load) and the synthetic generator, for the seed CLI's
 * neighbours. The API's POST /api/cases, the start-up seeding, tests, benchmarks and the resilience suite import
 * this file only, never the modules behind it (the lint rules say so).
 */
export { formatCounts, type GraphCounts, graphCounts } from "./counts.ts";
export { caseLoadedBy, countByLabel, countByRelationshipType } from "./cypher.ts";
export { bundledCasesDir, caseFilesIn, type FileProblem, formatProblem, validateCaseText } from "./files.ts";
export { type LoadProgress, type LoadResult, loadCases, type WriteMode } from "./loader.ts";
export { type CasePlan, planCase } from "./plan.ts";
export { seededRandom } from "./random.ts";
export { applyGraphSchema } from "./schema-setup.ts";
export { isGraphEmpty, readCaseFiles, resetGraph, SeedValidationError, seedCases } from "./seed.ts";
export { measurePopularity, syntheticCases } from "./synthetic.ts";
export { loadTaxonomy } from "./taxonomy-load.ts";
