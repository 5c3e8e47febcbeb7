import { describe, expect, it } from "vitest";
import { compareCases } from "./compare.ts";

const m = (id: string) => ({ id });

describe("compareCases", () => {
  it("splits measures and kinds into shared and one-sided, with a Jaccard similarity", () => {
    const result = compareCases(
      { measures: [m("a"), m("b"), m("c")], kinds: ["fagai", "zhujian"] },
      { measures: [m("b"), m("c"), m("d")], kinds: ["zhujian", "jiaotong"] },
    );
    expect(result.measures.shared.map((x) => x.id)).toEqual(["b", "c"]);
    expect(result.measures.onlyA.map((x) => x.id)).toEqual(["a"]);
    expect(result.measures.onlyB.map((x) => x.id)).toEqual(["d"]);
    expect(result.kinds).toEqual({ shared: ["zhujian"], onlyA: ["fagai"], onlyB: ["jiaotong"] });
    // 3 shared of 7 distinct items
    expect(result.similarity).toBeCloseTo(3 / 7, 3);
  });

  it("gives 1 for identical cases and 0 for two empty ones", () => {
    const side = { measures: [m("a")], kinds: ["k"] };
    expect(compareCases(side, side).similarity).toBe(1);
    expect(compareCases({ measures: [], kinds: [] }, { measures: [], kinds: [] }).similarity).toBe(0);
  });
});
