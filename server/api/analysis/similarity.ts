/**
 * IDF-weighted Jaccard over measures. A measure used by n of the N cases weighs ln(N / n): a practice every case
 * uses says nothing about resemblance, a practice two cases alone share says much. The score of two cases is the
 * weight of the measures they share over the weight of the measures either uses (0..1). Pure, so unit-tested.
 */

export interface MeasureSet {
  id: string;
  measures: readonly string[];
}

export interface Weights {
  total: number;
  /** measureId → cases of the population using it. */
  caseCount: Map<string, number>;
  weight(measureId: string): number;
}

export function measureWeights(cases: readonly MeasureSet[]): Weights {
  const caseCount = new Map<string, number>();
  for (const c of cases) for (const m of c.measures) caseCount.set(m, (caseCount.get(m) ?? 0) + 1);
  const total = cases.length;
  return {
    total,
    caseCount,
    // A measure no case of the population uses (the asked case lies outside it) counts as if used once.
    weight: (id) => (total === 0 ? 0 : Math.log(total / Math.max(1, caseCount.get(id) ?? 0))),
  };
}

export interface Similarity {
  id: string;
  score: number;
  sharedWeight: number;
  unionWeight: number;
  shared: string[];
}

/** Every case of `cases` sharing at least one measure with `target`, most similar first (ties by id). */
export function rankSimilar(target: MeasureSet, cases: readonly MeasureSet[], weights: Weights): Similarity[] {
  const mine = new Set(target.measures);
  const myWeight = sum(target.measures, weights);
  const ranked: Similarity[] = [];
  for (const other of cases) {
    if (other.id === target.id) continue;
    const found = scorePair(mine, myWeight, other, weights);
    if (found.shared.length > 0) ranked.push(found);
  }
  return ranked.sort((a, b) => b.score - a.score || b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1));
}

/** The score of one pair, for the compare view: the same definition as the ranked list. */
export function pairSimilarity(a: MeasureSet, b: MeasureSet, weights: Weights): Similarity {
  return scorePair(new Set(a.measures), sum(a.measures, weights), b, weights);
}

function scorePair(mine: Set<string>, myWeight: number, other: MeasureSet, weights: Weights): Similarity {
  const shared = other.measures.filter((m) => mine.has(m));
  const sharedWeight = sum(shared, weights);
  const unionWeight = myWeight + sum(other.measures, weights) - sharedWeight;
  const score = unionWeight > 0 ? sharedWeight / unionWeight : shared.length > 0 ? 1 : 0;
  return { id: other.id, score, sharedWeight, unionWeight, shared };
}

function sum(measures: readonly string[], weights: Weights): number {
  let total = 0;
  for (const m of measures) total += weights.weight(m);
  return total;
}

export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
