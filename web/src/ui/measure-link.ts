import { displayName } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import type { Store } from "../state/store.ts";
import { h } from "./dom.ts";

/** A measure's name as a link to its profile: every view that shows a measure offers this way in. */
export function measureLink(
  measure: { id: string; name: string; nameEn?: string | null },
  store: Store,
  lang: Lang,
  extra = "",
): HTMLAnchorElement {
  return h(
    "a",
    {
      href: `?v=profile&pm=${encodeURIComponent(measure.id)}`,
      class: "measure-chip",
      testid: "measure-link",
      "data-id": measure.id,
      onclick: (event: Event) => {
        event.preventDefault();
        store.set({ view: "profile", profile: measure.id, table: false });
      },
    },
    displayName(measure, lang),
    extra,
  );
}
