import { describe, expect, it } from "vitest";
import { lexicon } from "./lexicon.ts";
import { buildDictionary } from "./matcher.ts";

describe("buildDictionary", () => {
  const dict = buildDictionary([
    ["代办", 1],
    ["代办帮办", 2],
    ["帮办", 3],
  ]);

  it("takes the longest wording at each position and never overlaps", () => {
    expect(dict.findAll("采取代办帮办措施，帮办立项").map((m) => [m.key, m.start, m.end])).toEqual([
      ["代办帮办", 2, 6],
      ["帮办", 9, 11],
    ]);
  });

  it("keeps the first payload of a repeated key", () => {
    expect(
      buildDictionary([
        ["a", 1],
        ["a", 2],
      ]).findAll("a")[0]?.payload,
    ).toBe(1);
  });
});

describe("lexicon", () => {
  it("maps variants written differently to one measure", () => {
    const ids = lexicon.findAll("全程代办、专职代办员和代办帮办").map((m) => m.payload);
    expect(ids.map((p) => (p.kind === "measure" ? p.measureId : p.kind))).toEqual([
      "measure:proxy-service",
      "measure:proxy-service",
      "measure:proxy-service",
    ]);
  });

  it("lets a measure win over a department short form inside it", () => {
    const [match] = lexicon.findAll("全民招商");
    expect(match?.payload).toMatchObject({ kind: "measure", measureId: "measure:mass-recruitment" });
  });
});
