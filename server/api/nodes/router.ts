import neo4j from "neo4j-driver";
import { z } from "zod";
import { labelOfId, type NodeLabel } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, labelListParam, limitParam, nodeIdParam, offsetParam } from "../params.ts";
import type { Subgraph } from "../shapes.ts";
import * as q from "./queries.ts";

const RELATIONSHIP_LIMIT = 1000;

export const nodeParams = z.object({ id: nodeIdParam });

export const nodeDetailQuery = z.object({ includeSynthetic: includeSyntheticParam });

export const neighborsQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1).describe("hops, 1..3"),
  types: labelListParam.default([]),
  limit: limitParam(100, 1000),
  offset: offsetParam.describe("skip this many first-hop neighbours: the next page of a dense node"),
  includeSynthetic: includeSyntheticParam,
});

interface RelationshipRow {
  type: string;
  direction: "out" | "in";
  other: { id: string; type: string; name: string; nameEn: string | null };
  properties: Record<string, unknown>;
  caseTitle: string | null;
}

function labelOf(id: string): NodeLabel {
  const label = labelOfId(id);
  if (!label) throw new NotFoundError(`node not found: ${id}`);
  return label;
}

export function nodeRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/nodes/:id",
    tag: "graph",
    summary: "A node's properties and its relationships grouped by type, each with its provenance",
    params: nodeParams,
    query: nodeDetailQuery,
    handler: ({ params, query }) =>
      cache.respond(`node:${params.id}:${query.includeSynthetic}`, async () => {
        const [row] = await reader.read<{
          type: string;
          properties: Record<string, unknown>;
          relationships: RelationshipRow[];
          degree: number;
        }>(q.nodeDetail(labelOf(params.id)), {
          id: params.id,
          includeSynthetic: query.includeSynthetic,
          relationshipLimit: neo4j.int(RELATIONSHIP_LIMIT),
        });
        if (!row) throw new NotFoundError(`node not found: ${params.id}`);
        const { name, nameEn, aliases, ...properties } = row.properties;
        const grouped: Record<string, unknown[]> = {};
        for (const rel of row.relationships) {
          const { caseId, section, evidence, ...rest } = rel.properties;
          const group = grouped[rel.type] ?? [];
          grouped[rel.type] = group;
          group.push({
            direction: rel.direction,
            other: rel.other,
            properties: rest,
            provenance: {
              caseId: caseId ?? null,
              caseTitle: rel.caseTitle,
              section: section ?? null,
              evidence: evidence ?? null,
            },
          });
        }
        return {
          node: { id: params.id, type: row.type, name, nameEn: nameEn ?? null, aliases: aliases ?? [], properties },
          relationships: grouped,
          degree: row.degree,
          truncated: row.relationships.length >= RELATIONSHIP_LIMIT,
        };
      }),
  });

  api.add({
    method: "get",
    path: "/nodes/:id/neighbors",
    tag: "graph",
    summary: "Neighbourhood up to 3 hops as {nodes, links, truncated}, paged for dense nodes",
    params: nodeParams,
    query: neighborsQuery,
    handler: ({ params, query }) =>
      cache.respond(`neighbors:${params.id}:${JSON.stringify(query)}`, async (): Promise<Subgraph> => {
        const [start] = await reader.read<{ eid: string }>(q.startNode(labelOf(params.id)), { id: params.id });
        if (!start) throw new NotFoundError(`node not found: ${params.id}`);
        const seen = [start.eid];
        let frontier = [start.eid];
        let truncated = false;
        // Breadth-first, one query per hop, so a dense node costs one page, never its whole fan-out.
        for (let hop = 1; hop <= query.depth && frontier.length > 0 && seen.length <= query.limit; hop++) {
          const budget = query.limit + 1 - seen.length;
          const step = await reader.read<{ eid: string }>(q.neighborStep, {
            frontier,
            seen,
            types: query.types,
            includeSynthetic: query.includeSynthetic,
            offset: neo4j.int(hop === 1 ? query.offset : 0),
            limit: neo4j.int(budget + 1),
          });
          if (step.length > budget) truncated = true;
          frontier = step.slice(0, budget).map((row) => row.eid);
          seen.push(...frontier);
        }
        const [graph] = await reader.read<Subgraph>(q.inducedSubgraph, { eids: seen });
        return { nodes: graph?.nodes ?? [], links: graph?.links ?? [], truncated };
      }),
  });
}
