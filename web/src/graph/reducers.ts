import type { Lang } from "../state/state.ts";
import { colorOf, radiusOf, type StrokeStyle, strokeOf } from "./colors.ts";
import { nodeLabel } from "./gloss.ts";
import { type GraphModel, neighbourhood } from "./model.ts";

/**
 * Display reducers: what each node and link looks like for the current interaction state. Renderers only read
 * this; the model itself is never touched, so hover and selection cost one pass over the arrays.
 */

export type Emphasis = 0 | 1 | 2;

/** Label priority bonus of measures over other types (weights stay far below it). */
const MEASURE_FIRST = 1e4;

/** Above this many nodes discs are drawn smaller. */
const CROWDED = 1500;

export interface DisplayNode {
  id: string;
  type: string;
  label: string;
  color: string;
  stroke: StrokeStyle;
  radius: number;
  dim: boolean;
  /** 0 normal, 1 in the focus neighbourhood or on the path, 2 the focused or selected node itself. */
  emphasis: Emphasis;
  /** A label candidate: the placement shows it where it fits (see labels.ts). */
  showLabel: boolean;
  /** Placement order: focused first, then its neighbourhood, then by weight (recurrence or degree). */
  priority: number;
  /** The English label was generated (transliterated or glossed), not taken from the data. */
  generated: boolean;
}

export interface DisplayLink {
  s: number;
  t: number;
  dim: boolean;
  emphasis: boolean;
}

/** A named group of nodes (a taxonomy category's measures) whose name is drawn over its members. */
export interface DisplayGroup {
  label: string;
  members: readonly number[];
}

export interface Display {
  nodes: DisplayNode[];
  links: DisplayLink[];
  groups?: readonly DisplayGroup[];
}

export interface InteractionState {
  hovered: string | null;
  selected: string | null;
  pathNodes: ReadonlySet<string> | null;
  pathLinks: ReadonlySet<string> | null;
  lang: Lang;
  /** How many of the highest-degree nodes keep a label when nothing is focused. */
  labelBudget: number;
  /** Size and label priority per node id (recurrence for measures); degree when absent. */
  weights?: ReadonlyMap<string, number>;
  groups?: readonly DisplayGroup[];
  /** Colour per node id, replacing the type colour (communities). */
  colors?: ReadonlyMap<string, string>;
}

/** Ids of the `budget` highest-degree nodes (ties broken by id so the choice is stable). */
export function topByDegree(model: GraphModel, budget: number): Set<string> {
  if (budget <= 0) return new Set();
  const sorted = [...model.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return new Set(sorted.slice(0, budget).map((n) => n.id));
}

export function reduceDisplay(model: GraphModel, ui: InteractionState, labelled?: ReadonlySet<string>): Display {
  const focus = ui.hovered ?? ui.selected;
  const near = focus && model.index.has(focus) ? neighbourhood(model, focus) : null;
  const onPath = ui.pathNodes && ui.pathNodes.size > 0 ? ui.pathNodes : null;
  const top = labelled ?? topByDegree(model, ui.labelBudget);
  const crowded = model.nodes.length > CROWDED;
  const nodes = model.nodes.map((node): DisplayNode => {
    const focused = node.id === focus || node.id === ui.selected;
    const inFocus = near ? near.has(node.id) : false;
    const inPath = onPath ? onPath.has(node.id) : false;
    const emphasis: Emphasis = focused ? 2 : inFocus || inPath ? 1 : 0;
    const dim = near ? !inFocus && !inPath : onPath ? !inPath : false;
    const weight = ui.weights?.get(node.id) ?? node.degree;
    const label = nodeLabel(node, ui.lang);
    return {
      id: node.id,
      type: node.type,
      label: label.text,
      generated: label.generated,
      color: ui.colors?.get(node.id) ?? colorOf(node.type),
      stroke: strokeOf(node.type),
      radius: radiusOf(weight, crowded),
      dim,
      emphasis,
      showLabel: emphasis > 0 || (!dim && top.has(node.id)),
      // Measures before other nodes of any weight: which measures recur is the question the picture answers.
      priority: emphasis * 1e6 + (node.type === "Measure" ? MEASURE_FIRST : 0) + weight,
    };
  });
  const links = model.links.map((link): DisplayLink => {
    const s = model.index.get(link.source) ?? 0;
    const t = model.index.get(link.target) ?? 0;
    const touchesFocus = focus !== null && (link.source === focus || link.target === focus);
    const inPath = ui.pathLinks ? ui.pathLinks.has(link.id) : false;
    const emphasis = touchesFocus || inPath;
    return { s, t, emphasis, dim: (near !== null || onPath !== null) && !emphasis };
  });
  return { nodes, links, groups: ui.groups ?? [] };
}
