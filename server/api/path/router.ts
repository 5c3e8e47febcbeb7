import neo4j from "neo4j-driver";
import { type GraphPath, path } from "../../../contract/path.ts";
import { labelOfId, type NodeLabel } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import * as q from "./queries.ts";

export function pathRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  const requireNode = async (id: string): Promise<NodeLabel> => {
    const label = labelOfId(id);
    const found = label ? await reader.read(q.nodeExists(label), { id }) : [];
    if (!label || found.length === 0) throw new NotFoundError(`node not found: ${id}`);
    return label;
  };

  api.add(path, ({ query }) =>
    cache.respond(`path:${JSON.stringify(query)}`, async () => {
      const [fromLabel, toLabel] = await Promise.all([requireNode(query.from), requireNode(query.to)]);
      if (query.from === query.to) return { paths: [] };
      const rows = await reader.read<GraphPath>(q.shortestPaths(fromLabel, toLabel, query.maxHops), {
        from: query.from,
        to: query.to,
        includeSynthetic: query.includeSynthetic,
        candidates: neo4j.int(query.limit * 20),
      });
      const distinct = new Map<string, GraphPath>();
      for (const row of rows) {
        const key = row.nodes.map((n) => n.id).join(">");
        if (!distinct.has(key)) distinct.set(key, row);
      }
      return { paths: [...distinct.values()].slice(0, query.limit) };
    }),
  );
}
