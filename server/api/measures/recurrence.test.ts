import { describe, expect, it } from "vitest";
import type { CaseMeasureIndex } from "./case-index.ts";
import { recurrence } from "./recurrence.ts";

const measure = (id: string, category: string) => ({
  id,
  type: "Measure" as const,
  name: id,
  nameEn: null,
  category,
  categoryName: category,
});
const index: CaseMeasureIndex = {
  measures: new Map([
    ["m:a", measure("m:a", "cat:x")],
    ["m:b", measure("m:b", "cat:y")],
    ["m:c", measure("m:c", "cat:x")],
  ]),
  cases: [
    {
      id: "c1",
      name: "one",
      nameEn: null,
      title: "one",
      year: 2022,
      regionPath: ["r:dinghai", "r:zhoushan"],
      synthetic: false,
      measures: ["m:a", "m:b"],
    },
    {
      id: "c2",
      name: "two",
      nameEn: null,
      title: "two",
      year: 2020,
      regionPath: ["r:yiwu", "r:jinhua"],
      synthetic: false,
      measures: ["m:a"],
    },
    {
      id: "c3",
      name: "three",
      nameEn: null,
      title: "three",
      year: 2023,
      regionPath: ["r:xiaosha", "r:dinghai", "r:zhoushan"],
      synthetic: false,
      measures: [],
    },
    {
      id: "s1",
      name: "syn",
      nameEn: null,
      title: "syn",
      year: 2022,
      regionPath: ["r:syn"],
      synthetic: true,
      measures: ["m:c", "m:a"],
    },
  ],
};
const base = { minCases: 1, includeSynthetic: false, casesPerMeasure: 10 };

describe("recurrence", () => {
  it("counts distinct real cases per measure, most recurrent first, share over all cases in the filter", () => {
    const result = recurrence(index, base);
    expect(result.totalCases).toBe(3);
    expect(result.measures.map((m) => [m.id, m.caseCount])).toEqual([
      ["m:a", 2],
      ["m:b", 1],
    ]);
    expect(result.measures[0]?.share).toBeCloseTo(2 / 3);
    expect(result.measures[0]?.cases.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("includes synthetic cases only when asked", () => {
    const result = recurrence(index, { ...base, includeSynthetic: true });
    expect(result.totalCases).toBe(4);
    expect(result.measures.find((m) => m.id === "m:a")?.caseCount).toBe(3);
  });

  it("filters by category, region (any ancestor), years and minCases", () => {
    expect(recurrence(index, { ...base, category: "cat:y" }).measures.map((m) => m.id)).toEqual(["m:b"]);
    const zhoushan = recurrence(index, { ...base, region: "r:zhoushan" });
    expect(zhoushan.totalCases).toBe(2);
    expect(recurrence(index, { ...base, yearFrom: 2021, yearTo: 2022 }).totalCases).toBe(1);
    expect(recurrence(index, { ...base, minCases: 2 }).measures.map((m) => m.id)).toEqual(["m:a"]);
  });

  it("caps the listed cases without changing the count", () => {
    const [top] = recurrence(index, { ...base, casesPerMeasure: 1 }).measures;
    expect(top?.caseCount).toBe(2);
    expect(top?.cases).toHaveLength(1);
  });
});
