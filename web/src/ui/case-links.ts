import type { Store } from "../state/store.ts";
import { h } from "./dom.ts";

/** A list of cases, each a link that opens the case in the graph view (used by the chart side panels). */
export function caseLinks(cases: readonly { id: string; title: string }[], store: Store, testid: string): HTMLElement {
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
            onclick: (event: Event) => {
              event.preventDefault();
              store.set({ view: "graph", selected: c.id });
            },
          },
          c.title,
        ),
      ),
    ),
  );
}
