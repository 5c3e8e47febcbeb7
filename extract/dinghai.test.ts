import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CaseFileInput, caseFileSchema } from "../graph-schema/index.ts";
import { extractCase } from "./index.ts";

// CI keeps shared/ beside the repo, so the source text is read from there, never copied into the project.
const source = readFileSync(new URL("../../shared/sources/dinghai-2022-typical-case-03.txt", import.meta.url), "utf8");
const seed = JSON.parse(
  readFileSync(new URL("../seed/cases/dinghai-2022-03.json", import.meta.url), "utf8"),
) as CaseFileInput;

/**
 * Measures of the hand-encoded case that no surface reading of this text can find:
 * - port-maritime-coordination is inferred from 港航 being a task-force member; the text never names the practice;
 * - warm-enterprise-liaison comes from another source (related-cases.md §0), not from this text;
 * - land-to-construction is encoded from 落地即开工, a goal the reviewed taxonomy keeps out of the practices;
 * - one-stop-service is encoded from 一站式 inside 一站式、专业化、精准化全生命周期管理服务, a wording the taxonomy
 *   gives whole to full-lifecycle-service (the longest match takes it).
 * The case file is being re-encoded against the reviewed taxonomy, so the test allows any of these to disappear.
 */
const knownMisses = [
  "measure:port-maritime-coordination",
  "measure:warm-enterprise-liaison",
  "measure:land-to-construction",
  "measure:one-stop-service",
];

/** The reviewed taxonomy made 企业至上，企业家至上，服务至上 a wording of firm-first; the case file predates that. */
const knownExtras = ["measure:firm-first"];

describe("extracting the Dinghai case", () => {
  const { draft, items, problems } = extractCase(source);
  const featured = (file: CaseFileInput) =>
    new Set(file.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to));

  it("produces a draft that passes caseFileSchema", () => {
    expect(problems).toEqual([]);
    expect(caseFileSchema.safeParse(draft).success).toBe(true);
    expect(draft.case.id).toMatch(/^case:draft-[0-9a-f]{8}$/);
    expect(draft.case.regionId).toBe(draft.case.id.replace("case:", "region:"));
    expect(draft.nodes.find((n) => n.id === draft.case.regionId)?.name).toBe("定海区");
    expect(draft.nodes.find((n) => n.label === "Source")).toMatchObject({ reliability: "low" });
  });

  it("recovers at least 85% of the hand-encoded measures, missing only the known ones", () => {
    const expected = featured(seed);
    const found = featured(draft);
    const missed = [...expected].filter((id) => !found.has(id)).sort();
    expect(missed.filter((id) => !knownMisses.includes(id))).toEqual([]);
    expect((expected.size - missed.length) / expected.size).toBeGreaterThanOrEqual(0.85);
    // Nothing outside the hand-encoded set either: every FEATURES edge of the draft is one the encoder also made.
    expect([...found].filter((id) => !expected.has(id) && !knownExtras.includes(id))).toEqual([]);
  });

  it("recovers the task force, its leader post and all seven member departments", () => {
    const force = draft.nodes.find((n) => n.label === "TaskForce");
    expect(force?.name).toBe("浙江聚泰项目工作专班");
    const led = draft.relationships.find((r) => r.type === "LED_BY");
    expect(led).toMatchObject({ from: force?.id, role: "区委常委 (组长)" });
    expect(draft.nodes.find((n) => n.id === led?.to)).toMatchObject({ kind: "party-committee" });
    const members = draft.relationships
      .filter((r) => r.type === "MEMBER_OF" && r.to === force?.id)
      .map((r) => draft.nodes.find((n) => n.id === r.from))
      .map((n) => (n && "kind" in n ? n.kind : undefined));
    expect(members.sort()).toEqual(
      [
        "park-admin",
        "development-reform",
        "economy-it",
        "housing-construction",
        "transport",
        "ecology-environment",
        "port-shipping",
      ].sort(),
    );
  });

  it("recovers the project figures with their metrics", () => {
    const figures = draft.nodes.flatMap((n) =>
      n.label === "Figure" ? [`${n.metric} ${n.normalized?.value} ${n.normalized?.unit}`] : [],
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        "investment 3500000000 yuan",
        "land 410 mu",
        "capacity 200000 t/yr",
        "output 10000000000 yuan",
        "land 6234 mu",
        "duration 4 month",
      ]),
    );
  });

  it("links the investing company to the project it names", () => {
    const company = draft.nodes.find((n) => n.label === "Company" && n.name.includes("浙江聚泰"));
    const invests = draft.relationships.filter((r) => r.type === "INVESTS_IN" && r.from === company?.id);
    expect(invests.map((r) => draft.nodes.find((n) => n.id === r.to)?.label)).toEqual(["Project"]);
  });

  it("reports offsets that point at the item text in the input", () => {
    for (const item of items) expect(source.slice(item.start, item.end)).toBe(item.text);
  });
});
