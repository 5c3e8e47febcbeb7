import { describe, expect, it } from "vitest";
import { relationLabel, relationLabels } from "./relationship-labels.ts";
import { relationshipTypeNames } from "./relationships.ts";

describe("relationLabels", () => {
  it("names every relationship type in both languages and both directions", () => {
    for (const type of relationshipTypeNames) {
      for (const lang of ["zh", "en"] as const) {
        expect(relationLabels[type][lang].out.length).toBeGreaterThan(0);
        expect(relationLabels[type][lang].in.length).toBeGreaterThan(0);
      }
    }
  });

  it("reads a task force's members as 成员 and its leader as 牵头单位", () => {
    expect(relationLabel("MEMBER_OF", "in", "zh")).toBe("成员");
    expect(relationLabel("LED_BY", "out", "zh")).toBe("牵头单位");
    expect(relationLabel("FEATURES", "out", "en")).toBe("uses measure");
  });

  it("never shows the raw type", () => {
    for (const type of relationshipTypeNames) expect(relationLabel(type, "out", "zh")).not.toContain(type);
  });
});
