import neo4j from "neo4j-driver";
import { z } from "zod";
import type { NodeLabel } from "../../../graph-schema/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { idListParam, includeSyntheticParam, labelListParam, limitParam } from "../params.ts";
import type { Subgraph } from "../shapes.ts";
import * as q from "./queries.ts";

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

export const graphQuery = z.object({
  cases: idListParam.default([]).describe("case ids; empty = every real case (or every case with includeSynthetic)"),
  types: labelListParam.default(defaultGraphLabels),
  includeSynthetic: includeSyntheticParam,
  limit: limitParam(20_000, 50_000).describe("most links returned"),
});

export function graphRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/graph",
    tag: "graph",
    summary: "The subgraph stated by a set of cases, ready for a force layout",
    query: graphQuery,
    handler: ({ query }) =>
      cache.respond(`graph:${JSON.stringify(query)}`, async (): Promise<Subgraph> => {
        const caseIds = (
          await reader.read<{ id: string }>(q.selectedCaseIds, {
            cases: query.cases,
            includeSynthetic: query.includeSynthetic,
          })
        ).map((row) => row.id);
        if (caseIds.length === 0) return { nodes: [], links: [], truncated: false };
        const [graph] = await reader.read<Subgraph>(q.caseSubgraph, {
          caseIds,
          types: query.types,
          limit: neo4j.int(query.limit),
        });
        return graph ?? { nodes: [], links: [], truncated: false };
      }),
  });
}
