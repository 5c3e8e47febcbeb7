import type { MeasureRef } from "../../../contract/common.ts";
import type { Reader } from "../../../platform/db/read.ts";

/** One case as the measure statistics see it. */
export interface CaseEntry {
  id: string;
  name: string;
  nameEn: string | null;
  title: string;
  /** Null when no source states the year: such a case is never inside a year range. */
  year: number | null;
  regionPath: string[];
  synthetic: boolean;
  measures: string[];
}

export type MeasureInfo = MeasureRef;

/**
 * Every case with its measures, read in one query and kept per graph version: recurrence and co-occurrence
 * for any filter are then counted in memory in milliseconds, instead of an aggregation over all
 * FEATURES relationships per request (about a second at 10,000 cases).
 */
export interface CaseMeasureIndex {
  cases: CaseEntry[];
  measures: Map<string, MeasureInfo>;
}

const casesQuery = `MATCH (c:Case)
OPTIONAL MATCH (c)-[:FEATURES]->(m:Measure)
WITH c, collect(DISTINCT m.id) AS measures
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.title AS title, c.year AS year, coalesce(c.regionPath, [c.regionId]) AS regionPath,
  coalesce(c.synthetic, false) AS synthetic, measures
ORDER BY c.year IS NULL, c.year DESC, c.id`;

const measuresQuery = `MATCH (m:Measure)
OPTIONAL MATCH (m)-[:IN_CATEGORY]->(k:MeasureCategory)
RETURN m.id AS id, 'Measure' AS type, m.name AS name, m.nameEn AS nameEn, m.category AS category, k.name AS categoryName`;

export async function readCaseMeasureIndex(reader: Reader): Promise<CaseMeasureIndex> {
  const [cases, measures] = await Promise.all([
    reader.read<CaseEntry>(casesQuery),
    reader.read<MeasureInfo>(measuresQuery),
  ]);
  return { cases, measures: new Map(measures.map((m) => [m.id, m])) };
}
