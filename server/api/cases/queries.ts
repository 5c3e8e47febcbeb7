import { relationshipTypeNames, relationshipTypes } from "../../../graph-schema/index.ts";
import { caseRefProjection, nodeRefProjection, realOnly } from "../projections.ts";
import { taskForceProjection } from "../taskforces/queries.ts";

export const listCases = `MATCH (c:Case) WHERE ${realOnly("c")}
WITH count(c) AS total, collect(c) AS cs
UNWIND cs AS c
WITH total, c ORDER BY c.year IS NULL, c.year DESC, c.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (r:Region {id: c.regionId})
RETURN total, {id: c.id, name: c.name, nameEn: c.nameEn, title: c.title, titleEn: c.titleEn, year: c.year, region: ${nodeRefProjection("r")},
  reportingUnit: c.reportingUnit, synthetic: coalesce(c.synthetic, false),
  measureCount: COUNT { (c)-[:FEATURES]->(:Measure) }} AS case`;

/** Relationship types that can touch a Department, read off the graph-schema table. */
const departmentLinkTypes = relationshipTypeNames.filter((type) => {
  const spec = relationshipTypes[type] as { from: readonly string[]; to: readonly string[] };
  return spec.from.includes("Department") || spec.to.includes("Department");
});

/** Departments linked by any relationship a case states: one relationship-index seek per type. */
const caseDepartmentsUnion = (caseId: string) =>
  departmentLinkTypes
    .flatMap((type) => [
      `MATCH (d:Department)-[r:${type}]->() WHERE r.caseId = ${caseId} RETURN d`,
      `MATCH (d:Department)<-[r:${type}]-() WHERE r.caseId = ${caseId} RETURN d`,
    ])
    .join("\nUNION\n");

export const caseDetail = `MATCH (c:Case {id: $id})
OPTIONAL MATCH (region:Region {id: c.regionId})
CALL (c) {
  OPTIONAL MATCH (c)-[:FROM_SOURCE]->(s:Source)
  RETURN collect(DISTINCT s {.id, .title, .publisher, .url, .date, .reliability}) AS sources
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(p:Project)
  WITH DISTINCT p WHERE p IS NOT NULL
  CALL (p) {
    // A figure two sources report has one HAS_FIGURE edge per cited passage: list it once.
    OPTIONAL MATCH (p)-[:HAS_FIGURE]->(f:Figure)
    RETURN collect(DISTINCT f {.id, .metric, .value, .unit, .normalizedValue, .normalizedUnit, .date, .qualifier, .sourceId, .note}) AS figures
  }
  RETURN collect(${nodeRefProjection("p", `figures: figures`)}) AS projects
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(:Project)<-[:INVESTS_IN]-(co:Company)
  RETURN collect(DISTINCT ${nodeRefProjection("co", `role: co.role`)}) AS companies
}
CALL (c) {
  OPTIONAL MATCH (c)-[f:FEATURES]->(m:Measure)
  OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
  WITH m, k, f ORDER BY m.id, f.section
  WHERE m IS NOT NULL
  RETURN collect(${nodeRefProjection(
    "m",
    `category: m.category, categoryName: k.name, section: f.section,
    evidence: f.evidence, variant: f.variant`,
  )}) AS measures
}
CALL (c) {
  CALL () {
${caseDepartmentsUnion("$id")}
  }
  RETURN collect(DISTINCT ${nodeRefProjection("d", `kind: d.kind`)}) AS departments
}
CALL (c) {
  CALL () {
    MATCH (t:TaskForce)-[s:SERVES]->() WHERE s.caseId = $id RETURN t
    UNION
    MATCH (t:TaskForce)-[s:LED_BY]->() WHERE s.caseId = $id RETURN t
    UNION
    MATCH (t:TaskForce)<-[s:MEMBER_OF]-() WHERE s.caseId = $id RETURN t
  }
  RETURN collect(${taskForceProjection("t", "c")}) AS taskForces
}
CALL (c) {
  OPTIONAL MATCH (c)-[rep:REPORTS]->(o:Outcome)
  WITH o, rep ORDER BY o.id WHERE o IS NOT NULL
  RETURN collect({id: o.id, kind: o.kind, text: o.text, textEn: o.textEn, section: rep.section}) AS outcomes
}
RETURN c {.id, .name, .nameEn, .title, .titleEn, .year, .summary, .summaryEn, .series, .reportingUnit, synthetic: coalesce(c.synthetic, false)} AS case,
  ${nodeRefProjection("region")} AS region, sources, projects, companies, measures, departments, taskForces, outcomes`;

/** Measures and department kinds of two cases, for the comparison. */
export const compareSides = `UNWIND [$a, $b] AS caseId
MATCH (c:Case {id: caseId})
CALL (c) {
  OPTIONAL MATCH (c)-[:FEATURES]->(m:Measure)
  OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
  WITH DISTINCT m, k WHERE m IS NOT NULL
  RETURN collect(${nodeRefProjection("m", `category: m.category, categoryName: k.name`)}) AS measures
}
CALL (c, caseId) {
  CALL (caseId) {
${caseDepartmentsUnion("caseId")}
  }
  RETURN collect(DISTINCT d.kind) AS kinds
}
RETURN ${caseRefProjection("c")} AS ref, measures, kinds`;
