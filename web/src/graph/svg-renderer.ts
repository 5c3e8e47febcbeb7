import { type ZoomTransform, zoomIdentity } from "d3-zoom";
import { highlightStroke } from "./colors.ts";
import { gestureTracker } from "./gesture.ts";
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
export function createSvgRenderer(width: number, height: number): Renderer {
  const svg = el("svg", { class: "graph-svg", "data-testid": "graph-svg", role: "img" });
  const viewport = el("g", { class: "viewport" });
  const linkLayer = el("g", { class: "links" });
  const nodeLayer = el("g", { class: "nodes" });
  const labelLayer = el("g", { class: "labels", "font-family": fontStack });
  viewport.append(linkLayer, nodeLayer, labelLayer);
  svg.append(viewport);

  let display: Display = { nodes: [], links: [] };
  let xy: Float32Array = new Float32Array(0);
  let transform: ZoomTransform = zoomIdentity;
  let lines: SVGLineElement[] = [];
  let circles: SVGCircleElement[] = [];
  let labels: SVGTextElement[] = [];

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
      labels = display.nodes.map(() => el("text"));
      nodeLayer.replaceChildren(...circles);
      labelLayer.replaceChildren(...labels);
    }
    display.links.forEach((link, i) => {
      lines[i]?.setAttribute("class", `link${link.dim ? " dim" : ""}${link.emphasis ? " emphasis" : ""}`);
    });
    display.nodes.forEach((node, i) => {
      const circle = circles[i];
      const label = labels[i];
      if (!circle || !label) return;
      circle.setAttribute("class", `node${node.dim ? " dim" : ""}${node.emphasis ? ` emphasis-${node.emphasis}` : ""}`);
      circle.setAttribute("r", String(node.radius));
      circle.setAttribute("fill", node.color);
      circle.setAttribute("data-id", node.id);
      if (node.emphasis === 2) circle.setAttribute("stroke", highlightStroke);
      else circle.removeAttribute("stroke");
      const title = circle.firstChild;
      if (title && title.textContent !== node.label) title.textContent = node.label;
      label.setAttribute("class", `label${node.emphasis ? " emphasis" : ""}${node.showLabel ? "" : " hidden"}`);
      label.setAttribute("dx", String(node.radius + 2));
      if (label.textContent !== node.label) label.textContent = node.label;
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
    // Labels keep one on-screen size whatever the zoom.
    labelLayer.setAttribute("font-size", String(11 / transform.k));
    labelLayer.setAttribute("stroke-width", String(3 / transform.k));
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
      labels[i]?.setAttribute("x", x);
      labels[i]?.setAttribute("y", y);
    }
  };
  const scheduler = frameScheduler(draw);
  const gesture = gestureTracker(() => scheduler.request());

  const resize = (w: number, h: number) => {
    svg.setAttribute("width", String(w));
    svg.setAttribute("height", String(h));
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  };
  resize(width, height);

  return {
    element: svg,
    setDisplay(next) {
      display = next;
      if (rebuild()) {
        positionsDirty = true;
        scheduler.request();
      }
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
