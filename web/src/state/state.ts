/** The whole explorer state. Everything here round-trips through the URL (see url.ts), so a link reproduces it. */

export const viewNames = [
  "graph",
  "recurrence",
  "cooccurrence",
  "taskforces",
  "compare",
  "similar",
  "profile",
  "import",
] as const;
export type ViewName = (typeof viewNames)[number];
export type Lang = "zh" | "en";
export type MatrixOrder = "cluster" | "count" | "name";
export type TaskForceGrouping = "kind" | "dept";
export type RendererChoice = "auto" | "svg" | "canvas";
/** Graph layouts: category-clustered (the first view), plain force, along the project's stages, radial ego view. */
export const layoutNames = ["category", "force", "stage", "radial"] as const;
export type LayoutName = (typeof layoutNames)[number];
export const colorModes = ["type", "community"] as const;
export type ColorMode = (typeof colorModes)[number];
export const sizeModes = ["recurrence", "degree", "betweenness"] as const;
export type SizeMode = (typeof sizeModes)[number];
export type Reliability = "gov" | "mirror" | "low";

/** One expanded node: its neighbours were fetched `pages` pages deep. */
export interface Expansion {
  id: string;
  pages: number;
}

export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export interface AppState {
  view: ViewName;
  lang: Lang;
  /** Show the current view's table mirror instead of its chart. */
  table: boolean;
  present: boolean;
  /** Graph: node types hidden by the type filter. */
  hidden: string[];
  /**
   * Graph: every node type rather than the first view's cases × measures (nodes brought in by an expansion, a path
   * or a selection show either way).
   */
  allTypes: boolean;
  layout: LayoutName;
  colorBy: ColorMode;
  sizeBy: SizeMode;
  selected: string | null;
  expanded: Expansion[];
  zoom: Zoom | null;
  pathFrom: string | null;
  pathTo: string | null;
  pathOnly: boolean;
  /** Graph: restrict the initial subgraph to these cases (empty: all real cases). */
  cases: string[];
  synthetic: boolean;
  /** The filter bar of every view (web/src/filters): measure category, region, years, source reliability. */
  category: string | null;
  region: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** With a year range, also the cases whose year no source states. */
  unknownYears: boolean;
  reliability: Reliability | null;
  /** Recurrence: the selected bar. */
  measure: string | null;
  /** Co-occurrence. */
  minCount: number;
  order: MatrixOrder;
  pair: [string, string] | null;
  /** Task forces. */
  grouping: TaskForceGrouping;
  taskForce: string | null;
  department: string | null;
  /** Compare. */
  caseA: string | null;
  caseB: string | null;
  /** Similar cases: the case asked about. */
  similarTo: string | null;
  /** Measure profile: the measure and the minimum support of its partners. */
  profile: string | null;
  minSupport: number;
  /** Co-occurrence: the one measure whose partners are listed. */
  focus: string | null;
  /** Bench mode: a generated graph of this size instead of the API. */
  bench: { nodes: number; links: number } | null;
  renderer: RendererChoice;
  seed: number;
}

export const defaultState: AppState = Object.freeze({
  view: "graph",
  lang: "zh",
  table: false,
  present: false,
  hidden: [],
  allTypes: false,
  layout: "category",
  colorBy: "type",
  sizeBy: "recurrence",
  selected: null,
  expanded: [],
  zoom: null,
  pathFrom: null,
  pathTo: null,
  pathOnly: false,
  cases: [],
  synthetic: false,
  category: null,
  region: null,
  yearFrom: null,
  yearTo: null,
  unknownYears: false,
  reliability: null,
  measure: null,
  // 2: one case alone (Dinghai has 44 measures) would otherwise fill the matrix with count-1 cells.
  minCount: 2,
  order: "cluster",
  pair: null,
  grouping: "kind",
  taskForce: null,
  department: null,
  caseA: null,
  caseB: null,
  similarTo: null,
  profile: null,
  minSupport: 2,
  focus: null,
  bench: null,
  renderer: "auto",
  seed: 1,
}) as AppState;
