import { z } from "zod";
import { departmentKindSlugs, idOf, outcomeKinds, reliabilities, storedFigure } from "../graph-schema/index.ts";
import { analysisFilterQuery } from "./analysis-common.ts";
import { caseRef, departmentRef, measureRef, nodeRef, taskForce } from "./common.ts";
import { operation } from "./operation.ts";
import { includeSyntheticParam, limitParam, offsetParam } from "./params.ts";

/** A property absent from the stored node comes back as null. */
const absent = <T extends z.ZodType>(schema: T) => schema.nullable();

export const caseListQuery = z.object({
  includeSynthetic: includeSyntheticParam,
  limit: limitParam(100, 1000),
  offset: offsetParam,
});

export const caseParams = z.object({ id: idOf("Case").meta({ examples: ["case:dinghai-2022-03"] }) });
export const compareParams = z.object({
  a: idOf("Case").meta({ examples: ["case:dinghai-2022-03"] }),
  b: idOf("Case").meta({ examples: ["case:sutong-sige-2025"] }),
});

/** How every answer that shows a case names and dates it. */
const caseIdentity = {
  id: idOf("Case"),
  /** The short display name every view shows; the title is the headline, shown as secondary text. */
  name: z.string(),
  nameEn: absent(z.string()),
  title: z.string(),
  titleEn: absent(z.string()),
  /** Null when no passage states the year; the case's flags say so. */
  year: absent(z.number().int()),
};

export const caseSummary = z
  .strictObject({
    ...caseIdentity,
    region: nodeRef,
    reportingUnit: z.string(),
    synthetic: z.boolean(),
    measureCount: z.number().int().min(0),
  })
  .meta({ id: "CaseSummary" });

export const caseList = z
  .strictObject({ total: z.number().int().min(0), cases: z.array(caseSummary) })
  .meta({ id: "CaseList" });

const stored = storedFigure.shape;

/** A Figure node as stored (graph-schema/stored.ts): `normalized` flattened into normalizedValue / normalizedUnit. */
export const figure = z
  .strictObject({
    id: stored.id,
    metric: stored.metric,
    value: absent(stored.value.unwrap()),
    unit: absent(stored.unit.unwrap()),
    normalizedValue: absent(stored.normalizedValue.unwrap()),
    normalizedUnit: absent(stored.normalizedUnit.unwrap()),
    date: absent(stored.date.unwrap()),
    qualifier: absent(stored.qualifier.unwrap()),
    sourceId: stored.sourceId,
    note: absent(stored.note.unwrap()),
  })
  .meta({ id: "Figure" });

export const caseDetail = z
  .strictObject({
    case: z.strictObject({
      ...caseIdentity,
      summary: z.string(),
      summaryEn: absent(z.string()),
      series: absent(z.string()),
      reportingUnit: z.string(),
      synthetic: z.boolean(),
    }),
    region: nodeRef,
    sources: z.array(
      z.strictObject({
        id: idOf("Source"),
        /** Only when the page's own headline is known. */
        title: absent(z.string()),
        publisher: absent(z.string()),
        url: absent(z.string()),
        date: absent(z.string()),
        reliability: z.enum(reliabilities),
      }),
    ),
    projects: z.array(nodeRef.extend({ figures: z.array(figure) })),
    companies: z.array(nodeRef.extend({ role: absent(z.string()) })),
    measures: z.array(measureRef.extend({ section: z.string(), evidence: z.string(), variant: absent(z.string()) })),
    departments: z.array(departmentRef),
    taskForces: z.array(taskForce),
    outcomes: z.array(
      z.strictObject({
        id: idOf("Outcome"),
        kind: z.enum(outcomeKinds),
        text: z.string(),
        textEn: absent(z.string()),
        section: z.string(),
      }),
    ),
  })
  .meta({ id: "CaseDetail" });

export const departmentKindRef = z
  .strictObject({ kind: z.enum(departmentKindSlugs), name: z.string(), nameEn: z.string() })
  .meta({ id: "DepartmentKindRef" });

const sides = <T extends z.ZodType>(item: T) =>
  z.strictObject({ shared: z.array(item), onlyA: z.array(item), onlyB: z.array(item) });

export const comparison = z
  .strictObject({
    a: caseRef,
    b: caseRef,
    measures: sides(measureRef),
    departments: sides(departmentKindRef),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .describe("IDF-weighted Jaccard over measures, as in /cases/:id/similar: weight(m) = ln(N / n_m)"),
    totalCases: z.number().int().min(0).describe("N: the cases the weights are counted over"),
  })
  .meta({ id: "Comparison" });

export const listCases = operation({
  method: "get",
  path: "/cases",
  tag: "cases",
  summary: "Cases, newest first, with region and number of measures",
  query: caseListQuery,
  success: 200,
  response: caseList,
});

export const getCase = operation({
  method: "get",
  path: "/cases/:id",
  tag: "cases",
  summary: "One case with its sources, project figures, measures, departments, task forces and outcomes",
  params: caseParams,
  notFound: true,
  success: 200,
  response: caseDetail,
});

export const compareCases = operation({
  method: "get",
  path: "/cases/:a/compare/:b",
  tag: "cases",
  summary: "Shared and one-sided measures and department kinds of two cases, and their IDF-weighted similarity",
  params: compareParams,
  query: z.object({ ...analysisFilterQuery }),
  notFound: true,
  success: 200,
  response: comparison,
});

export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseList = z.infer<typeof caseList>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type Comparison = z.infer<typeof comparison>;
export type DepartmentKindRef = z.infer<typeof departmentKindRef>;
