import { z } from "zod";
import { type ProjectStage, projectStages } from "./categories.ts";
import { departmentKindSlugs } from "./departments.ts";
import { idOf, type NodeLabel } from "./ids.ts";
import { isoDate, nameText, paraphrase, shortText } from "./values.ts";

/** Fields every node has. `name` is Chinese as the sources write it; aliases feed the full-text index. */
function nodeOf<L extends NodeLabel>(label: L) {
  return z.strictObject({
    id: idOf(label),
    label: z.literal(label),
    name: nameText,
    nameEn: nameText.optional(),
    aliases: z.array(nameText).default([]),
  });
}

/** A named person attached to a unit; people are not nodes because no case connects one person to two units. */
const person = z.strictObject({ name: nameText, role: nameText });

/** Something a reader would expect on the case that the sources leave missing or uncertain, shown by the UI. */
export const caseFlag = z.strictObject({
  /** The field concerned: `year`, or a node id and property such as `project:x.status`. */
  field: nameText,
  note: shortText,
});

export const caseNode = nodeOf("Case").extend({
  /** `name` is the short display name used everywhere; `title` the published headline or a descriptive title. */
  title: nameText,
  titleEn: nameText.optional(),
  /** The year the story is about, only when a passage states it (cited by `yearLocator`); otherwise null + a flag. */
  year: z.number().int().min(1990).max(2100).nullable(),
  yearLocator: nameText.optional(),
  regionId: idOf("Region"),
  series: nameText.optional(),
  summary: paraphrase,
  summaryEn: paraphrase.optional(),
  /** True for invented demo cases, so the UI and queries can keep them apart from sourced ones. */
  synthetic: z.boolean().default(false),
  reportingUnit: nameText,
  flags: z.array(caseFlag).default([]),
});

export const reliabilities = ["gov", "mirror", "low"] as const;

/** One published page. `title` only when the sheet gives the page's headline; `name` is our short label. */
export const sourceNode = nodeOf("Source").extend({
  title: nameText.optional(),
  publisher: nameText.optional(),
  url: z.url().optional(),
  date: isoDate.optional(),
  reliability: z.enum(reliabilities),
  /** Why a mirror is a mirror: `[mirror/news]` (a trade paper's own page) or `[gov-origin mirror]`. */
  reliabilityNote: shortText.optional(),
  note: shortText.optional(),
});

export const regionLevels = ["country", "province", "city", "district", "county", "town", "street", "zone"] as const;

export const regionNode = nodeOf("Region").extend({ level: z.enum(regionLevels) });

export const parkKinds = [
  "development-zone",
  "high-tech-zone",
  "industrial-park",
  "sub-park",
  "block",
  "base",
] as const;

export const parkNode = nodeOf("Park").extend({
  areaMu: z.number().positive().optional(),
  kind: z.enum(parkKinds).optional(),
});

export const companyRoles = ["investor", "parent", "partner", "financial", "other"] as const;

export const companyNode = nodeOf("Company").extend({
  role: z.enum(companyRoles).optional(),
  hq: nameText.optional(),
  founded: isoDate.optional(),
  people: z.array(person).optional(),
});

export const projectStatuses = [
  "planned",
  "signed",
  "landed",
  "under-construction",
  "trial-production",
  "producing",
  "restarted",
] as const;

export const projectNode = nodeOf("Project").extend({
  /** Only when a passage states it; "expected", "near" or "planned" are not statuses. */
  status: z.enum(projectStatuses).optional(),
  /** Locator of the passage that states `status`; required with it. */
  statusLocator: nameText.optional(),
  /** Headline numbers for sorting and display only; the sourced values are Figure nodes. */
  investmentYuan: z.number().positive().optional(),
  landMu: z.number().positive().optional(),
});

export const departmentNode = nodeOf("Department").extend({
  kind: z.enum(departmentKindSlugs),
  regionId: idOf("Region"),
  /** Set when the unit is a section of a park's administration rather than of a government. */
  parkId: idOf("Park").optional(),
  people: z.array(person).optional(),
});

export const taskForceNode = nodeOf("TaskForce").extend({ purpose: shortText.optional() });

export const measureNode = nodeOf("Measure").extend({
  category: idOf("MeasureCategory"),
  variants: z.array(nameText),
  description: paraphrase,
});

export const measureCategoryNode = nodeOf("MeasureCategory").extend({
  description: paraphrase,
  /** Where in a project's life the category's measures mostly act (categories.ts, README "Stages"). */
  stage: z.enum(projectStages.map((s) => s.id) as [ProjectStage, ...ProjectStage[]]),
});

