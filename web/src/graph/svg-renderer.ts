import { type ZoomTransform, zoomIdentity } from "d3-zoom";
import { highlightStroke, type StrokeStyle } from "./colors.ts";
import { gestureTracker } from "./gesture.ts";
import { canvasTextMeasure, HEADING_SCALE, LABEL_FONT_PX, layoutLabels } from "./labels.ts";
import type { Display } from "./reducers.ts";
import { fontStack, frameScheduler, type Renderer } from "./renderer.ts";

const NS = "http://www.w3.org/2000/svg";

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

/** SVG renderer for small graphs: one element per node, link and label; styles come from classes. */
const dashes: Record<StrokeStyle, string | null> = { none: null, solid: "none", dashed: "3 2", dotted: "1 1.6" };

/**
 * SVG renderer for small graphs: one element per node and link; styles come from classes. Labels live outside the
 * zoomed group, in screen pixels, placed each frame without overlaps (labels.ts).
 */
export function createSvgRenderer(width: number, height: number, name = "graph"): Renderer {
  const svg = el("svg", { class: "graph-svg", "data-testid": "graph-svg", role: "img", "aria-label": name });
  const title = el("title");
  title.textContent = name;
  const viewport = el("g", { class: "viewport" });
  const linkLayer = el("g", { class: "links" });
  const nodeLayer = el("g", { class: "nodes" });
  const labelLayer = el("g", { class: "labels", "font-family": fontStack, "font-size": String(LABEL_FONT_PX) });
  viewport.append(linkLayer, nodeLayer);
  svg.append(title, viewport, labelLayer);
  const measure = canvasTextMeasure();
  const measureHeading = canvasTextMeasure(`600 ${LABEL_FONT_PX * HEADING_SCALE}px ${fontStack}`);
  let w = width;
  let h = height;

  let display: Display = { nodes: [], links: [] };
  let xy: Float32Array = new Float32Array(0);
  let transform: ZoomTransform = zoomIdentity;
  let lines: SVGLineElement[] = [];
  let circles: SVGCircleElement[] = [];

  /** Creates elements only when the graph's shape changed; hover and selection just restyle them. */
  const rebuild = (): boolean => {
    const shapeChanged = lines.length !== display.links.length || circles.length !== display.nodes.length;
    if (lines.length !== display.links.length) {
      lines = display.links.map(() => el("line"));
      linkLayer.replaceChildren(...lines);
    }
    if (circles.length !== display.nodes.length) {
      circles = display.nodes.map(() => {
        const circle = el("circle");
        circle.append(el("title"));
        return circle;
      });
      nodeLayer.replaceChildren(...circles);
    }
    display.links.forEach((link, i) => {
      lines[i]?.setAttribute("class", `link${link.dim ? " dim" : ""}${link.emphasis ? " emphasis" : ""}`);
    });
    display.nodes.forEach((node, i) => {
      const circle = circles[i];
      if (!circle) return;
      circle.setAttribute("class", `node${node.dim ? " dim" : ""}${node.emphasis ? ` emphasis-${node.emphasis}` : ""}`);
      circle.setAttribute("r", String(node.radius));
      circle.setAttribute("fill", node.color);
      circle.setAttribute("data-id", node.id);
      circle.setAttribute("data-stroke", node.stroke);
      const dash = dashes[node.stroke];
      if (node.emphasis === 2) circle.setAttribute("stroke", highlightStroke);
      else if (dash) circle.setAttribute("stroke", "#1a1a1a");
      else circle.removeAttribute("stroke");
      if (dash && dash !== "none" && node.emphasis !== 2) circle.setAttribute("stroke-dasharray", dash);
      else circle.removeAttribute("stroke-dasharray");
      const tip = circle.firstChild;
      const full = node.generated ? `${node.label} (generated English)` : node.label;
      if (tip && tip.textContent !== full) tip.textContent = full;
    });
    return shapeChanged;
  };

  let positionsDirty = true;
  /** The transform written into the viewport group; during a gesture the whole layer is moved relative to it. */
  let committed: ZoomTransform = zoomIdentity;

  const moveLayer = () => {
    const s = transform.k / committed.k;
    svg.style.transform = `translate(${transform.x - s * committed.x}px,${transform.y - s * committed.y}px) scale(${s})`;
  };

  const draw = () => {
    // Mid-gesture the browser only recomposites the already-painted layer; the real redraw waits for a pause.
    if (gesture.active()) return moveLayer();
    committed = transform;
    svg.style.transform = "";
    viewport.setAttribute("transform", `translate(${transform.x},${transform.y}) scale(${transform.k})`);
    drawLabels();
    if (!positionsDirty) return;
    positionsDirty = false;
    display.links.forEach((link, i) => {
      const line = lines[i];
      if (!line) return;
      line.setAttribute("x1", String(xy[link.s * 2] ?? 0));
      line.setAttribute("y1", String(xy[link.s * 2 + 1] ?? 0));
      line.setAttribute("x2", String(xy[link.t * 2] ?? 0));
      line.setAttribute("y2", String(xy[link.t * 2 + 1] ?? 0));
    });
    for (let i = 0; i < circles.length; i++) {
      const x = String(xy[i * 2] ?? 0);
      const y = String(xy[i * 2 + 1] ?? 0);
      circles[i]?.setAttribute("cx", x);
      circles[i]?.setAttribute("cy", y);
    }
  };

  /** Labels for this frame: the ones that fit, by priority; the rest appear on hover or once zoomed in. */
  const drawLabels = () => {
    const placed = layoutLabels(display, xy, transform, { width: w, height: h }, measure, {
      obstacles: true,
      measureHeading,
    });
    const texts = placed.map((p) => {
      const node = display.nodes[p.index];
      const text = el("text", {
        class: `label${p.heading ? " heading" : ""}${node?.emphasis ? " emphasis" : ""}${node?.generated ? " generated" : ""}`,
        x: String(p.anchor === "start" ? p.x + 1 : p.anchor === "end" ? p.x + p.width - 1 : p.x + p.width / 2),
        y: String(p.y + p.height / 2),
        "text-anchor": p.anchor,
        "data-index": String(p.index),
      });
      text.textContent = p.text;
      if (node && p.text !== node.label) {
        const tip = el("title");
        tip.textContent = node.label;
        text.append(tip);
      }
      return text;
    });
    labelLayer.replaceChildren(...texts);
  };
  const scheduler = frameScheduler(draw);
  const gesture = gestureTracker(() => scheduler.request());

  const resize = (nextW: number, nextH: number) => {
    w = nextW;
    h = nextH;
    svg.setAttribute("width", String(w));
    svg.setAttribute("height", String(h));
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    scheduler.request();
  };
  resize(width, height);

  return {
    element: svg,
    setDisplay(next) {
      display = next;
      if (rebuild()) positionsDirty = true;
      scheduler.request();
    },
    setPositions(next) {
      xy = next;
      positionsDirty = true;
      scheduler.request();
    },
    setTransform(next, isGesture) {
      transform = next;
      if (isGesture) gesture.bump();
      scheduler.request();
    },
    resize,
    requestDraw: () => scheduler.request(),
    drawNow() {
      scheduler.cancel();
      gesture.cancel();
      draw();
    },
    destroy() {
      scheduler.cancel();
      gesture.cancel();
      svg.remove();
    },
  };
}
