import neo4j from "neo4j-driver";
import { z } from "zod";
import { departmentKinds, idOf } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, limitParam, offsetParam } from "../params.ts";
import { compareCases } from "./compare.ts";
import * as q from "./queries.ts";

export const caseListQuery = z.object({
  includeSynthetic: includeSyntheticParam,
  limit: limitParam(100, 1000),
  offset: offsetParam,
});
export const caseParams = z.object({ id: idOf("Case") });
export const compareParams = z.object({ a: idOf("Case"), b: idOf("Case") });

const kindInfo = new Map(
  departmentKinds.map((k) => [k.kind as string, { kind: k.kind, name: k.name, nameEn: k.nameEn }]),
);
const describeKind = (kind: string) => kindInfo.get(kind) ?? { kind, name: kind, nameEn: kind };

export function caseRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/cases",
    tag: "cases",
    summary: "Cases, newest first, with region and number of measures",
    query: caseListQuery,
    handler: ({ query }) =>
      cache.respond(`cases:${JSON.stringify(query)}`, async () => {
        const rows = await reader.read<{ total: number; case: unknown }>(q.listCases, {
          includeSynthetic: query.includeSynthetic,
          limit: neo4j.int(query.limit),
          offset: neo4j.int(query.offset),
        });
        return { total: rows[0]?.total ?? 0, cases: rows.map((row) => row.case) };
      }),
  });

  api.add({
    method: "get",
    path: "/cases/:id",
    tag: "cases",
    summary: "One case with its sources, project figures, measures, departments, task forces and outcomes",
    params: caseParams,
    handler: ({ params }) =>
      cache.respond(`case:${params.id}`, async () => {
        const [row] = await reader.read(q.caseDetail, { id: params.id });
        if (!row) throw new NotFoundError(`case not found: ${params.id}`);
        return row;
      }),
  });

  api.add({
    method: "get",
    path: "/cases/:a/compare/:b",
    tag: "cases",
    summary: "Shared and one-sided measures and department kinds of two cases, and a similarity score",
    params: compareParams,
    handler: ({ params }) =>
      cache.respond(`compare:${params.a}:${params.b}`, async () => {
        const rows = await reader.read<{ id: string; title: string; measures: { id: string }[]; kinds: string[] }>(
          q.compareSides,
          params,
        );
        const a = rows.find((row) => row.id === params.a);
        const b = rows.find((row) => row.id === params.b);
        if (!a) throw new NotFoundError(`case not found: ${params.a}`);
        if (!b) throw new NotFoundError(`case not found: ${params.b}`);
        const result = compareCases(a, b);
        return {
          a: { id: a.id, title: a.title },
          b: { id: b.id, title: b.title },
          measures: result.measures,
          departments: {
            shared: result.kinds.shared.map(describeKind),
            onlyA: result.kinds.onlyA.map(describeKind),
            onlyB: result.kinds.onlyB.map(describeKind),
          },
          similarity: result.similarity,
        };
      }),
  });
}
