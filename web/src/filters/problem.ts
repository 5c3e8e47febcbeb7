import type { Translate } from "../i18n.ts";
import type { Store } from "../state/store.ts";
import { h } from "../ui/dom.ts";
import { type FilterState, invertedYears, isFiltered, resetFilters } from "./state.ts";

/**
 * Why a view shows nothing: an inverted year range is explained (and nothing is asked of the server), an empty
 * answer under a filter says the filter is the reason and offers to reset it. Null when neither applies.
 */
export function filterProblem(s: FilterState, t: Translate, store: Store, empty: boolean): HTMLElement | null {
  const reset = h(
    "button",
    { type: "button", testid: "filter-problem-reset", onclick: () => store.set(resetFilters) },
    t("filter.reset"),
  );
  if (invertedYears(s)) {
    return h(
      "div",
      { class: "status status-empty filter-problem", testid: "filter-problem-inverted" },
      t("filter.inverted"),
      " ",
      reset,
    );
  }
  if (empty && isFiltered(s)) {
    return h(
      "div",
      { class: "status status-empty filter-problem", testid: "filter-problem-empty" },
      t("filter.empty"),
      " ",
      reset,
    );
  }
  return null;
}