export const industryNode = nodeOf("Industry");

/** `goal` is a target the unit set itself (落地即开工): a goal is never mapped to a practice in the taxonomy. */
export const outcomeKinds = ["outcome", "nextStep", "lesson", "goal"] as const;

export const outcomeNode = nodeOf("Outcome").extend({
  kind: z.enum(outcomeKinds),
  text: shortText,
  textEn: shortText.optional(),
});

export const figureMetrics = [
  "investment",
  "fixedInvestment",
  "land",
  "floorArea",
  "capacity",
  "output",
  "tax",
  "jobs",
  "workers",
  "fundsInPlace",
  "cadres",
  "projectCount",
  "firmCount",
  "problemsSolved",
  "approvalItems",
  "visits",
  "departmentCount",
  "growthRate",
  "share",
  "fdiContracted",
  "fdiActual",
  "serviceRequestDate",
  "contactDate",
  "siteSearchDate",
  "decisionDate",
  "signingDate",
  "landingDate",
  "landListingDate",
  "landDate",
  "filingDate",
  "permitDate",
  "startDate",
  "toppingOutDate",
  "trialProductionDate",
  "productionDate",
  "duration",
] as const;

/** Units after normalisation: money in yuan (USD stays USD), land in mu; 工作日 stays `workday`, never `day`. */
export const normalizedUnits = [
  "yuan",
  "USD",
  "mu",
  "m2",
  "t/yr",
  "GW",
  "MW",
  "day",
  "workday",
  "month",
  "percent",
  "count",
] as const;

export const figureNode = nodeOf("Figure").extend({
  metric: z.enum(figureMetrics),
  value: z.number().optional(),
  /** As reported: 亿元, 万美元, 亩, 万吨/年, GW, 天, 月 … */
  unit: nameText.optional(),
  normalized: z.strictObject({ value: z.number(), unit: z.enum(normalizedUnits) }).optional(),
  date: isoDate.optional(),
  qualifier: z.enum(["about", "over", "under", "exact"]).optional(),
  sourceId: idOf("Source"),
  /** Other sources that report the same value; a different value is a separate Figure, never merged. */
  alsoReportedBy: z.array(idOf("Source")).optional(),
  note: shortText.optional(),
});

/** Every node label's schema, keyed by label so loaders can iterate. */
export const nodeSchemas = {
  Case: caseNode,
  Source: sourceNode,
  Region: regionNode,
  Park: parkNode,
  Company: companyNode,
  Project: projectNode,
  Department: departmentNode,
  TaskForce: taskForceNode,
  Measure: measureNode,
  MeasureCategory: measureCategoryNode,
  Industry: industryNode,
  Outcome: outcomeNode,
  Figure: figureNode,
} as const satisfies Record<NodeLabel, z.ZodType>;

export const nodeSchema = z.discriminatedUnion("label", [
  caseNode,
  sourceNode,
  regionNode,
  parkNode,
  companyNode,
  projectNode,
  departmentNode,
  taskForceNode,
  measureNode,
  measureCategoryNode,
  industryNode,
  outcomeNode,
  figureNode,
]);

/** Nodes a case file may define: the Case is the file's header and the taxonomy lives in code. */
export const caseFileNode = z.discriminatedUnion("label", [
  sourceNode,
  regionNode,
  parkNode,
  companyNode,
  projectNode,
  departmentNode,
  taskForceNode,
  industryNode,
  outcomeNode,
  figureNode,
]);

export type CaseNode = z.infer<typeof caseNode>;
export type SourceNode = z.infer<typeof sourceNode>;
export type RegionNode = z.infer<typeof regionNode>;
export type ParkNode = z.infer<typeof parkNode>;
export type CompanyNode = z.infer<typeof companyNode>;
export type ProjectNode = z.infer<typeof projectNode>;
export type DepartmentNode = z.infer<typeof departmentNode>;
export type TaskForceNode = z.infer<typeof taskForceNode>;
export type MeasureNode = z.infer<typeof measureNode>;
export type MeasureCategoryNode = z.infer<typeof measureCategoryNode>;
export type IndustryNode = z.infer<typeof industryNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;
export type FigureNode = z.infer<typeof figureNode>;
export type CaseFileNode = z.infer<typeof caseFileNode>;
export type GraphNode = z.infer<typeof nodeSchema>;
