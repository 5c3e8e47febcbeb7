import { z } from "zod";
import { operation } from "./operation.ts";

export const health = operation({
  method: "get",
  path: "/health",
  tag: "health",
  summary: "200 with the Neo4j version, 503 when Neo4j is unreachable",
  success: 200,
  response: z
    .strictObject({
      status: z.literal("ok"),
      neo4j: z.strictObject({ version: z.string(), embedded: z.boolean() }),
    })
    .meta({ id: "Health" }),
});

export const version = operation({
  method: "get",
  path: "/version",
  tag: "health",
  summary: "App name and version; touches no database",
  success: 200,
  response: z.strictObject({ name: z.literal("policy-graph"), version: z.string() }).meta({ id: "Version" }),
});
