import { relationshipTypeNames } from "../../../graph-schema/index.ts";
import { graphLinkProjection, graphNodeProjection, realOnly } from "../shapes.ts";

export const selectedCaseIds = `MATCH (c:Case)
WHERE CASE WHEN size($cases) = 0 THEN ${realOnly("c")} ELSE c.id IN $cases END
RETURN c.id AS id ORDER BY id`;

/**
 * Every relationship stated by the given cases. One index seek per type on r.caseId (the relationship
 * indexes in graph-schema), rather than a scan of all relationships. IN_CATEGORY belongs to the taxonomy,
 * not to a case, and is added when both its ends are shown.
 */
const caseLinksUnion = relationshipTypeNames
  .filter((type) => type !== "IN_CATEGORY")
  .map((type) => `MATCH ()-[r:${type}]->() WHERE r.caseId IN $caseIds RETURN r`)
  .join("\nUNION ALL\n");

export const caseSubgraph = `CALL () {
${caseLinksUnion}
}
WITH r, startNode(r) AS a, endNode(r) AS b
WHERE size($types) = 0 OR (labels(a)[0] IN $types AND labels(b)[0] IN $types)
WITH r, a, b LIMIT $linkLimit
WITH collect(r) AS rs, collect(a) + collect(b) AS ends
UNWIND ends AS n
WITH rs, collect(DISTINCT n) AS ns
CALL (ns) {
  OPTIONAL MATCH (m:Measure)-[c:IN_CATEGORY]->(k:MeasureCategory) WHERE m IN ns AND k IN ns
  RETURN collect(c) AS taxonomyLinks
}
WITH ns, rs + taxonomyLinks AS all
RETURN [n IN ns | ${graphNodeProjection("n")}] AS nodes, [r IN all | ${graphLinkProjection("r")}] AS links`;
