import { describe, expect, it } from "vitest";
import { expectedPartners, expectedSimilar, expectedSpread } from "../../../test/analyst-answers.ts";
import type { Json } from "../../../test/seeded-api.ts";
import { useSeededApi } from "../../../test/seeded-api.ts";

const DINGHAI = "case:dinghai-2022-03";
const PROXY = "measure:proxy-service";

describe("analyst endpoints against real Neo4j with the seeded cases", () => {
  const { fixture, get } = useSeededApi(20);

  it("ranks the cases most similar to Dinghai as the case files give them, with shared measures", async () => {
    const { status, body } = await get(`/api/cases/${DINGHAI}/similar?limit=5`);
    expect(status).toBe(200);
    const expected = expectedSimilar(fixture.real, DINGHAI).slice(0, 5);
    expect(body.totalCases).toBe(fixture.real.length);
    expect(body.similar.map((s: Json) => s.case.id)).toEqual(expected.map((s) => s.id));
    body.similar.forEach((s: Json, i: number) => {
      expect(s.score).toBeCloseTo(expected[i]?.score ?? -1, 3);
      expect(s.shared.map((m: Json) => m.id).sort()).toEqual(expected[i]?.shared);
      expect(s.onlyThis.length + s.shared.length).toBe(body.measures.length);
    });
  });

  it("gives compare the same similarity as the ranked list", async () => {
    const { body } = await get(`/api/cases/${DINGHAI}/similar?limit=1`);
    const top = body.similar[0];
    const compared = await get(`/api/cases/${DINGHAI}/compare/${top.case.id}`);
    expect(compared.body.similarity).toBeCloseTo(top.score, 3);
    expect(compared.body.totalCases).toBe(fixture.real.length);
  });

  it("counts synthetic cases only when asked, and answers 404 for an unknown case", async () => {
    const all = await get(`/api/cases/${DINGHAI}/similar?includeSynthetic=true`);
    expect(all.body.totalCases).toBe(fixture.real.length + fixture.synthetic.length);
    const missing = await get("/api/cases/case:nope/similar");
    expect(missing.status).toBe(404);
  });

  it("profiles 代办帮办: partners by count above the minimum support, uses with evidence, spread", async () => {
    const { status, body } = await get(`/api/measures/${PROXY}/profile?minSupport=2`);
    expect(status).toBe(200);
    const partners = expectedPartners(fixture.real, PROXY).filter((p) => p.count >= 2);
    expect(body.partners.map((p: Json) => [p.measure.id, p.count]).sort()).toEqual(
      partners.map((p) => [p.id, p.count]).sort(),
    );
    const counts = body.partners.map((p: Json) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const spread = expectedSpread(fixture.real, PROXY);
    expect(body.caseCount).toBe(spread.caseIds.length);
    expect(body.uses.map((u: Json) => u.case.id).sort()).toEqual(spread.caseIds);
    expect(body.uses.every((u: Json) => u.evidence.length > 0 && u.section.length > 0)).toBe(true);
    expect(body.spread.years.sort()).toEqual(spread.years.sort());
    const cellCases = body.spread.cells.flatMap((c: Json) => c.cases).sort();
    expect(cellCases).toEqual(spread.caseIds);
  });

  it("answers 404 for an unknown measure and 400 for a bad minimum support", async () => {
    expect((await get("/api/measures/measure:nope/profile")).status).toBe(404);
    const bad = await get(`/api/measures/${PROXY}/profile?minSupport=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.minSupport");
  });
});
