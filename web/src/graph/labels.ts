import type { ZoomTransform } from "d3-zoom";
import { type Disc, type LabelCandidate, type PlacedLabel, placeLabels } from "./label-placement.ts";
import type { Display } from "./reducers.ts";
import { fontStack } from "./renderer.ts";

/** On-screen label size (px) whatever the zoom, and the widest a label may be before it is shortened. */
export const LABEL_FONT_PX = 12;
export const LABEL_MAX_WIDTH = 190;
/** A CJK font's line box is about 1.45 em: the rendered box, not the font size, must not overlap. */
const LABEL_HEIGHT = Math.ceil(LABEL_FONT_PX * 1.45);
/** Headings are drawn bold and a little larger; their measured width is scaled to match. */
export const HEADING_SCALE = 1.15;

export type MeasureText = (text: string) => number;

/** Text widths from a canvas context in the labels' font, cached per text: labels repeat every frame. */
export function canvasTextMeasure(font = `${LABEL_FONT_PX}px ${fontStack}`): MeasureText {
  const ctx = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (ctx) ctx.font = font;
      width = ctx ? ctx.measureText(text).width : text.length * LABEL_FONT_PX;
      cache.set(text, width);
    }
    return width;
  };
}

/** The text shortened with an ellipsis to fit `max` px; the full text stays in the node's title. */
export function fitText(text: string, max: number, measure: MeasureText): string {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export interface ScreenLabel extends PlacedLabel {
  text: string;
  /** A group heading (category name) rather than a node's label. */
  heading: boolean;
}

/** Group headings go before every node label except the focused node's neighbourhood and the heaviest nodes. */
const HEADING_PRIORITY = 5e5;
/** How many of the heaviest labels may cover other discs. */
const HEAVY_COUNT = 12;

/**
 * Which labels show and where, for one frame: candidates are the display's labelled nodes, placed by priority;
 * `obstacles` adds every disc on screen (cheap for SVG-sized graphs, skipped on canvas where it would cost frames).
 */
export function layoutLabels(
  display: Display,
  xy: Float32Array,
  transform: ZoomTransform,
  bounds: { width: number; height: number },
  measure: MeasureText,
  opts: {
    obstacles: boolean;
    minScreenRadius?: number;
    measureHeading?: MeasureText;
    /** Indices that may carry a label (see `labelCandidates`); without it every node is looked at. */
    candidates?: readonly number[];
  },
): ScreenLabel[] {
  const { k } = transform;
  const candidates: LabelCandidate[] = [];
  const texts = new Map<number, string>();
  const discs: Disc[] = [];
  const consider = (node: Display["nodes"][number], i: number) => {
    const x = (xy[i * 2] ?? 0) * k + transform.x;
    const y = (xy[i * 2 + 1] ?? 0) * k + transform.y;
    const r = node.radius * k;
    if (opts.obstacles && !node.dim) discs.push({ x, y, r });
    if (!node.showLabel && node.emphasis === 0) return;
    if (node.emphasis === 0 && r < (opts.minScreenRadius ?? 0)) return;
    const text = fitText(node.label, LABEL_MAX_WIDTH, measure);
    texts.set(i, text);
    const candidate: LabelCandidate = {
      index: i,
      x,
      y,
      r,
      width: measure(text) + 2,
      height: LABEL_HEIGHT,
      priority: node.priority,
    };
    if (node.emphasis === 2) candidate.force = true;
    candidates.push(candidate);
  };
  if (opts.candidates && !opts.obstacles)
    for (const i of opts.candidates) {
      const node = display.nodes[i];
      if (node) consider(node, i);
    }
  else display.nodes.forEach(consider);
  // The heaviest nodes (the most recurring measures) sit in the thick of the graph, where every side touches some
  // disc: they may cover small discs, never another label.
  const heavy = candidates
    .filter((c) => !c.centred)
    .map((c) => c.priority)
    .sort((a, b) => b - a)[HEAVY_COUNT - 1];
  for (const c of candidates) if (heavy !== undefined && !c.centred && c.priority >= heavy) c.overDiscs = true;
  const first = display.nodes.length;
  (display.groups ?? []).forEach((group, g) => {
    let sx = 0;
    let top = Infinity;
    let n = 0;
    for (const i of group.members) {
      const node = display.nodes[i];
      if (!node || node.dim) continue;
      sx += (xy[i * 2] ?? 0) * k + transform.x;
      top = Math.min(top, (xy[i * 2 + 1] ?? 0) * k + transform.y - node.radius * k);
      n++;
    }
    if (n === 0) return;
    const text = fitText(group.label, LABEL_MAX_WIDTH, measure);
    texts.set(first + g, text);
    const width = (opts.measureHeading ? opts.measureHeading(text) : measure(text) * HEADING_SCALE) + 2;
    candidates.push({
      index: first + g,
      x: sx / n,
      y: top - 2,
      r: 0,
      width,
      height: LABEL_HEIGHT + 2,
      priority: heavy === undefined ? HEADING_PRIORITY : Math.min(HEADING_PRIORITY, heavy - 0.5),
      centred: true,
    });
  });
  return placeLabels(candidates, discs, bounds).map((p) => ({
    ...p,
    text: texts.get(p.index) ?? "",
    heading: p.index >= first,
  }));
}

/** The nodes that may carry a label in this display: computed once per display, not once per frame. */
export function labelCandidates(display: Display): number[] {
  const out: number[] = [];
  display.nodes.forEach((node, i) => {
    if (node.showLabel || node.emphasis > 0) out.push(i);
  });
  return out;
}
