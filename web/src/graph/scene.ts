import { type D3DragEvent, drag } from "d3-drag";
import { pointer, select } from "d3-selection";
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from "d3-zoom";
import type { Zoom } from "../state/state.ts";
import type { BenchGeometry } from "./bench-baseline.ts";
import { createCanvasRenderer } from "./canvas-renderer.ts";
import { createHitTester } from "./hit-test.ts";
import { chooseRenderer, layoutConfig, type RendererKind, WORKER_THRESHOLD } from "./layout-config.ts";
import { inlineLayout, type LayoutEngine, workerLayout } from "./layout-engine.ts";
import type { LayoutTargets } from "./layout-targets.ts";
import { type GraphModel, linkIndexPairs } from "./model.ts";
import { fitTransform, initialPositions, positionMap } from "./placement.ts";
import type { Display } from "./reducers.ts";
import type { Renderer } from "./renderer.ts";
import { startPlacement } from "./start-placement.ts";
import { createSvgRenderer } from "./svg-renderer.ts";

export interface SceneEvents {
  hover(id: string | null): void;
  click(id: string | null): void;
  dblclick(id: string): void;
  /** `end` is true when a gesture finishes: the moment to write the zoom into the URL. */
  zoom(zoom: Zoom, end: boolean): void;
  /** The first positions of a new layout are on screen. */
  firstFrame(): void;
  /** The layout stopped moving (after its first run, or after a drag reheated it). */
  settled(): void;
}

export interface Scene {
  readonly host: HTMLElement;
  setGraph(
    model: GraphModel,
    display: Display,
    opts: {
      seed: number;
      zoom: Zoom | null;
      renderer: "auto" | RendererKind;
      fit?: boolean;
      /** Pulls of the chosen layout (layout-targets.ts); none for plain force. */
      targets?: LayoutTargets | null;
      /** The layout changed: run it from the current positions at full heat, and fit the result. */
      restart?: boolean;
      /** The accessible name of the chart (what it shows, how many nodes). */
      name?: string;
    },
  ): void;
  setDisplay(display: Display): void;
  zoomTo(zoom: Zoom | null): void;
  currentZoom(): Zoom;
  /**
   * Keeps this node on screen: now, and whenever the stage is resized (the narrow layout's bottom sheet shrinks it).
   * Pans only when the node is outside the stage; null forgets it.
   */
  reveal(id: string | null): void;
  rendererKind(): RendererKind;
  /** A detached SVG of what is on screen (export), drawn by a throwaway SVG renderer. */
  snapshotSvg(): SVGSVGElement;
  /**
   * Applies a transform for the bench hook: `gesture` makes it behave like one step of a user's pan/zoom. It is
   * not written into the URL: the bench's path is no one's view.
   */
  applyTransform(transform: ZoomTransform, gesture?: boolean): void;
  /** Draws the pending picture now rather than on the next animation frame (bench hook). */
  drawNow(): void;
  /** What is on screen as arrays: positions, radii and link endpoints (the bench's baseline draws them). */
  geometry(): BenchGeometry;
  destroy(): void;
}

type DragSubject = { i: number; x: number; y: number };

