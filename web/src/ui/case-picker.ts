import type { Api } from "../api/client.ts";
import type { SearchHit } from "../api/types.ts";
import { createSearch } from "./search.ts";

/**
 * A type-ahead case picker: the search box asked for cases only, so typing a case's name, an alias, one of its
 * companies or projects (聚泰 finds the Dinghai case), its summary or evidence suggests the case, each suggestion
 * saying where it matched.
 */
export function createCasePicker(api: Api, name: string, onPick: (hit: SearchHit) => void) {
  const search = createSearch(api, onPick, { types: ["Case"], name, placeholder: "casePickerPlaceholder" });
  search.element.classList.add("case-picker");
  return search;
}
