import neo4j from "neo4j-driver";
import type { NodeRef, SourceRef, Subgraph } from "../../../contract/common.ts";
import { neighbors, node, RELATIONSHIP_LIMIT, type Relationship } from "../../../contract/nodes.ts";
import { labelOfId, type NodeLabel, type RelationshipType, resolveMeasureId } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import * as q from "./queries.ts";

interface RelationshipRow {
  type: RelationshipType;
  direction: "out" | "in";
  other: NodeRef;
  properties: Record<string, unknown>;
  caseName: string | null;
  caseNameEn: string | null;
  caseTitle: string | null;
  source: SourceRef | null;
}

interface NodeRow {
  type: NodeLabel;
  properties: Record<string, unknown>;
  relationships: RelationshipRow[];
  degree: number;
}

function labelOf(id: string): NodeLabel {
  const label = labelOfId(id);
  if (!label) throw new NotFoundError(`node not found: ${id}`);
  return label;
}

const textOrNull = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Relationships grouped by type; the provenance properties move out of `properties` into `provenance`. */
function groupRelationships(rows: readonly RelationshipRow[]): Partial<Record<RelationshipType, Relationship[]>> {
  const grouped: Partial<Record<RelationshipType, Relationship[]>> = {};
  for (const rel of rows) {
    const { caseId, section, evidence, sourceId: _sourceId, ...rest } = rel.properties;
    const group = grouped[rel.type] ?? [];
    grouped[rel.type] = group;
    group.push({
      direction: rel.direction,
      other: rel.other,
      properties: rest,
      provenance: {
        caseId: textOrNull(caseId),
        caseName: rel.caseName,
        caseNameEn: rel.caseNameEn,
        caseTitle: rel.caseTitle,
        source: rel.source,
        section: textOrNull(section),
        evidence: textOrNull(evidence),
      },
    });
  }
  return grouped;
}

export function nodeRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  // A measure id retired by the taxonomy review still resolves (shared links, bookmarks): to the measure that
  // took its place, whose id the answer carries.
  api.add(node, ({ params: { id: requested }, query }) =>
    cache.respond(`node:${requested}:${query.includeSynthetic}`, async () => {
      const id = resolveMeasureId(requested);
      const [row] = await reader.read<NodeRow>(q.nodeDetail(labelOf(id)), {
        id,
        includeSynthetic: query.includeSynthetic,
        relationshipLimit: neo4j.int(RELATIONSHIP_LIMIT),
      });
      if (!row) throw new NotFoundError(`node not found: ${requested}`);
      const { name, nameEn, aliases, ...properties } = row.properties;
      return {
        node: {
          id,
          type: row.type,
          name: String(name),
          nameEn: textOrNull(nameEn),
          aliases: Array.isArray(aliases) ? aliases.map(String) : [],
          properties,
        },
        relationships: groupRelationships(row.relationships),
        degree: row.degree,
        truncated: row.relationships.length >= RELATIONSHIP_LIMIT,
      };
    }),
  );

  api.add(neighbors, ({ params: { id: requested }, query }) =>
    cache.respond(`neighbors:${requested}:${JSON.stringify(query)}`, async (): Promise<Subgraph> => {
      const id = resolveMeasureId(requested);
      const [start] = await reader.read<{ eid: string }>(q.startNode(labelOf(id)), { id });
      if (!start) throw new NotFoundError(`node not found: ${requested}`);
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
      const [found] = await reader.read<Subgraph>(q.inducedSubgraph, { eids: seen });
      return { nodes: found?.nodes ?? [], links: found?.links ?? [], truncated };
    }),
  );
}
