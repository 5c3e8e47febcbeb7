import type { Category, RegionTreeNode } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { AppState, Lang } from "../state/state.ts";
import type { FilterState } from "./state.ts";

/** What the chips and captions need to name a filter's values. */
export interface FilterNames {
  regions: ReadonlyMap<string, RegionTreeNode>;
  categories: readonly Category[];
  /** Short display names of chosen cases, as far as known. */
  cases: ReadonlyMap<string, { name: string; nameEn: string | null }>;
}

export interface FilterChip {
  key: string;
  text: string;
  /** The state change that removes this one filter. */
  clear: Partial<AppState>;
}

function yearsText(s: FilterState, t: Translate): string | null {
  if (s.yearFrom === null && s.yearTo === null) return null;
  const range = `${s.yearFrom ?? "…"}–${s.yearTo ?? "…"}`;
  return `${t("filter.years")} ${range}${s.unknownYears ? ` + ${t("filter.yearUnknown")}` : ""}`;
}

/** One chip per active filter, in the bar's order. */
export function filterChips(s: FilterState, names: FilterNames, t: Translate, lang: Lang): FilterChip[] {
  const chips: FilterChip[] = [];
  const years = yearsText(s, t);
  if (years) chips.push({ key: "years", text: years, clear: { yearFrom: null, yearTo: null, unknownYears: false } });
  if (s.region) {
    const region = names.regions.get(s.region);
    chips.push({
      key: "region",
      text: `${t("filter.region")} ${region ? displayName(region, lang) : s.region}`,
      clear: { region: null },
    });
  }
  if (s.category) {
    const category = names.categories.find((c) => c.id === s.category);
    chips.push({
      key: "category",
      text: `${t("filter.category")} ${category ? displayName(category, lang) : s.category}`,
      clear: { category: null },
    });
  }
  if (s.reliability) {
    chips.push({
      key: "reliability",
      text: `${t("filter.reliability")} ${t(`reliability.${s.reliability}`)}`,
      clear: { reliability: null },
    });
  }
  for (const id of s.cases) {
    const known = names.cases.get(id);
    chips.push({
      key: `case:${id}`,
      text: `${t("filter.cases")} ${known ? displayName(known, lang) : id}`,
      clear: { cases: s.cases.filter((c) => c !== id) },
    });
  }
  return chips;
}

/**
 * The active filters as one line of text, for an export's caption or a slide's subtitle ("" when nothing is
 * filtered): 筛选条件：年份 2020–2023 · 地区 浙江省 · 措施类别 审批服务.
 */
export function filterCaption(s: FilterState, names: FilterNames, t: Translate, lang: Lang): string {
  const chips = filterChips(s, names, t, lang);
  return chips.length
    ? `${t("filter.caption")}${lang === "zh" ? "：" : ": "}${chips.map((c) => c.text).join(" · ")}`
    : "";
}
