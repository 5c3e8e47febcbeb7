import {
  type AppState,
  type ColorMode,
  colorModes,
  defaultState,
  type Expansion,
  type LayoutName,
  layoutNames,
  type MatrixOrder,
  type Reliability,
  type RendererChoice,
  type SizeMode,
  sizeModes,
  type TaskForceGrouping,
  type ViewName,
  viewNames,
  type Zoom,
} from "./state.ts";

/**
 * URL format (query string; values at their default are left out so links stay short):
 *   v=graph|recurrence|cooccurrence|taskforces|compare|import  lang=en  table=1  present=1
 *   graph:       hide=Company,Park  all=1  layout=category|force|stage|radial  color=type|community
 *                size=recurrence|degree|betweenness  sel=<id>  exp=<id>*<pages>,<id>  z=<k>,<x>,<y>
 *                from=<id>  to=<id>  only=1  cases=<id>,<id>  synth=1  r=svg|canvas  seed=<n>
 *   filters:     cat=<categoryId>  region=<regionId>  y0=<year>  y1=<year>  uy=1  rel=gov|mirror|low  cases=<id>,…
 *   recurrence:  m=<measureId>
 *   cooccurrence: min=<n>  order=cluster|count|name  pair=<idA>,<idB>
 *   taskforces:  group=kind|dept  tf=<taskForceId>  dept=<departmentId>
 *   compare:     a=<caseId>  b=<caseId>
 *   similar:     case=<caseId>
 *   profile:     pm=<measureId>  sup=<n>      cooccurrence also: focus=<measureId>
 *   import:      nothing beyond v=import: the pasted text and the review stay in the page
 *   bench:       bench=1  nodes=<n>  links=<n>
 */

const list = (raw: string | null): string[] => (raw ? raw.split(",").filter(Boolean) : []);

function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(raw as T) ? (raw as T) : fallback;
}

