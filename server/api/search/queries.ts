import { fullTextIndexName } from "../../../graph-schema/index.ts";
import { realOnly } from "../projections.ts";

/** Full-text hits, exact name or alias matches first; $fetch > $limit leaves room for the label filter. */
export const searchNodes = `CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $lucene, {limit: $fetch})
YIELD node, score
WHERE (size($types) = 0 OR labels(node)[0] IN $types) AND ${realOnly("node")}
WITH node, score,
  CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) OR toLower(coalesce(node.nameEn, '')) = toLower($text)
    THEN 1 ELSE 0 END AS exact
RETURN node.id AS id, labels(node)[0] AS type, node.name AS name, node.nameEn AS nameEn, score + exact * 10 AS score
ORDER BY score DESC, id
LIMIT $limit`;
