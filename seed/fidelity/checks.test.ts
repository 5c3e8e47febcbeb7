import { describe, expect, it } from "vitest";
import { type CaseFile, type CaseFileInput, caseFileSchema } from "../../graph-schema/index.ts";
import { checkCaseFidelity } from "./checks.ts";
import { buildCopyIndex } from "./copies.ts";
import { numbersIn } from "./normalize.ts";
import { indexSources } from "./sources.ts";

/* A tiny invented pair of documents in the real layouts, so every check is exercised without shared/. */
const dinghai = `标题行
单位：测试园区
摘要
测试园区实行节点招商、以商引商等多种形式，仅用4个月签约。
背景情况
2021年4月园区扩区，规划用地约6234亩。
`;
const sheetsDoc = `## 7. 测试开发区 (Zhejiang): a test sheet
- **Source:** http://example.com/a.html, 2023-04-12 [mirror]
- **Region/unit/year:** Zhejiang › 测试开发区. 2023.
- **Project/company:** 测试光电 plant: 50亿 planned; construction permit on day 13.
  - Acceptance took 20 working days.
  - Trial production expected by end of June 2024.
- **Measures:**
  - 签约即拿地、拿地即开工: land right after signing.
  - 保姆级 service from the 开发委.
`;
const sources = indexSources({ name: "d.txt", text: dinghai }, [{ name: "s.md", text: sheetsDoc }]);
const copies = buildCopyIndex(sources.documents.map((d) => d.text));

function file(edit: (f: CaseFileInput) => void = () => {}): CaseFile {
  const f: CaseFileInput = {
    case: {
      id: "case:t",
      name: "测试·光电项目",
      nameEn: "Test",
      title: "测试案例",
      titleEn: "Test case",
      year: 2023,
      yearLocator: "sheet 7 › Region/unit/year",
      regionId: "region:t",
      summary: "测试用的摘要，自己的话。",
      summaryEn: "A summary in our words.",
      reportingUnit: "测试开发区",
    },
    nodes: [
      { id: "source:t", label: "Source", name: "来源", nameEn: "Source", reliability: "mirror" },
      { id: "region:t", label: "Region", name: "测试区", nameEn: "Test", level: "district" },
      { id: "project:t", label: "Project", name: "测试光电项目", nameEn: "Test plant" },
      {
        id: "figure:t:investment",
        label: "Figure",
        name: "计划投资",
        nameEn: "Planned investment",
        metric: "investment",
        value: 50,
        unit: "亿元",
        sourceId: "source:t",
      },
    ],
    relationships: [
      { type: "FROM_SOURCE", from: "case:t", to: "source:t", section: "sheet 7 › Source", evidence: "转载稿" },
      { type: "ABOUT", from: "case:t", to: "project:t", section: "sheet 7 › Project/company", evidence: "光电项目" },
      {
        type: "HAS_FIGURE",
        from: "project:t",
        to: "figure:t:investment",
        section: "sheet 7 › Project/company",
        evidence: "计划投资五十亿",
      },
      {
        type: "FEATURES",
        from: "case:t",
        to: "measure:land-on-signing",
        section: "sheet 7 › Measures › 1",
        evidence: "签约后马上供地",
        variant: "签约即拿地",
      },
    ],
  };
  edit(f);
  return caseFileSchema.parse(f);
}

const findings = (f: CaseFile) =>
  checkCaseFidelity(f, sources, copies).findings.map((x) => `${x.check} ${x.path}: ${x.message}`);

