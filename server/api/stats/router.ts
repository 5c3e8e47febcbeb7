import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import * as q from "./queries.ts";

export function statsRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/stats",
    tag: "graph",
    summary: "Counts per label and relationship type; real and synthetic cases separately",
    handler: () =>
      cache.respond("stats", async () => {
        const [labels, relationships, [cases]] = await Promise.all([
          reader.read<{ name: string; count: number }>(q.labelCounts),
          reader.read<{ name: string; count: number }>(q.relationshipCounts),
          reader.read<{ total: number; synthetic: number }>(q.caseCounts),
        ]);
        return {
          labels: Object.fromEntries(labels.map((row) => [row.name, row.count])),
          relationships: Object.fromEntries(relationships.map((row) => [row.name, row.count])),
          cases: { real: (cases?.total ?? 0) - (cases?.synthetic ?? 0), synthetic: cases?.synthetic ?? 0 },
        };
      }),
  });
}
