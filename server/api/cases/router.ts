import neo4j from "neo4j-driver";
import {
  type CaseDetail,
  type CaseSummary,
  compareCases as compareOp,
  getCase,
  listCases,
} from "../../../contract/cases.ts";
import type { CaseRef, MeasureRef } from "../../../contract/common.ts";
import { type DepartmentKindSlug, departmentKinds } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import { caseCounts, population } from "../analysis/index.ts";
import { measureWeights, pairSimilarity, round } from "../analysis/similarity.ts";
import { analysisIndex } from "../analysis/store.ts";
import type { ApiContext } from "../context.ts";
import { compareCases } from "./compare.ts";
import * as q from "./queries.ts";

const kindInfo = new Map(
  departmentKinds.map((k) => [k.kind as string, { kind: k.kind, name: k.name, nameEn: k.nameEn }]),
);
const describeKind = (kind: string) => {
  const info = kindInfo.get(kind);
  if (!info) throw new Error(`describeKind: unknown department kind ${kind}`);
  return info as { kind: DepartmentKindSlug; name: string; nameEn: string };
};

export function caseRoutes(api: RouteRegistry, context: ApiContext): void {
  const { reader, cache } = context;
  const analysis = analysisIndex(context);
  api.add(listCases, ({ query }) =>
    cache.respond(`cases:${JSON.stringify(query)}`, async () => {
      const rows = await reader.read<{ total: number; case: CaseSummary }>(q.listCases, {
        includeSynthetic: query.includeSynthetic,
        limit: neo4j.int(query.limit),
        offset: neo4j.int(query.offset),
      });
      return { total: rows[0]?.total ?? 0, cases: rows.map((row) => row.case) };
    }),
  );

  api.add(getCase, ({ params }) =>
    cache.respond(`case:${params.id}`, async () => {
      const [row] = await reader.read<CaseDetail>(q.caseDetail, { id: params.id });
      if (!row) throw new NotFoundError(`case not found: ${params.id}`);
      return row;
    }),
  );

  api.add(compareOp, ({ params, query }) =>
    cache.respond(`compare:${params.a}:${params.b}:${query.includeSynthetic}`, async () => {
      const rows = await reader.read<{ ref: CaseRef; measures: MeasureRef[]; kinds: string[] }>(q.compareSides, params);
      const a = rows.find((row) => row.ref.id === params.a);
      const b = rows.find((row) => row.ref.id === params.b);
      if (!a) throw new NotFoundError(`case not found: ${params.a}`);
      if (!b) throw new NotFoundError(`case not found: ${params.b}`);
      const result = compareCases(a, b);
      const index = await analysis();
      const people = population(index, query);
      const similarity = pairSimilarity(
        a.measures.map((m) => m.id),
        b.measures.map((m) => m.id),
        measureWeights(people.total, caseCounts(index, people)),
      );
      return {
        a: a.ref,
        b: b.ref,
        measures: result.measures,
        departments: {
          shared: result.kinds.shared.map(describeKind),
          onlyA: result.kinds.onlyA.map(describeKind),
          onlyB: result.kinds.onlyB.map(describeKind),
        },
        similarity: round(similarity, 3),
        totalCases: people.total,
      };
    }),
  );
}
