import { describe, expect, it } from "vitest";
import { measures } from "../../graph-schema/taxonomy.ts";
import { compact } from "./normalize.ts";
import { defaultSourcesDir, loadSources } from "./sources.ts";

const sources = loadSources();
const title = sources
  ? "the shared source documents"
  : `the shared source documents (SKIPPED: no sources in ${defaultSourcesDir}; set POLICY_GRAPH_SOURCES)`;

describe.skipIf(!sources)(title, () => {
  const index = sources as NonNullable<typeof sources>;
  const passage = (locator: string) => {
    const r = index.resolve(locator);
    if (!r.ok) throw new Error(`${locator}: ${r.reason}`);
    return r.passage;
  };

  it("reads the Dinghai text's heading structure: 3 sections of 3 items and 3 lessons", () => {
    const keys = [...index.passages.keys()].filter((k) => k.startsWith("dinghai"));
    const sections = ["一", "二", "三"];
    expect(keys.sort()).toEqual(
      [
        "dinghai › 标题",
        "dinghai › 摘要",
        "dinghai › 关键词",
        "dinghai › 背景情况",
        ...sections.flatMap((s) => [
          `dinghai › 主要做法 › ${s}`,
          ...[1, 2, 3].map((i) => `dinghai › 主要做法 › ${s} › ${i}`),
        ]),
        "dinghai › 经验启示",
        ...sections.map((s) => `dinghai › 经验启示 › ${s}`),
      ].sort(),
    );
  });

  it("joins a sentence split by a page break and drops the photo caption", () => {
    expect(passage("dinghai › 主要做法 › 一 › 3")).toContain("为目标，持续完善项目投资计划方案");
    expect(passage("dinghai › 主要做法 › 三 › 2")).toContain("索疫情压力下");
    expect(passage("dinghai › 主要做法 › 一")).toMatch(/与企业\n精准对接。$/);
    expect([...index.passages.values()].flat().join("\n")).not.toContain("记者 陈炳群 摄");
    expect(passage("dinghai › 标题")).toMatch(/单位：定海工业园区$/);
    expect(passage("dinghai › 经验启示 › 三")).not.toContain("文明");
  });

  it("finds every sheet of both documents once, with its heading line", () => {
    const gaps = new Set([4, 10, 17, 20]);
    const expected = Array.from({ length: 61 }, (_, n) => n).filter((n) => !gaps.has(n));
    expect([...index.sheets.keys()].sort((a, b) => a - b)).toEqual(expected);
    expect(passage("sheet 14 › title")).toMatch(/^## 14\. 金华开发区/);
    expect(passage("sheet 22 › title")).toMatch(/^\*\*22\. 杭州余杭经开区/);
  });

  it("reads bold labels, plain labels of the short sheets, unlabeled bullets and the sheet-30 places", () => {
    const labels = (n: number) => index.sheets.get(n)?.bullets.map((b) => b.label ?? `#${b.position}`);
    expect(labels(14)).toEqual(["Source", "Region/unit/year", "Projects/companies", "Measures"]);
    expect(labels(22)).toEqual(["Source", "Project", "Measure", "Result", "#5"]);
    expect(labels(24)).toEqual(["Source", "#2", "Park measures", "Park figures", "Cross-link"]);
    expect(labels(30)).toEqual(["叶集区", "团风县", "旺苍县", "枣庄", "金华经开区"]);
    expect(labels(36)).toContain("Timeline (中联新材)");
  });

  it("gives a label its sub-bullets and wrapped lines, and a sub-bullet alone when narrowed", () => {
    expect(index.sheets.get(14)?.bullets.find((b) => b.label === "Measures")?.subs).toHaveLength(5);
    expect(passage("sheet 14 › Measures › 3")).toMatch(/^四个一:/);
    expect(passage("sheet 14 › Measures")).toContain("要素保障 (land, power, water)");
    expect(passage("sheet 0 › Sources")).toContain("(b) http://m.studentannounce.com");
    expect(passage("sheet 36 › Timeline (中联新材) › 1")).toMatch(/^\*\*Flag:\*\*/);
  });

  it("explains a locator that does not resolve", () => {
    const reason = (locator: string) => {
      const r = index.resolve(locator);
      return r.ok ? "resolved" : r.reason;
    };
    expect(reason("sheet 24 › Region/unit/year")).toMatch(/has no "Region\/unit\/year"; it has: title, Source, #2/);
    expect(reason("sheet 14 › #1")).toMatch(/has a label: cite it as "Source"/);
    expect(reason("sheet 14 › Measures › 9")).toMatch(/has 5 sub-bullets, not 9/);
    expect(reason("sheet 4 › Source")).toBe("no sheet 4");
    expect(reason("dinghai › 主要做法 › 四")).toMatch(/no such heading/);
    expect(reason("related-cases.md §8 Measures")).toMatch(/unknown document/);
  });

  it("finds every taxonomy variant printed in the sources (other names are aliases)", () => {
    const printed = compact(index.documents.map((d) => d.text).join("\n"));
    const unprinted = measures.flatMap((m) =>
      m.variants.filter((v) => !printed.includes(compact(v))).map((v) => `${m.id}: ${v}`),
    );
    expect(unprinted).toEqual([]);
  });
});
