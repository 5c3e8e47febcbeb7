import { nodeRefProjection, realOnly } from "../shapes.ts";

const caseFilter = `${realOnly("c")}
  AND ($yearFrom IS NULL OR c.year >= $yearFrom) AND ($yearTo IS NULL OR c.year <= $yearTo)
  AND ($region IS NULL OR $region IN coalesce(c.regionPath, [c.regionId]))`;

/** Measures by the number of distinct cases featuring them, with the share of all cases in the filter. */
export const recurrence = `MATCH (c:Case) WHERE ${caseFilter}
WITH collect(c) AS cs, count(c) AS total
UNWIND cs AS c
MATCH (c)-[:FEATURES]->(m:Measure)
WHERE $category IS NULL OR m.category = $category
WITH total, m, collect(DISTINCT c) AS mcs
WITH total, m, mcs, size(mcs) AS caseCount WHERE caseCount >= $minCases
OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
RETURN total, ${nodeRefProjection(
  "m",
  `category: m.category, categoryName: k.name, caseCount: caseCount,
  share: toFloat(caseCount) / total,
  cases: [x IN mcs[0..$casesPerMeasure] | {id: x.id, title: x.title}]`,
)} AS measure
ORDER BY caseCount DESC, m.id`;

export const totalCases = `MATCH (c:Case) WHERE ${caseFilter} RETURN count(c) AS total`;

/** Every case in the filter, with or without measures: the total is the base of the lift. */
export const caseMeasures = `MATCH (c:Case) WHERE ${realOnly("c")}
OPTIONAL MATCH (c)-[:FEATURES]->(m:Measure)
RETURN c.id AS id, c.title AS title, collect(DISTINCT m.id) AS measures`;

export const measureRefs = `MATCH (m:Measure) WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
RETURN ${nodeRefProjection("m", `category: m.category, categoryName: k.name`)} AS measure`;

export const categories = `MATCH (k:MeasureCategory)
RETURN k {.id, .name, .nameEn, .description, measureCount: COUNT { (k)<-[:IN_CATEGORY]-() }} AS category
ORDER BY k.id`;
