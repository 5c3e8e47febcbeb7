import type { NodeLabel } from "../../../graph-schema/index.ts";
import { graphLinkProjection, graphNodeProjection, realOnly } from "../projections.ts";

/**
 * Shortest paths between two nodes. Labels come from the ids' prefixes (whitelisted); the hop bound is a
 * validated integer 1..6 because Cypher cannot take it as a parameter. Cases repeat shared links (each case
 * states its own PART_OF), so many shortest paths differ only in which parallel link they use: the caller
 * keeps one per node sequence.
 */
export const shortestPaths = (fromLabel: NodeLabel, toLabel: NodeLabel, maxHops: number) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6)
    throw new Error(`shortestPaths: bad maxHops ${maxHops}`);
  return `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
WHERE all(n IN nodes(p) WHERE ${realOnly("n")})
WITH p LIMIT $candidates
RETURN [n IN nodes(p) | ${graphNodeProjection("n")}] AS nodes, [r IN relationships(p) | ${graphLinkProjection("r")}] AS links`;
};

export const nodeExists = (label: NodeLabel) => `MATCH (n:${label} {id: $id}) RETURN n.id AS id`;
