/*
 * The reads behind the analysis index (index.ts): each returns one row per thing, with no per-request
 * parameters, so the index is built from four reads once per graph version.
 */

export const cases = `MATCH (c:Case)
OPTIONAL MATCH (c)-[:FROM_SOURCE]->(s:Source)
WITH c, s ORDER BY s.id
WITH c, collect(s)[0] AS s
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.title AS title, c.year AS year,
  coalesce(c.regionPath, [c.regionId]) AS regionPath, coalesce(c.synthetic, false) AS synthetic,
  CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name, title: s.title, publisher: s.publisher, url: s.url,
    reliability: s.reliability} END AS source
ORDER BY c.id`;

export const features = `MATCH (c:Case)-[r:FEATURES]->(m:Measure)
RETURN c.id AS caseId, m.id AS measureId, r.section AS section, r.evidence AS evidence`;

export const applied = `MATCH (d:Department)-[r:APPLIED]->(m:Measure)
WHERE r.caseId IS NOT NULL
RETURN DISTINCT r.caseId AS caseId, m.id AS measureId,
  d {.id, type: 'Department', .name, .nameEn, .kind} AS department`;

export const regions = `MATCH (r:Region)
RETURN r.id AS id, r.name AS name, r.nameEn AS nameEn, r.level AS level`;

export const measures = `MATCH (m:Measure)
OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
RETURN m.id AS id, 'Measure' AS type, m.name AS name, m.nameEn AS nameEn, m.category AS category,
  k.name AS categoryName, m.description AS description`;
