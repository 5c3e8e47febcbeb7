import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import type { Category, Recurrence } from "../api/types.ts";
import { recurrenceTable } from "../data/recurrence.ts";
import { filterProblem } from "../filters/problem.ts";
import { filterKeys, filterQuery, invertedYears } from "../filters/state.ts";
import { displayName } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { caseLinks } from "../ui/case-links.ts";
import { h, statusBox } from "../ui/dom.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { categoryColor, type MountView, sizeSvg, tr } from "./view.ts";

/** The filter bar (web/src/filters) is the recurrence view's only filter; a bar click lists its cases. */
const fetchKeys = filterKeys;
const BAR = 22;

/** Measures ranked by how many cases use them; a bar click lists (and links to) its cases. */
export const mountRecurrence: MountView = (container, store, api) => {
  const body = h("div", { class: "view-body split" });
  container.replaceChildren(body);
  let categories: Category[] = [];

  const chart = (s: AppState, d: Recurrence): SVGSVGElement => {
    const t = tr(s);
    const ids = categories.map((c) => c.id);
    const width = Math.max(480, (body.clientWidth || 900) - 320);
    const margin = { top: 24, right: 100, bottom: 8, left: 220 };
    const height = margin.top + margin.bottom + d.measures.length * BAR;
    const x = scaleLinear()
      .domain([0, max(d.measures, (m) => m.caseCount) ?? 1])
      .range([margin.left, width - margin.right]);
    const y = scaleBand<string>()
      .domain(d.measures.map((m) => m.id))
      .range([margin.top, height - margin.bottom])
      .padding(0.18);
    const root = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
      .attr("class", "chart recurrence-chart")
      .attr("data-testid", "recurrence-chart")
      .attr("role", "img")
      .attr("aria-label", t("view.recurrence"));
    sizeSvg(root.node() as SVGSVGElement, width, height);
    root
      .append("text")
      .attr("class", "axis-title")
      .attr("x", margin.left)
      .attr("y", 14)
      .text(`${t("caseCount")} (${d.totalCases} ${t("cases")})`);
    const rows = root
      .selectAll("g.bar")
      .data(d.measures)
      .join("g")
      .attr("class", (m) => `bar${m.id === s.measure ? " selected" : ""}`)
      .attr("data-testid", "recurrence-bar")
      .attr("data-id", (m) => m.id)
      .attr("transform", (m) => `translate(0,${y(m.id) ?? 0})`)
      .on("click", (_event, m) => store.set({ measure: m.id === s.measure ? null : m.id }));
    rows
      .append("rect")
      .attr("x", margin.left)
      .attr("height", y.bandwidth())
      .attr("width", (m) => Math.max(1, x(m.caseCount) - margin.left))
      .attr("fill", (m) => categoryColor(ids, m.category));
    rows
      .append("text")
      .attr("class", "bar-label")
      .attr("x", margin.left - 6)
      .attr("y", y.bandwidth() / 2)
      .attr("text-anchor", "end")
      .attr("dominant-baseline", "central")
      .text((m) => displayName(m, s.lang));
    rows
      .append("text")
      .attr("class", "bar-value")
      .attr("x", (m) => x(m.caseCount) + 4)
      .attr("y", y.bandwidth() / 2)
      .attr("dominant-baseline", "central")
      .text((m) => `${m.caseCount} · ${Math.round(m.share * 100)}%`);
    rows.append("title").text((m) => `${displayName(m, s.lang)} — ${m.categoryName}: ${m.caseCount}`);
    return root.node() as SVGSVGElement;
  };

  const casePanel = (s: AppState, d: Recurrence): HTMLElement => {
    const t = tr(s);
    const measure = d.measures.find((m) => m.id === s.measure);
    if (!measure) return h("aside", { class: "side-panel muted" }, t("selectNode"));
    return h(
      "aside",
      { class: "side-panel", testid: "recurrence-cases" },
      h("h3", {}, displayName(measure, s.lang)),
      h("p", { class: "muted" }, `${measure.categoryName} · ${measure.caseCount} ${t("cases")}`),
      caseLinks(measure.cases, store, "recurrence-case"),
    );
  };

  const render = (s: AppState, data: Recurrence): SVGSVGElement | null => {
    const svg = data.measures.length ? chart(s, data) : null;
    body.replaceChildren(
      h(
        "div",
        { class: "chart-scroll" },
        svg ?? filterProblem(s, tr(s), store, data.totalCases === 0) ?? statusBox(tr(s)("noHits"), "empty"),
      ),
      casePanel(s, data),
    );
    return svg;
  };

  const view = chartLifecycle({
    store,
    body,
    loadOn: fetchKeys,
    renderOn: ["measure", "table", "lang"],
    load: (s) => (invertedYears(s) ? null : api.recurrence(filterQuery(s))),
    idle: (s) => filterProblem(s, tr(s), store, true) ?? statusBox(tr(s)("noHits"), "empty"),
    render,
    table: (data, s) => recurrenceTable(data, tr(s), s.lang),
  });

  void api.categories().then((cats) => {
    categories = cats;
    view.redraw();
  });
  return view;
};
