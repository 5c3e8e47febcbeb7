/**
 * Set comparison of two cases' measures and department kinds; pure so it is unit-tested on plain data. Their
 * similarity is the analysis module's IDF-weighted Jaccard (analysis/similarity.ts), the same as the ranked list.
 */

export interface Side<M extends { id: string }> {
  measures: M[];
  kinds: string[];
}

export interface Comparison<M> {
  measures: { shared: M[]; onlyA: M[]; onlyB: M[] };
  kinds: { shared: string[]; onlyA: string[]; onlyB: string[] };
}

export function compareCases<M extends { id: string }>(a: Side<M>, b: Side<M>): Comparison<M> {
  const bMeasures = new Set(b.measures.map((m) => m.id));
  const aMeasures = new Set(a.measures.map((m) => m.id));
  const bKinds = new Set(b.kinds);
  const aKinds = new Set(a.kinds);
  const measures = {
    shared: a.measures.filter((m) => bMeasures.has(m.id)),
    onlyA: a.measures.filter((m) => !bMeasures.has(m.id)),
    onlyB: b.measures.filter((m) => !aMeasures.has(m.id)),
  };
  const kinds = {
    shared: [...aKinds].filter((k) => bKinds.has(k)).sort(),
    onlyA: [...aKinds].filter((k) => !bKinds.has(k)).sort(),
    onlyB: [...bKinds].filter((k) => !aKinds.has(k)).sort(),
  };
  return { measures, kinds };
}
