import { type SankeyGraph, sankey, sankeyLinkHorizontal } from "d3-sankey";
import { select } from "d3-selection";
import type { TaskForce } from "../api/types.ts";
import { type FlowLink, type FlowNode, taskForceFlows, taskForceMatrix } from "../data/taskforces.ts";
import { colorOf } from "../graph/colors.ts";
import type { Translate } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { widestText } from "../ui/text-width.ts";
import { sizeSvg } from "./view.ts";

const NS = "http://www.w3.org/2000/svg";
const CELL = 18;
const columnType = ["Department", "TaskForce", "Project"] as const;

type SNode = FlowNode & { x0?: number; x1?: number; y0?: number; y1?: number };
type SLink = FlowLink;

/** Sankey (department → task force → project) above a department × task-force matrix, in one SVG. */
export function taskForceChart(
  taskForces: readonly TaskForce[],
  s: AppState,
  t: Translate,
  width: number,
  onPick: (taskForceId: string) => void,
): SVGSVGElement {
  const flows = taskForceFlows(taskForces, s.grouping, s.lang);
  const perColumn = [0, 1, 2].map((c) => flows.nodes.filter((n) => n.column === c).length);
  // Department labels sit left of the first column and project labels right of the last: room for the widest,
  // within a third of the width each so the flows keep some space.
  const labelRoom = (column: number) =>
    Math.min(
      width / 3,
      Math.max(
        60,
        widestText(
          flows.nodes.filter((n) => n.column === column).map((n) => n.name),
          12,
        ) + 16,
      ),
    );
  const sankeyHeight = Math.max(260, Math.max(...perColumn) * 24);
  const layout = sankey<SNode, SLink>()
    .nodeId((n) => n.key)
    .nodeWidth(12)
    .nodePadding(8)
    .nodeSort(null)
    // Each node in its own column, also a task force without members (justify would push it to the right).
    .nodeAlign((n) => n.column)
    .extent([
      [labelRoom(0), 30],
      [width - labelRoom(2), sankeyHeight],
    ]);
  const graph: SankeyGraph<SNode, SLink> = layout({
    nodes: flows.nodes.map((n) => ({ ...n })),
    links: flows.links.map((l) => ({ ...l })),
  });
  const matrix = taskForceMatrix(taskForces, s.grouping, s.lang);
  const matrixTop = sankeyHeight + 70;
  const matrixLeft = 200;
  const labelSpace = 150;
  const height = matrixTop + labelSpace + matrix.rows.length * CELL + 20;
  const chartWidth = Math.max(width, matrixLeft + matrix.columns.length * CELL + 40);
  const svg = document.createElementNS(NS, "svg");
  sizeSvg(svg, chartWidth, height);
  const root = select(svg)
    .attr("class", "chart taskforces")
    .attr("data-testid", "taskforce-chart")
    .attr("role", "img")
    .attr("aria-label", `${t("view.taskforces")}: ${t("sankey")}`);
  const selectedKey = s.taskForce ? `tf:${s.taskForce}` : null;
  const tfIdOf = (key: string) => (key.startsWith("tf:") ? key.slice(3) : null);

  root.append("text").attr("class", "axis-title").attr("x", 10).attr("y", 16).text(t("sankey"));
  root
    .append("g")
    .attr("fill", "none")
    .selectAll("path")
    .data(graph.links)
    .join("path")
    .attr("class", (l) => {
      const src = (l.source as SNode).key;
      const dst = (l.target as SNode).key;
      const on = selectedKey !== null && (src === selectedKey || dst === selectedKey);
      return `flow${l.leader ? " leader" : ""}${on ? " selected" : ""}${selectedKey && !on ? " dim" : ""}`;
    })
    .attr("d", sankeyLinkHorizontal())
    .attr("stroke-width", (l) => Math.max(1, l.width ?? 1))
    .append("title")
    .text((l) => `${(l.source as SNode).name} → ${(l.target as SNode).name}${l.leader ? ` (${t("leader")})` : ""}`);
  const nodes = root
    .append("g")
    .selectAll("g")
    .data(graph.nodes)
    .join("g")
    .attr("class", (n) => `flow-node${n.key === selectedKey ? " selected" : ""}`)
    .on("click", (_event, n) => {
      const id = tfIdOf(n.key);
      if (id) onPick(id);
    });
  nodes
    .append("rect")
    .attr("x", (n) => n.x0 ?? 0)
    .attr("y", (n) => n.y0 ?? 0)
    .attr("width", (n) => (n.x1 ?? 0) - (n.x0 ?? 0))
    .attr("height", (n) => Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)))
    .attr("fill", (n) => colorOf(columnType[n.column]));
  nodes
    .append("text")
    .attr("x", (n) => (n.column === 0 ? (n.x0 ?? 0) - 6 : (n.x1 ?? 0) + 6))
    .attr("y", (n) => ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2)
    .attr("text-anchor", (n) => (n.column === 0 ? "end" : "start"))
    .attr("dominant-baseline", "central")
    .text((n) => n.name);

  const m = root.append("g").attr("class", "tf-matrix").attr("data-testid", "taskforce-matrix");
  m.append("text")
    .attr("class", "axis-title")
    .attr("x", 10)
    .attr("y", matrixTop - 30)
    .text(`${t("matrix")}: ${t("department")} × ${t("taskForce")}`);
  const legend = m.append("g").attr("transform", `translate(${matrixLeft + 180},${matrixTop - 40})`);
  const keys: [string, string][] = [
    ["leader", t("leader")],
    ["member", t("members")],
  ];
  keys.forEach(([kind, label], i) => {
    legend
      .append("rect")
      .attr("class", `cell ${kind}`)
      .attr("x", i * 110)
      .attr("width", 12)
      .attr("height", 12);
    legend
      .append("text")
      .attr("x", i * 110 + 16)
      .attr("y", 6)
      .attr("dominant-baseline", "central")
      .text(label);
  });
  const top = matrixTop + labelSpace;
  m.append("g")
    .selectAll("text")
    .data(matrix.columns)
    .join("text")
    .attr("class", (tf) => `col-label${tf.id === s.taskForce ? " selected" : ""}`)
    .attr("transform", (_tf, i) => `translate(${matrixLeft + i * CELL + CELL / 2},${top - 4}) rotate(-60)`)
    .attr("dominant-baseline", "central")
    .text((tf) => (s.lang === "en" && tf.nameEn ? tf.nameEn : tf.name))
    .on("click", (_event, tf) => onPick(tf.id));
  const rows = m
    .append("g")
    .selectAll("g")
    .data(matrix.rows)
    .join("g")
    .attr("transform", (_row, i) => `translate(0,${top + i * CELL})`);
  rows
    .append("text")
    .attr("class", "row-label")
    .attr("x", matrixLeft - 6)
    .attr("y", CELL / 2)
    .attr("text-anchor", "end")
    .attr("dominant-baseline", "central")
    .text((row) => `${row.name} (${row.joined})`);
  rows
    .selectAll("rect")
    .data((row) => matrix.columns.map((tf, i) => ({ i, tf, cell: matrix.cell(row.key, tf.id) })))
    .join("rect")
    .attr(
      "class",
      (d) => `cell${d.cell?.leader ? " leader" : d.cell ? " member" : ""}${d.tf.id === s.taskForce ? " selected" : ""}`,
    )
    .attr("x", (d) => matrixLeft + d.i * CELL)
    .attr("width", CELL - 2)
    .attr("height", CELL - 2)
    .on("click", (_event, d) => onPick(d.tf.id))
    .append("title")
    .text(
      (d) =>
        `${d.tf.name}: ${d.cell ? (d.cell.leader ? t("leader") : t("members")) : "—"}${d.cell && d.cell.count > 1 ? ` ×${d.cell.count}` : ""}`,
    );
  return svg;
}
