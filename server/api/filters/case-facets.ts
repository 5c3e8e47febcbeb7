import type { CaseFilter } from "../../../contract/filters.ts";
import type { Reader } from "../../../platform/db/read.ts";

/** What the case filter looks at for one case, read for every case in one query and kept per graph version. */
export interface CaseFacets {
  id: string;
  /** Null when no source states the year. */
  year: number | null;
  /** The case's region, then every region it is PART_OF, up to the root. */
  regionPath: string[];
  categories: string[];
  reliabilities: string[];
  synthetic: boolean;
}

export interface RegionInfo {
  id: string;
  name: string;
  nameEn: string | null;
  level: string;
}

const facetsQuery = `MATCH (c:Case)
RETURN c.id AS id, c.year AS year, coalesce(c.regionPath, [c.regionId]) AS regionPath,
  COLLECT { MATCH (c)-[:FEATURES]->(m:Measure) RETURN DISTINCT m.category } AS categories,
  COLLECT { MATCH (c)-[:FROM_SOURCE]->(s:Source) RETURN DISTINCT s.reliability } AS reliabilities,
  coalesce(c.synthetic, false) AS synthetic
ORDER BY c.id`;

const regionsQuery = `MATCH (r:Region) RETURN r.id AS id, r.name AS name, r.nameEn AS nameEn, r.level AS level`;

export async function readCaseFacets(reader: Reader): Promise<{ cases: CaseFacets[]; regions: RegionInfo[] }> {
  const [cases, regions] = await Promise.all([
    reader.read<CaseFacets>(facetsQuery),
    reader.read<RegionInfo>(regionsQuery),
  ]);
  return { cases, regions };
}

/** True when `filter` narrows anything beyond the synthetic switch. */
export function narrows(filter: CaseFilter): boolean {
  return (
    filter.yearFrom !== undefined ||
    filter.yearTo !== undefined ||
    filter.region !== undefined ||
    filter.category !== undefined ||
    filter.reliability !== undefined ||
    filter.cases.length > 0
  );
}

/** The cases that pass every set field of the filter, in id order. */
export function filterCases(cases: readonly CaseFacets[], filter: CaseFilter): CaseFacets[] {
  const chosen = filter.cases.length > 0 ? new Set(filter.cases) : null;
  const ranged = filter.yearFrom !== undefined || filter.yearTo !== undefined;
  return cases.filter((c) => {
    if (chosen ? !chosen.has(c.id) : !filter.includeSynthetic && c.synthetic) return false;
    if (ranged) {
      if (c.year === null) {
        if (!filter.unknownYears) return false;
      } else if (
        (filter.yearFrom !== undefined && c.year < filter.yearFrom) ||
        (filter.yearTo !== undefined && c.year > filter.yearTo)
      ) {
        return false;
      }
    }
    if (filter.region !== undefined && !c.regionPath.includes(filter.region)) return false;
    if (filter.category !== undefined && !c.categories.includes(filter.category)) return false;
    if (filter.reliability !== undefined && !c.reliabilities.includes(filter.reliability)) return false;
    return true;
  });
}
