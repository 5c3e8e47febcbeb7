import type { CaseSummary, Recurrence } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import type { TableData } from "./table.ts";

export function recurrenceTable(data: Recurrence, t: Translate, lang: Lang): TableData {
  return {
    name: t("view.recurrence"),
    columns: [
      { key: "measure", label: t("measure") },
      { key: "category", label: t("category") },
      { key: "caseCount", label: t("caseCount"), numeric: true },
      { key: "share", label: t("share"), numeric: true },
      { key: "cases", label: t("cases") },
      { key: "id", label: "id" },
    ],
    rows: data.measures.map((m) => [
      displayName(m, lang),
      m.categoryName,
      m.caseCount,
      Math.round(m.share * 1000) / 1000,
      m.cases.map((c) => displayName(c, lang)).join("；"),
      m.id,
    ]),
  };
}

/** Region and year options for the filters, from the case list: regions by name, years ascending. */
export function filterOptions(
  cases: readonly CaseSummary[],
  lang: Lang,
): { regions: [string, string][]; years: number[] } {
  const regions = new Map<string, string>();
  const years = new Set<number>();
  for (const c of cases) {
    regions.set(c.region.id, displayName(c.region, lang));
    if (c.year !== null) years.add(c.year);
  }
  return {
    regions: [...regions].sort((a, b) => a[1].localeCompare(b[1], "zh-Hans-CN")),
    years: [...years].sort((a, b) => a - b),
  };
}
