import { describe, expect, it } from "vitest";
import { extractCase } from "./index.ts";

const text = `主要做法

一、服务不打烊。推行"管家式服务"和"一园一策"，建立"首席服务官"制度，坚持一企一策、"店小二"式服务，做到一心一意。`;

describe("candidate new measures", () => {
  const { items, draft } = extractCase(text);
  const candidates = items.filter((i) => i.candidate);

  it("proposes quoted slogans, 一X一Y and item titles that are not in the taxonomy (管家式 is: a sheet prints it)", () => {
    expect(candidates.map((c) => c.key).sort()).toEqual(["一园一策", "服务不打烊", "首席服务官"].sort());
    expect(candidates.every((c) => c.type === "measure" && c.ref === undefined && c.confidence < 0.6)).toBe(true);
  });

  it("never turns a known wording into a candidate, and never merges a candidate into the draft", () => {
    const known = items.filter((i) => i.type === "measure" && !i.candidate).map((i) => i.key);
    expect(known).toEqual(expect.arrayContaining(["measure:tailored-plan", "measure:nanny-service"]));
    const featured = draft.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to);
    expect(new Set(featured)).toEqual(new Set(["measure:tailored-plan", "measure:nanny-service"]));
  });
});
