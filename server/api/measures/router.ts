import { z } from "zod";
import { idOf } from "../../../graph-schema/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, yearParam } from "../params.ts";
import { readCaseMeasureIndex } from "./case-index.ts";
import { cooccurrence } from "./cooccurrence.ts";
import * as q from "./queries.ts";
import { casesInFilter, recurrence } from "./recurrence.ts";

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
    .max(10_000)
    .default(25)
    .describe("how many of each measure's cases to list"),
});

export const cooccurrenceQuery = z.object({
  minCount: z.coerce.number().int().min(1).max(1_000_000).default(1),
  includeSynthetic: includeSyntheticParam,
  casesPerPair: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(3)
    .describe("how many of the cases sharing each pair to list (the count is always complete)"),
});

export function measureRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  // Built once per graph version and shared by both statistics (see case-index.ts).
  const caseIndex = () => cache.getOrCompute("case-measure-index", () => readCaseMeasureIndex(reader));

  api.add({
    method: "get",
    path: "/measures/recurrence",
    tag: "measures",
    summary: "Measures ranked by how many cases use them, filterable by category, region and year",
    query: recurrenceQuery,
    handler: ({ query }) =>
      cache.respond(`recurrence:${JSON.stringify(query)}`, async () => recurrence(await caseIndex(), query)),
  });

  api.add({
    method: "get",
    path: "/measures/cooccurrence",
    tag: "measures",
    summary: "Pairs of measures used by the same cases, with count, Jaccard and lift",
    query: cooccurrenceQuery,
    handler: ({ query }) =>
      cache.respond(`cooccurrence:${JSON.stringify(query)}`, async () => {
        const index = await caseIndex();
        const cases = casesInFilter(index, { includeSynthetic: query.includeSynthetic });
        const { caseCount, pairs } = cooccurrence(cases, query.minCount, query.casesPerPair);
        const measures = [...caseCount]
          .flatMap(([id, count]) => {
            const info = index.measures.get(id);
            return info ? [{ ...info, caseCount: count }] : [];
          })
          .sort((a, b) => b.caseCount - a.caseCount || (a.id < b.id ? -1 : 1));
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