function int(raw: string | null, fallback: number | null, min = -Infinity, max = Infinity): number | null {
  if (raw === null || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function decodeExpansions(raw: string | null): Expansion[] {
  return list(raw).map((item) => {
    const star = item.lastIndexOf("*");
    if (star < 0) return { id: item, pages: 1 };
    const pages = int(item.slice(star + 1), 1, 1, 1000) ?? 1;
    return { id: item.slice(0, star), pages };
  });
}

function decodeZoom(raw: string | null): Zoom | null {
  const parts = list(raw).map(Number);
  const [k, x, y] = parts;
  if (parts.length !== 3 || k === undefined || x === undefined || y === undefined) return null;
  if (!parts.every(Number.isFinite) || k <= 0) return null;
  return { k, x, y };
}

function decodePair(raw: string | null): [string, string] | null {
  const [a, b] = list(raw);
  return a && b ? [a, b] : null;
}

export function decodeState(search: string): AppState {
  const p = new URLSearchParams(search);
  const d = defaultState;
  const bench = p.get("bench") === "1";
  return {
    view: oneOf<ViewName>(p.get("v"), viewNames, d.view),
    lang: p.get("lang") === "en" ? "en" : "zh",
    table: p.get("table") === "1",
    present: p.get("present") === "1",
    hidden: list(p.get("hide")),
    allTypes: p.get("all") === "1",
    layout: oneOf<LayoutName>(p.get("layout"), layoutNames, d.layout),
    colorBy: oneOf<ColorMode>(p.get("color"), colorModes, d.colorBy),
    sizeBy: oneOf<SizeMode>(p.get("size"), sizeModes, d.sizeBy),
    selected: p.get("sel") || null,
    expanded: decodeExpansions(p.get("exp")),
    zoom: decodeZoom(p.get("z")),
    pathFrom: p.get("from") || null,
    pathTo: p.get("to") || null,
    pathOnly: p.get("only") === "1",
    cases: list(p.get("cases")),
    synthetic: p.get("synth") === "1",
    category: p.get("cat") || null,
    region: p.get("region") || null,
    yearFrom: int(p.get("y0"), null, 1900, 2200),
    yearTo: int(p.get("y1"), null, 1900, 2200),
    unknownYears: p.get("uy") === "1",
    reliability: oneOf<Reliability | "">(p.get("rel"), ["gov", "mirror", "low"], "") || null,
    measure: p.get("m") || null,
    minCount: int(p.get("min"), d.minCount, 1, 10_000) ?? d.minCount,
    order: oneOf<MatrixOrder>(p.get("order"), ["cluster", "count", "name"], d.order),
    pair: decodePair(p.get("pair")),
    grouping: oneOf<TaskForceGrouping>(p.get("group"), ["kind", "dept"], d.grouping),
    taskForce: p.get("tf") || null,
    department: p.get("dept") || null,
    caseA: p.get("a") || null,
    caseB: p.get("b") || null,
    similarTo: p.get("case") || null,
    profile: p.get("pm") || null,
    minSupport: int(p.get("sup"), d.minSupport, 1, 10_000) ?? d.minSupport,
    focus: p.get("focus") || null,
    bench: bench
      ? { nodes: int(p.get("nodes"), 1000, 1, 200_000) ?? 1000, links: int(p.get("links"), 2000, 0, 1_000_000) ?? 2000 }
      : null,
    renderer: oneOf<RendererChoice>(p.get("r"), ["auto", "svg", "canvas"], d.renderer),
    seed: int(p.get("seed"), d.seed, 0, 2 ** 31) ?? d.seed,
  };
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

export function encodeState(s: AppState): string {
  const d = defaultState;
  const p = new URLSearchParams();
  const put = (key: string, value: string | null | undefined, fallback: string | null = null) => {
    if (value !== null && value !== undefined && value !== "" && value !== fallback) p.set(key, value);
  };
  const flag = (key: string, on: boolean) => on && p.set(key, "1");
  put("v", s.view, d.view);
  put("lang", s.lang, d.lang);
  flag("table", s.table);
  flag("present", s.present);
  put("hide", s.hidden.join(","));
  flag("all", s.allTypes);
  put("layout", s.layout, d.layout);
  put("color", s.colorBy, d.colorBy);
  put("size", s.sizeBy, d.sizeBy);
  put("sel", s.selected);
  put("exp", s.expanded.map((e) => (e.pages > 1 ? `${e.id}*${e.pages}` : e.id)).join(","));
  if (s.zoom) put("z", [round(s.zoom.k, 3), round(s.zoom.x, 1), round(s.zoom.y, 1)].join(","));
  put("from", s.pathFrom);
  put("to", s.pathTo);
  flag("only", s.pathOnly);
  put("cases", s.cases.join(","));
  flag("synth", s.synthetic);
  put("cat", s.category);
  put("region", s.region);
  put("y0", s.yearFrom === null ? null : String(s.yearFrom));
  put("y1", s.yearTo === null ? null : String(s.yearTo));
  flag("uy", s.unknownYears);
  put("rel", s.reliability);
  put("m", s.measure);
  put("min", String(s.minCount), String(d.minCount));
  put("order", s.order, d.order);
  put("pair", s.pair ? s.pair.join(",") : null);
  put("group", s.grouping, d.grouping);
  put("tf", s.taskForce);
  put("dept", s.department);
  put("a", s.caseA);
  put("b", s.caseB);
  put("case", s.similarTo);
  put("pm", s.profile);
  put("sup", String(s.minSupport), String(d.minSupport));
  put("focus", s.focus);
  if (s.bench) {
    p.set("bench", "1");
    p.set("nodes", String(s.bench.nodes));
    p.set("links", String(s.bench.links));
  }
  put("r", s.renderer, d.renderer);
  put("seed", String(s.seed), String(d.seed));
  // Commas and colons are legal in a query; unescaping them keeps shared links readable.
  return p.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
}
