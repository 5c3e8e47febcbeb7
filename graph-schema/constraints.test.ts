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
    const names = schemaStatements.map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(s)?.[1]);
    expect(new Set(names).size).toBe(names.length);
    for (const s of schemaStatements) expect(s).toContain("IF NOT EXISTS");
  });

  it("uses the cjk analyzer for names, case prose and relationship evidence", () => {
    expect(fullTextIndexes).toHaveLength(3);
    for (const index of fullTextIndexes) expect(index).toContain("`fulltext.analyzer`: 'cjk'");
    expect(fullTextIndexes[0]).toContain("ON EACH [n.name, n.nameEn, n.aliases]");
    expect(fullTextIndexes[1]).toContain("FOR (n:Case|Outcome)");
    expect(fullTextIndexes[2]).toContain("ON EACH [r.evidence]");
    expect(rangeIndexes.some((s) => s.includes("(n.year)"))).toBe(true);
  });
});
