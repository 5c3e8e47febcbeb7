import { describe, expect, it } from "vitest";
import { measureCategories, projectStages } from "./categories.ts";
import { departmentKinds } from "./departments.ts";
import { labelOfId } from "./ids.ts";
import { measureById, measureIdAliases, measureNodes, measures, resolveMeasureId, wordingsOf } from "./taxonomy.ts";

describe("measure taxonomy", () => {
  it("has unique, well-formed measure ids", () => {
    const ids = measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(labelOfId(id), id).toBe("Measure");
  });

  it("never gives one wording to two measures", () => {
    const owner = new Map<string, string>();
    for (const m of measures) {
      for (const w of new Set(wordingsOf(m))) {
        expect(owner.get(w), `${w} claimed by ${owner.get(w)} and ${m.id}`).toBeUndefined();
        owner.set(w, m.id);
      }
    }
  });

  it("uses every category and only known ones", () => {
    const known = new Set(measureCategories.map((c) => c.id));
    const used = new Set(measures.map((m) => m.category));
    for (const c of used) expect(known.has(c)).toBe(true);
    expect([...known].filter((c) => !used.has(c))).toEqual([]);
  });

  it("puts every category in one stage of the project's life, and every stage has a category", () => {
    const stages = new Set<string>(projectStages.map((s) => s.id));
    for (const c of measureCategories) expect(stages.has(c.stage), c.id).toBe(true);
    expect(new Set(measureCategories.map((c) => c.stage)).size).toBe(projectStages.length);
  });

  it("keeps the size the sources call for", () => {
    // 61 sheets name about ninety distinct practices; far more would mean wordings were not merged into measures.
    expect(measures.length).toBeGreaterThanOrEqual(60);
    expect(measures.length).toBeLessThanOrEqual(100);
  });

  it("resolves every retired measure id to a current one, and leaves current ids alone", () => {
    for (const [old, current] of Object.entries(measureIdAliases)) {
      expect(measureById.has(old), old).toBe(false);
      expect(measureById.has(current), current).toBe(true);
      expect(resolveMeasureId(old)).toBe(current);
    }
    expect(resolveMeasureId("measure:proxy-service")).toBe("measure:proxy-service");
  });

  it("keeps goals out of the practices", () => {
    const wordings = measures.flatMap((m) => wordingsOf(m));
    for (const goal of ["落地即开工", "竣工即投产"]) expect(wordings).not.toContain(goal);
  });

  it("puts every variant into the searchable aliases of the Measure node", () => {
    const node = measureNodes().find((n) => n.id === "measure:proxy-service");
    expect(node?.aliases).toEqual(expect.arrayContaining(["全程代办", "代办员", "专职代办员", "帮办代办"]));
  });
});

describe("department kinds", () => {
  it("has unique kinds and no alias shared by two kinds", () => {
    const kinds = departmentKinds.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const owner = new Map<string, string>();
    for (const k of departmentKinds) {
      for (const a of [k.name, ...k.aliases]) {
        expect(owner.get(a), `${a} in ${owner.get(a)} and ${k.kind}`).toBeUndefined();
        owner.set(a, k.kind);
      }
    }
  });

  it("covers the units the brief lists", () => {
    const kinds = new Set<string>(departmentKinds.map((k) => k.kind));
    for (const k of [
      "party-committee",
      "development-reform",
      "economy-it",
      "port-shipping",
      "park-admin",
      "power-utility",
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });
});
