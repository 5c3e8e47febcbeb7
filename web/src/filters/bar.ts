import type { Api } from "../api/client.ts";
import type { Category, RegionTreeNode } from "../api/types.ts";
import { displayName, type Translate, translator } from "../i18n.ts";
import type { AppState, Reliability } from "../state/state.ts";
import { changed, type Store } from "../state/store.ts";
import { createCasePicker } from "../ui/case-picker.ts";
import { h, selectBox } from "../ui/dom.ts";
import { type FilterNames, filterCaption, filterChips } from "./chips.ts";
import { filterKeys, invertedYears, isFiltered, resetFilters } from "./state.ts";

const reliabilities: Reliability[] = ["gov", "mirror", "low"];

/** Region options as a tree: each region indented under the one it is PART_OF, with its number of cases. */
function regionOptions(regions: readonly RegionTreeNode[], lang: AppState["lang"]): [string, string][] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const depth = (r: RegionTreeNode): number => {
    let d = 0;
    for (let p = r.parentId; p && d < 8; p = byId.get(p)?.parentId ?? null) d++;
    return d;
  };
  return regions.map((r) => [r.id, `${"\u3000".repeat(depth(r))}${displayName(r, lang)} (${r.caseCount})`]);
}

/**
 * The one filter bar every view shows (mounted once above the views): years with the unknown-year switch, region
 * tree, measure category, source reliability, a chosen set of cases, the active filters as removable chips and a
 * reset. All of it lives in the URL state; views read it through filterQuery().
 */
export function createFilterBar(store: Store, api: Api) {
  const element = h("div", { class: "filter-bar", testid: "filter-bar", role: "search" });
  const names: { regions: Map<string, RegionTreeNode>; categories: Category[]; cases: FilterNames["cases"] } = {
    regions: new Map(),
    categories: [],
    cases: new Map(),
  };
  let regions: RegionTreeNode[] = [];
  const knownCases = new Map<string, { name: string; nameEn: string | null }>();
  names.cases = knownCases;
  const picker = createCasePicker(api, "filter-case", (hit) => {
    knownCases.set(hit.id, hit);
    const cases = store.get().cases;
    if (!cases.includes(hit.id)) store.set({ cases: [...cases, hit.id] });
    picker.setText("");
  });

  const yearInput = (value: number | null, testid: string, onChange: (year: number | null) => void) => {
    const input = h("input", { type: "number", min: 1990, max: 2100, step: 1, value: value ?? "", testid });
    input.addEventListener("change", () => onChange(input.value ? Math.round(Number(input.value)) : null));
    return input;
  };

  const render = (s: AppState) => {
    const t: Translate = translator(s.lang);
    picker.setLanguage(t, s.lang);
    const unknown = h("input", { type: "checkbox", testid: "filter-unknown-years", checked: s.unknownYears });
    unknown.addEventListener("change", () => store.set({ unknownYears: unknown.checked }));
    const chips = filterChips(s, names, t, s.lang);
    element.replaceChildren(
      h("strong", {}, t("filters")),
      h(
        "label",
        {},
        `${t("filter.years")} `,
        yearInput(s.yearFrom, "filter-year-from", (yearFrom) => store.set({ yearFrom })),
        "–",
        yearInput(s.yearTo, "filter-year-to", (yearTo) => store.set({ yearTo })),
      ),
      h("label", { title: t("filter.unknownYears") }, unknown, t("filter.yearUnknown")),
      h(
        "label",
        {},
        `${t("filter.region")} `,
        selectBox(
          [["", t("filter.allRegions")], ...regionOptions(regions, s.lang)],
          s.region ?? "",
          (v) => store.set({ region: v || null, measure: null }),
          { testid: "filter-region" },
        ),
      ),
      h(
        "label",
        {},
        `${t("filter.category")} `,
        selectBox(
          [
            ["", t("filter.allCategories")],
            ...names.categories.map((c): [string, string] => [c.id, displayName(c, s.lang)]),
          ],
          s.category ?? "",
          (v) => store.set({ category: v || null, measure: null }),
          { testid: "filter-category" },
        ),
      ),
      h(
        "label",
        {},
        `${t("filter.reliability")} `,
        selectBox(
          [["", t("filter.anyReliability")], ...reliabilities.map((r): [string, string] => [r, t(`reliability.${r}`)])],
          s.reliability ?? "",
          (v) => store.set({ reliability: (v || null) as Reliability | null }),
          { testid: "filter-reliability" },
        ),
      ),
      h("label", {}, `${t("filter.cases")} `, picker.element),
      h(
        "div",
        { class: "filter-chips", testid: "filter-chips" },
        chips.map((chip) =>
          h(
            "span",
            { class: "filter-chip", testid: "filter-chip", "data-key": chip.key },
            chip.text,
            h(
              "button",
              { type: "button", "aria-label": t("filter.removeChip"), onclick: () => store.set(chip.clear) },
              "✕",
            ),
          ),
        ),
        isFiltered(s)
          ? h(
              "button",
              { type: "button", testid: "filter-reset", onclick: () => store.set(resetFilters) },
              t("filter.reset"),
            )
          : null,
      ),
      ...(invertedYears(s)
        ? [h("span", { class: "status status-error", role: "alert", testid: "filter-inverted" }, t("filter.inverted"))]
        : []),
    );
  };

  const load = async () => {
    const s = store.get();
    const [regionList, categories, cases] = await Promise.allSettled([
      api.regions({ includeSynthetic: s.synthetic }),
      api.categories(),
      api.cases({ limit: 1000, includeSynthetic: true }),
    ]);
    if (regionList.status === "fulfilled") {
      regions = regionList.value;
      names.regions = new Map(regions.map((r) => [r.id, r]));
    }
    if (categories.status === "fulfilled") names.categories = categories.value;
    if (cases.status === "fulfilled") for (const c of cases.value.cases) knownCases.set(c.id, c);
    render(store.get());
  };

  render(store.get());
  void load();
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, [...filterKeys, "lang"])) render(s);
  });

  return {
    element,
    /** The active filters as caption text for exports ("" when nothing is filtered). */
    caption: (): string => filterCaption(store.get(), names, translator(store.get().lang), store.get().lang),
    destroy: unsubscribe,
  };
}
