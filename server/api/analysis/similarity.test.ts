import { describe, expect, it } from "vitest";
import { measureWeights, pairSimilarity, rankSimilar } from "./similarity.ts";

const cases = [
  { id: "a", measures: ["common", "rare", "x"] },
  { id: "b", measures: ["common", "rare"] },
  { id: "c", measures: ["common", "x", "y"] },
  { id: "d", measures: ["common"] },
  { id: "e", measures: ["z"] },
];

describe("IDF-weighted Jaccard", () => {
  it("weighs a measure by ln(N / n), so one every case uses weighs least", () => {
    const w = measureWeights(cases);
    expect(w.total).toBe(5);
    expect(w.weight("common")).toBeCloseTo(Math.log(5 / 4), 10);
    expect(w.weight("rare")).toBeCloseTo(Math.log(5 / 2), 10);
  });

  it("ranks a case sharing a rare measure above one sharing only common ones", () => {
    const w = measureWeights(cases);
    const ranked = rankSimilar(cases[0] as (typeof cases)[0], cases, w);
    expect(ranked.map((r) => r.id)).toEqual(["b", "c", "d"]);
    const b = ranked[0];
    const shared = w.weight("common") + w.weight("rare");
    const union = shared + w.weight("x");
    expect(b?.score).toBeCloseTo(shared / union, 10);
    expect(b?.shared.sort()).toEqual(["common", "rare"]);
    // e shares nothing and is left out; the asked case itself is never listed.
    expect(ranked.some((r) => r.id === "e" || r.id === "a")).toBe(false);
  });

  it("scores a pair the same way and a case with itself as 1", () => {
    const w = measureWeights(cases);
    const [a, b] = cases as [(typeof cases)[0], (typeof cases)[0]];
    expect(pairSimilarity(a, b, w).score).toBeCloseTo(rankSimilar(a, [b], w)[0]?.score ?? -1, 10);
    expect(pairSimilarity(a, a, w).score).toBeCloseTo(1, 10);
    expect(pairSimilarity(a, { id: "e", measures: ["z"] }, w).score).toBe(0);
  });
});
