import { describe, expect, it } from "vitest";
import { fullTextIndexes, rangeIndexes, schemaStatements, uniqueIdConstraints } from "./constraints.ts";
import { nodeLabels } from "./ids.ts";

describe("constraints", () => {
  it("has one idempotent uniqueness constraint per label", () => {
    expect(uniqueIdConstraints).toHaveLength(nodeLabels.length);
    expect(uniqueIdConstraints).toContain(
      "CREATE CONSTRAINT measure_category_id IF NOT EXISTS FOR (n:MeasureCategory) REQUIRE n.id IS UNIQUE",
    );
  });

  it("names every statement uniquely and makes all idempotent", () => {
    const names = schemaStatements.map((s) => s.split(" ")[2]);
    expect(new Set(names).size).toBe(names.length);
    for (const s of schemaStatements) expect(s).toContain("IF NOT EXISTS");
  });

  it("uses the cjk analyzer for the one full-text index", () => {
    expect(fullTextIndexes).toHaveLength(1);
    expect(fullTextIndexes[0]).toContain("`fulltext.analyzer`: 'cjk'");
    expect(fullTextIndexes[0]).toContain("ON EACH [n.name, n.nameEn, n.aliases]");
    expect(rangeIndexes.some((s) => s.includes("(n.year)"))).toBe(true);
  });
});
