import type { AnalysisCase, RegionRef } from "../../../contract/analysis-common.ts";
import type { DepartmentRef, MeasureRef, SourceRef } from "../../../contract/common.ts";
import type { Reader } from "../../../platform/db/read.ts";
import * as q from "./queries.ts";

/** One case as the analyst statistics see it. */
export interface IndexedCase extends AnalysisCase {
  synthetic: boolean;
  regionPath: string[];
  source: SourceRef | null;
  /** Distinct measure ids, sorted. */
  measures: string[];
}

export interface Use {
  section: string;
  evidence: string;
}

export type IndexedMeasure = MeasureRef & { description: string | null };

/**
 * Every case with its measures, evidence, province and source, plus who applied which measure in which case:
 * read in five queries once per graph version, so similarity (all cases against one) and a measure's profile
 * are computed per request in memory in milliseconds rather than by a traversal of every case at 10k cases.
 */
export interface AnalysisIndex {
  /** Earliest stated year first, unknown years last, then by id: the order in which a practice spread. */
  cases: IndexedCase[];
  /** measureId → positions in `cases` of the cases using it, in the same order. */
  postings: Map<string, number[]>;
  caseById: Map<string, IndexedCase>;
  measures: Map<string, IndexedMeasure>;
  /** `${caseId}|${measureId}` → the first passage stating the case uses the measure. */
  uses: Map<string, Use>;
  /** measureId → departments that applied it, each with the cases it did so in. */
  appliedBy: Map<string, { department: DepartmentRef; cases: Set<string> }[]>;
}

type CaseRow = Omit<IndexedCase, "province" | "measures">;

export async function readAnalysisIndex(reader: Reader): Promise<AnalysisIndex> {
  const [caseRows, featureRows, appliedRows, regionRows, measureRows] = await Promise.all([
    reader.read<CaseRow>(q.cases),
    reader.read<{ caseId: string; measureId: string; section: string; evidence: string }>(q.features),
    reader.read<{ caseId: string; measureId: string; department: DepartmentRef }>(q.applied),
    reader.read<RegionRef & { level: string }>(q.regions),
    reader.read<IndexedMeasure>(q.measures),
  ]);
  const provinces = new Map(
    regionRows.filter((r) => r.level === "province").map((r) => [r.id, { id: r.id, name: r.name, nameEn: r.nameEn }]),
  );
  const measuresOf = new Map<string, Set<string>>();
  const uses = new Map<string, Use>();
  for (const row of featureRows) {
    const set = measuresOf.get(row.caseId) ?? new Set<string>();
    set.add(row.measureId);
    measuresOf.set(row.caseId, set);
    const key = `${row.caseId}|${row.measureId}`;
    if (!uses.has(key)) uses.set(key, { section: row.section, evidence: row.evidence });
  }
  const cases = caseRows.map((row): IndexedCase => {
    const provinceId = row.regionPath.find((id) => provinces.has(id));
    return {
      ...row,
      province: provinceId ? (provinces.get(provinceId) ?? null) : null,
      measures: [...(measuresOf.get(row.id) ?? [])].sort(),
    };
  });
  cases.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || (a.id < b.id ? -1 : 1));
  const postings = new Map<string, number[]>();
  cases.forEach((c, i) => {
    for (const m of c.measures) {
      const list = postings.get(m) ?? [];
      list.push(i);
      postings.set(m, list);
    }
  });
  return {
    cases,
    postings,
    caseById: new Map(cases.map((c) => [c.id, c])),
    measures: new Map(measureRows.map((m) => [m.id, m])),
    uses,
    appliedBy: groupApplied(appliedRows),
  };
}

function groupApplied(rows: { caseId: string; measureId: string; department: DepartmentRef }[]) {
  const byMeasure = new Map<string, Map<string, { department: DepartmentRef; cases: Set<string> }>>();
  for (const row of rows) {
    const departments = byMeasure.get(row.measureId) ?? new Map();
    const entry = departments.get(row.department.id) ?? { department: row.department, cases: new Set<string>() };
    entry.cases.add(row.caseId);
    departments.set(row.department.id, entry);
    byMeasure.set(row.measureId, departments);
  }
  return new Map([...byMeasure].map(([measureId, departments]) => [measureId, [...departments.values()]]));
}

/** Who the statistics count over; the filter bar will add years, regions and chosen cases here. */
export interface AnalysisFilter {
  includeSynthetic: boolean;
}

/** The cases a filter keeps, as a mask over `index.cases` with their count. */
export interface Population {
  mask: Uint8Array;
  total: number;
}

export function population(index: AnalysisIndex, filter: AnalysisFilter): Population {
  const mask = new Uint8Array(index.cases.length);
  let total = 0;
  index.cases.forEach((c, i) => {
    if (filter.includeSynthetic || !c.synthetic) {
      mask[i] = 1;
      total += 1;
    }
  });
  return { mask, total };
}

/** How many cases of the population use each measure. */
export function caseCounts(index: AnalysisIndex, people: Population): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [m, list] of index.postings) {
    let n = 0;
    for (const i of list) n += people.mask[i] ?? 0;
    if (n > 0) counts.set(m, n);
  }
  return counts;
}

/** The case as the contract lists it, without the index's working fields. */
export function publicCase(c: IndexedCase): AnalysisCase {
  return { id: c.id, name: c.name, nameEn: c.nameEn, title: c.title, year: c.year, province: c.province };
}
