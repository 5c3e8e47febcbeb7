import * as cases from "./cases.ts";
import * as docs from "./docs.ts";
import * as extract from "./extract.ts";
import * as filters from "./filters.ts";
import * as graph from "./graph.ts";
import * as health from "./health.ts";
import * as importing from "./import.ts";
import * as measures from "./measures.ts";
import * as nodes from "./nodes.ts";
import type { Operation } from "./operation.ts";
import * as path from "./path.ts";
import * as profile from "./profile.ts";
import * as search from "./search.ts";
import * as similar from "./similar.ts";
import * as stats from "./stats.ts";
import * as taskforces from "./taskforces.ts";

export * from "./common.ts";
export * from "./operation.ts";
export * from "./problem.ts";

/** Every operation of the API by name, in the order the OpenAPI document lists them. */
export const operations = {
  health: health.health,
  version: health.version,
  stats: stats.stats,
  search: search.search,
  node: nodes.node,
  neighbors: nodes.neighbors,
  graph: graph.graph,
  listCases: cases.listCases,
  getCase: cases.getCase,
  compareCases: cases.compareCases,
  similarCases: similar.similarCases,
  recurrence: measures.recurrence,
  cooccurrence: measures.cooccurrence,
  categories: measures.categories,
  regions: filters.regionTree,
  measureProfile: profile.profile,
  taskForces: taskforces.taskForces,
  departmentTaskForces: taskforces.departmentTaskForces,
  path: path.path,
  importCase: importing.importCase,
  extract: extract.extract,
  openApiDocument: docs.openApiDocument,
  docsPage: docs.docsPage,
} as const satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;

/** The operation answering `method path` (a path below /api, without the query), if any. */
export function findOperation(method: string, path: string): Operation | undefined {
  const wanted = method.toLowerCase();
  return Object.values(operations).find((op) => op.method === wanted && pathPattern(op.path).test(path));
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:\w+/g, "[^/]+")}$`);
}
