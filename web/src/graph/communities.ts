import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweenness from "graphology-metrics/centrality/betweenness";
import { lcg } from "./layout-config.ts";
import type { GraphModel } from "./model.ts";

/**
 * Communities (Louvain) and centrality (degree, Brandes betweenness) of the graph on screen, computed in the
 * browser with graphology: the visible graph is at most a few thousand nodes, the answer must follow every filter
 * and expansion at once, and a Neo4j GDS round trip is not available on Community edition.
 */

/** Tol's "bright" and "vibrant" members dark enough for 3:1 on white (colors.test.ts checks them too). */
export const communityColors = ["#0077BB", "#CC3311", "#117733", "#AA3377", "#997700", "#332288", "#009988", "#882255"];
/** Communities past the palette share one grey: with a handful of big ones the rest are small. */
export const otherCommunityColor = "#666666";

export interface Community {
  id: number;
  color: string;
  /** Node ids, most central first. */
  members: string[];
}

export interface GraphAnalysis {
  communityOf: Map<string, number>;
  communities: Community[];
  degree: Map<string, number>;
  betweenness: Map<string, number>;
}

/** Above this many nodes betweenness (O(n·m)) is skipped: it would stall the page. */
export const BETWEENNESS_LIMIT = 3000;

export function analyseGraph(model: GraphModel, seed: number): GraphAnalysis {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of model.nodes) graph.addNode(node.id);
  for (const link of model.links)
    if (link.source !== link.target && !graph.hasEdge(link.source, link.target))
      graph.addEdge(link.source, link.target);
  const degree = new Map(model.nodes.map((n) => [n.id, graph.degree(n.id)]));
  const between: Record<string, number> =
    model.nodes.length <= BETWEENNESS_LIMIT && graph.size > 0 ? betweenness(graph, { normalized: true }) : {};
  const betweennessMap = new Map(model.nodes.map((n) => [n.id, between[n.id] ?? 0]));
  const raw: Record<string, number> = graph.size > 0 ? louvain(graph, { rng: lcg(seed) }) : {};
  // Renumber by size so community 0 is the largest and colours do not depend on Louvain's internal numbering.
  const groups = new Map<number, string[]>();
  for (const node of model.nodes) {
    const c = raw[node.id] ?? -1;
    const list = groups.get(c) ?? [];
    list.push(node.id);
    groups.set(c, list);
  }
  const central = (a: string, b: string) =>
    (betweennessMap.get(b) ?? 0) - (betweennessMap.get(a) ?? 0) ||
    (degree.get(b) ?? 0) - (degree.get(a) ?? 0) ||
    (a < b ? -1 : 1);
  const ordered = [...groups.values()]
    .map((members) => members.sort(central))
    .sort((a, b) => b.length - a.length || ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
  const communityOf = new Map<string, number>();
  const communities = ordered.map((members, id): Community => {
    for (const m of members) communityOf.set(m, id);
    return { id, color: communityColors[id] ?? otherCommunityColor, members };
  });
  return { communityOf, communities, degree, betweenness: betweennessMap };
}

/** The `n` most central node ids by betweenness (degree breaks ties). */
export function topCentral(analysis: GraphAnalysis, n: number): string[] {
  return [...analysis.betweenness.keys()]
    .sort(
      (a, b) =>
        (analysis.betweenness.get(b) ?? 0) - (analysis.betweenness.get(a) ?? 0) ||
        (analysis.degree.get(b) ?? 0) - (analysis.degree.get(a) ?? 0) ||
        (a < b ? -1 : 1),
    )
    .slice(0, n);
}
