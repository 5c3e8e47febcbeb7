import { describe, expect, it } from "vitest";
import { type Candidates, pairSimilarity, rankSimilar, weightsOf } from "./similarity.ts";

const measures = [["common", "rare", "x"], ["common", "rare"], ["common", "x", "y"], ["common"], ["z"]];

function candidates(mask = measures.map(() => 1)): Candidates {
  const postings = new Map<string, number[]>();
  measures.forEach((ms, i) => {
    for (const m of ms) postings.set(m, [...(postings.get(m) ?? []), i]);
  });
  return { measures, postings, mask: Uint8Array.from(mask) };
}

describe("IDF-weighted Jaccard", () => {
  it("weighs a measure by ln(N / n), so one every case uses weighs least", () => {
    const w = weightsOf(measures.map((m) => ({ measures: m })));
    expect(w.total).toBe(5);
    expect(w.weight("common")).toBeCloseTo(Math.log(5 / 4), 10);
    expect(w.weight("rare")).toBeCloseTo(Math.log(5 / 2), 10);
  });

  it("ranks a case sharing a rare measure above one sharing only common ones, the asked case left out", () => {
    const w = weightsOf(measures.map((m) => ({ measures: m })));
    const ranked = rankSimilar({ position: 0, measures: measures[0] ?? [] }, candidates(), w, 10);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3]);
    const shared = w.weight("common") + w.weight("rare");
    expect(ranked[0]?.score).toBeCloseTo(shared / (shared + w.weight("x")), 10);
    expect(rankSimilar({ position: 0, measures: measures[0] ?? [] }, candidates(), w, 2)).toHaveLength(2);
  });

  it("visits only the population's cases", () => {
    const w = weightsOf(measures.map((m) => ({ measures: m })));
    const ranked = rankSimilar({ position: 0, measures: measures[0] ?? [] }, candidates([1, 0, 1, 1, 1]), w, 10);
    expect(ranked.map((r) => r.position)).toEqual([2, 3]);
  });

  it("scores a pair the same way and a case with itself as 1", () => {
    const w = weightsOf(measures.map((m) => ({ measures: m })));
    const [a = [], b = []] = measures;
    const listed = rankSimilar({ position: 0, measures: a }, candidates(), w, 10)[0]?.score;
    expect(pairSimilarity(a, b, w)).toBeCloseTo(listed ?? -1, 10);
    expect(pairSimilarity(a, a, w)).toBeCloseTo(1, 10);
    expect(pairSimilarity(a, ["z"], w)).toBe(0);
  });
});
