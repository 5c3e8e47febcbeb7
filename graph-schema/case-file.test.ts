import { describe, expect, it } from "vitest";
import { type CaseFileInput, caseFileSchema } from "./case-file.ts";
import { issuesOf } from "./issues.ts";

/** A small valid file; each test breaks one thing. */
function goodFile(): CaseFileInput {
  return {
    case: {
      id: "case:test-2022",
      name: "测试案例",
      title: "测试案例标题",
      year: 2022,
      yearLocator: "dinghai › 背景情况",
      regionId: "region:dinghai",
      summary: "用于测试的案例摘要。",
      reportingUnit: "测试单位",
    },
    nodes: [
      { id: "source:test", label: "Source", name: "来源", title: "来源标题", reliability: "gov" },
      { id: "region:dinghai", label: "Region", name: "定海区", level: "district" },
      { id: "park:test", label: "Park", name: "测试园区" },
      { id: "project:test", label: "Project", name: "测试项目" },
      {
        id: "dept:dinghai:party-committee",
        label: "Department",
        name: "定海区委",
        kind: "party-committee",
        regionId: "region:dinghai",
      },
      { id: "taskforce:test-2022:tf", label: "TaskForce", name: "测试专班" },
      {
        id: "figure:test-2022:land",
        label: "Figure",
        name: "用地",
        metric: "land",
        value: 10,
        unit: "亩",
        sourceId: "source:test",
      },
    ],
    relationships: [
      { type: "FROM_SOURCE", from: "case:test-2022", to: "source:test", section: "标题", evidence: "案例来源" },
      {
        type: "FEATURES",
        from: "case:test-2022",
        to: "measure:proxy-service",
        section: "摘要",
        evidence: "代办审批",
        variant: "全程代办",
      },
      {
        type: "LED_BY",
        from: "taskforce:test-2022:tf",
        to: "dept:dinghai:party-committee",
        section: "一/3",
        evidence: "区委常委任组长",
        role: "区委常委 (组长)",
      },
      { type: "LOCATED_IN", from: "park:test", to: "region:dinghai", section: "单位", evidence: "园区在定海" },
      { type: "HAS_FIGURE", from: "project:test", to: "figure:test-2022:land", section: "背景", evidence: "用地十亩" },
    ],
  };
}

/** Parses and returns `path: message` lines, so assertions read like the loader's output. */
function problems(file: unknown): string[] {
  const result = caseFileSchema.safeParse(file);
  return result.success ? [] : issuesOf(result.error).map((i) => `${i.path}: ${i.message}`);
}

