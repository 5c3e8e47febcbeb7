import neo4j from "neo4j-driver";
import type { Subgraph } from "../../../contract/common.ts";
import { graph } from "../../../contract/graph.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { caseFilterService } from "../filters/router.ts";
import * as q from "./queries.ts";

const empty: Subgraph = { nodes: [], links: [], truncated: false };

export function graphRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  const caseFilter = caseFilterService({ reader, cache });
  api.add(graph, ({ query }) =>
    cache.respond(`graph:${JSON.stringify(query)}`, async (): Promise<Subgraph> => {
      const caseIds = [...(await caseFilter.matching(query))];
      if (caseIds.length === 0) return empty;
      const [found] = await reader.read<Subgraph>(q.caseSubgraph, {
        caseIds,
        types: query.types,
        limit: neo4j.int(query.limit),
      });
      return found ?? empty;
    }),
  );
}
