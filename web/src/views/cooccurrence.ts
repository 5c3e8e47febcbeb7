import { max } from "d3-array";
import { scaleSequential } from "d3-scale";
import { interpolateViridis } from "d3-scale-chromatic";
import { select } from "d3-selection";
import type { Cooccurrence, CooccurrencePair } from "../api/types.ts";
import { cooccurrenceTable, orderMeasures, pairIndex, pairKey } from "../data/cooccurrence.ts";
import { matrixLayout } from "../data/matrix-layout.ts";
import { filterProblem } from "../filters/problem.ts";
import { filterKeys, filterQuery, invertedYears } from "../filters/state.ts";
import { displayName } from "../i18n.ts";
import type { AppState, MatrixOrder } from "../state/state.ts";
import { caseLinks } from "../ui/case-links.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { widestText } from "../ui/text-width.ts";
import { matrixLegend, partnerPanel } from "./cooccurrence-parts.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { type MountView, sizeSvg, tr } from "./view.ts";

const SIDE_PANEL = 320;

interface Cell {
  row: string;
  col: string;
  pair: CooccurrencePair | null;
  diagonal: number | null;
}

/** Measure × measure heatmap, seriated so clusters of practices used together show as blocks. */
export const mountCooccurrence: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "cooccurrence-controls" });
  const body = h("div", { class: "view-body split" });
  const tooltip = h("div", { class: "tooltip", testid: "cooccurrence-tooltip", hidden: true });
  container.replaceChildren(controls, body, tooltip);
  let shown: Cooccurrence | null = null;

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const min = h("input", { type: "number", min: 1, value: s.minCount, testid: "filter-min-count", class: "narrow" });
    min.addEventListener("change", () => store.set({ minCount: Math.max(1, Number(min.value) || 1), pair: null }));
    const orders: [MatrixOrder, string][] = [
      ["cluster", t("order.cluster")],
      ["count", t("order.count")],
      ["name", t("order.name")],
    ];
    const measures = [...(shown?.measures ?? [])].sort((a, b) => b.caseCount - a.caseCount);
    const focusOptions: [string, string][] = [
      ["", t("all")],
      ...measures.map((m): [string, string] => [m.id, `${displayName(m, s.lang)} (${m.caseCount})`]),
    ];
    controls.replaceChildren(
      h("label", {}, `${t("minCount")} `, min),
      h(
        "label",
        {},
        `${t("focusMeasure")} `,
        selectBox(focusOptions, s.focus ?? "", (v) => store.set({ focus: v || null, pair: null }), {
          testid: "cooccurrence-focus",
        }),
      ),
      h(
        "label",
        {},
        `${t("order")} `,
        selectBox(orders, s.order, (v) => store.set({ order: v as MatrixOrder }), { testid: "matrix-order" }),
      ),
    );
  };

  const showTooltip = (event: MouseEvent, cell: Cell, s: AppState) => {
    const t = tr(s);
    const names = new Map(shown?.measures.map((m) => [m.id, displayName(m, s.lang)]));
    const head = `${names.get(cell.row)} × ${names.get(cell.col)}`;
    const detail = cell.pair
      ? `${t("count")}: ${cell.pair.count} · ${t("jaccard")}: ${cell.pair.jaccard.toFixed(2)} · ${t("lift")}: ${cell.pair.lift.toFixed(2)}`
      : cell.diagonal !== null
        ? `${t("caseCount")}: ${cell.diagonal}`
        : `${t("count")}: 0`;
    tooltip.replaceChildren(h("strong", {}, head), h("br"), detail);
    tooltip.hidden = false;
    const box = container.getBoundingClientRect();
    tooltip.style.left = `${event.clientX - box.left + 14}px`;
    tooltip.style.top = `${event.clientY - box.top + 14}px`;
  };

  const chart = (s: AppState, d: Cooccurrence): SVGSVGElement => {
    const order = orderMeasures(d, s.order, s.lang);
    const index = pairIndex(d.pairs);
    const byId = new Map(d.measures.map((m) => [m.id, m]));
    const label = (id: string) => {
      const m = byId.get(id);
      return m ? displayName(m, s.lang) : id;
    };
    const names = new Map(order.map((id) => [id, label(id)]));
    const layout = matrixLayout({
      count: order.length,
      labelWidth: widestText([...names.values()], 12),
      width: Math.max(360, body.clientWidth - SIDE_PANEL - 16),
      height: Math.max(360, body.clientHeight - 16),
    });
    const { cell: size, fontSize, left, top } = layout;
    const color = scaleSequential((v: number) => interpolateViridis(1 - v * 0.9)).domain([
      0,
      max(d.pairs, (p) => p.count) ?? 1,
    ]);
    const cells: Cell[] = order.flatMap((row) =>
      order.map((col) => ({
        row,
        col,
        pair: row === col ? null : (index.get(pairKey(row, col)) ?? null),
        diagonal: row === col ? (byId.get(row)?.caseCount ?? 0) : null,
      })),
    );
    const pos = new Map(order.map((id, i) => [id, i * size]));
    const selected = s.pair ? pairKey(s.pair[0], s.pair[1]) : null;
    const maxCount = max(d.pairs, (p) => p.count) ?? 1;
    const root = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
      .attr("class", "chart matrix")
      .attr("data-testid", "cooccurrence-matrix")
      .attr("role", "img")
      .attr("aria-label", tr(s)("view.cooccurrence"));
    sizeSvg(root.node() as SVGSVGElement, layout.width, layout.height);
    matrixLegend(root, color, maxCount, tr(s), left);
    const plot = root.append("g").attr("transform", `translate(${left},${top})`);
    plot
      .append("g")
      .selectAll("text")
      .data(order)
      .join("text")
      .attr("class", (id) => `row-label${id === s.focus ? " focused" : ""}`)
      .attr("data-testid", "matrix-row-label")
      .attr("data-id", (id) => id)
      .on("click", (_event, id) => store.set({ view: "profile", profile: id }))
      .attr("x", -4)
      .attr("y", (id) => (pos.get(id) ?? 0) + size / 2)
      .attr("text-anchor", "end")
      .attr("dominant-baseline", "central")
      .attr("font-size", fontSize)
      .text((id) => names.get(id) ?? id);
    plot
      .append("g")
      .selectAll("text")
      .data(order)
      .join("text")
      .attr("class", (id) => `col-label${id === s.focus ? " focused" : ""}`)
      .attr("data-id", (id) => id)
      .on("click", (_event, id) => store.set({ view: "profile", profile: id }))
      .attr("transform", (id) => `translate(${(pos.get(id) ?? 0) + size / 2},-4) rotate(-90)`)
      .attr("dominant-baseline", "central")
      .attr("font-size", fontSize)
      .text((id) => names.get(id) ?? id);
    plot
      .append("g")
      .selectAll("rect")
      .data(cells)
      .join("rect")
      .attr(
        "class",
        (c) =>
          `cell${c.pair && pairKey(c.row, c.col) === selected ? " selected" : ""}${c.diagonal !== null ? " diagonal" : ""}`,
      )
      .attr("data-testid", (c) => (c.pair ? "cooccurrence-cell" : null))
      .attr("x", (c) => pos.get(c.col) ?? 0)
      .attr("y", (c) => pos.get(c.row) ?? 0)
      .attr("width", size - 1)
      .attr("height", size - 1)
      .attr("fill", (c) => (c.pair ? color(c.pair.count) : c.diagonal !== null ? "#d9d9d9" : "#f4f4f4"))
      .on("mousemove", (event: MouseEvent, c) => showTooltip(event, c, s))
      .on("mouseleave", () => {
        tooltip.hidden = true;
      })
      .on("click", (_event, c) => {
        if (c.pair) store.set({ pair: [c.pair.a, c.pair.b] });
      });
    return root.node() as SVGSVGElement;
  };

  const casePanel = (s: AppState, d: Cooccurrence): HTMLElement => {
    const t = tr(s);
    const pair = s.pair ? pairIndex(d.pairs).get(pairKey(s.pair[0], s.pair[1])) : undefined;
    if (!pair) return partnerPanel(s, d, store, t);
    const names = new Map(d.measures.map((m) => [m.id, displayName(m, s.lang)]));
    return h(
      "aside",
      { class: "side-panel", testid: "cooccurrence-cases" },
      h("h3", {}, `${names.get(pair.a)} × ${names.get(pair.b)}`),
      h("p", { class: "muted" }, `${t("pairCases")}: ${pair.count}`),
      caseLinks(pair.cases, store, "cooccurrence-case"),
    );
  };

  const render = (s: AppState, data: Cooccurrence): SVGSVGElement | null => {
    shown = data;
    drawnFor = bodySize();
    renderControls(s);
    const svg = data.pairs.length ? chart(s, data) : null;
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

  // Cells are sized from the space, so a resized window redraws the matrix (once per frame at most).
  const bodySize = () => `${body.clientWidth}x${body.clientHeight}`;
  let drawnFor = "";
  let frame = 0;
  const view = chartLifecycle({
    store,
    body,
    loadOn: ["minCount", ...filterKeys],
    renderOn: ["order", "pair", "focus", "table", "lang"],
    controlsOn: ["lang"],
    load: (s) => (invertedYears(s) ? null : api.cooccurrence({ minCount: s.minCount, ...filterQuery(s) })),
    idle: (s) => filterProblem(s, tr(s), store, true) ?? statusBox(tr(s)("noHits"), "empty"),
    render,
    renderControls,
    table: (data, s) => cooccurrenceTable(data, tr(s), s.lang),
    beforeDraw: () => {
      tooltip.hidden = true;
    },
    dispose: () => {
      resizeObserver.disconnect();
      cancelAnimationFrame(frame);
    },
  });
  const resizeObserver = new ResizeObserver(() => {
    if (frame || !view.svg() || bodySize() === drawnFor) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      view.redraw();
    });
  });
  resizeObserver.observe(body);
  return view;
};
