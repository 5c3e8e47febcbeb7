import type { Selection } from "d3-selection";
import type { Cooccurrence, CooccurrencePair } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import type { Store } from "../state/store.ts";
import { h } from "../ui/dom.ts";
import { measureLink } from "../ui/measure-link.ts";

/** The colour scale's legend, drawn in the matrix's empty top-left corner. */
export function matrixLegend(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  color: (v: number) => string,
  maxCount: number,
  t: Translate,
  width: number,
): void {
  const barWidth = Math.max(60, Math.min(140, width - 16));
  const g = root
    .append("g")
    .attr("class", "legend")
    .attr("data-testid", "cooccurrence-legend")
    .attr("transform", "translate(8,14)");
  g.append("text").attr("font-size", 11).text(t("legend"));
  const steps = 24;
  for (let i = 0; i < steps; i++) {
    g.append("rect")
      .attr("x", (i * barWidth) / steps)
      .attr("y", 6)
      .attr("width", barWidth / steps + 0.5)
      .attr("height", 10)
      .attr("fill", color(1 + ((maxCount - 1) * i) / (steps - 1)));
  }
  g.append("text").attr("y", 29).attr("font-size", 11).text("1");
  g.append("text")
    .attr("x", barWidth)
    .attr("y", 29)
    .attr("font-size", 11)
    .attr("text-anchor", "end")
    .text(String(maxCount));
}

/** One measure's partners, most frequent first: click a row for the cases behind it. */
export function partnerPanel(s: AppState, d: Cooccurrence, store: Store, t: Translate): HTMLElement {
  const focus = d.measures.find((m) => m.id === s.focus);
  if (!focus) return h("aside", { class: "side-panel muted" }, t("pairCases"));
  const pairs = d.pairs
    .filter((p) => p.a === focus.id || p.b === focus.id)
    .sort((x, y) => y.count - x.count || y.lift - x.lift);
  const names = new Map(d.measures.map((m) => [m.id, m]));
  const other = (p: CooccurrencePair) => (p.a === focus.id ? p.b : p.a);
  return h(
    "aside",
    { class: "side-panel", testid: "cooccurrence-partners" },
    h("h3", {}, measureLink(focus, store, s.lang), t("focusPartners")),
    h("p", { class: "muted" }, `${t("caseCount")}: ${focus.caseCount} · ${t("minCount")} ≥ ${s.minCount}`),
    h(
      "table",
      { class: "compact" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, t("measure")), h("th", {}, t("count")), h("th", { title: t("liftHint") }, t("lift"))),
      ),
      h(
        "tbody",
        {},
        pairs.map((p) => {
          const m = names.get(other(p));
          return h(
            "tr",
            { testid: "cooccurrence-partner", "data-id": other(p), "data-count": p.count },
            h(
              "td",
              {},
              h(
                "button",
                { type: "button", class: "link", onclick: () => store.set({ pair: [p.a, p.b] }) },
                m ? displayName(m, s.lang) : other(p),
              ),
            ),
            h("td", { class: "num" }, String(p.count)),
            h("td", { class: "num" }, p.lift.toFixed(2)),
          );
        }),
      ),
    ),
  );
}
