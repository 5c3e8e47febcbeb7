import neo4j from "neo4j-driver";
import { z } from "zod";
import { idOf } from "../../../graph-schema/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, yearParam } from "../params.ts";
import type { NodeRef } from "../shapes.ts";
import { cooccurrence } from "./cooccurrence.ts";
import * as q from "./queries.ts";

export const recurrenceQuery = z.object({
  category: idOf("MeasureCategory").optional(),
  region: idOf("Region").optional().describe("cases in this region or anywhere below it"),
  yearFrom: yearParam.optional(),
  yearTo: yearParam.optional(),
  minCases: z.coerce.number().int().min(1).max(1_000_000).default(1),
  includeSynthetic: includeSyntheticParam,
  casesPerMeasure: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(100)
    .describe("how many of each measure's cases to list"),
});

export const cooccurrenceQuery = z.object({
  minCount: z.coerce.number().int().min(1).max(1_000_000).default(1),
  includeSynthetic: includeSyntheticParam,
  casesPerPair: z.coerce.number().int().min(0).max(1000).default(20),
});

type MeasureRef = NodeRef & { category: string; categoryName: string | null };

export function measureRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/measures/recurrence",
    tag: "measures",
    summary: "Measures ranked by how many cases use them, filterable by category, region and year",
    query: recurrenceQuery,
    handler: ({ query }) =>
      cache.respond(`recurrence:${JSON.stringify(query)}`, async () => {
        const params = {
          category: query.category ?? null,
          region: query.region ?? null,
          yearFrom: query.yearFrom === undefined ? null : neo4j.int(query.yearFrom),
          yearTo: query.yearTo === undefined ? null : neo4j.int(query.yearTo),
          minCases: neo4j.int(query.minCases),
          includeSynthetic: query.includeSynthetic,
          casesPerMeasure: neo4j.int(query.casesPerMeasure),
        };
        const rows = await reader.read<{ total: number; measure: unknown }>(q.recurrence, params);
        const totalCases =
          rows[0]?.total ?? (await reader.read<{ total: number }>(q.totalCases, params))[0]?.total ?? 0;
        return { totalCases, measures: rows.map((row) => row.measure) };
      }),
  });

  api.add({
    method: "get",
    path: "/measures/cooccurrence",
    tag: "measures",
    summary: "Pairs of measures used by the same cases, with count, Jaccard and lift",
    query: cooccurrenceQuery,
    handler: ({ query }) =>
      cache.respond(`cooccurrence:${JSON.stringify(query)}`, async () => {
        const cases = await reader.read<{ id: string; title: string; measures: string[] }>(q.caseMeasures, {
          includeSynthetic: query.includeSynthetic,
        });
        const { caseCount, pairs } = cooccurrence(cases, query.minCount, query.casesPerPair);
        const refs = await reader.read<{ measure: MeasureRef }>(q.measureRefs, { ids: [...caseCount.keys()] });
        const measures = refs
          .map(({ measure }) => ({ ...measure, caseCount: caseCount.get(measure.id) ?? 0 }))
          .sort((a, b) => b.caseCount - a.caseCount || a.id.localeCompare(b.id));
        return { totalCases: cases.length, measures, pairs };
      }),
  });

  api.add({
    method: "get",
    path: "/categories",
    tag: "measures",
    summary: "Measure categories of the taxonomy",
    handler: () =>
      cache.respond("categories", async () => ({
        categories: (await reader.read<{ category: unknown }>(q.categories)).map((row) => row.category),
      })),
  });
}
