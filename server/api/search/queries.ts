import { caseTextIndexName, evidenceIndexName, fullTextIndexName } from "../../../graph-schema/index.ts";
import { realOnly } from "../projections.ts";

/*
 * Search reads three cjk full-text indexes (graph-schema/constraints.ts) and turns every hit into a node:
 * names and aliases find the node itself; a company's or project's name, a case's headline, summary or outcome
 * and a relationship's evidence find the case that states them. Derived hits score below direct ones, so the
 * node a user named comes first and the cases that tell of it follow.
 */

const nameHits = `CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $lucene, {limit: $fetch})
  YIELD node, score
  WHERE ${realOnly("node")}
  WITH node, score,
    node.name = $text OR $text IN coalesce(node.aliases, []) OR toLower(coalesce(node.nameEn, '')) = toLower($text) AS exact,
    CASE WHEN node.name CONTAINS $text THEN null
      ELSE head([alias IN coalesce(node.aliases, []) WHERE toLower(alias) CONTAINS toLower($text)]) END AS alias
  RETURN node, score + CASE WHEN exact THEN 10 ELSE 0 END AS score,
    CASE WHEN alias IS NULL THEN 'name' ELSE 'alias' END AS field, alias AS text`;

/** A company or project named in a case: the case, through the caseId of the relationships that state it. */
const partyHits = `CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $lucene, {limit: $fetch})
  YIELD node AS party, score
  WHERE labels(party)[0] IN ['Company', 'Project'] AND ${realOnly("party")}
  CALL (party) {
    MATCH (party)-[r]-() WHERE r.caseId IS NOT NULL
    RETURN DISTINCT r.caseId AS caseId LIMIT 20
  }
  MATCH (node:Case {id: caseId})
  RETURN node, score * 0.8 AS score, toLower(labels(party)[0]) AS field, party.name AS text`;

const proseHits = `CALL db.index.fulltext.queryNodes('${caseTextIndexName}', $lucene, {limit: $fetch})
  YIELD node AS hit, score
  OPTIONAL MATCH (teller:Case)-[:REPORTS]->(hit)
  WITH coalesce(teller, hit) AS node, score, hit
  RETURN node, score * 0.6 AS score, CASE WHEN hit:Case THEN 'summary' ELSE 'outcome' END AS field,
    CASE WHEN hit:Case THEN hit.summary ELSE hit.text END AS text`;

const evidenceHits = `CALL db.index.fulltext.queryRelationships('${evidenceIndexName}', $lucene, {limit: $fetch})
  YIELD relationship AS r, score
  MATCH (node:Case {id: r.caseId})
  RETURN node, score * 0.5 AS score, 'evidence' AS field, r.evidence AS text`;

/** Ranked hits, one per node with its best match; $fetch > $limit leaves room for the label filter. */
export const searchNodes = `CALL () {
  ${nameHits}
  UNION ALL
  ${partyHits}
  UNION ALL
  ${proseHits}
  UNION ALL
  ${evidenceHits}
}
WITH node, score, field, text
WHERE (size($types) = 0 OR labels(node)[0] IN $types) AND ${realOnly("node")}
ORDER BY score DESC
WITH node, collect({score: score, field: field, text: text})[0] AS best
RETURN node.id AS id, labels(node)[0] AS type, node.name AS name, node.nameEn AS nameEn, best.score AS score,
  CASE WHEN best.field = 'name' THEN null ELSE {field: best.field, text: best.text} END AS match
ORDER BY score DESC, id
LIMIT $limit`;
