import { describe, expect, it } from "vitest";
import type { CaseFile } from "../../../graph-schema/index.ts";
import { q } from "../../../test/api-client.ts";
import { type Json, useSeededApi } from "../../../test/seeded-api.ts";

/** Every piece of a case file that search reads, by the field the hit reports. */
function caseTexts(file: CaseFile): [field: string, text: string][] {
  const c = file.case;
  const named = (label: string) => file.nodes.filter((n) => n.label === label).map((n) => n.name);
  return [
    ["name", c.name],
    ...(c.aliases ?? []).map((a): [string, string] => ["alias", a]),
    ["summary", `${c.title} ${c.summary}`],
    ...named("Company").map((n): [string, string] => ["company", n]),
    ...named("Project").map((n): [string, string] => ["project", n]),
    ...file.nodes.flatMap((n): [string, string][] => ("text" in n ? [["outcome", String(n.text)]] : [])),
    ...file.relationships.map((r): [string, string] => ["evidence", r.evidence]),
  ];
}

describe("GET /api/search finds cases by what they tell, not only by name", () => {
  const { fixture, get } = useSeededApi(8);
  const mentioning = (text: string) =>
    fixture.real.filter((f) => caseTexts(f).some(([, t]) => t.includes(text))).map((f) => f.case.id);

  for (const text of ["聚泰", "渭南", "静默"]) {
    it(`finds exactly the cases that mention ${text}, each with where it matched`, async () => {
      const expected = mentioning(text);
      expect(expected.length).toBeGreaterThan(0);
      const { status, body } = await get(`/api/search?q=${q(text)}&types=Case&limit=100`);
      expect(status).toBe(200);
      expect(body.hits.map((h: Json) => h.id).sort()).toEqual([...expected].sort());
      for (const hit of body.hits) {
        if (hit.match) expect(hit.match.text).toContain(text);
        else expect(hit.name).toContain(text);
      }
    });
  }

  it("puts a node named by the text before the cases found only through it", async () => {
    const { body } = await get(`/api/search?q=${q("聚泰")}&limit=50`);
    const company = body.hits.findIndex((h: Json) => h.type === "Company" && h.match === null);
    const throughCompany = body.hits.findIndex((h: Json) => h.match?.field === "company");
    expect(company).toBeGreaterThanOrEqual(0);
    if (throughCompany >= 0) expect(company).toBeLessThan(throughCompany);
  });
});
