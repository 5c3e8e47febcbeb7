import type { CaseRef } from "../api/types.ts";
import { displayName } from "../i18n.ts";
import type { Store } from "../state/store.ts";
import { h } from "./dom.ts";

/**
 * A list of cases, each a link that opens the case in the graph view (used by the chart side panels): the short
 * name as the link, the headline as secondary text.
 */
export function caseLinks(cases: readonly CaseRef[], store: Store, testid: string): HTMLElement {
  const lang = store.get().lang;
  return h(
    "ul",
    {},
    cases.map((c) =>
      h(
        "li",
        {},
        h(
          "a",
          {
            href: `?sel=${encodeURIComponent(c.id)}`,
            testid,
            title: c.title,
            onclick: (event: Event) => {
              event.preventDefault();
              store.set({ view: "graph", selected: c.id });
            },
          },
          displayName(c, lang),
        ),
        lang === "zh" ? h("span", { class: "muted case-headline" }, ` ${c.title}`) : null,
      ),
    ),
  );
}
