import type { GraphNode } from "../api/types.ts";
import type { AssembledGraph } from "../data/graph-parts.ts";
import { toGraphml } from "../export/graphml.ts";
import { filterKeys } from "../filters/state.ts";
import { createBenchHook } from "../graph/bench-hook.ts";
import { loadTransliteration, needsTransliteration } from "../graph/gloss.ts";
import { type GraphModel, typeCounts } from "../graph/model.ts";
import { type Display, reduceDisplay, topByDegree } from "../graph/reducers.ts";
import { createScene } from "../graph/scene.ts";
import { collapse, emptyUndo, expand, nextPage, popUndo, pushUndo, type UndoStack } from "../state/expansions.ts";
import type { AppState, Expansion } from "../state/state.ts";
import { changed } from "../state/store.ts";
import { h, statusBox } from "../ui/dom.ts";
import { renderTable } from "../ui/table-view.ts";
import { createGraphData } from "./graph-data.ts";
import { createDetails } from "./graph-details.ts";
import { renderInsights } from "./graph-insights.ts";
import { graphTable, linkTable } from "./graph-table.ts";
import { renderToolbar } from "./graph-toolbar.ts";
import {
  chartName,
  effectiveLayout,
  targetsFor,
  type VisibleExtras,
  visibleExtras,
  visibleModel,
} from "./graph-visible.ts";
import { errorBox, latestOnly, type MountView, tr } from "./view.ts";

const dataKeys = [...filterKeys, "expanded", "pathFrom", "pathTo", "bench", "seed"] as const;
const structureKeys = ["hidden", "pathOnly", "renderer", "allTypes", "layout"] as const;
const styleKeys = ["selected", "lang", "colorBy", "sizeBy"] as const;

