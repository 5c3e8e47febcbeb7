import { stats } from "../../../contract/stats.ts";
import type { NodeLabel, RelationshipType } from "../../../graph-schema/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import * as q from "./queries.ts";

export function statsRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add(stats, () =>
    cache.respond("stats", async () => {
      const [labels, relationships, [cases]] = await Promise.all([
        reader.read<{ name: NodeLabel; count: number }>(q.labelCounts),
        reader.read<{ name: RelationshipType; count: number }>(q.relationshipCounts),
        reader.read<{ total: number; synthetic: number }>(q.caseCounts),
      ]);
      return {
        labels: Object.fromEntries(labels.map((row) => [row.name, row.count])) as Record<NodeLabel, number>,
        relationships: Object.fromEntries(relationships.map((row) => [row.name, row.count])) as Record<
          RelationshipType,
          number
        >,
        cases: { real: (cases?.total ?? 0) - (cases?.synthetic ?? 0), synthetic: cases?.synthetic ?? 0 },
      };
    }),
  );
}
