/** Measure co-occurrence over cases; pure, so it is unit-tested on plain data. */
import type { CaseRef } from "../../../contract/common.ts";

export interface CaseMeasures extends CaseRef {
  measures: string[];
}

export interface Pair {
  a: string;
  b: string;
  count: number;
  /** |A∩B| / |A∪B| over the cases featuring each measure. */
  jaccard: number;
  /** P(A∧B) / (P(A)·P(B)): above 1 means the two go together more often than chance. */
  lift: number;
  cases: CaseRef[];
}

export function cooccurrence(
  cases: readonly CaseMeasures[],
  minCount: number,
  casesPerPair: number,
): {
  caseCount: Map<string, number>;
  pairs: Pair[];
} {
  const caseCount = new Map<string, number>();
  const together = new Map<string, { count: number; cases: CaseRef[] }>();
  for (const entry of cases) {
    const measures = [...new Set(entry.measures)].sort();
    for (const m of measures) caseCount.set(m, (caseCount.get(m) ?? 0) + 1);
    for (let i = 0; i < measures.length; i++) {
      for (let j = i + 1; j < measures.length; j++) {
        const key = `${measures[i]}\u0000${measures[j]}`;
        const pair = together.get(key) ?? { count: 0, cases: [] };
        pair.count += 1;
        if (pair.cases.length < casesPerPair)
          pair.cases.push({ id: entry.id, name: entry.name, nameEn: entry.nameEn, title: entry.title });
        together.set(key, pair);
      }
    }
  }
  const total = cases.length;
  const pairs: Pair[] = [];
  for (const [key, { count, cases: pairCases }] of together) {
    if (count < minCount) continue;
    const [a = "", b = ""] = key.split("\u0000");
    const na = caseCount.get(a) ?? 0;
    const nb = caseCount.get(b) ?? 0;
    pairs.push({
      a,
      b,
      count,
      jaccard: round(count / (na + nb - count)),
      lift: round((count * total) / (na * nb)),
      cases: pairCases,
    });
  }
  pairs.sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { caseCount, pairs };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
