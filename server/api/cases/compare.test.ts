import { describe, expect, it } from "vitest";
import { compareCases } from "./compare.ts";

const m = (id: string) => ({ id });

describe("compareCases", () => {
  it("splits measures and kinds into shared and one-sided", () => {
    const result = compareCases(
      { measures: [m("a"), m("b"), m("c")], kinds: ["fagai", "zhujian"] },
      { measures: [m("b"), m("c"), m("d")], kinds: ["zhujian", "jiaotong"] },
    );
    expect(result.measures.shared.map((x) => x.id)).toEqual(["b", "c"]);
    expect(result.measures.onlyA.map((x) => x.id)).toEqual(["a"]);
    expect(result.measures.onlyB.map((x) => x.id)).toEqual(["d"]);
    expect(result.kinds).toEqual({ shared: ["zhujian"], onlyA: ["fagai"], onlyB: ["jiaotong"] });
  });
});
