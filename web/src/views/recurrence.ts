import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import type { CaseSummary, Category, Recurrence } from "../api/types.ts";
import { filterOptions, recurrenceTable } from "../data/recurrence.ts";
import { displayName } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { caseLinks } from "../ui/case-links.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { categoryColor, type MountView, sizeSvg, tr } from "./view.ts";

const fetchKeys = ["category", "region", "yearFrom", "yearTo", "synthetic"] as const;
const BAR = 22;

/** Measures ranked by how many cases use them; a bar click lists (and links to) its cases. */
export const mountRecurrence: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "recurrence-controls" });
  const body = h("div", { class: "view-body split" });
  container.replaceChildren(controls, body);
  let categories: Category[] = [];
  let cases: CaseSummary[] = [];

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const { regions, years } = filterOptions(cases, s.lang);
    const yearOptions: [string, string][] = [
      ["", t("all")],
      ...years.map((y): [string, string] => [String(y), String(y)]),
    ];
    const year = (value: string) => (value ? Number(value) : null);
    controls.replaceChildren(
      h(
        "label",
        {},
        `${t("category")} `,
        selectBox(
          [["", t("all")], ...categories.map((c): [string, string] => [c.id, displayName(c, s.lang)])],
          s.category ?? "",
          (v) => store.set({ category: v || null, measure: null }),
          { testid: "filter-category" },
        ),
      ),
      h(
        "label",
        {},
        `${t("region")} `,
        selectBox(
          [["", t("all")], ...regions],
          s.region ?? "",
          (v) => store.set({ region: v || null, measure: null }),
          { testid: "filter-region" },
        ),
      ),
      h(
        "label",
        {},
        `${t("yearFrom")} `,
        selectBox(yearOptions, s.yearFrom === null ? "" : String(s.yearFrom), (v) => store.set({ yearFrom: year(v) }), {
          testid: "filter-year-from",
        }),
      ),
      h(
        "label",
        {},
        `${t("yearTo")} `,
        selectBox(yearOptions, s.yearTo === null ? "" : String(s.yearTo), (v) => store.set({ yearTo: year(v) }), {
          testid: "filter-year-to",
        }),
      ),
    );
  };

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
      h("div", { class: "chart-scroll" }, svg ?? statusBox(tr(s)("noHits"), "empty")),
      casePanel(s, data),
    );
    return svg;
  };

  const view = chartLifecycle({
    store,
    body,
    loadOn: fetchKeys,
    renderOn: ["measure", "table", "lang"],
    controlsOn: ["lang", ...fetchKeys],
    load: (s) =>
      api.recurrence({
        category: s.category,
        region: s.region,
        yearFrom: s.yearFrom,
        yearTo: s.yearTo,
        includeSynthetic: s.synthetic,
      }),
    render,
    renderControls,
    table: (data, s) => recurrenceTable(data, tr(s), s.lang),
  });

  const loadOptions = async () => {
    const [cats, list] = await Promise.allSettled([
      api.categories(),
      api.cases({ limit: 1000, includeSynthetic: store.get().synthetic }),
    ]);
    if (cats.status === "fulfilled") categories = cats.value;
    if (list.status === "fulfilled") cases = list.value.cases;
    renderControls(store.get());
    view.redraw();
  };

  void loadOptions();
  return view;
};
