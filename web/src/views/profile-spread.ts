import { scaleSequential } from "d3-scale";
import { interpolateBlues } from "d3-scale-chromatic";
import type { MeasureProfile } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { widestText } from "../ui/text-width.ts";
import { sizeSvg } from "./view.ts";

const SVG = "http://www.w3.org/2000/svg";
const CELL = 26;
const TOTALS = 34;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Every year from the first to the last stated one (gaps show as empty columns), then the unknown year. */
export function spreadColumns(years: readonly (number | null)[]): (number | null)[] {
  const known = years.filter((y): y is number => y !== null);
  const columns: (number | null)[] = [];
  if (known.length > 0) for (let y = Math.min(...known); y <= Math.max(...known); y++) columns.push(y);
  if (years.includes(null)) columns.push(null);
  return columns;
}

/**
 * The spread strip: provinces × years, each cell the number of cases using the measure, a bar of cases per year
 * on top, and the first appearance marked. Unknown years and provinces keep their own column and row.
 */
export function spreadChart(
  spread: MeasureProfile["spread"],
  names: Map<string, string>,
  t: Translate,
  lang: Lang,
): SVGSVGElement {
  const columns = spreadColumns(spread.years);
  const rows = spread.provinces.map((p) => ({
    id: p.id,
    label: p.id === null ? t("unknownProvince") : displayName(p, lang),
  }));
  const left =
    widestText(
      rows.map((r) => r.label),
      12,
    ) + 12;
  const top = TOTALS + 22;
  const note = spread.first
    ? `${t("firstSeen")}: ${spread.first.year} · ${spread.first.cases.map((id) => names.get(id) ?? id).join("、")}`
    : `${t("firstSeen")}: ${t("unknownYear")}`;
  const width = Math.max(left + columns.length * CELL + 8, widestText([note], 12) + 8);
  const height = top + rows.length * CELL + 30;
  const svg = el("svg", { class: "chart spread", "data-testid": "profile-spread", role: "img" });
  sizeSvg(svg, width, height);
  const max = Math.max(1, ...spread.cells.map((c) => c.cases.length));
  const color = scaleSequential((v: number) => interpolateBlues(0.2 + v * 0.8)).domain([0, max]);
  const perYear = new Map<number | null, number>();
  for (const c of spread.cells) perYear.set(c.year, (perYear.get(c.year) ?? 0) + c.cases.length);
  const yearMax = Math.max(1, ...perYear.values());
  columns.forEach((year, i) => {
    const x = left + i * CELL;
    const count = perYear.get(year) ?? 0;
    const bar = (count / yearMax) * (TOTALS - 10);
    if (count > 0) {
      svg.append(el("rect", { x: x + 3, y: TOTALS - bar, width: CELL - 6, height: bar, fill: "#7a8fa6" }));
      svg.append(
        el("text", { x: x + CELL / 2, y: TOTALS - bar - 2, "text-anchor": "middle", "font-size": 10 }, String(count)),
      );
    }
    const label = year === null ? "?" : `'${String(year).slice(2)}`;
    const text = el("text", { x: x + CELL / 2, y: top - 6, "text-anchor": "middle", "font-size": 11 }, label);
    text.append(el("title", {}, year === null ? t("unknownYear") : String(year)));
    svg.append(text);
    if (year !== null && year === spread.first?.year)
      svg.append(el("rect", { x, y: top - 2, width: CELL, height: rows.length * CELL + 4, class: "first-year" }));
  });
  rows.forEach((row, j) => {
    const y = top + j * CELL;
    svg.append(
      el("text", { x: left - 8, y: y + CELL / 2, "text-anchor": "end", "dominant-baseline": "central" }, row.label),
    );
    columns.forEach((year, i) => {
      const x = left + i * CELL;
      const cell = spread.cells.find((c) => c.year === year && c.province === row.id);
      const rect = el("rect", {
        x: x + 1,
        y: y + 1,
        width: CELL - 2,
        height: CELL - 2,
        fill: cell ? color(cell.cases.length) : "#f3f3f3",
        "data-testid": cell ? "spread-cell" : "spread-empty",
        "data-year": year === null ? "unknown" : year,
        "data-province": row.id ?? "unknown",
      });
      svg.append(rect);
      if (!cell) return;
      rect.append(el("title", {}, cell.cases.map((id) => names.get(id) ?? id).join("\n")));
      const dark = cell.cases.length / max > 0.55;
      svg.append(
        el(
          "text",
          {
            x: x + CELL / 2,
            y: y + CELL / 2,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            class: dark ? "on-dark" : "",
          },
          String(cell.cases.length),
        ),
      );
    });
  });
  svg.append(el("text", { x: 0, y: height - 8, class: "spread-note", "data-testid": "spread-first" }, note));
  return svg;
}
