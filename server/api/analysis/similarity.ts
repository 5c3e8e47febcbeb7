/**
 * IDF-weighted Jaccard over measures. A measure used by n of the N cases weighs ln(N / n): a practice every case
 * uses says nothing about resemblance, a practice two cases alone share says much. The score of two cases is the
 * weight of the measures they share over the weight of the measures either uses (0..1). Pure, so unit-tested.
 */

export interface Weights {
  total: number;
  /** measureId → cases of the population using it. */
  caseCount: Map<string, number>;
  weight(measureId: string): number;
}

export function measureWeights(total: number, caseCount: Map<string, number>): Weights {
  return {
    total,
    caseCount,
    // A measure no case of the population uses (the asked case lies outside it) counts as if used once.
    weight: (id) => (total === 0 ? 0 : Math.log(total / Math.max(1, caseCount.get(id) ?? 0))),
  };
}

/** Weights counted from plain measure lists (tests, and the compare view's pair). */
export function weightsOf(cases: readonly { measures: readonly string[] }[]): Weights {
  const caseCount = new Map<string, number>();
  for (const c of cases) for (const m of c.measures) caseCount.set(m, (caseCount.get(m) ?? 0) + 1);
  return measureWeights(cases.length, caseCount);
}

export interface Similarity {
  /** Position of the other case in the candidate list. */
  position: number;
  score: number;
  sharedWeight: number;
  unionWeight: number;
}

export interface Candidates {
  measures: readonly (readonly string[])[];
  /** measureId → positions of the candidates using it (an inverted index, so only overlapping cases are visited). */
  postings: ReadonlyMap<string, readonly number[]>;
  /** 1 for a candidate inside the population. */
  mask: Uint8Array;
}

/** The `limit` candidates most similar to `target`, sharing at least one measure (ties: more shared, position). */
export function rankSimilar(
  target: { position: number; measures: readonly string[] },
  candidates: Candidates,
  weights: Weights,
  limit: number,
): Similarity[] {
  const shared = new Float64Array(candidates.measures.length);
  const sharedCount = new Uint16Array(candidates.measures.length);
  const touched: number[] = [];
  for (const m of target.measures) {
    const w = weights.weight(m);
    for (const i of candidates.postings.get(m) ?? []) {
      if (!candidates.mask[i] || i === target.position) continue;
      if (sharedCount[i] === 0) touched.push(i);
      shared[i] = (shared[i] ?? 0) + w;
      sharedCount[i] = (sharedCount[i] ?? 0) + 1;
    }
  }
  const myWeight = sum(target.measures, weights);
  const ranked = touched.map((i) => score(i, shared[i] ?? 0, myWeight, candidates.measures[i] ?? [], weights));
  ranked.sort(
    (a, b) =>
      b.score - a.score || (sharedCount[b.position] ?? 0) - (sharedCount[a.position] ?? 0) || a.position - b.position,
  );
  return ranked.slice(0, limit);
}

/** The score of one pair, for the compare view: the same definition as the ranked list. */
export function pairSimilarity(a: readonly string[], b: readonly string[], weights: Weights): number {
  const mine = new Set(a);
  return score(
    0,
    sum(
      b.filter((m) => mine.has(m)),
      weights,
    ),
    sum(a, weights),
    b,
    weights,
  ).score;
}

function score(position: number, sharedWeight: number, myWeight: number, theirs: readonly string[], weights: Weights) {
  const unionWeight = myWeight + sum(theirs, weights) - sharedWeight;
  return { position, score: unionWeight > 0 ? sharedWeight / unionWeight : 0, sharedWeight, unionWeight };
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
