import type { CaseRef } from "../../../contract/common.ts";
import type { CaseEntry, CaseMeasureIndex, MeasureInfo } from "./case-index.ts";

export interface RecurrenceFilter {
  category?: string | undefined;
  region?: string | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  minCases: number;
  includeSynthetic: boolean;
  casesPerMeasure: number;
}

export interface RecurrenceRow extends MeasureInfo {
  caseCount: number;
  /** caseCount / all cases in the filter (not only those with a measure of the category). */
  share: number;
  cases: CaseRef[];
}

export function casesInFilter(
  index: CaseMeasureIndex,
  filter: Omit<RecurrenceFilter, "category" | "minCases" | "casesPerMeasure">,
): CaseEntry[] {
  return index.cases.filter(
    (c) =>
      (filter.includeSynthetic || !c.synthetic) &&
      (filter.yearFrom === undefined || (c.year !== null && c.year >= filter.yearFrom)) &&
      (filter.yearTo === undefined || (c.year !== null && c.year <= filter.yearTo)) &&
      (filter.region === undefined || c.regionPath.includes(filter.region)),
  );
}

/** Measures by the number of distinct cases that feature them, most recurrent first (ties by id). */
export function recurrence(
  index: CaseMeasureIndex,
  filter: RecurrenceFilter,
): { totalCases: number; measures: RecurrenceRow[] } {
  const cases = casesInFilter(index, filter);
  const byMeasure = new Map<string, CaseEntry[]>();
  for (const entry of cases) {
    for (const measureId of entry.measures) {
      const list = byMeasure.get(measureId) ?? [];
      list.push(entry);
      byMeasure.set(measureId, list);
    }
  }
  const measures: RecurrenceRow[] = [];
  for (const [measureId, featuring] of byMeasure) {
    const info = index.measures.get(measureId);
    if (!info || (filter.category !== undefined && info.category !== filter.category)) continue;
    if (featuring.length < filter.minCases) continue;
    measures.push({
      ...info,
      caseCount: featuring.length,
      share: featuring.length / cases.length,
      cases: featuring
        .slice(0, filter.casesPerMeasure)
        .map(({ id, name, nameEn, title }) => ({ id, name, nameEn, title })),
    });
  }
  measures.sort((a, b) => b.caseCount - a.caseCount || (a.id < b.id ? -1 : 1));
  return { totalCases: cases.length, measures };
}
