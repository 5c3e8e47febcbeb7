import { nodeLabels } from "./ids.ts";
import { relationshipTypeNames } from "./relationships.ts";
import { graphMetaLabel } from "./stored.ts";

/**
 * Cypher for the database schema, as data so the loader can run them in order and tests can check them.
 * All statements are idempotent (IF NOT EXISTS), so running them at every start is safe.
 */

/** One uniqueness constraint on `id` per label; it also gives each label an index on id. */
export const uniqueIdConstraints: readonly string[] = nodeLabels.map(
  (label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/**
 * The GraphMeta node is unique too: every write transaction MERGEs it, and the constraint is what keeps two
 * concurrent first writes from creating two (and gives the cache's version poll an index).
 */
export const graphMetaConstraints: readonly string[] = [
  `CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:${graphMetaLabel}) REQUIRE m.id IS UNIQUE`,
];

/** Properties the API filters or sorts on. */
const rangeIndexed = [
  ["Case", "year"],
  ["Case", "synthetic"],
  ["Case", "regionId"],
  ["Department", "kind"],
  ["Department", "regionId"],
  ["Measure", "category"],
  ["Region", "level"],
  ["Source", "reliability"],
  ["Outcome", "kind"],
  ["Figure", "metric"],
  ["Project", "status"],
] as const;

export const rangeIndexes: readonly string[] = rangeIndexed.map(
  ([label, prop]) => `CREATE INDEX ${snake(label)}_${snake(prop)} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`,
);

/**
 * Every relationship carries the caseId that stated it. Indexing it per type lets the loader replace a
 * reloaded case's relationships and the API gather one case's subgraph with index seeks, not scans.
 */
export const relationshipCaseIndexes: readonly string[] = relationshipTypeNames.map(
  (type) => `CREATE INDEX rel_${type.toLowerCase()}_case_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.caseId)`,
);

/** Labels a user can find by name in the search box. Figures and Outcomes are reached through their case. */
export const searchableLabels = [
  "Case",
  "Region",
  "Park",
  "Company",
  "Project",
  "Department",
  "TaskForce",
  "Measure",
  "MeasureCategory",
  "Industry",
] as const;

export const fullTextIndexName = "node_names";

/** A case's own prose (headline, summary) and its outcomes' text: searching 静默 finds the case that tells it. */
export const caseTextIndexName = "case_text";

/** The evidence paraphrase every relationship carries: searching 渭南 finds the case whose evidence names it. */
export const evidenceIndexName = "evidence_text";

const cjk = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}";

/** The cjk analyzer splits Chinese into bigrams, so 代办 matches inside 全程代办服务. */
export const fullTextIndexes: readonly string[] = [
  `CREATE FULLTEXT INDEX ${fullTextIndexName} IF NOT EXISTS FOR (n:${searchableLabels.join("|")}) ` +
    `ON EACH [n.name, n.nameEn, n.aliases] ${cjk}`,
  `CREATE FULLTEXT INDEX ${caseTextIndexName} IF NOT EXISTS FOR (n:Case|Outcome) ` +
    `ON EACH [n.title, n.titleEn, n.summary, n.summaryEn, n.text, n.textEn] ${cjk}`,
  `CREATE FULLTEXT INDEX ${evidenceIndexName} IF NOT EXISTS FOR ()-[r:${relationshipTypeNames.join("|")}]-() ` +
    `ON EACH [r.evidence] ${cjk}`,
];

/** Everything, in the order to run it. */
export const schemaStatements: readonly string[] = [
  ...uniqueIdConstraints,
  ...graphMetaConstraints,
  ...rangeIndexes,
  ...relationshipCaseIndexes,
  ...fullTextIndexes,
];

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
