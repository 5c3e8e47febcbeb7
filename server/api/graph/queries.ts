import { relationshipTypeNames } from "../../../graph-schema/index.ts";
import { graphLinkProjection, graphNodeProjection } from "../projections.ts";

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
WITH r WHERE size($types) = 0 OR (labels(startNode(r))[0] IN $types AND labels(endNode(r))[0] IN $types)
WITH r LIMIT $limit + 1
WITH collect(r) AS found
WITH size(found) > $limit AS truncated, found[0..$limit] AS rs
UNWIND rs AS r
UNWIND [startNode(r), endNode(r)] AS n
WITH truncated, rs, collect(DISTINCT n) AS ns
CALL (ns) {
  OPTIONAL MATCH (m:Measure)-[c:IN_CATEGORY]->(k:MeasureCategory) WHERE m IN ns AND k IN ns
  RETURN collect(c) AS taxonomyLinks
}
WITH truncated, ns, rs + taxonomyLinks AS all
RETURN truncated, [n IN ns | ${graphNodeProjection("n")}] AS nodes, [r IN all | ${graphLinkProjection("r")}] AS links`;