describe("case file schema", () => {
  it("accepts a valid file and fills defaults", () => {
    const parsed = caseFileSchema.parse(goodFile());
    expect(parsed.case.synthetic).toBe(false);
    expect(parsed.case.label).toBe("Case");
    expect(parsed.nodes[0]?.aliases).toEqual([]);
  });

  it("rejects an unknown measure at the edge's `to`", () => {
    const f = goodFile();
    f.relationships[1] = { ...f.relationships[1], to: "measure:no-such-thing" } as never;
    expect(problems(f)).toEqual(["relationships.1.to: measure not in taxonomy: measure:no-such-thing"]);
  });

  it("rejects a variant the taxonomy does not know", () => {
    const f = goodFile();
    f.relationships[1] = { ...f.relationships[1], variant: "随便说说" } as never;
    expect(problems(f)[0]).toMatch(/^relationships\.1\.variant: /);
  });

  it("rejects a wrong endpoint label", () => {
    const f = goodFile();
    f.relationships.push({ type: "LOCATED_IN", from: "park:test", to: "park:test", section: "x", evidence: "自指" });
    expect(problems(f)).toEqual(["relationships.5.type: LOCATED_IN cannot link Park → Park"]);
  });

  it("rejects a relationship without evidence", () => {
    const f = goodFile();
    const { evidence: _dropped, ...rest } = f.relationships[0] as { evidence: string };
    f.relationships[0] = rest as never;
    expect(problems(f)).toEqual(["relationships.0.evidence: Invalid input: expected string, received undefined"]);
  });

  it("rejects LED_BY without a role", () => {
    const f = goodFile();
    const { role: _dropped, ...rest } = f.relationships[2] as { role: string };
    f.relationships[2] = rest as never;
    expect(problems(f)[0]).toMatch(/^relationships\.2\.role: /);
  });

  it("rejects duplicate ids", () => {
    const f = goodFile();
    f.nodes.push({ id: "park:test", label: "Park", name: "重复" });
    expect(problems(f)).toEqual(["nodes.7.id: duplicate id: park:test"]);
  });

  it("rejects a malformed id", () => {
    const f = goodFile();
    f.nodes[2] = { id: "park:Test Park", label: "Park", name: "测试园区" };
    expect(problems(f)[0]).toMatch(/^nodes\.2\.id: expected a Park id/);
  });

  it("rejects an id whose prefix does not match its label", () => {
    const f = goodFile();
    f.nodes[2] = { id: "region:test", label: "Park", name: "测试园区" };
    expect(problems(f)[0]).toMatch(/^nodes\.2\.id: /);
  });

  it("rejects a figure whose source is not in the file", () => {
    const f = goodFile();
    f.nodes[6] = { ...f.nodes[6], sourceId: "source:elsewhere" } as never;
    expect(problems(f)).toEqual(["nodes.6.sourceId: Source not found in this file: source:elsewhere"]);
  });

  it("rejects case-local nodes not namespaced by the case", () => {
    const f = goodFile();
    f.nodes[5] = { id: "taskforce:other:tf", label: "TaskForce", name: "测试专班" };
    expect(problems(f)).toContain("nodes.5.id: TaskForce id must start with taskforce:test-2022:");
  });

  it("rejects a caseId that is not the file's case", () => {
    const f = goodFile();
    f.relationships[0] = { ...f.relationships[0], caseId: "case:other" } as never;
    expect(problems(f)).toEqual(["relationships.0.caseId: caseId must be case:test-2022"]);
  });

  it("rejects an edge to a node the file does not declare", () => {
    const f = goodFile();
    f.relationships.push({
      type: "ABOUT",
      from: "case:test-2022",
      to: "project:ghost",
      section: "x",
      evidence: "不存在",
    });
    expect(problems(f)).toEqual(["relationships.5.to: node not found: project:ghost"]);
  });

  it("rejects a region id the file does not declare", () => {
    const f = goodFile();
    f.case.regionId = "region:elsewhere";
    expect(problems(f)).toEqual(["case.regionId: Region not found in this file: region:elsewhere"]);
  });

  it("rejects unknown properties, catching typos", () => {
    const f = goodFile();
    f.relationships[0] = { ...f.relationships[0], evidense: "typo" } as never;
    expect(problems(f)[0]).toMatch(/^relationships\.0: /);
  });

  it("asks for a yearLocator with a year, and for a flag without one", () => {
    const f = goodFile();
    delete f.case.yearLocator;
    expect(problems(f)).toEqual(["case.yearLocator: yearLocator is required when year is set"]);
    f.case.year = null;
    expect(problems(f)).toEqual(['case.flags: a case whose year is null needs a flag on "year"']);
    f.case.flags = [{ field: "year", note: "报道未注明年份" }];
    expect(problems(f)).toEqual([]);
  });

  it("accepts a project status only with its statusLocator", () => {
    const f = goodFile();
    f.nodes[3] = { id: "project:test", label: "Project", name: "测试项目", status: "signed" };
    expect(problems(f)).toEqual(["nodes.3.statusLocator: statusLocator is required when status is set"]);
    f.nodes[3] = { ...(f.nodes[3] as object), statusLocator: "sheet 1 › Timeline" } as never;
    expect(problems(f)).toEqual([]);
  });

  it("asks an inferred relationship for its reason", () => {
    const f = goodFile();
    f.relationships[1] = { ...(f.relationships[1] as object), inferred: true } as never;
    expect(problems(f)).toEqual(["relationships.1.inferredReason: an inferred relationship needs a reason"]);
    f.relationships[1] = { ...(f.relationships[1] as object), inferredReason: "文中描述了做法但未点名" } as never;
    expect(problems(f)).toEqual([]);
  });

  it("takes a date without its year in ISO 8601's truncated form, and nothing looser", () => {
    const f = goodFile();
    f.nodes[6] = { ...(f.nodes[6] as object), date: "--06-17" } as never;
    expect(problems(f)).toEqual([]);
    f.nodes[6] = { ...(f.nodes[6] as object), date: "06-17" } as never;
    expect(problems(f)[0]).toMatch(/^nodes\.6\.date: expected YYYY/);
  });
});
