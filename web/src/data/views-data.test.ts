import { describe, expect, it } from "vitest";
import type { DepartmentKindSlug } from "../../../graph-schema/departments.ts";
import type { CaseSummary, Comparison, Cooccurrence, Recurrence, TaskForce } from "../api/types.ts";
import { translator } from "../i18n.ts";
import { compareTable, comparisonItems } from "./compare.ts";
import { cooccurrenceTable, orderMeasures, pairIndex, pairKey } from "./cooccurrence.ts";
import { filterOptions, recurrenceTable } from "./recurrence.ts";
import { participants, taskForceFlows, taskForceMatrix, taskForceTable } from "./taskforces.ts";

const t = translator("en");
const m = (id: string, caseCount = 1) => ({
  id,
  type: "Measure" as const,
  name: `措施${id}`,
  nameEn: `measure ${id}`,
  category: "category:approval",
  categoryName: "审批服务",
  caseCount,
});

describe("co-occurrence data", () => {
  const data: Cooccurrence = {
    totalCases: 6,
    measures: [m("a", 5), m("b", 3), m("c", 4), m("d", 1)],
    pairs: [
      { a: "a", b: "c", count: 3, jaccard: 0.5, lift: 1.2, cases: [] },
      { a: "b", b: "d", count: 1, jaccard: 0.33, lift: 2, cases: [] },
    ],
  };

  it("indexes pairs either way round", () => {
    expect(pairKey("b", "a")).toBe("a|b");
    expect(pairIndex(data.pairs).get(pairKey("c", "a"))?.count).toBe(3);
  });

  it("orders by cluster, count and name", () => {
    const cluster = orderMeasures(data, "cluster", "zh");
    expect(Math.abs(cluster.indexOf("a") - cluster.indexOf("c"))).toBe(1);
    expect(Math.abs(cluster.indexOf("b") - cluster.indexOf("d"))).toBe(1);
    expect(orderMeasures(data, "count", "zh")).toEqual(["a", "c", "b", "d"]);
    expect(orderMeasures(data, "name", "en")).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves out measures in no pair at the minimum count", () => {
    const raised = { ...data, pairs: data.pairs.filter((p) => p.count >= 2) };
    expect(orderMeasures(raised, "count", "zh")).toEqual(["a", "c"]);
  });

  it("tabulates pairs by count", () => {
    const table = cooccurrenceTable(data, t, "en");
    expect(table.rows[0]?.slice(0, 3)).toEqual(["measure a", "measure c", 3]);
  });
});

describe("recurrence data", () => {
  it("tabulates measures and derives filter options", () => {
    const data: Recurrence = {
      totalCases: 4,
      measures: [
        {
          ...m("a", 2),
          share: 0.5,
          cases: [
            { id: "case:1", name: "一", nameEn: null, title: "一" },
            { id: "case:2", name: "二", nameEn: null, title: "二" },
          ],
        },
      ],
    };
    expect(recurrenceTable(data, t, "zh").rows[0]).toEqual(["措施a", "审批服务", 2, 0.5, "一；二", "a"]);
    const region = (id: string, name: string) => ({ id, type: "Region" as const, name, nameEn: null });
    const summary = (c: Omit<CaseSummary, "titleEn" | "reportingUnit">): CaseSummary => ({
      ...c,
      titleEn: null,
      reportingUnit: "",
    });
    const options = filterOptions(
      [
        summary({
          id: "c1",
          name: "",
          nameEn: null,
          title: "",
          year: 2022,
          region: region("region:b", "舟山"),
          synthetic: false,
          measureCount: 1,
        }),
        summary({
          id: "c2",
          name: "",
          nameEn: null,
          title: "",
          year: 2020,
          region: region("region:a", "定海"),
          synthetic: false,
          measureCount: 1,
        }),
        // A year the contract promises but an answer lacks is left out of the options, not shown as "null".
        summary({
          id: "c3",
          name: "",
          nameEn: null,
          title: "",
          year: null as unknown as number,
          region: region("region:a", "定海"),
          synthetic: false,
          measureCount: 1,
        }),
      ],
      "zh",
    );
    expect(options.years).toEqual([2020, 2022]);
    expect(options.regions.map(([id]) => id).sort()).toEqual(["region:a", "region:b"]);
  });
});