describe("fidelity checks", () => {
  it("passes a file whose every fact sits in its passage", () => {
    expect(findings(file())).toEqual([]);
  });

  it("reports a locator that names no passage, and what the sheet has instead", () => {
    const f = file((f) => {
      (f.relationships[1] as { section: string }).section = "sheet 7 › Projects";
    });
    expect(findings(f)).toEqual([expect.stringMatching(/^locator \$\.relationships\[1\]\.section: .*it has: title/)]);
  });

  it("reports a variant the passage does not print, unless the edge is marked inferred", () => {
    const wrong = file((f) => {
      Object.assign(f.relationships[3] as object, { to: "measure:nanny-service", variant: "保姆式" });
    });
    expect(findings(wrong)).toEqual([
      'variant $.relationships[3].variant: "保姆式" does not occur in sheet 7 › Measures › 1',
    ]);
    const inferred = file((f) => {
      Object.assign(f.relationships[3] as object, { variant: "签约即供地", inferred: true, inferredReason: "同义" });
    });
    expect(findings(inferred)).toEqual([]);
  });

  it("reports a figure whose number the passage never writes", () => {
    const f = file((f) => {
      Object.assign(f.nodes[3] as object, { value: 35 });
    });
    expect(findings(f)).toEqual(["figure $.nodes[3].value: the passage never writes 35"]);
  });

  it("reports working days normalised as calendar days", () => {
    const f = file((f) => {
      f.nodes.push({
        id: "figure:t:acceptance",
        label: "Figure",
        name: "验收用时",
        nameEn: "Acceptance time",
        metric: "duration",
        value: 20,
        unit: "天",
        normalized: { value: 20, unit: "day" },
        sourceId: "source:t",
      });
      f.relationships.push({
        type: "HAS_FIGURE",
        from: "project:t",
        to: "figure:t:acceptance",
        section: "sheet 7 › Project/company › 1",
        evidence: "验收二十个工作日",
      });
    });
    expect(findings(f)).toEqual([
      'figure $.nodes[4].normalized: 20 is counted in working days; normalized.unit must be "workday"',
    ]);
  });

  it("reports a date whose year the passage does not give", () => {
    const f = file((f) => {
      Object.assign(f.nodes[3] as object, { date: "2022-06" });
    });
    expect(findings(f)).toEqual(["date $.nodes[3].date: the passage does not give the year 2022"]);
  });

  it("reports a status the passage only expects, and accepts one it states", () => {
    const expected = file((f) => {
      Object.assign(f.nodes[2] as object, {
        status: "trial-production",
        statusLocator: "sheet 7 › Project/company › 2",
      });
    });
    expect(findings(expected)).toEqual([
      'status $.nodes[2].status: the passage does not state "trial-production" (an expectation is not a status)',
    ]);
    const stated = file((f) => {
      Object.assign(f.nodes[2] as object, { status: "planned", statusLocator: "sheet 7 › Project/company" });
    });
    expect(findings(stated)).toEqual([]);
  });

  it("reports a year its passage does not state", () => {
    const f = file((f) => {
      f.case.year = 2022;
    });
    expect(findings(f)).toEqual(["year $.case.year: the passage does not give the year 2022"]);
  });

  it("reports own words that copy 12 characters of a source, ignoring punctuation", () => {
    const f = file((f) => {
      (f.relationships[0] as { evidence: string }).evidence = "园区实行节点招商，以商引商等多种形式";
    });
    expect(findings(f)).toEqual([
      'copy $.relationships[0].evidence: copies the source: "园区实行节点招商以商引商等多种形式"',
    ]);
  });

  it("reports a node without its English name and a case name that is not short", () => {
    const f = file((f) => {
      delete (f.nodes[2] as { nameEn?: string }).nameEn;
      f.case.name = "一个远远超过十八个汉字长度的案例显示名称示例";
    });
    expect(findings(f)).toEqual([
      "completeness $.case.name: longer than 18 characters",
      "completeness $.nodes[2].nameEn: missing on project:t",
    ]);
  });
});

describe("numbersIn", () => {
  it("reads digits with separators, English number words and Chinese numerals", () => {
    expect(numbersIn("8,185万 US$; 1,500+ workers; 72.73%")).toEqual([8185, 1500, 72.73]);
    expect(numbersIn("about six months later; half a year")).toEqual([6, 0.5, 1]);
    expect(numbersIn("within about a month")).toEqual([1]);
    expect(numbersIn("八个月, 二十三天")).toEqual([8, 23]);
  });
});
