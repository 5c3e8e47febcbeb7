import { describe, expect, it } from "vitest";
import { cooccurrence } from "./cooccurrence.ts";

const cases = [
  { id: "case:1", name: "one", nameEn: null, title: "one", measures: ["x", "y", "z"] },
  { id: "case:2", name: "two", nameEn: null, title: "two", measures: ["x", "y"] },
  { id: "case:3", name: "three", nameEn: null, title: "three", measures: ["y", "w"] },
  { id: "case:4", name: "four", nameEn: null, title: "four", measures: ["w"] },
];

describe("cooccurrence", () => {
  it("counts pairs once per case with Jaccard and lift", () => {
    const { caseCount, pairs } = cooccurrence(cases, 1, 10);
    expect(caseCount.get("y")).toBe(3);
    const xy = pairs.find((p) => p.a === "x" && p.b === "y");
    // x in 2 cases, y in 3, together in 2 of 4 cases
    expect(xy).toMatchObject({ count: 2, jaccard: 0.6667, lift: 1.3333 });
    expect(xy?.cases.map((c) => c.id)).toEqual(["case:1", "case:2"]);
    expect(pairs[0]).toBe(xy);
  });

  it("drops pairs under minCount and ignores a measure repeated within a case", () => {
    const { pairs } = cooccurrence(
      [...cases, { id: "case:5", name: "dup", nameEn: null, title: "dup", measures: ["x", "x"] }],
      2,
      10,
    );
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["x-y"]);
  });

  it("caps the example cases per pair", () => {
    const { pairs } = cooccurrence(cases, 1, 1);
    expect(pairs.find((p) => p.a === "x" && p.b === "y")?.cases).toHaveLength(1);
  });
});
