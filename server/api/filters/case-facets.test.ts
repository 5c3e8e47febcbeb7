import { describe, expect, it } from "vitest";
import { caseFilterQuery } from "../../../contract/filters.ts";
import { type CaseFacets, filterCases, narrows } from "./case-facets.ts";
import { regionTree } from "./region-tree.ts";

const facet = (id: string, year: number | null, regionPath: string[], extra: Partial<CaseFacets> = {}): CaseFacets => ({
  id,
  year,
  regionPath,
  categories: ["category:service"],
  reliabilities: ["gov"],
  synthetic: false,
  ...extra,
});

const cases = [
  facet("case:a", 2020, ["region:dinghai", "region:zhoushan", "region:zhejiang"]),
  facet("case:b", 2023, ["region:yiwu", "region:jinhua", "region:zhejiang"], { categories: ["category:approval"] }),
  facet("case:c", null, ["region:leshan", "region:sichuan"], { reliabilities: ["mirror"] }),
  facet("case:s", 2022, ["region:dinghai", "region:zhoushan", "region:zhejiang"], { synthetic: true }),
];
const ids = (query: Record<string, string>) => filterCases(cases, caseFilterQuery.parse(query)).map((c) => c.id);

describe("filterCases", () => {
  it("keeps synthetic cases out unless asked, or chosen by id", () => {
    expect(ids({})).toEqual(["case:a", "case:b", "case:c"]);
    expect(ids({ includeSynthetic: "true" })).toHaveLength(4);
    expect(ids({ cases: "case:s,case:b" })).toEqual(["case:b", "case:s"]);
  });

  it("keeps unknown years out of a year range unless asked", () => {
    expect(ids({ yearFrom: "2021" })).toEqual(["case:b"]);
    expect(ids({ yearFrom: "2021", unknownYears: "true" })).toEqual(["case:b", "case:c"]);
    expect(ids({ yearFrom: "2024", yearTo: "2020" })).toEqual([]);
  });

  it("narrows by a province and everything below it, a category and a reliability", () => {
    expect(ids({ region: "region:zhejiang" })).toEqual(["case:a", "case:b"]);
    expect(ids({ region: "region:zhoushan" })).toEqual(["case:a"]);
    expect(ids({ category: "category:approval" })).toEqual(["case:b"]);
    expect(ids({ reliability: "mirror" })).toEqual(["case:c"]);
  });

  it("says whether a filter narrows anything", () => {
    expect(narrows(caseFilterQuery.parse({}))).toBe(false);
    expect(narrows(caseFilterQuery.parse({ region: "region:zhejiang" }))).toBe(true);
  });
});

describe("regionTree", () => {
  it("nests regions along the cases' paths, parents first, with counts", () => {
    const regions = ["zhejiang", "zhoushan", "dinghai", "jinhua", "yiwu", "sichuan", "leshan"].map((n) => ({
      id: `region:${n}`,
      name: n,
      nameEn: null,
      level: "city",
    }));
    const tree = regionTree(cases.slice(0, 3), regions);
    expect(tree.map((r) => [r.id, r.parentId, r.caseCount])).toEqual([
      ["region:zhejiang", null, 2],
      ["region:jinhua", "region:zhejiang", 1],
      ["region:yiwu", "region:jinhua", 1],
      ["region:zhoushan", "region:zhejiang", 1],
      ["region:dinghai", "region:zhoushan", 1],
      ["region:sichuan", null, 1],
      ["region:leshan", "region:sichuan", 1],
    ]);
  });
});