/** The force-directed graph: cases, measures, departments, task forces and the rest, with details and expansion. */
export const mountGraph: MountView = (container, store, api) => {
  const toolbar = h("div", { class: "controls graph-toolbar", testid: "graph-toolbar" });
  const stage = h("div", { class: "graph-stage", testid: "graph-stage" });
  const panel = h("aside", { class: "details-panel", testid: "details-panel", hidden: true });
  const notice = h("div", { class: "notices", "aria-live": "polite" });
  const insights = h("div", { class: "graph-insights-host" });
  let insightsOpen = false;
  const tableHost = h("div", { class: "view-body", hidden: true });
  const body = h("div", { class: "view-body graph-body" }, stage, panel);
  container.replaceChildren(toolbar, insights, notice, body, tableHost);

  const data = createGraphData(api);
  const details = createDetails(panel, api);
  const latest = latestOnly();
  let assembled: AssembledGraph | null = null;
  let visible: GraphModel = { nodes: [], links: [], index: new Map() };
  let labelled = new Set<string>();
  let extras: VisibleExtras = { analysis: null, weights: new Map(), colors: undefined, groups: [] };
  let hovered: string | null = null;
  let undo: UndoStack<Expansion[]> = emptyUndo();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  let resolveSettled: () => void = () => {};
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });

  const scene = createScene(stage, {
    hover(id) {
      hovered = id;
      scene.setDisplay(display(store.get()));
    },
    click: (id) => store.set({ selected: id }),
    dblclick: (id) => changeExpansions(nextPage(store.get().expanded, id)),
    zoom(zoom, end) {
      if (end) store.set({ zoom }, "replace");
    },
    firstFrame: () => resolveReady(),
    settled: () => resolveSettled(),
  });

  const display = (s: AppState): Display =>
    reduceDisplay(
      visible,
      {
        hovered,
        selected: s.selected,
        pathNodes: assembled?.pathNodes ?? null,
        pathLinks: assembled?.pathLinks ?? null,
        lang: s.lang,
        labelBudget: 0,
        weights: extras.weights,
        colors: extras.colors,
        groups: extras.groups,
      },
      labelled,
    );

  const changeExpansions = (next: Expansion[]) => {
    if (store.get().bench) return;
    undo = pushUndo(undo, store.get().expanded);
    store.set({ expanded: next });
  };

  const nodeById = (id: string | null): GraphNode | undefined => {
    const i = id === null ? undefined : assembled?.model.index.get(id);
    return i === undefined ? undefined : assembled?.model.nodes[i];
  };

  const showDetails = (s: AppState) => {
    const id = s.selected;
    scene.reveal(id);
    void details.show(
      id,
      {
        t: tr(s),
        lang: s.lang,
        node: nodeById(id),
        expanded: id !== null && s.expanded.some((e) => e.id === id),
        hasMore: id !== null && (assembled?.hasMore.has(id) ?? false),
        offline: s.bench !== null,
      },
      {
        expand: (nodeId) => changeExpansions(expand(store.get().expanded, nodeId)),
        more: (nodeId) => changeExpansions(nextPage(store.get().expanded, nodeId)),
        collapse: (nodeId) => changeExpansions(collapse(store.get().expanded, nodeId)),
        pathFrom: (nodeId) => store.set({ pathFrom: nodeId }),
        pathTo: (nodeId) => store.set({ pathTo: nodeId }),
        select: (nodeId) => store.set({ selected: nodeId }),
      },
    );
  };

  const drawToolbar = (s: AppState) => {
    const all = assembled?.model.nodes ?? [];
    renderInsights(
      insights,
      { t: tr(s), lang: s.lang, analysis: extras.analysis, model: visible, open: insightsOpen },
      (id) => store.set({ selected: id }),
      (open) => {
        insightsOpen = open;
      },
    );
    renderToolbar(
      toolbar,
      {
        t: tr(s),
        types: typeCounts(all),
        hidden: new Set(s.hidden),
        canUndo: undo.items.length > 0,
        hasPath: (assembled?.pathNodes?.size ?? 0) > 0,
        pathOnly: s.pathOnly,
        pathMissing: s.pathFrom !== null && s.pathTo !== null && !assembled?.pathNodes,
        nodes: visible.nodes.length,
        links: visible.links.length,
        truncated: assembled?.truncated ?? false,
        renderer: scene.rendererKind(),
        layout: s.layout,
        radialWithoutFocus: effectiveLayout(s) === "radial" && !(s.selected && visible.index.has(s.selected)),
        allTypes: s.allTypes,
        colorBy: s.colorBy,
        sizeBy: s.sizeBy,
        communities: (extras.analysis?.communities ?? []).slice(0, 8).map((c) => ({
          color: c.color,
          label: `${tr(s)("graph.community")} ${c.id + 1} (${c.members.length})`,
        })),
      },
      {
        toggleType(type) {
          const hidden = new Set(store.get().hidden);
          if (hidden.has(type)) hidden.delete(type);
          else hidden.add(type);
          store.set({ hidden: [...hidden] });
        },
        undo() {
          const popped = popUndo(undo);
          if (!popped.value) return;
          undo = popped.stack;
          store.set({ expanded: popped.value });
        },
        pathOnly: (on) => store.set({ pathOnly: on }),
        clearPath: () => store.set({ pathFrom: null, pathTo: null, pathOnly: false }),
        fit: () => scene.zoomTo(null),
        layout: (layout) => store.set({ layout, zoom: null }),
        allTypes: (allTypes) => store.set({ allTypes, zoom: null }),
        colorBy: (colorBy) => store.set({ colorBy }),
        sizeBy: (sizeBy) => store.set({ sizeBy }),
      },
    );
  };

  /** Hidden types and path-only change what is laid out, not what was fetched. */
  const relayout = (s: AppState, fit = false, restart = false) => {
    if (!assembled) return;
    visible = visibleModel(assembled, s);
    extras = visibleExtras(visible, s);
    // Label candidates: up to 200 heaviest nodes (SVG), the 40 hubs on canvas; the placement keeps what fits.
    labelled = topByDegree(visible, visible.nodes.length > 1500 ? 40 : Math.min(200, visible.nodes.length));
    scene.setGraph(visible, display(s), {
      seed: s.seed,
      zoom: s.zoom,
      renderer: s.renderer,
      fit,
      restart,
      targets: targetsFor(visible, s),
      name: chartName(tr(s), s, visible),
    });
    if (s.lang === "en" && needsTransliteration(visible.nodes))
      void loadTransliteration().then(() => scene.setDisplay(display(store.get())));
    drawToolbar(s);
    showDetails(s);
    if (s.table) renderTableMirror(s);
  };

  const renderTableMirror = (s: AppState) => {
    body.hidden = s.table;
    tableHost.hidden = !s.table;
    if (s.table)
      tableHost.replaceChildren(
        renderTable(graphTable(visible, tr(s), s.lang), tr(s), (row) => {
          const id = row[row.length - 1];
          if (typeof id === "string") store.set({ selected: id, table: false });
        }),
      );
  };

  const load = async (s: AppState) => {
    if (!assembled) stage.append(statusBox(tr(s)("loading")));
    try {
      const answer = await latest(() => data.load(s));
      if (!answer) return;
      stage.querySelector(".status")?.remove();
      assembled = answer.value.graph;
      notice.replaceChildren(
        ...answer.value.errors.map((error) => errorBox(error, tr(s), () => void load(store.get()))),
      );
      relayout(store.get());
      ensureSelectedVisible(store.get());
    } catch (error) {
      stage.querySelector(".status")?.remove();
      notice.replaceChildren(errorBox(error, tr(s), () => void load(store.get())));
    }
  };

  /** A node picked from search that is not on screen yet is brought in by expanding it. */
  const ensureSelectedVisible = (s: AppState) => {
    if (!s.selected || s.bench || !assembled || assembled.model.index.has(s.selected)) return;
    if (s.expanded.some((e) => e.id === s.selected)) return;
    store.set({ expanded: expand(s.expanded, s.selected) }, "replace");
  };

  void load(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, dataKeys)) void load(s);
    else if (changed(s, prev, structureKeys))
      relayout(s, changed(s, prev, ["pathOnly"]), changed(s, prev, ["layout", "allTypes"]));
    else if (s.layout === "radial" && changed(s, prev, ["selected"])) relayout(s, false, true);
    else if (
      changed(s, prev, ["selected"]) &&
      s.selected &&
      !visible.index.has(s.selected) &&
      assembled?.model.index.has(s.selected)
    ) {
      // A node outside the first view's scope (a department picked in search) is shown when selected.
      relayout(s);
    } else if (changed(s, prev, styleKeys)) {
      if (changed(s, prev, ["colorBy", "sizeBy", "lang"])) extras = visibleExtras(visible, s);
      if (s.lang === "en" && needsTransliteration(visible.nodes))
        void loadTransliteration().then(() => scene.setDisplay(display(store.get())));
      scene.setDisplay(display(s));
      drawToolbar(s);
      showDetails(s);
      ensureSelectedVisible(s);
    }
    if (changed(s, prev, ["table"]) || (s.table && changed(s, prev, ["lang", "hidden"]))) renderTableMirror(s);
    const z = s.zoom;
    const current = scene.currentZoom();
    if (
      z &&
      changed(s, prev, ["zoom"]) &&
      Math.abs(z.k - current.k) + Math.abs(z.x - current.x) + Math.abs(z.y - current.y) > 0.5
    ) {
      scene.zoomTo(z);
    }
  });

  const bench = store.get().bench ? createBenchHook(scene, ready, settled) : null;
  if (bench) (window as unknown as { __bench?: unknown }).__bench = bench;

  return {
    svg: () => (visible.nodes.length ? scene.snapshotSvg() : null),
    table: () => graphTable(visible, tr(store.get()), store.get().lang),
    graphml: () => toGraphml(visible.nodes, visible.links),
    linksTable: () => linkTable(visible, tr(store.get())),
    destroy() {
      unsubscribe();
      scene.destroy();
      if (bench) delete (window as unknown as { __bench?: unknown }).__bench;
    },
  };
};
