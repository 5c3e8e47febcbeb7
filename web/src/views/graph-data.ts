import type { Api } from "../api/client.ts";
import type { PathResult, Subgraph } from "../api/types.ts";
import { type AssembledGraph, assemble, PAGE_SIZE, pageKey, pageOffset } from "../data/graph-parts.ts";
import { filterQuery } from "../filters/state.ts";
import { generateGraph } from "../graph/bench-data.ts";
import type { AppState } from "../state/state.ts";

/**
 * Fetches and caches the graph's parts. Each part is fetched once per key; failed expansion pages are reported
 * and left out instead of failing the whole graph.
 */
export function createGraphData(api: Api) {
  const bases = new Map<string, Promise<Subgraph>>();
  const pageRequests = new Map<string, Promise<Subgraph>>();
  const pages = new Map<string, Subgraph>();
  const paths = new Map<string, Promise<PathResult>>();

  const base = (s: AppState): Promise<Subgraph> => {
    const key = s.bench ? `bench:${s.bench.nodes}:${s.bench.links}:${s.seed}` : JSON.stringify(filterQuery(s));
    let request = bases.get(key);
    if (!request) {
      const bench = s.bench;
      request = bench ? Promise.resolve(generateGraph(bench.nodes, bench.links, s.seed)) : api.graph(filterQuery(s));
      request.catch(() => bases.delete(key));
      bases.set(key, request);
    }
    return request;
  };

  const page = (id: string, n: number): Promise<Subgraph> => {
    const key = pageKey(id, n);
    let request = pageRequests.get(key);
    if (!request) {
      request = api.neighbors(id, { depth: 1, limit: PAGE_SIZE, offset: pageOffset(n) });
      request.then((sub) => pages.set(key, sub)).catch(() => pageRequests.delete(key));
      pageRequests.set(key, request);
    }
    return request;
  };

  const path = (from: string, to: string): Promise<PathResult> => {
    const key = `${from}→${to}`;
    let request = paths.get(key);
    if (!request) {
      request = api.path(from, to);
      request.catch(() => paths.delete(key));
      paths.set(key, request);
    }
    return request;
  };

  return {
    async load(s: AppState): Promise<{ graph: AssembledGraph; errors: unknown[] }> {
      const errors: unknown[] = [];
      const baseGraph = await base(s);
      const wanted = s.bench
        ? []
        : s.expanded.flatMap((e) => Array.from({ length: e.pages }, (_, i) => page(e.id, i + 1)));
      const pathRequest = !s.bench && s.pathFrom && s.pathTo ? path(s.pathFrom, s.pathTo) : null;
      const settled = await Promise.allSettled([...wanted, pathRequest ?? Promise.resolve(null)]);
      for (const result of settled) if (result.status === "rejected") errors.push(result.reason);
      const last = settled.at(-1);
      const pathResult = last?.status === "fulfilled" ? (last.value as PathResult | null) : null;
      return { graph: assemble(baseGraph, s.bench ? [] : s.expanded, pages, pathResult), errors };
    },
  };
}
