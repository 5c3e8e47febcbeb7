import { describe, expect, it } from "vitest";
import { idOf, idPattern, idPrefixes, labelOfId, nodeLabels, slugOfId } from "./ids.ts";

describe("ids", () => {
  it("maps every prefix back to its label", () => {
    expect(labelOfId("dept:dinghai:development-reform")).toBe("Department");
    expect(labelOfId("category:approval")).toBe("MeasureCategory");
    expect(labelOfId("case:dinghai-2022-03")).toBe("Case");
  });

  it("rejects malformed ids", () => {
    for (const bad of ["dinghai", "region:", "region:Dinghai", "region:-x", "region:a b", "town:x", "region:a::b"]) {
      expect(labelOfId(bad), bad).toBeUndefined();
      expect(idPattern.test(bad), bad).toBe(false);
    }
  });

  it("idOf accepts only its own label", () => {
    expect(idOf("Region").safeParse("region:dinghai").success).toBe(true);
    expect(idOf("Region").safeParse("park:dinghai").success).toBe(false);
  });

  it("has one distinct prefix per label", () => {
    const prefixes = nodeLabels.map((l) => idPrefixes[l]);
    expect(new Set(prefixes).size).toBe(nodeLabels.length);
    expect(slugOfId("figure:dinghai-2022-03:land")).toBe("dinghai-2022-03:land");
  });
});
