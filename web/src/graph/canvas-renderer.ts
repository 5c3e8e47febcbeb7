import { type ZoomTransform, zoomIdentity } from "d3-zoom";
import { gestureTracker } from "./gesture.ts";
import { hairlineWidth } from "./hairline.ts";
import { canvasTextMeasure, HEADING_SCALE, LABEL_FONT_PX, labelCandidates, layoutLabels } from "./labels.ts";
import type { Display } from "./reducers.ts";
import { fontStack, frameScheduler, type Renderer } from "./renderer.ts";

/** Node indices grouped by fill colour and dimming, so each group is one path and one fill call. */
interface Batch {
  color: string;
  dim: boolean;
  indices: Uint32Array;
}

function batchesOf(display: Display): Batch[] {
  const groups = new Map<string, number[]>();
  display.nodes.forEach((node, i) => {
    const key = `${node.dim ? 1 : 0}|${node.color}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups]
    .map(([key, list]) => ({ color: key.slice(2), dim: key.startsWith("1"), indices: Uint32Array.from(list) }))
    .sort((a, b) => Number(b.dim) - Number(a.dim));
}

/** Canvas renderer for large graphs: links and nodes drawn in a handful of batched paths per frame. */
export function createCanvasRenderer(width: number, height: number, dpr = window.devicePixelRatio || 1): Renderer {
  const canvas = document.createElement("canvas");
  canvas.className = "graph-canvas";
  canvas.dataset.testid = "graph-canvas";
  const context = canvas.getContext("2d", { alpha: false });
  if (!context) throw new Error("createCanvasRenderer: 2d context unavailable");
  const ctx = context;
  const measure = canvasTextMeasure();
  const labelFont = `${LABEL_FONT_PX}px ${fontStack}`;
  const italicFont = `italic ${labelFont}`;
  const headingFont = `600 ${LABEL_FONT_PX * HEADING_SCALE}px ${fontStack}`;

  let w = width;
  let h = height;
  let display: Display = { nodes: [], links: [] };
  let batches: Batch[] = [];
  let candidates: number[] = [];
  let radii: Float32Array = new Float32Array(0);
  let xy: Float32Array = new Float32Array(0);
  let transform: ZoomTransform = zoomIdentity;

  const strokeLinks = (emphasis: boolean, dim: boolean) => {
    ctx.beginPath();
    for (const link of display.links) {
      if (link.emphasis !== emphasis || link.dim !== dim) continue;
      ctx.moveTo(xy[link.s * 2] ?? 0, xy[link.s * 2 + 1] ?? 0);
      ctx.lineTo(xy[link.t * 2] ?? 0, xy[link.t * 2 + 1] ?? 0);
    }
    ctx.stroke();
  };

  const fillBatch = (batch: Batch, k: number) => {
    ctx.fillStyle = batch.color;
    ctx.globalAlpha = batch.dim ? 0.18 : 1;
    ctx.beginPath();
    // Below ~1.5 screen pixels a square is indistinguishable from a disc and far cheaper to fill.
    for (const i of batch.indices) {
      const x = xy[i * 2] ?? 0;
      const y = xy[i * 2 + 1] ?? 0;
      const r = radii[i] ?? 3;
      if (r * k < 1.5) ctx.rect(x - r, y - r, r * 2, r * 2);
      else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
    }
    ctx.fill();
  };

  const fullDraw = () => {
    const k = transform.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, w, h);
    ctx.translate(transform.x, transform.y);
    ctx.scale(k, k);
    // Links are one device pixel wide and never more: see hairline.ts for why the width must stay under it.
    ctx.lineWidth = hairlineWidth(k, dpr);
    ctx.strokeStyle = "rgba(110,110,110,0.12)";
    strokeLinks(false, true);
    ctx.strokeStyle = "rgba(110,110,110,0.35)";
    strokeLinks(false, false);
    ctx.lineWidth = 1.6 / k;
    ctx.strokeStyle = "rgba(20,20,20,0.85)";
    strokeLinks(true, false);
    for (const batch of batches) fillBatch(batch, k);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2 / k;
    ctx.strokeStyle = "#000";
    display.nodes.forEach((node, i) => {
      if (node.emphasis !== 2) return;
      ctx.beginPath();
      ctx.arc(xy[i * 2] ?? 0, xy[i * 2 + 1] ?? 0, node.radius + 1 / k, 0, Math.PI * 2);
      ctx.stroke();
    });
    drawLabels();
  };

  /**
   * Labels in screen pixels, placed without overlaps: emphasised nodes, and the labelled hubs once their discs are
   * big enough to read beside. Discs are not obstacles here: indexing 20k of them would cost every frame.
   */
  const drawLabels = () => {
    const placed = layoutLabels(display, xy, transform, { width: w, height: h }, measure, {
      obstacles: false,
      minScreenRadius: 6,
      candidates,
    });
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.textBaseline = "middle";
    ctx.fillStyle = "#222";
    // Assigning ctx.font makes the canvas parse it: only when it changes, not once per label.
    let font = "";
    for (const p of placed) {
      const node = display.nodes[p.index];
      const next = p.heading ? headingFont : node?.generated ? italicFont : labelFont;
      if (next !== font) ctx.font = font = next;
      ctx.textAlign = p.anchor === "middle" ? "center" : p.anchor === "end" ? "right" : "left";
      const x = p.anchor === "start" ? p.x + 1 : p.anchor === "end" ? p.x + p.width - 1 : p.x + p.width / 2;
      ctx.fillText(p.text, x, p.y + p.height / 2);
    }
  };

  // During pan and zoom the last full picture is moved as a bitmap. It is copied aside once, when a gesture
  // starts (the canvas still holds it then), rather than after every full draw.
  const snapshot = document.createElement("canvas");
  const snapshotContext = snapshot.getContext("2d", { alpha: false });
  let drawnAt: ZoomTransform | null = null;
  let snapshotAt: ZoomTransform | null = null;

  const takeSnapshot = (): ZoomTransform | null => {
    if (!snapshotContext || !drawnAt) return null;
    // Assigning a canvas size reallocates its bitmap, so only when the size changed.
    if (snapshot.width !== canvas.width || snapshot.height !== canvas.height) {
      snapshot.width = canvas.width;
      snapshot.height = canvas.height;
    }
    snapshotContext.drawImage(canvas, 0, 0);
    return drawnAt;
  };

  const blit = (at: ZoomTransform) => {
    const s = transform.k / at.k;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const dx = (transform.x - s * at.x) * dpr;
    const dy = (transform.y - s * at.y) * dpr;
    ctx.drawImage(snapshot, dx, dy, snapshot.width * s, snapshot.height * s);
  };

  const draw = () => {
    if (gesture.active()) {
      snapshotAt ??= takeSnapshot();
      if (snapshotAt) return blit(snapshotAt);
    }
    fullDraw();
    drawnAt = transform;
    snapshotAt = null;
  };
  const scheduler = frameScheduler(draw);
  const gesture = gestureTracker(() => scheduler.request());

  const resize = (nextW: number, nextH: number) => {
    w = nextW;
    h = nextH;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    // Resizing cleared the canvas: there is no picture to move until the next full draw.
    drawnAt = null;
    snapshotAt = null;
    scheduler.request();
  };
  resize(width, height);

  return {
    element: canvas,
    setDisplay(next) {
      display = next;
      batches = batchesOf(next);
      candidates = labelCandidates(next);
      radii = Float32Array.from(next.nodes, (n) => n.radius);
      scheduler.request();
    },
    setPositions(next) {
      xy = next;
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
      canvas.remove();
    },
  };
}
