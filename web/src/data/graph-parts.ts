import type { PathResult, Subgraph } from "../api/types.ts";
import { type GraphModel, mergeSubgraphs } from "../graph/model.ts";
import type { Expansion } from "../state/state.ts";

/** Neighbours fetched per page when a node is expanded; a dense node grows one page at a time. */
export const PAGE_SIZE = 150;

export const pageKey = (id: string, page: number): string => `${id}#${page}`;

/** The offset of a 1-based page. */
export const pageOffset = (page: number): number => (page - 1) * PAGE_SIZE;

export interface AssembledGraph {
  model: GraphModel;
  /** Nodes brought in by expansions or the path: shown whatever the type scope. */
  brought: Set<string>;
  /** Expanded nodes whose last fetched page said there is more. */
  hasMore: Set<string>;
  pathNodes: Set<string> | null;
  pathLinks: Set<string> | null;
  truncated: boolean;
}

/**
 * Builds the graph on screen from its parts: base, then each expansion's pages in the order they were expanded,
 * then the first path found. Pages not fetched (yet, or failed) are simply absent.
 */
export function assemble(
  base: Subgraph,
  expansions: readonly Expansion[],
  pages: ReadonlyMap<string, Subgraph>,
  path: PathResult | null,
): AssembledGraph {
  const parts: Subgraph[] = [base];
  const hasMore = new Set<string>();
  const brought = new Set<string>();
  for (const expansion of expansions) {
    for (let page = 1; page <= expansion.pages; page++) {
      const sub = pages.get(pageKey(expansion.id, page));
      if (!sub) continue;
      parts.push(sub);
      for (const node of sub.nodes) brought.add(node.id);
      if (page === expansion.pages && sub.truncated) hasMore.add(expansion.id);
    }
  }
  const first = path?.paths[0];
  if (first) parts.push({ nodes: first.nodes, links: first.links, truncated: false });
  for (const node of first?.nodes ?? []) brought.add(node.id);
  return {
    model: mergeSubgraphs(parts),
    hasMore,
    brought,
    pathNodes: first ? new Set(first.nodes.map((n) => n.id)) : null,
    pathLinks: first ? new Set(first.links.map((l) => l.id)) : null,
    truncated: base.truncated,
  };
}
