import type { AssembledGraph } from "../data/graph-parts.ts";
import { analyseGraph, type GraphAnalysis } from "../graph/communities.ts";
import { type LayoutTargets, layoutGroups, layoutTargets } from "../graph/layout-targets.ts";
import { filterModel, type GraphModel, recurrenceWeights } from "../graph/model.ts";
import type { DisplayGroup } from "../graph/reducers.ts";
import type { Translate } from "../i18n.ts";
import type { AppState, LayoutName } from "../state/state.ts";

/** The first view's types: the mission's question is which measures recur and link which cases. */
export const overviewTypes: ReadonlySet<string> = new Set(["Case", "Measure"]);

/** Bench graphs are generated, not cases × measures: they always show everything under plain force. */
export const effectiveLayout = (s: AppState): LayoutName => (s.bench ? "force" : s.layout);

/** What is laid out: hidden types removed, the first view's type scope, or the path alone. */
export function visibleModel(assembled: AssembledGraph, s: AppState): GraphModel {
  const pinned = new Set(assembled.brought);
  if (s.selected) pinned.add(s.selected);
  return filterModel(assembled.model, {
    hiddenTypes: new Set(s.hidden),
    onlyTypes: s.allTypes || s.bench ? null : overviewTypes,
    pinned,
    onlyNodes: s.pathOnly ? assembled.pathNodes : null,
    onlyLinks: s.pathOnly ? assembled.pathLinks : null,
  });
}

/** Everything the display needs beyond interaction: sizes, colours, group headings. */
export interface VisibleExtras {
  analysis: GraphAnalysis | null;
  weights: Map<string, number>;
  colors: Map<string, string> | undefined;
  groups: DisplayGroup[];
}

/** Analysis is skipped for bench graphs and very large ones, where it would cost the first frame. */
const ANALYSIS_LIMIT = 5000;

export function visibleExtras(visible: GraphModel, s: AppState): VisibleExtras {
  const analysis = !s.bench && visible.nodes.length <= ANALYSIS_LIMIT ? analyseGraph(visible, s.seed) : null;
  const recurrence = recurrenceWeights(visible);
  // Betweenness is a share of shortest paths (0–1): scaled so the most central node is as big as a big hub.
  const maxBetween = Math.max(1e-9, ...(analysis ? analysis.betweenness.values() : [0]));
  const weights =
    s.sizeBy === "degree" && analysis
      ? analysis.degree
      : s.sizeBy === "betweenness" && analysis
        ? new Map([...analysis.betweenness].map(([id, b]) => [id, (b / maxBetween) * 60]))
        : recurrence;
  const colors =
    s.colorBy === "community" && analysis
      ? new Map([...analysis.communityOf].map(([id, c]) => [id, analysis.communities[c]?.color ?? "#666666"]))
      : undefined;
  return { analysis, weights, colors, groups: layoutGroups(effectiveLayout(s), visible, s.lang) };
}

export function targetsFor(visible: GraphModel, s: AppState): LayoutTargets | null {
  return layoutTargets(effectiveLayout(s), visible, s.selected);
}

/** The chart's accessible name: what it shows and how much of it. */
export function chartName(t: Translate, s: AppState, visible: GraphModel): string {
  const scope = s.allTypes ? "" : ` · ${t("graph.overview")}`;
  return `${t("graph.chart")} (${t(`graph.layout.${effectiveLayout(s)}`)})${scope} · ${visible.nodes.length} ${t("nodes")}, ${visible.links.length} ${t("links")}`;
}
