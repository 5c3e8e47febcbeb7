import type { NodeLabel } from "../../../graph-schema/index.ts";
import { graphLinkProjection, graphNodeProjection, nodeRefProjection, realOnly } from "../projections.ts";

/*
 * The label comes from the id's prefix (graph-schema's labelOfId), never from user text, so the id
 * lookup uses the label's unique-constraint index instead of scanning every node.
 */

export const nodeDetail = (label: NodeLabel) => `MATCH (n:${label} {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ${realOnly("m")}
  WITH r, m ORDER BY type(r), m.id LIMIT $relationshipLimit
  OPTIONAL MATCH (c:Case {id: r.caseId})
  RETURN collect({
    type: type(r),
    direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    other: ${nodeRefProjection("m")},
    properties: properties(r),
    caseName: c.name,
    caseNameEn: c.nameEn,
    caseTitle: c.title,
    source: head(COLLECT {
      MATCH (c)-[:FROM_SOURCE]->(s:Source)
      RETURN s {.id, .name, .title, .publisher, .url, .reliability}
      ORDER BY s.id = r.sourceId DESC, CASE s.reliability WHEN 'gov' THEN 0 WHEN 'mirror' THEN 1 ELSE 2 END, s.id
    })
  }) AS relationships
}
RETURN labels(n)[0] AS type, properties(n) AS properties, relationships, COUNT { (n)--() } AS degree`;

/** One breadth-first step: neighbours of a frontier (by element id), paged, filtered by label. */
export const neighborStep = `UNWIND $frontier AS fid
MATCH (a) WHERE elementId(a) = fid
MATCH (a)--(m)
WHERE NOT elementId(m) IN $seen AND (size($types) = 0 OR labels(m)[0] IN $types) AND ${realOnly("m")}
WITH DISTINCT m ORDER BY m.id SKIP $offset LIMIT $limit
RETURN elementId(m) AS eid`;

export const startNode = (label: NodeLabel) => `MATCH (n:${label} {id: $id}) RETURN elementId(n) AS eid`;

/** Nodes and the relationships among them: the induced subgraph a force layout draws. */
export const inducedSubgraph = `MATCH (n) WHERE elementId(n) IN $eids
WITH collect(n) AS ns
UNWIND ns AS n
OPTIONAL MATCH (n)-[r]->(m) WHERE m IN ns
WITH ns, collect(DISTINCT ${graphLinkProjection("r")}) AS links
RETURN [n IN ns | ${graphNodeProjection("n")}] AS nodes, [l IN links WHERE l.id IS NOT NULL] AS links`;
