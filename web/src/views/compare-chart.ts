import { select } from "d3-selection";
import type { Comparison } from "../api/types.ts";
import { comparisonItems, type Side, sides } from "../data/compare.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { sizeSvg } from "./view.ts";

const ROW = 20;
const sideColor: Record<Side, string> = { onlyA: "#88CCEE", shared: "#44AA99", onlyB: "#DDCC77" };

/** Three columns (only A, shared, only B) of measures then departments, under a similarity bar. */
export function compareChart(c: Comparison, t: Translate, lang: Lang, width: number): SVGSVGElement {
  const items = comparisonItems(c, lang);
  const columnWidth = (width - 40) / 3;
  const x = (side: Side) => 20 + sides.indexOf(side) * columnWidth;
  const count = (kind: "measure" | "department", side: Side) =>
    items.filter((i) => i.kind === kind && i.side === side).length;
  const measureRows = Math.max(...sides.map((s) => count("measure", s)), 1);
  const deptRows = Math.max(...sides.map((s) => count("department", s)), 1);
  const measuresTop = 120;
  const deptTop = measuresTop + measureRows * ROW + 50;
  const height = deptTop + deptRows * ROW + 20;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  sizeSvg(svg, width, height);
  const root = select(svg)
    .attr("class", "chart compare")
    .attr("data-testid", "compare-chart")
    .attr("role", "img")
    .attr("aria-label", `${t("view.compare")}: ${c.a.title} · ${c.b.title}`);

  root
    .append("text")
    .attr("class", "title")
    .attr("x", 20)
    .attr("y", 24)
    .text(`A: ${displayName(c.a, lang)}`);
  root
    .append("text")
    .attr("class", "title")
    .attr("x", 20)
    .attr("y", 46)
    .text(`B: ${displayName(c.b, lang)}`);
  const barWidth = Math.min(400, width - 200);
  root
    .append("rect")
    .attr("class", "similarity-track")
    .attr("x", 20)
    .attr("y", 62)
    .attr("width", barWidth)
    .attr("height", 14);
  root
    .append("rect")
    .attr("class", "similarity-bar")
    .attr("data-testid", "compare-similarity")
    .attr("x", 20)
    .attr("y", 62)
    .attr("width", barWidth * Math.max(0, Math.min(1, c.similarity)))
    .attr("height", 14);
  root
    .append("text")
    .attr("x", 28 + barWidth)
    .attr("y", 74)
    .text(`${t("similarity")} ${(c.similarity * 100).toFixed(0)}%`);

  const heading: Record<Side, string> = { onlyA: t("onlyA"), shared: t("shared"), onlyB: t("onlyB") };
  const block = (kind: "measure" | "department", top: number, title: string) => {
    root
      .append("text")
      .attr("class", "axis-title")
      .attr("x", 20)
      .attr("y", top - 28)
      .text(title);
    for (const side of sides) {
      root
        .append("text")
        .attr("class", "column-head")
        .attr("x", x(side))
        .attr("y", top - 8)
        .text(`${heading[side]} (${count(kind, side)})`);
      const list = items.filter((i) => i.kind === kind && i.side === side);
      const g = root
        .append("g")
        .selectAll("g")
        .data(list)
        .join("g")
        .attr("data-testid", `compare-${kind}-${side}`)
        .attr("transform", (_d, i) => `translate(${x(side)},${top + i * ROW})`);
      g.append("rect")
        .attr("width", columnWidth - 12)
        .attr("height", ROW - 3)
        .attr("rx", 3)
        .attr("fill", sideColor[side])
        .attr("fill-opacity", 0.35);
      g.append("text")
        .attr("x", 6)
        .attr("y", (ROW - 3) / 2)
        .attr("dominant-baseline", "central")
        .text((d) => d.name);
      g.append("title").text((d) => `${d.name} — ${d.detail}`);
    }
  };
  block("measure", measuresTop, t("measures"));
  block("department", deptTop, t("departments"));
  return svg;
}
