import { z } from "zod";
import { idOf } from "../graph-schema/index.ts";
import { analysisCase, analysisFilterQuery, regionRef } from "./analysis-common.ts";
import { departmentRef, measureRef, sourceRef } from "./common.ts";
import { operation } from "./operation.ts";
import { integerOr } from "./params.ts";

export const profileParams = z.object({
  id: idOf("Measure").meta({ examples: ["measure:proxy-service"] }),
});

export const profileQuery = z.object({
  ...analysisFilterQuery,
  minSupport: integerOr(1, 1_000_000, 2, "partners used together with the measure by at least this many cases"),
  casesLimit: integerOr(0, 10_000, 200, "how many of the cases using it to list with their evidence"),
});

export const profileUse = z
  .strictObject({
    case: analysisCase,
    section: z.string().describe("the locator of the passage"),
    place: z.string().describe("the locator as a reader follows it (graph-schema's describeLocator), in Chinese"),
    placeEn: z.string(),
    evidence: z.string().describe("our paraphrase of the passage"),
    source: sourceRef.nullable(),
  })
  .meta({ id: "ProfileUse" });

export const profilePartner = z
  .strictObject({
    measure: measureRef,
    count: z.number().int().min(1).describe("cases using both"),
    lift: z.number().min(0).describe("P(both) / (P(this)·P(partner)); above 1: together more often than chance"),
    share: z.number().min(0).max(1).describe("count / cases using this measure"),
  })
  .meta({ id: "ProfilePartner" });

export const profileDepartment = z
  .strictObject({
    department: departmentRef,
    cases: z.array(idOf("Case")).describe("cases in which it applies the measure"),
  })
  .meta({ id: "ProfileDepartment" });

export const spreadCell = z
  .strictObject({
    year: z.number().int().nullable().describe("null: the sources state no year"),
    province: idOf("Region").nullable().describe("null: no province above the case's region"),
    cases: z.array(idOf("Case")),
  })
  .meta({ id: "SpreadCell" });

export const measureProfile = z
  .strictObject({
    measure: measureRef.extend({ description: z.string().nullable() }),
    totalCases: z.number().int().min(0),
    caseCount: z.number().int().min(0),
    uses: z.array(profileUse).describe("the first casesLimit uses, earliest year first, unknown years last"),
    minSupport: z.number().int().min(1),
    partners: z.array(profilePartner).describe("by count, then lift"),
    departments: z.array(profileDepartment).describe("by the number of cases; at most 100"),
    spread: z.strictObject({
      first: z
        .strictObject({ year: z.number().int(), cases: z.array(idOf("Case")) })
        .nullable()
        .describe("the earliest stated year and its cases"),
      years: z.array(z.number().int().nullable()).describe("ascending; null (unknown year) last when present"),
      provinces: z.array(regionRef.extend({ id: idOf("Region").nullable(), count: z.number().int().min(1) })),
      cells: z.array(spreadCell),
    }),
  })
  .meta({ id: "MeasureProfile" });

export const profile = operation({
  method: "get",
  path: "/measures/:id/profile",
  tag: "measures",
  summary: "One measure's uses with evidence, partners by count and lift, departments, and spread by year × province",
  params: profileParams,
  query: profileQuery,
  notFound: true,
  success: 200,
  response: measureProfile,
});

export type MeasureProfile = z.infer<typeof measureProfile>;
export type ProfileUse = z.infer<typeof profileUse>;
export type ProfilePartner = z.infer<typeof profilePartner>;