describe("task-force data", () => {
  const dept = (id: string, kind: DepartmentKindSlug) => ({
    id,
    type: "Department" as const,
    name: id,
    nameEn: null,
    kind,
  });
  const tf = (
    id: string,
    leader: ReturnType<typeof dept> | null,
    members: ReturnType<typeof dept>[],
    project: string | null,
  ): TaskForce => ({
    id,
    name: `专班${id}`,
    nameEn: null,
    leader: leader ? { role: "组长", department: leader } : null,
    members,
    project: project ? { id: project, type: "Project", name: project, nameEn: null } : null,
    case: { id: `case:${id}`, name: `案例${id}`, nameEn: null, title: `案例${id}` },
  });
  const commerceA = dept("dept:a:commerce", "commerce");
  const commerceB = dept("dept:b:commerce", "commerce");
  const nr = dept("dept:a:natural-resources", "natural-resources");
  const forces = [tf("1", commerceA, [commerceA, nr], "project:x"), tf("2", null, [commerceB], null)];

  it("counts the leader once even when also a member", () => {
    expect(participants(forces[0] as TaskForce).map((p) => [p.dept.id, p.leads])).toEqual([
      ["dept:a:commerce", true],
      ["dept:a:natural-resources", false],
    ]);
  });

  it("builds department → task force → project flows, grouped by kind", () => {
    const flows = taskForceFlows(forces, "kind", "zh");
    expect(flows.links).toEqual([
      { source: "d:kind:commerce", target: "tf:1", value: 1, leader: true },
      { source: "d:kind:natural-resources", target: "tf:1", value: 1, leader: false },
      { source: "tf:1", target: "p:project:x", value: 2, leader: false },
      { source: "d:kind:commerce", target: "tf:2", value: 1, leader: false },
    ]);
    expect(flows.nodes.filter((n) => n.column === 0)).toHaveLength(2);
    expect(taskForceFlows(forces, "dept", "zh").nodes.filter((n) => n.column === 0)).toHaveLength(3);
  });

  it("builds the matrix with leaders marked and rows by participation", () => {
    const matrix = taskForceMatrix(forces, "kind", "zh");
    expect(matrix.rows[0]).toMatchObject({ key: "kind:commerce", joined: 2 });
    expect(matrix.cell("kind:commerce", "1")).toEqual({ count: 1, leader: true });
    expect(matrix.cell("kind:natural-resources", "2")).toBeNull();
  });

  it("tabulates task forces", () => {
    expect(taskForceTable(forces, t, "zh").rows[0]).toEqual([
      "专班1",
      "案例1",
      "组长",
      "dept:a:commerce",
      "dept:a:commerce、dept:a:natural-resources",
      2,
      "project:x",
    ]);
  });
});

describe("compare data", () => {
  it("lists items by side, measures first", () => {
    const c: Comparison = {
      a: { id: "case:a", name: "A", nameEn: null, title: "A" },
      b: { id: "case:b", name: "B", nameEn: null, title: "B" },
      measures: { shared: [m("s")], onlyA: [m("x")], onlyB: [] },
      departments: { shared: [], onlyA: [], onlyB: [{ kind: "commerce", name: "商务局", nameEn: "Commerce bureau" }] },
      similarity: 0.25,
      totalCases: 10,
    };
    expect(comparisonItems(c, "en").map((i) => `${i.kind}:${i.side}:${i.name}`)).toEqual([
      "measure:onlyA:measure x",
      "measure:shared:measure s",
      "department:onlyB:Commerce bureau",
    ]);
    expect(compareTable(c, t, "en").name).toContain("0.25");
  });
});
