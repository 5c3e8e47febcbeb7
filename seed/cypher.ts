import type { NodeLabel } from "../graph-schema/ids.ts";
import type { RelationshipType } from "../graph-schema/relationships.ts";
import { graphMetaLabel } from "../graph-schema/stored.ts";

/*
 * The loader's Cypher, kept together. Labels and relationship types cannot be parameters in Cypher,
 * so they are interpolated here, but only from the graph-schema whitelists (the types say so and
 * assertName checks it at run time); every value is a parameter.
 */

const NAME = /^[A-Za-z][A-Za-z_]*$/;

function assertName(name: string): string {
  if (!NAME.test(name)) throw new Error(`cypher: refusing identifier ${JSON.stringify(name)}`);
  return name;
}

/**
 * Upserts nodes of one label by id; `SET +=` keeps properties another case wrote. Only nodes whose properties
 * differ are written: a SET takes an exclusive lock even when it changes nothing, and shared nodes (regions,
 * departments) recur in nearly every case, so unconditional SETs made concurrent writers queue on them.
 */
export function mergeNodes(label: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${assertName(label)} {id: row.id})
WITH n, row WHERE any(key IN keys(row.props) WHERE n[key] IS NULL OR n[key] <> row.props[key])
SET n += row.props
RETURN count(n) AS written`;
}

/**
 * Creates relationships of one type between two labels. CREATE, not MERGE, is safe because a case's
 * relationships never pre-exist: the loader first deletes those of any case being reloaded, and the
 * schema rejects a file stating the same (type, from, to, section) twice. MATCH (not MERGE) on the
 * endpoints: a missing endpoint yields fewer rows, which the loader treats as an error.
 */
export function createRelationships(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${assertName(fromLabel)} {id: row.from})
MATCH (b:${assertName(toLabel)} {id: row.to})
CREATE (a)-[r:${assertName(type)}]->(b)
SET r = row.props
RETURN count(r) AS written`;
}

/** Removes what an earlier load of these cases wrote, so a reloaded case matches its file exactly. */
export function deleteCaseRelationships(type: RelationshipType): string {
  return `UNWIND $caseIds AS caseId
MATCH ()-[r:${assertName(type)} {caseId: caseId}]->()
DELETE r`;
}

/**
 * First statement of every write transaction: upsert and write-lock the batch's Case nodes (in id order, so
 * two writers never wait on each other crosswise). A concurrent load of the same case blocks here until the
 * first commits, then sees the case as existing and replaces its relationships: never duplicates them.
 */
export const lockCases = `UNWIND $caseIds AS id
MERGE (c:Case {id: id})
ON CREATE SET c.loadedAt = null
WITH c, c.loadedAt IS NOT NULL AS existed
SET c.loadedAt = datetime(), c.loadId = $loadId
RETURN c.id AS id, existed`;

/** Whether the transaction stamped `loadId` committed: the case still carries it (no later write replaced it). */
export const caseLoadedBy = `MATCH (c:Case {id: $caseId}) RETURN c.loadId = $loadId AS committed`;

/**
 * How long the running transaction (found by its metadata) has waited for locks held by other transactions.
 * Users may always list their own transactions, so this needs no admin rights.
 */
export const ownLockWait = `SHOW TRANSACTIONS YIELD metaData, waitTime
WHERE metaData.loadId = $loadId
RETURN waitTime.milliseconds AS ms`;

/** Case-owned nodes (ids under the case's slug) left without any relationship after a reload. */
export const deleteOrphanedCaseOwnedNodes = `UNWIND $slugs AS slug
CALL (slug) {
  MATCH (n:Figure) WHERE n.id STARTS WITH 'figure:' + slug + ':' AND NOT (n)--() RETURN n
  UNION
  MATCH (n:Outcome) WHERE n.id STARTS WITH 'outcome:' + slug + ':' AND NOT (n)--() RETURN n
  UNION
  MATCH (n:TaskForce) WHERE n.id STARTS WITH 'taskforce:' + slug + ':' AND NOT (n)--() RETURN n
}
DELETE n`;

export const mergeTaxonomyCategory = `UNWIND $rows AS row
MERGE (c:MeasureCategory {id: row.id})
SET c += row.props`;

export const mergeTaxonomyMeasure = `UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
SET m += row.props
WITH m, row
MATCH (c:MeasureCategory {id: row.category})
MERGE (m)-[r:IN_CATEGORY]->(c)
SET r.section = 'graph-schema/taxonomy', r.evidence = row.evidence`;

/**
 * Counts per label and per relationship type from the count store (O(1) each), whitelisted names only. The
 * count is taken alone before the name is added: `RETURN 'Case' AS name, count(n)` makes the name a grouping
 * key, and Neo4j then scans every node (PROFILE at 100k cases: 800k db hits instead of 13).
 */
export function countByLabel(labels: readonly NodeLabel[]): string {
  return labels
    .map((label) => `MATCH (n:${assertName(label)}) WITH count(n) AS count RETURN '${label}' AS name, count`)
    .join("\nUNION ALL\n");
}

export function countByRelationshipType(types: readonly RelationshipType[]): string {
  return types
    .map((type) => `MATCH ()-[r:${assertName(type)}]->() WITH count(r) AS count RETURN '${type}' AS name, count`)
    .join("\nUNION ALL\n");
}

export const deleteEverything = `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Changed in every write transaction so API caches in any process notice the change (server/cache.ts).
 * A random token rather than a counter: a reset deletes the node, and a counter would restart at values
 * a cache may already hold.
 */
export const bumpGraphVersion = `MERGE (m:${graphMetaLabel} {id: 'graph'})
SET m.version = randomUUID(), m.updatedAt = datetime()`;

/* Export (seed/export.ts): the graph read back case by case. */

/** One page of cases in id order (the id constraint's index gives the order), after the last id of the previous page. */
export const casePage = `MATCH (c:Case) WHERE c.id > $after
RETURN c.id AS id, properties(c) AS props
ORDER BY c.id LIMIT $limit`;

/** Every relationship the given cases stated: one relationship-index seek on caseId per type. */
export function relationshipsOfCases(types: readonly RelationshipType[]): string {
  return types
    .map(
      (type) => `MATCH (a)-[r:${assertName(type)}]->(b) WHERE r.caseId IN $caseIds
RETURN '${type}' AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    )
    .join("\nUNION ALL\n");
}

export function nodesById(label: NodeLabel): string {
  return `MATCH (n:${assertName(label)}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props`;
}

/**
 * Nodes no case states a relationship for (taxonomy and bookkeeping aside). A case file may still name them by
 * id in a property (a department's regionId, a relationship's sourceId); the export looks for them in its files.
 */
export const nodesWithoutCaseRelationships = `MATCH (n)
WHERE NOT (n:Case OR n:Measure OR n:MeasureCategory OR n:GraphMeta)
  AND NOT EXISTS { (n)-[r]-() WHERE r.caseId IS NOT NULL }
RETURN n.id AS id`;
