import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./values.ts";

describe("toPlain", () => {
  it("turns Neo4j integers into numbers, deeply", () => {
    expect(toPlain({ a: neo4j.int(42), b: [neo4j.int(1), neo4j.int(2)], c: { d: neo4j.int(-7) } })).toEqual({
      a: 42,
      b: [1, 2],
      c: { d: -7 },
    });
  });

  it("turns temporals into ISO strings", () => {
    expect(toPlain(new neo4j.types.Date(2022, 9, 28))).toBe("2022-09-28");
  });

  it("parses <key>Json properties back into structures", () => {
    expect(toPlain({ peopleJson: '[{"name":"刘广汉","role":"董事长"}]' })).toEqual({
      people: [{ name: "刘广汉", role: "董事长" }],
    });
  });

  it("maps null and undefined to null and leaves strings alone", () => {
    expect(toPlain({ a: null, b: undefined, c: "代办帮办" })).toEqual({ a: null, b: null, c: "代办帮办" });
  });
});
