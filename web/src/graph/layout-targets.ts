import { measureCategories, projectStages } from "../../../graph-schema/categories.ts";
import { measureById } from "../../../graph-schema/taxonomy.ts";
import type { Lang, LayoutName } from "../state/state.ts";
import type { GraphModel } from "./model.ts";
import type { DisplayGroup } from "./reducers.ts";

/**
 * The layouts besides plain force: each is the same seeded d3-force run with per-node targets pulling nodes to a
 * place (a category's anchor, a stage's column, a ring around the selected node). Targets are pure functions of
 * the visible graph, so a layout is stable for a given graph and seed, and switching keeps every node's identity.
 */

export interface LayoutTargets {
  /** Target x, y per node (NaN: none) and the pull toward each, 0 to 1. */
  x: Float32Array;
  y: Float32Array;
  sx: Float32Array;
  sy: Float32Array;
}

function emptyTargets(n: number): LayoutTargets {
  return {
    x: new Float32Array(n).fill(Number.NaN),
    y: new Float32Array(n).fill(Number.NaN),
    sx: new Float32Array(n),
    sy: new Float32Array(n),
  };
}

const categoryIndex = new Map<string, number>(measureCategories.map((c, i) => [c.id, i]));
const stageIndex = new Map<string, number>(projectStages.map((s, i) => [s.id, i]));

const categoryOf = (id: string): number | undefined => {
  const m = measureById.get(id);
  return m ? categoryIndex.get(m.category) : undefined;
};

const stageOfCategory = (c: number): number => stageIndex.get(measureCategories[c]?.stage ?? "") ?? 0;

/** Neighbour lists by index, built once per call. */
function adjacency(model: GraphModel): number[][] {
  const out: number[][] = model.nodes.map(() => []);
  for (const link of model.links) {
    const s = model.index.get(link.source);
    const t = model.index.get(link.target);
    if (s === undefined || t === undefined || s === t) continue;
    out[s]?.push(t);
    out[t]?.push(s);
  }
  return out;
}

/** Category anchors on a circle, in taxonomy order (which follows a project's life), measures pulled to theirs. */
function categoryTargets(model: GraphModel): LayoutTargets {
  const t = emptyTargets(model.nodes.length);
  const radius = 120 + 40 * Math.sqrt(model.nodes.length);
  const count = measureCategories.length;
  model.nodes.forEach((node, i) => {
    const c = node.type === "Measure" ? categoryOf(node.id) : undefined;
    if (c === undefined) return;
    const angle = (c / count) * Math.PI * 2 - Math.PI / 2;
    t.x[i] = Math.cos(angle) * radius;
    t.y[i] = Math.sin(angle) * radius;
    t.sx[i] = 0.6;
    t.sy[i] = 0.6;
  });
  return t;
}

/** Stage columns left to right; measures held in their column, other nodes at the mean column of their measures. */
function stageTargets(model: GraphModel): LayoutTargets {
  const t = emptyTargets(model.nodes.length);
  const spacing = 220 + 8 * Math.sqrt(model.nodes.length);
  const columnX = (s: number) => (s - (projectStages.length - 1) / 2) * spacing;
  const stageOf = new Map<number, number>();
  model.nodes.forEach((node, i) => {
    const c = node.type === "Measure" ? categoryOf(node.id) : undefined;
    if (c === undefined) return;
    const s = stageOfCategory(c);
    stageOf.set(i, s);
    t.x[i] = columnX(s);
    t.sx[i] = 1;
    // Within a column, categories sit in taxonomy order from top to bottom.
    t.y[i] = (c - measureCategories.length / 2) * 26;
    t.sy[i] = 0.06;
  });
  adjacency(model).forEach((near, i) => {
    if (stageOf.has(i)) return;
    const columns = near.map((j) => stageOf.get(j)).filter((s): s is number => s !== undefined);
    if (columns.length === 0) return;
    t.x[i] = columnX(columns.reduce((a, b) => a + b, 0) / columns.length);
    t.sx[i] = 0.3;
  });
  return t;
}

/** Rings by hop distance from the focus; each node's sector is split among the nodes it reaches first. */
function radialTargets(model: GraphModel, focus: number): LayoutTargets {
  const t = emptyTargets(model.nodes.length);
  const near = adjacency(model);
  const depth = new Int32Array(model.nodes.length).fill(-1);
  const sector = new Float64Array(model.nodes.length * 2);
  depth[focus] = 0;
  sector[focus * 2] = 0;
  sector[focus * 2 + 1] = Math.PI * 2;
  let frontier = [focus];
  let maxDepth = 0;
  while (frontier.length) {
    const next: number[] = [];
    for (const p of frontier) {
      const children = (near[p] ?? []).filter((c) => depth[c] === -1).sort((a, b) => a - b);
      const start = sector[p * 2] ?? 0;
      const span = ((sector[p * 2 + 1] ?? 0) - start) / Math.max(1, children.length);
      children.forEach((c, k) => {
        depth[c] = (depth[p] ?? 0) + 1;
        maxDepth = Math.max(maxDepth, depth[c] ?? 0);
        sector[c * 2] = start + k * span;
        sector[c * 2 + 1] = start + (k + 1) * span;
        next.push(c);
      });
    }
    frontier = next;
  }
  const ring = 110;
  const unreached = model.nodes.map((_, i) => i).filter((i) => depth[i] === -1);
  model.nodes.forEach((_, i) => {
    const d = depth[i] ?? -1;
    const angle =
      d >= 0
        ? ((sector[i * 2] ?? 0) + (sector[i * 2 + 1] ?? 0)) / 2
        : (unreached.indexOf(i) / Math.max(1, unreached.length)) * Math.PI * 2;
    const r = (d >= 0 ? d : maxDepth + 1) * ring;
    t.x[i] = Math.cos(angle) * r;
    t.y[i] = Math.sin(angle) * r;
    t.sx[i] = d === 0 ? 1 : 0.35;
    t.sy[i] = t.sx[i] ?? 0;
  });
  return t;
}

/** Targets for a layout, or null for plain force (and for radial with nothing selected on screen). */
export function layoutTargets(name: LayoutName, model: GraphModel, selected: string | null): LayoutTargets | null {
  if (name === "category") return categoryTargets(model);
  if (name === "stage") return stageTargets(model);
  if (name === "radial") {
    const focus = selected === null ? undefined : model.index.get(selected);
    return focus === undefined ? null : radialTargets(model, focus);
  }
  return null;
}

/** Names drawn over the layout's clusters: categories, or stages for the stage layout. */
export function layoutGroups(name: LayoutName, model: GraphModel, lang: Lang): DisplayGroup[] {
  if (name !== "category" && name !== "stage") return [];
  const byCategory = measureCategories.map((): number[] => []);
  model.nodes.forEach((node, i) => {
    const c = node.type === "Measure" ? categoryOf(node.id) : undefined;
    if (c !== undefined) byCategory[c]?.push(i);
  });
  if (name === "category")
    return measureCategories
      .map((c, i) => ({ label: lang === "en" ? c.nameEn : c.name, members: byCategory[i] ?? [] }))
      .filter((g) => g.members.length > 0);
  return projectStages
    .map((s, si) => ({
      label: lang === "en" ? s.nameEn : s.name,
      members: byCategory.flatMap((members, c) => (stageOfCategory(c) === si ? members : [])),
    }))
    .filter((g) => g.members.length > 0);
}
