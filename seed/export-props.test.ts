import { describe, expect, it } from "vitest";
import { nodeSchemas } from "../graph-schema/index.ts";
import { fromNeo4jProps, UnmappedPropertyError } from "./export-props.ts";
import { bundledCasesDir, caseFilesIn } from "./files.ts";
import { toNeo4jProps } from "./props.ts";
import { readCaseFiles } from "./seed.ts";

describe("fromNeo4jProps", () => {
  const cases = readCaseFiles(caseFilesIn(bundledCasesDir));

  it("undoes toNeo4jProps for every node of the bundled cases: nested objects, lists of objects, lists", () => {
    for (const file of cases) {
      for (const node of file.nodes) {
        const props = toNeo4jProps(node, ["label"]);
        const back = fromNeo4jProps(node.id, props, nodeSchemas[node.label].shape, []);
        expect({ ...back, label: node.label }).toEqual(node);
      }
    }
  });

  it("drops the properties it is told to skip, even where the shape has a field of that name", () => {
    const props = { id: "source:x", name: "来源", title: "标题", reliability: "gov", note: "备注", loadId: "u" };
    expect(fromNeo4jProps("source:x", props, nodeSchemas.Source.shape, ["note", "loadId"])).toEqual({
      id: "source:x",
      name: "来源",
      title: "标题",
      reliability: "gov",
    });
  });

  it("refuses a property the case-file format has no field for, naming element and property", () => {
    const props = { id: "industry:x", name: "产业", colour: "red" };
    expect(() => fromNeo4jProps("industry:x", props, nodeSchemas.Industry.shape, [])).toThrow(UnmappedPropertyError);
    expect(() => fromNeo4jProps("industry:x", props, nodeSchemas.Industry.shape, [])).toThrow(
      "export: industry:x: property colour has no field",
    );
  });

  it("gives back a case's unsourced year as null (Neo4j stores it absent) and its flags from flagsJson", () => {
    const unsourced = cases.find((file) => file.case.year === null && (file.case.flags ?? []).length > 0);
    expect(unsourced).toBeDefined();
    if (!unsourced) return;
    const props = toNeo4jProps(unsourced.case, ["label", "flags", "year"]);
    props.flagsJson = JSON.stringify(unsourced.case.flags);
    const back = fromNeo4jProps(unsourced.case.id, props, nodeSchemas.Case.shape, []);
    expect(back.year).toBeNull();
    expect(back.flags).toEqual(unsourced.case.flags);
  });
});
