import type { MeasureProfile } from "../../../contract/profile.ts";
import { describeLocator, parseLocator } from "../../../graph-schema/locator.ts";
import { type AnalysisIndex, type IndexedCase, type Population, publicCase } from "./index.ts";
import { round } from "./similarity.ts";

export interface ProfileOptions {
  minSupport: number;
  casesLimit: number;
}

/** Departments listed at most: at 10k cases a common measure has thousands of appliers. */
const MAX_DEPARTMENTS = 100;

/** One measure over a population of cases: its uses, partners, departments and spread. Pure over the index. */
export function measureProfile(
  index: AnalysisIndex,
  people: Population,
  measureId: string,
  options: ProfileOptions,
): Omit<MeasureProfile, "measure"> {
  // Postings follow the index's order: earliest stated year first, unknown years last.
  const using = (index.postings.get(measureId) ?? [])
    .filter((i) => people.mask[i])
    .map((i) => index.cases[i] as IndexedCase);
  const inPopulation = new Set(using.map((c) => c.id));
  return {
    totalCases: people.total,
    caseCount: using.length,
    uses: using.slice(0, options.casesLimit).map((c) => {
      const use = index.uses.get(`${c.id}|${measureId}`);
      const section = use?.section ?? "";
      return { case: publicCase(c), section, ...readable(section), evidence: use?.evidence ?? "", source: c.source };
    }),
    minSupport: options.minSupport,
    partners: partners(index, people, using, measureId, options.minSupport),
    departments: (index.appliedBy.get(measureId) ?? [])
      .map(({ department, cases: ids }) => ({
        department,
        cases: [...ids].filter((id) => inPopulation.has(id)).sort(),
      }))
      .filter((d) => d.cases.length > 0)
      .sort((a, b) => b.cases.length - a.cases.length || (a.department.id < b.department.id ? -1 : 1))
      .slice(0, MAX_DEPARTMENTS),
    spread: spread(using),
  };
}

function partners(
  index: AnalysisIndex,
  people: Population,
  using: readonly IndexedCase[],
  measureId: string,
  minSupport: number,
): MeasureProfile["partners"] {
  const together = new Map<string, number>();
  for (const c of using) for (const m of c.measures) if (m !== measureId) together.set(m, (together.get(m) ?? 0) + 1);
  const rows: MeasureProfile["partners"] = [];
  for (const [id, count] of together) {
    const info = index.measures.get(id);
    if (!info || count < minSupport) continue;
    let caseCount = 0;
    for (const i of index.postings.get(id) ?? []) caseCount += people.mask[i] ?? 0;
    const { description: _description, ...measure } = info;
    rows.push({
      measure,
      count,
      lift: round((count * people.total) / (using.length * caseCount)),
      share: round(count / using.length),
    });
  }
  return rows.sort((a, b) => b.count - a.count || b.lift - a.lift || (a.measure.id < b.measure.id ? -1 : 1));
}

function spread(using: readonly IndexedCase[]): MeasureProfile["spread"] {
  const years = [...new Set(using.map((c) => c.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const firstYear = years[0] ?? null;
  const provinces = new Map<string | null, { id: string | null; name: string; nameEn: string | null; count: number }>();
  const cells = new Map<string, { year: number | null; province: string | null; cases: string[] }>();
  for (const c of using) {
    const id = c.province?.id ?? null;
    const province = provinces.get(id) ?? {
      id,
      name: c.province?.name ?? "",
      nameEn: c.province?.nameEn ?? null,
      count: 0,
    };
    province.count += 1;
    provinces.set(id, province);
    const key = `${c.year}|${id}`;
    const cell = cells.get(key) ?? { year: c.year, province: id, cases: [] };
    cell.cases.push(c.id);
    cells.set(key, cell);
  }
  return {
    first:
      firstYear === null
        ? null
        : { year: firstYear, cases: using.filter((c) => c.year === firstYear).map((c) => c.id) },
    years,
    provinces: [...provinces.values()].sort(
      (a, b) => b.count - a.count || (a.id ?? "\uffff").localeCompare(b.id ?? "\uffff"),
    ),
    cells: [...cells.values()],
  };
}

/** An imported document's locator is not one of ours: it is shown as written. */
function readable(section: string): { place: string; placeEn: string } {
  const parsed = parseLocator(section);
  if (!parsed.ok) return { place: section, placeEn: section };
  return { place: describeLocator(parsed.locator, "zh"), placeEn: describeLocator(parsed.locator, "en") };
}
