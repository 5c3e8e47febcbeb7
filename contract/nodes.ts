import { z } from "zod";
import { nodeLabel, nodeRef, provenanceOut, relationshipType, subgraph } from "./common.ts";
import { operation } from "./operation.ts";
import { includeSyntheticParam, integerOr, labelListParam, limitParam, nodeIdParam, offsetParam } from "./params.ts";

/** At most this many relationships come back with a node; `truncated` says there were more. */
export const RELATIONSHIP_LIMIT = 1000;

export const nodeParams = z.object({ id: nodeIdParam.meta({ examples: ["taskforce:dinghai-2022-03:jutai"] }) });

export const nodeDetailQuery = z.object({ includeSynthetic: includeSyntheticParam });

export const neighborsQuery = z.object({
  depth: integerOr(1, 3, 1, "hops, 1..3"),
  types: labelListParam.default([]),
  limit: limitParam(100, 1000),
  offset: offsetParam.describe("skip this many first-hop neighbours: the next page of a dense node"),
  includeSynthetic: includeSyntheticParam,
});

/** Properties as stored, minus those the answer lifts out (name, nameEn, aliases; caseId, section, evidence). */
const properties = z.record(z.string(), z.unknown());

export const relationship = z
  .strictObject({
    direction: z.enum(["out", "in"]),
    other: nodeRef,
    properties,
    provenance: provenanceOut,
  })
  .meta({ id: "Relationship" });

export const nodeDetails = z
  .strictObject({
    node: z.strictObject({
      id: z.string(),
      type: nodeLabel,
      name: z.string(),
      nameEn: z.string().nullable(),
      aliases: z.array(z.string()),
      properties,
    }),
    relationships: z.partialRecord(relationshipType, z.array(relationship)),
    degree: z.number().int().min(0),
    truncated: z.boolean().describe(`more than ${RELATIONSHIP_LIMIT} relationships: only the first are listed`),
  })
  .meta({ id: "NodeDetails" });

export const node = operation({
  method: "get",
  path: "/nodes/:id",
  tag: "graph",
  summary: "A node's properties and its relationships grouped by type, each with its provenance",
  params: nodeParams,
  query: nodeDetailQuery,
  notFound: true,
  success: 200,
  response: nodeDetails,
});

export const neighbors = operation({
  method: "get",
  path: "/nodes/:id/neighbors",
  tag: "graph",
  summary: "Neighbourhood up to 3 hops as {nodes, links, truncated}, paged for dense nodes",
  params: nodeParams,
  query: neighborsQuery,
  notFound: true,
  success: 200,
  response: subgraph,
});

export type NodeDetails = z.infer<typeof nodeDetails>;
export type Relationship = z.infer<typeof relationship>;
