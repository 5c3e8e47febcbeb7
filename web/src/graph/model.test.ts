import { describe, expect, it } from "vitest";
import { filterModel, linkIndexPairs, mergeSubgraphs, neighbourhood, typeCounts } from "./model.ts";
import { link, node, sub } from "./test-fixtures.ts";

describe("graph model", () => {
  const base = sub([node("a", "Case"), node("b"), node("c")], [link("a", "b"), link("a", "c")]);

  it("merges parts without repeats and drops links with a missing end", () => {
    const more = sub([node("b"), node("d", "Department")], [link("a", "b"), link("b", "d"), link("d", "zz")]);
    const model = mergeSubgraphs([base, more]);
    expect(model.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(model.links.map((l) => l.id)).toEqual(["a-b", "a-c", "b-d"]);
    expect(model.index.get("d")).toBe(3);
  });

  it("filters hidden types and keeps only the path when asked", () => {
    const model = mergeSubgraphs([base]);
    const noCases = filterModel(model, { hiddenTypes: new Set(["Case"]) });
    expect(noCases.nodes.map((n) => n.id)).toEqual(["b", "c"]);
    expect(noCases.links).toEqual([]);
    const path = filterModel(model, {
      hiddenTypes: new Set(),
      onlyNodes: new Set(["a", "b"]),
      onlyLinks: new Set(["a-b"]),
    });
    expect(path.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(path.links.map((l) => l.id)).toEqual(["a-b"]);
    expect(path.index.get("b")).toBe(1);
  });

  it("finds neighbourhoods, type counts and index pairs", () => {
    const model = mergeSubgraphs([base]);
    expect([...neighbourhood(model, "b")].sort()).toEqual(["a", "b"]);
    expect(typeCounts(model.nodes)).toEqual([
      ["Measure", 2],
      ["Case", 1],
    ]);
    expect([...linkIndexPairs(model)]).toEqual([0, 1, 0, 2]);
  });
});