export function createScene(host: HTMLElement, events: SceneEvents): Scene {
  let width = host.clientWidth || 800;
  let height = host.clientHeight || 600;
  let kind: RendererKind = "svg";
  let name = "graph";
  let renderer: Renderer = createSvgRenderer(width, height, name);
  host.append(renderer.element);
  const nameChart = () => {
    renderer.element.setAttribute("role", "img");
    renderer.element.setAttribute("aria-label", name);
    const title = renderer.element.querySelector(":scope > title");
    if (title) title.textContent = name;
  };
  let engine: LayoutEngine | null = null;
  let model: GraphModel = { nodes: [], links: [], index: new Map() };
  let display: Display = { nodes: [], links: [] };
  let xy: Float32Array = new Float32Array(0);
  let pairs: Uint32Array = new Uint32Array(0);
  let transform: ZoomTransform = zoomIdentity;
  let pendingFirst = false;
  let pendingZoom: Zoom | null = null;
  /**
   * While a fitted layout is still moving, the view keeps fitting it (as Cytoscape's animated `fit` does): its
   * first picture is the seeded start, not the final spread. The user's first pan, zoom or drag ends it.
   */
  let following = false;
  /** Set for transforms that are not the user's view (fits while following, bench steps): kept out of the URL. */
  let quiet = false;
  let hovered = -1;
  /** Set while the bench drives the zoom, so its steps count as a gesture like a user's would. */
  let gestureOverride: boolean | null = null;
  const hits = createHitTester();
  const radii = () => Float32Array.from(display.nodes, (n) => n.radius);

  const toLayout = (px: number, py: number) => transform.invert([px, py]);
  const nodeAt = (px: number, py: number) => {
    const [x, y] = toLayout(px, py);
    return hits.find(x, y, 3 / transform.k);
  };
  const indexAt = (event: MouseEvent) => {
    const [px, py] = pointer(event, host);
    return nodeAt(px, py);
  };
  const idAt = (event: MouseEvent) => display.nodes[indexAt(event)]?.id ?? null;

  const zoomBehavior = zoom<HTMLElement, unknown>()
    .scaleExtent([0.02, 24])
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      transform = event.transform;
      if (event.sourceEvent) following = false;
      renderer.setTransform(transform, gestureOverride ?? event.sourceEvent != null);
      if (!quiet) events.zoom({ k: transform.k, x: transform.x, y: transform.y }, false);
    })
    .on("end", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const t = event.transform;
      if (!quiet) events.zoom({ k: t.k, x: t.x, y: t.y }, true);
    });

  const dragBehavior = drag<HTMLElement, unknown, DragSubject | undefined>()
    .container(() => host)
    .subject((event: MouseEvent) => {
      const i = nodeAt(event.x, event.y);
      if (i < 0) return undefined;
      following = false;
      const [x, y] = transform.apply([xy[i * 2] ?? 0, xy[i * 2 + 1] ?? 0]);
      return { i, x, y };
    })
    .on("drag", (event: D3DragEvent<HTMLElement, unknown, DragSubject>) => {
      const [x, y] = toLayout(event.x, event.y);
      xy[event.subject.i * 2] = x;
      xy[event.subject.i * 2 + 1] = y;
      renderer.setPositions(xy);
      engine?.fix(event.subject.i, x, y);
    })
    .on("end", (event: D3DragEvent<HTMLElement, unknown, DragSubject>) => engine?.release(event.subject.i));

  // Drag first: when it finds a node under the pointer it stops the event, otherwise zoom pans.
  select(host).call(dragBehavior).call(zoomBehavior).on("dblclick.zoom", null);
  host.addEventListener("pointermove", (event) => {
    const i = indexAt(event);
    if (i === hovered) return;
    hovered = i;
    host.style.cursor = i >= 0 ? "pointer" : "";
    events.hover(display.nodes[i]?.id ?? null);
  });
  host.addEventListener("pointerleave", () => {
    if (hovered < 0) return;
    hovered = -1;
    events.hover(null);
  });
  host.addEventListener("click", (event) => events.click(idAt(event)));
  host.addEventListener("dblclick", (event) => {
    const id = idAt(event);
    if (id) events.dblclick(id);
  });

  const applyTransform = (t: ZoomTransform, gesture = false) => {
    gestureOverride = gesture;
    select(host).call(zoomBehavior.transform, t);
    gestureOverride = null;
  };
  const zoomTo = (z: Zoom | null) => {
    const fit = z ?? fitTransform(xy, width, height);
    applyTransform(zoomIdentity.translate(fit.x, fit.y).scale(fit.k));
  };

  const follow = (settled: boolean) => {
    quiet = !settled;
    zoomTo(null);
    quiet = false;
    if (settled) following = false;
  };

  const onPositions = (next: Float32Array, settled: boolean) => {
    xy = next;
    hits.update(xy, radii());
    renderer.setPositions(xy);
    if (pendingFirst) {
      pendingFirst = false;
      following = pendingZoom === null && !settled;
      zoomTo(pendingZoom);
      renderer.drawNow();
      events.firstFrame();
    } else if (following) follow(settled);
    if (settled) events.settled();
  };

  const swapRenderer = (next: RendererKind) => {
    if (next === kind) return;
    renderer.destroy();
    kind = next;
    renderer = next === "canvas" ? createCanvasRenderer(width, height) : createSvgRenderer(width, height, name);
    host.append(renderer.element);
    renderer.setTransform(transform, false);
  };

  let revealed: string | null = null;
  const revealNow = () => {
    const i = revealed === null ? -1 : (model.index.get(revealed) ?? -1);
    const x = xy[i * 2];
    const y = xy[i * 2 + 1];
    if (i < 0 || x === undefined || y === undefined || !Number.isFinite(x)) return;
    const [px, py] = transform.apply([x, y]);
    const margin = 40;
    if (px >= margin && px <= width - margin && py >= margin && py <= height - margin) return;
    following = false;
    applyTransform(
      zoomIdentity.translate(width / 2 - x * transform.k, height / 2 - y * transform.k).scale(transform.k),
    );
  };

  const resizeObserver = new ResizeObserver(() => {
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (!w || !h || (w === width && h === height)) return;
    width = w;
    height = h;
    renderer.resize(w, h);
    revealNow();
  });
  resizeObserver.observe(host);

  return {
    host,
    setGraph(nextModel, nextDisplay, opts) {
      const previous = positionMap(model, xy);
      engine?.stop();
      following = false;
      swapRenderer(chooseRenderer(nextModel.nodes.length, opts.renderer));
      if (opts.name) name = opts.name;
      nameChart();
      model = nextModel;
      display = nextDisplay;
      renderer.setDisplay(display);
      const start = initialPositions(model, previous, opts.seed);
      const fresh = start.known === 0;
      pendingFirst = true;
      pendingZoom =
        opts.fit || opts.restart ? null : fresh ? opts.zoom : { k: transform.k, x: transform.x, y: transform.y };
      const hot = fresh || opts.restart === true;
      const config = layoutConfig(model.nodes.length, model.links.length);
      pairs = linkIndexPairs(model);
      const large = model.nodes.length > WORKER_THRESHOLD;
      // A large fresh layout is seen from its first position on, so it starts from a picture, not a spiral.
      const initial =
        fresh && large ? startPlacement(model.nodes.length, pairs, opts.seed, config.linkDistance) : start.xy;
      const input = {
        count: model.nodes.length,
        pairs,
        initial,
        radii: radii(),
        config: hot ? config : { ...config, warmupTicks: Math.round(config.warmupTicks / 3) },
        seed: opts.seed,
        alpha: hot ? 1 : 0.4,
        targets: opts.targets ?? null,
      };
      const run = large ? workerLayout : inlineLayout;
      engine = run(input, onPositions);
    },
    setDisplay(nextDisplay) {
      display = nextDisplay;
      renderer.setDisplay(display);
    },
    zoomTo(z) {
      following = false;
      zoomTo(z);
    },
    currentZoom: () => ({ k: transform.k, x: transform.x, y: transform.y }),
    reveal(id) {
      revealed = id;
      revealNow();
    },
    rendererKind: () => kind,
    snapshotSvg() {
      const copy = createSvgRenderer(width, height, name);
      copy.setDisplay(display);
      copy.setPositions(xy);
      copy.setTransform(transform, false);
      copy.drawNow();
      return copy.element as SVGSVGElement;
    },
    applyTransform(t, gesture) {
      quiet = true;
      applyTransform(t, gesture);
      quiet = false;
    },
    drawNow: () => renderer.drawNow(),
    geometry: () => ({ xy, radii: radii(), pairs }),
    destroy() {
      engine?.stop();
      resizeObserver.disconnect();
      renderer.destroy();
      select(host).on(".zoom", null).on(".drag", null);
    },
  };
}
