import { describe, expect, it } from "vitest";
import { extractCase } from "./index.ts";

const text = `主要做法

一、服务不打烊。推行"管家式服务"和"一园一策"，建立"首席服务官"制度，坚持一企一策、"店小二"式服务，做到一心一意。`;

describe("candidate new measures", () => {
  const { items, draft } = extractCase(text);
  const candidates = items.filter((i) => i.candidate);

  it("proposes quoted coinages, 一X一Y and item titles that are not in the taxonomy (管家式 is: a sheet prints it)", () => {
    expect(candidates.map((c) => c.key).sort()).toEqual(["一园一策", "服务不打烊", "首席服务官"].sort());
    expect(candidates.every((c) => c.type === "measure" && c.ref === undefined && c.confidence < 0.9)).toBe(true);
  });

  it("never turns a known wording into a candidate, and never merges a candidate into the draft", () => {
    const known = items.filter((i) => i.type === "measure" && !i.candidate).map((i) => i.key);
    expect(known).toEqual(expect.arrayContaining(["measure:tailored-plan", "measure:nanny-service"]));
    const featured = draft.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to);
    expect(new Set(featured)).toEqual(new Set(["measure:tailored-plan", "measure:nanny-service"]));
  });
});

describe("candidates from the text's own wording", () => {
  const sample =
    "资规、发改、经信等部门3日办结。实行一对一服务，组建三级服务团队，推行工业用地弹性出让和信用承诺预审制，" +
    "建立项目推进群，实行半月一交帐、一月一巡查，开展预勘验、预指导、预审查服务，组建专业招商小分队。";
  const { items } = extractCase(sample);
  const candidates = items.filter((i) => i.candidate);
  const keys = candidates.map((c) => c.key);

  it("finds verb–object phrases, suffix names and rhythms, cut at word boundaries", () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        "三级服务团队",
        "工业用地弹性出让",
        "信用承诺预审制",
        "项目推进群",
        "半月一交帐",
        "一月一巡查",
        "预勘验",
        "预指导",
        "预审查",
      ]),
    );
    expect(keys.some((k) => k.endsWith("服") || k.endsWith("团"))).toBe(false);
  });

  it("ranks each distinct name once, with its mentions, offsets into the input and closest measures", () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(candidates.map((c) => c.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(keys.map((_, i) => i + 1));
    for (const c of candidates) {
      expect(sample.slice(c.start, c.end).replace(/[“”"]/g, "")).toContain(c.key.slice(0, 2));
      expect(c.mentions?.[0]).toEqual({ start: c.start, end: c.end });
    }
    const credit = candidates.find((c) => c.key === "信用承诺预审制");
    expect(credit?.suggestions?.[0]).toMatchObject({ measureId: "measure:commitment-system" });
  });

  it("takes a wording the reviewed taxonomy added (专业招商小分队) as its measure, not as a candidate", () => {
    expect(keys).not.toContain("专业招商小分队");
    expect(items.find((i) => i.text === "专业招商小分队")).toMatchObject({ key: "measure:recruitment-squad" });
  });

  it("reads department abbreviations in a list and the duration 3日办结", () => {
    const departments = items.filter((i) => i.type === "department").map((i) => i.key);
    expect(departments).toEqual(["natural-resources", "development-reform", "economy-it"]);
    expect(items.find((i) => i.type === "duration")).toMatchObject({ key: "3 day", text: "3日" });
  });
});

describe("candidates from lists and quotes", () => {
  const keysOf = (sample: string) =>
    extractCase(sample)
      .items.filter((i) => i.candidate)
      .map((i) => i.key)
      .sort();

  it("splits a quote that lists practices, unless one suffix makes it one mechanism", () => {
    expect(keysOf("推行“全程网办、智能秒批”，优化“挂图作战、精准招商、项目专班、跟踪督办”四项机制。")).toEqual(
      ["全程网办", "智能秒批", "跟踪督办"].sort(),
    );
    expect(keysOf("建立“首接牵头、并联办理”机制。")).toEqual(["首接牵头、并联办理"]);
  });

  it("names each recruitment mode of a list that the taxonomy does not know", () => {
    expect(keysOf("围绕定点招商、产业招商、以商招商，开展工作。")).toEqual(["产业招商", "定点招商"]);
  });

  it("proposes back-to-back quoted names and drops the tail that only describes a coinage", () => {
    expect(keysOf("谋划“百企联动”“千亩熟地”两大招商方案。")).toEqual(["千亩熟地", "百企联动"]);
    expect(keysOf("临溪区打造的“优审通”营商环境服务品牌。")).toEqual(["优审通"]);
  });

  it("drops a taxonomy wording with scope or count words around it, and slogans", () => {
    expect(keysOf("该区已实施承诺制项目12个，全面实施工业用地“标准地”出让改革，坚持“以服务促投资”。")).toEqual([]);
  });

  it("leaves the parts a coinage's explanation names, and slogans that set a mood, to the coinage", () => {
    expect(keysOf("推行“一单四制”，即形成问题清单，实行交办制、台账制、销号制、通报制管理。")).toEqual(["一单四制"]);
    expect(keysOf("营造“大招商、招大商、招好商”的浓厚氛围，坚持“三个年”。")).toEqual([]);
  });

  it("splits a listed quote before 的 and keeps a tail that completes the name", () => {
    expect(keysOf("创新推出“全程帮办、一网通办、并联审批、跟踪问效”的全流程服务。")).toEqual(["一网通办", "跟踪问效"]);
    expect(keysOf("编印招商引资“菜单式”快捷服务指南。")).toEqual(["菜单式快捷服务指南"]);
  });
});
