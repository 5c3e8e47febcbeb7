import { z } from "zod";
import { idOf } from "../graph-schema/index.ts";
import { caseRef, measureRef } from "./common.ts";
import { caseFilterQuery } from "./filters.ts";
import { operation } from "./operation.ts";
import { integerOr } from "./params.ts";

/** The shared case filter (contract/filters.ts); `category` also keeps the ranking to that category's measures. */
export const recurrenceQuery = caseFilterQuery.extend({
  minCases: integerOr(1, 1_000_000, 1),
  casesPerMeasure: integerOr(0, 10_000, 25, "how many of each measure's cases to list"),
});

export const cooccurrenceQuery = caseFilterQuery.extend({
  minCount: integerOr(1, 1_000_000, 1),
  casesPerPair: integerOr(
    0,
    10_000,
    3,
    "how many of the cases sharing each pair to list (the count is always complete)",
  ),
});

export const recurrentMeasure = measureRef
  .extend({
    caseCount: z.number().int().min(1),
    share: z.number().min(0).max(1).describe("caseCount / all cases in the filter"),
    cases: z.array(caseRef).describe("the first casesPerMeasure of them"),
  })
  .meta({ id: "RecurrentMeasure" });

export const recurrenceResult = z
  .strictObject({ totalCases: z.number().int().min(0), measures: z.array(recurrentMeasure) })
  .meta({ id: "Recurrence", description: "most recurrent first" });

export const cooccurrencePair = z
  .strictObject({
    a: idOf("Measure"),
    b: idOf("Measure"),
    count: z.number().int().min(1),
    jaccard: z.number().min(0).max(1),
    lift: z.number().min(0).describe("above 1: the two go together more often than chance"),
    cases: z.array(caseRef).describe("the first casesPerPair of them"),
  })
  .meta({ id: "CooccurrencePair" });

export const cooccurrenceResult = z
  .strictObject({
    totalCases: z.number().int().min(0),
    measures: z.array(measureRef.extend({ caseCount: z.number().int().min(1) })),
    pairs: z.array(cooccurrencePair),
  })
  .meta({ id: "Cooccurrence" });

export const category = z
  .strictObject({
    id: idOf("MeasureCategory"),
    name: z.string(),
    nameEn: z.string().nullable(),
    description: z.string().nullable(),
    measureCount: z.number().int().min(0),
  })
  .meta({ id: "Category" });

export const recurrence = operation({
  method: "get",
  path: "/measures/recurrence",
  tag: "measures",
  summary: "Measures ranked by how many cases use them, filterable by category, region and year",
  query: recurrenceQuery,
  success: 200,
  response: recurrenceResult,
});

export const cooccurrence = operation({
  method: "get",
  path: "/measures/cooccurrence",
  tag: "measures",
  summary: "Pairs of measures used by the same cases, with count, Jaccard and lift",
  query: cooccurrenceQuery,
  success: 200,
  response: cooccurrenceResult,
});

export const categories = operation({
  method: "get",
  path: "/categories",
  tag: "measures",
  summary: "Measure categories of the taxonomy",
  success: 200,
  response: z.strictObject({ categories: z.array(category) }).meta({ id: "Categories" }),
});

export type Recurrence = z.infer<typeof recurrenceResult>;
export type RecurrentMeasure = z.infer<typeof recurrentMeasure>;
export type Cooccurrence = z.infer<typeof cooccurrenceResult>;
export type CooccurrencePair = z.infer<typeof cooccurrencePair>;
export type Category = z.infer<typeof category>;
