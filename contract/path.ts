import { z } from "zod";
import { graphLink, graphNode } from "./common.ts";
import { operation } from "./operation.ts";
import { includeSyntheticParam, integerOr, limitParam, nodeIdParam } from "./params.ts";

export const pathQuery = z.object({
  from: nodeIdParam.meta({ examples: ["case:dinghai-2022-03"] }),
  to: nodeIdParam.meta({ examples: ["case:sutong-sige-2025"] }),
  maxHops: integerOr(1, 6, 4, "hops, 1..6"),
  limit: limitParam(5, 20, "most distinct paths returned"),
  includeSynthetic: includeSyntheticParam,
});

export const graphPath = z
  .strictObject({ nodes: z.array(graphNode), links: z.array(graphLink) })
  .meta({ id: "Path", description: "nodes from `from` to `to`; links[i] joins nodes[i] and nodes[i+1]" });

export const path = operation({
  method: "get",
  path: "/path",
  tag: "graph",
  summary: "Shortest path(s) between two nodes, up to maxHops",
  query: pathQuery,
  notFound: true,
  success: 200,
  response: z.strictObject({ paths: z.array(graphPath) }).meta({ id: "Paths" }),
});

export type GraphPath = z.infer<typeof graphPath>;
export type PathResult = z.infer<typeof path.response>;
