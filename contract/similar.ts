import { z } from "zod";
import { idOf } from "../graph-schema/index.ts";
import { analysisCase, analysisFilterQuery } from "./analysis-common.ts";
import { measureRef } from "./common.ts";
import { operation } from "./operation.ts";
import { integerOr } from "./params.ts";

export const similarParams = z.object({
  id: idOf("Case").meta({ examples: ["case:dinghai-2022-03"] }),
});

export const similarQuery = z.object({
  ...analysisFilterQuery,
  limit: integerOr(1, 200, 10, "how many of the most similar cases to list"),
});

export const weightedMeasure = measureRef
  .extend({
    caseCount: z.number().int().min(0).describe("n: cases in the population that use it"),
    weight: z.number().min(0).describe("ln(N / n): a practice few cases share weighs more"),
  })
  .meta({ id: "WeightedMeasure" });

export const similarCase = z
  .strictObject({
    case: analysisCase,
    score: z.number().min(0).max(1).describe("Σ weight of shared measures / Σ weight of all measures of either case"),
    sharedWeight: z.number().min(0),
    unionWeight: z.number().min(0),
    shared: z.array(weightedMeasure).describe("heaviest first"),
    onlyThis: z.array(weightedMeasure).describe("measures of the asked case the other lacks"),
    onlyOther: z.array(weightedMeasure).describe("measures of the other case the asked case lacks"),
  })
  .meta({ id: "SimilarCase" });

export const similarResult = z
  .strictObject({
    case: analysisCase,
    totalCases: z.number().int().min(0).describe("N: cases in the population the weights are counted over"),
    measures: z.array(weightedMeasure).describe("the asked case's measures, heaviest first"),
    similar: z.array(similarCase).describe("most similar first; only cases sharing at least one measure"),
  })
  .meta({
    id: "SimilarCases",
    description:
      "IDF-weighted Jaccard over measures: weight(m) = ln(N / n_m); score = Σ shared weights / Σ weights of the union",
  });

export const similarCases = operation({
  method: "get",
  path: "/cases/:id/similar",
  tag: "cases",
  summary: "Cases most similar to one case by IDF-weighted Jaccard over measures, with shared and differing measures",
  params: similarParams,
  query: similarQuery,
  notFound: true,
  success: 200,
  response: similarResult,
});

export type SimilarCases = z.infer<typeof similarResult>;
export type SimilarCase = z.infer<typeof similarCase>;
export type WeightedMeasure = z.infer<typeof weightedMeasure>;
