import type { GraphLink, GraphNode, Subgraph } from "../api/types.ts";

/** The merged graph on screen: the base subgraph, each expansion's pages and the current path, without repeats. */
export interface GraphModel {
  nodes: GraphNode[];
  links: GraphLink[];
  index: Map<string, number>;
}

/**
 * Merges subgraphs in order; the first occurrence of a node or link wins, links whose ends are missing are dropped.
 * Collapse and undo need no bookkeeping: the view recomputes the merge from the parts that remain.
 */
export function mergeSubgraphs(parts: readonly Subgraph[]): GraphModel {
  const nodes: GraphNode[] = [];
  const index = new Map<string, number>();
  for (const part of parts) {
    for (const node of part.nodes) {
      if (index.has(node.id)) continue;
      index.set(node.id, nodes.length);
      nodes.push(node);
    }
  }
  const seen = new Set<string>();
  const links: GraphLink[] = [];
  for (const part of parts) {
    for (const link of part.links) {
      if (seen.has(link.id) || !index.has(link.source) || !index.has(link.target)) continue;
      seen.add(link.id);
      links.push(link);
    }
  }
  return { nodes, links, index };
}

export interface ModelFilter {
  hiddenTypes: ReadonlySet<string>;
  /** When set, only these types show, except the nodes in `pinned`. */
  onlyTypes?: ReadonlySet<string> | null;
  pinned?: ReadonlySet<string>;
  /** When set, only these nodes (and links among them listed in `onlyLinks`) stay. */
  onlyNodes?: ReadonlySet<string> | null;
  onlyLinks?: ReadonlySet<string> | null;
}

/** The visible part of a model: hidden types removed, or only the path when the path is shown alone. */
export function filterModel(model: GraphModel, filter: ModelFilter): GraphModel {
  const keep = (node: GraphNode) =>
    filter.onlyNodes
      ? filter.onlyNodes.has(node.id)
      : !filter.hiddenTypes.has(node.type) &&
        (!filter.onlyTypes || filter.onlyTypes.has(node.type) || (filter.pinned?.has(node.id) ?? false));
  const nodes = model.nodes.filter(keep);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const links = model.links.filter(
    (l) => index.has(l.source) && index.has(l.target) && (!filter.onlyLinks || filter.onlyLinks.has(l.id)),
  );
  return { nodes, links, index };
}

/** Ids of a node and its direct neighbours. */
export function neighbourhood(model: GraphModel, id: string): Set<string> {
  const ids = new Set<string>([id]);
  for (const link of model.links) {
    if (link.source === id) ids.add(link.target);
    else if (link.target === id) ids.add(link.source);
  }
  return ids;
}

/** Node types present, most frequent first (ties by name), for the type filter and legend. */
export function typeCounts(nodes: readonly GraphNode[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Link endpoints as index pairs, the form the layout and renderers work with. */
export function linkIndexPairs(model: GraphModel): Uint32Array {
  const pairs = new Uint32Array(model.links.length * 2);
  model.links.forEach((link, i) => {
    pairs[i * 2] = model.index.get(link.source) ?? 0;
    pairs[i * 2 + 1] = model.index.get(link.target) ?? 0;
  });
  return pairs;
}

/**
 * Weight per node for size and label priority: a measure's recurrence (how many cases on screen use it), any other
 * node's degree on screen.
 */
export function recurrenceWeights(model: GraphModel): Map<string, number> {
  const cases = new Map<string, Set<string>>();
  const degree = new Map<string, number>();
  const typeOf = (id: string) => model.nodes[model.index.get(id) ?? -1]?.type;
  for (const link of model.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      if (typeOf(a) !== "Measure" || typeOf(b) !== "Case") continue;
      const set = cases.get(a) ?? new Set<string>();
      set.add(b);
      cases.set(a, set);
    }
  }
  return new Map(
    model.nodes.map((n) => [n.id, n.type === "Measure" ? (cases.get(n.id)?.size ?? 0) : (degree.get(n.id) ?? 0)]),
  );
}
