import { measureCategories } from "./categories.ts";
import type { Measure } from "./measure-type.ts";
import { approvalMeasures } from "./measures-approval.ts";
import { factorMeasures } from "./measures-factors.ts";
import { followThroughMeasures } from "./measures-follow-through.ts";
import { leadershipMeasures } from "./measures-leadership.ts";
import { preApprovalMeasures } from "./measures-pre-approval.ts";
import { recruitmentMeasures } from "./measures-recruitment.ts";
import { serviceMeasures } from "./measures-service.ts";
import type { MeasureCategoryNode, MeasureNode } from "./nodes.ts";

/** The whole practice taxonomy: categories, then measures grouped by file for size only. */
export const measures: readonly Measure[] = [
  ...recruitmentMeasures,
  ...leadershipMeasures,
  ...serviceMeasures,
  ...preApprovalMeasures,
  ...approvalMeasures,
  ...factorMeasures,
  ...followThroughMeasures,
];

/**
 * Measure ids retired by the taxonomy review, each pointing at the measure that took its place, so links and
 * bookmarks made with an old id still resolve (see `resolveMeasureId`).
 */
export const measureIdAliases: Readonly<Record<string, string>> = {
  // 主要领导带队 covers leading talks and driving projects, not recruitment visits only.
  "measure:leader-led-recruitment": "measure:top-leader-leads",
  // 专人 (a named staffer) is one tier; 专员 (a designated liaison post) became measure:liaison-officer.
  "measure:dedicated-liaison": "measure:named-staff",
};

export { measureCategories };

export const measureById: ReadonlyMap<string, Measure> = new Map(measures.map((m) => [m.id, m]));

export const categoryIds: ReadonlySet<string> = new Set(measureCategories.map((c) => c.id));

/** The current id for a measure id, following `measureIdAliases`; an unknown id comes back unchanged. */
export function resolveMeasureId(id: string): string {
  return measureIdAliases[id] ?? id;
}

/** Every wording a case may use for a measure: its name, aliases and variants. */
export function wordingsOf(measure: Measure): string[] {
  return [measure.name, ...measure.aliases, ...measure.variants];
}

/** Taxonomy as graph nodes, ready for the loader. */
export function measureNodes(): MeasureNode[] {
  return measures.map((m) => ({
    id: m.id,
    label: "Measure",
    name: m.name,
    nameEn: m.nameEn,
    aliases: [...m.aliases, ...m.variants.filter((v) => v !== m.name)],
    category: m.category,
    variants: [...m.variants],
    description: m.description,
  }));
}

export function measureCategoryNodes(): MeasureCategoryNode[] {
  return measureCategories.map((c) => ({
    id: c.id,
    label: "MeasureCategory",
    name: c.name,
    nameEn: c.nameEn,
    aliases: [],
    description: c.description,
    stage: c.stage,
  }));
}

/** IN_CATEGORY edges come from the taxonomy, not from case files. */
export function categoryEdges(): { type: "IN_CATEGORY"; from: string; to: string }[] {
  return measures.map((m) => ({ type: "IN_CATEGORY", from: m.id, to: m.category }));
}
