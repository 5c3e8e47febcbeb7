import { describe, expect, it } from "vitest";
import { toNeo4jProps } from "./props.ts";

describe("toNeo4jProps", () => {
  it("keeps primitives and primitive lists, drops undefined and null", () => {
    expect(toNeo4jProps({ a: "x", b: 2, c: true, d: ["p", "q"], e: undefined, f: null })).toEqual({
      a: "x",
      b: 2,
      c: true,
      d: ["p", "q"],
    });
  });

  it("flattens one level of nesting with a camelCase prefix", () => {
    expect(toNeo4jProps({ normalized: { value: 3.5e9, unit: "yuan" } })).toEqual({
      normalizedValue: 3.5e9,
      normalizedUnit: "yuan",
    });
  });

  it("omits the keys it is told to", () => {
    expect(toNeo4jProps({ label: "Case", id: "case:x", name: "n" }, ["label"])).toEqual({ id: "case:x", name: "n" });
  });

  it("keeps lists of objects whole as JSON under <key>Json", () => {
    const people = [{ name: "刘广汉", role: "董事长" }];
    expect(toNeo4jProps({ people })).toEqual({ peopleJson: JSON.stringify(people) });
  });

  it("refuses mixed lists, naming the path", () => {
    expect(() => toNeo4jProps({ xs: [1, "a"] })).toThrow(/xs cannot be stored/);
  });
});
