import { z } from "zod";
import { idOf, regionLevels, reliabilities } from "../graph-schema/index.ts";
import { operation } from "./operation.ts";
import { flag, idListParam, includeSyntheticParam, yearParam } from "./params.ts";

/**
 * The one case filter every endpoint that filters takes (graph, recurrence, co-occurrence, …): the web's filter
 * bar sends the same fields to every view, and the server applies them in one place (server/api/filters/).
 * A case passes when it passes every field that is set.
 */
export const caseFilterQuery = z.object({
  yearFrom: yearParam.optional().describe("cases from this year on"),
  yearTo: yearParam.optional().describe("cases up to this year; a range with yearFrom > yearTo matches no case"),
  unknownYears: flag("with a year range: also cases whose year no source states (they are never inside a range)"),
  region: idOf("Region").optional().describe("cases in this region or anywhere below it (province → city → county)"),
  category: idOf("MeasureCategory").optional().describe("cases using a measure of this category"),
  reliability: z.enum(reliabilities).optional().describe("cases with at least one source of this reliability"),
  cases: idListParam.default([]).describe("only these case ids; empty = every case"),
  includeSynthetic: includeSyntheticParam,
});

export type CaseFilter = z.output<typeof caseFilterQuery>;

/**
 * One region of the cases' tree, flat: `parentId` is the region it is PART_OF (null at a root, usually a
 * province), so the web nests them; `caseCount` counts cases in it or anywhere below it.
 */
export const regionTreeNode = z
  .strictObject({
    id: idOf("Region"),
    name: z.string(),
    nameEn: z.string().nullable(),
    level: z.enum(regionLevels),
    parentId: idOf("Region").nullable(),
    caseCount: z.number().int().min(0),
  })
  .meta({ id: "RegionTreeNode" });

export const regionTree = operation({
  method: "get",
  path: "/regions",
  tag: "filters",
  summary: "Regions of the cases along PART_OF (province → city → county/zone), parents first, with case counts",
  query: z.object({ includeSynthetic: includeSyntheticParam }),
  success: 200,
  response: z.strictObject({ regions: z.array(regionTreeNode) }).meta({ id: "RegionTree" }),
});

export type RegionTreeNode = z.infer<typeof regionTreeNode>;
