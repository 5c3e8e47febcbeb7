import { z } from "zod";
import { nodeLabel, relationshipType } from "./common.ts";
import { operation } from "./operation.ts";

const count = z.number().int().min(0);

export const stats = operation({
  method: "get",
  path: "/stats",
  tag: "graph",
  summary: "Counts per label and relationship type; real and synthetic cases separately",
  success: 200,
  response: z
    .strictObject({
      labels: z.record(nodeLabel, count),
      relationships: z.record(relationshipType, count),
      cases: z.strictObject({ real: count, synthetic: count }),
    })
    .meta({ id: "Stats" }),
});

export type Stats = z.infer<typeof stats.response>;
