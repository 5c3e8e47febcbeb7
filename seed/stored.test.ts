import { describe, expect, it } from "vitest";
import { measureCategories, measureNodes, storedNodeSchemas, storedRelationshipSchema } from "../graph-schema/index.ts";
import { bundledCasesDir, caseFilesIn } from "./files.ts";
import { planCase } from "./plan.ts";
import { toNeo4jProps } from "./props.ts";
import { readCaseFiles } from "./seed.ts";
import { measurePopularity, syntheticCases } from "./synthetic.ts";

// graph-schema/stored.ts describes what the loader writes; these tests hold the loader to that description.
const real = readCaseFiles(caseFilesIn(bundledCasesDir));
const synthetic = [...syntheticCases({ count: 20, seed: 7, popularity: measurePopularity(real) })];

describe("what the loader stores matches graph-schema/stored.ts", () => {
  it.each([
    ["bundled", real],
    ["synthetic", synthetic],
  ])("every %s node and relationship", (_name, files) => {
    for (const plan of files.map((file) => planCase(file))) {
      for (const node of plan.nodes) {
        // A null in a plan removes the property on write (a year or flags that a reload dropped): it is not stored.
        const stored = Object.fromEntries(Object.entries(node.props).filter(([, value]) => value !== null));
        const parsed = storedNodeSchemas[node.label].safeParse(stored);
        expect(parsed.error?.issues ?? [], `${node.id}`).toEqual([]);
      }
      for (const rel of plan.relationships) {
        const parsed = storedRelationshipSchema(rel.type).safeParse(rel.props);
        expect(parsed.error?.issues ?? [], `${rel.type} ${rel.from} → ${rel.to}`).toEqual([]);
      }
    }
  });

  it("flattens a figure's normalisation and marks every node of a synthetic case", () => {
    const figure = planCase(synthetic[0] as (typeof synthetic)[number]).nodes.find((n) => n.label === "Figure");
    expect(figure?.props).toMatchObject({ normalizedUnit: "yuan", synthetic: true });
    expect(figure?.props).not.toHaveProperty("normalized");
    const sourced = planCase(real[0] as (typeof real)[number]);
    expect(sourced.nodes.filter((n) => n.label !== "Case").some((n) => "synthetic" in n.props)).toBe(false);
    expect(sourced.nodes[0]?.props.regionPath).toEqual(expect.arrayContaining([real[0]?.case.regionId]));
  });

  it("the taxonomy's measures and categories", () => {
    for (const measure of measureNodes())
      expect(() => storedNodeSchemas.Measure.parse(toNeo4jProps(measure, ["label"]))).not.toThrow();
    for (const category of measureCategories)
      expect(() =>
        storedNodeSchemas.MeasureCategory.parse(toNeo4jProps({ ...category, label: "MeasureCategory" }, ["label"])),
      ).not.toThrow();
  });
});
