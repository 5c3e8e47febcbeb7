import { describe, expect, it } from "vitest";
import { colorOf, contrastRatio, stageBackground, strokeOf, typeColors } from "./colors.ts";

describe("node palette", () => {
  it("computes WCAG contrast ratios (black on white is 21:1, a colour on itself 1:1)", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#CC3311", "#CC3311")).toBe(1);
  });

  it("gives every node type at least 3:1 against the stage", () => {
    const ratios = Object.entries(typeColors).map(([type, color]) => [type, contrastRatio(color, stageBackground)]);
    for (const [type, ratio] of ratios) expect(ratio, `${type}`).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colorOf("Unknown"), stageBackground)).toBeGreaterThanOrEqual(3);
  });

  it("gives every type its own colour, and its own colour and outline pair", () => {
    const colors = Object.values(typeColors).map((c) => c.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
    const pairs = Object.keys(typeColors).map((type) => `${colorOf(type)}|${strokeOf(type)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
