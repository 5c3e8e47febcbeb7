import { z } from "zod";
import { idOf } from "../graph-schema/index.ts";
import { includeSyntheticParam } from "./params.ts";

/*
 * Shapes shared by the analyst endpoints (similar cases, measure profile). The population they count over is
 * one filter object, so the filter bar can pass years, regions and cases here later without a new shape.
 */

export const analysisFilterQuery = {
  includeSynthetic: includeSyntheticParam,
};

export const regionRef = z
  .strictObject({ id: idOf("Region"), name: z.string(), nameEn: z.string().nullable() })
  .meta({ id: "RegionRef" });

export const analysisCase = z
  .strictObject({
    id: idOf("Case"),
    name: z.string().describe("the short display name"),
    nameEn: z.string().nullable(),
    title: z.string().describe("the published headline"),
    year: z.number().int().nullable().describe("null: no source states the year"),
    province: regionRef.nullable().describe("the province above the case's region, when the graph has one"),
  })
  .meta({ id: "AnalysisCase", description: "a case with what the analyst views place it by" });

export type AnalysisCase = z.infer<typeof analysisCase>;
export type RegionRef = z.infer<typeof regionRef>;
