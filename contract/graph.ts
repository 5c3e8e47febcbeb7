import type { NodeLabel } from "../graph-schema/index.ts";
import { subgraph } from "./common.ts";
import { caseFilterQuery } from "./filters.ts";
import { operation } from "./operation.ts";
import { labelListParam, limitParam } from "./params.ts";

/** What the graph view shows unless asked otherwise (figures, outcomes and sources stay in the details panel). */
export const defaultGraphLabels: NodeLabel[] = [
  "Case",
  "Measure",
  "Department",
  "TaskForce",
  "Company",
  "Project",
  "Park",
];

/** The shared case filter (contract/filters.ts) picks the cases whose statements the graph shows. */
export const graphQuery = caseFilterQuery.extend({
  types: labelListParam.default(defaultGraphLabels).describe(`labels to show; default ${defaultGraphLabels.join(",")}`),
  limit: limitParam(20_000, 50_000, "most links returned"),
});

export const graph = operation({
  method: "get",
  path: "/graph",
  tag: "graph",
  summary: "The subgraph stated by a set of cases, ready for a force layout",
  query: graphQuery,
  success: 200,
  response: subgraph,
});
