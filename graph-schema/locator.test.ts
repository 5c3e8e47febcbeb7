import { describe, expect, it } from "vitest";
import { describeLocator, formatLocator, type Locator, parseLocator } from "./locator.ts";

function parsed(text: string): Locator {
  const result = parseLocator(text);
  if (!result.ok) throw new Error(result.reason);
  return result.locator;
}

describe("parseLocator", () => {
  it("splits a Dinghai heading path", () => {
    expect(parsed("dinghai › 摘要")).toEqual({ document: "dinghai", path: ["摘要"] });
    expect(parsed("dinghai › 主要做法 › 一 › 3")).toEqual({ document: "dinghai", path: ["主要做法", "一", "3"] });
    expect(parsed("dinghai › 经验启示 › 二")).toEqual({ document: "dinghai", path: ["经验启示", "二"] });
  });

  it("splits a sheet locator into sheet number, label and sub-bullet", () => {
    expect(parsed("sheet 14 › Measures")).toEqual({ document: "sheet", sheet: 14, label: "Measures" });
    expect(parsed("sheet 14 › Measures › 3")).toEqual({ document: "sheet", sheet: 14, label: "Measures", item: 3 });
    expect(parsed("sheet 36 › Timeline (中联新材)")).toMatchObject({ label: "Timeline (中联新材)" });
    expect(parsed("sheet 0 › What they add to the seed")).toMatchObject({ sheet: 0 });
    expect(parsed("sheet 24 › #2")).toMatchObject({ label: "#2" });
    expect(parsed("sheet 30 › 叶集区")).toMatchObject({ sheet: 30, label: "叶集区" });
  });

  it.each([
    ["related-cases.md §13 Measures", /unknown document/],
    ["主要做法/一/3", /unknown document/],
    ["sheet 14", /needs a bullet label/],
    ["sheet 14 › title › 1", /no sub-bullets/],
    ["sheet 14 › Measures › x", /sub-bullet number/],
    ["sheet 14 › Measures › 1 › 2", /at most/],
    ["sheet 14 ›Measures", /segments/],
    ["sheet 14 ›  Measures", /segments/],
    ["dinghai", /1 to 3/],
    ["dinghai › 主要做法 › 3", /section numeral/],
    ["dinghai › 主要做法 › 一 › 三", /item number/],
    ["sheet 07 › Source", /unknown document/],
  ])("rejects %s", (text, reason) => {
    const result = parseLocator(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("formats what it parses back to the same string", () => {
    for (const text of [
      "dinghai › 主要做法 › 一 › 3",
      "sheet 14 › Measures › 3",
      "sheet 22 › title",
      "sheet 24 › #2",
    ]) {
      expect(formatLocator(parsed(text))).toBe(text);
    }
  });
});

describe("describeLocator", () => {
  it("speaks the reader's language, never the compiler's labels", () => {
    expect(describeLocator(parsed("sheet 14 › Measures"), "zh")).toBe("摘录第14号 · 措施");
    expect(describeLocator(parsed("sheet 14 › Measures › 3"), "en")).toBe("Excerpt 14 · Measures · item 3");
    expect(describeLocator(parsed("sheet 36 › Timeline (中联新材)"), "zh")).toBe("摘录第36号 · 时间线 (中联新材)");
    expect(describeLocator(parsed("sheet 24 › #2"), "zh")).toBe("摘录第24号 · 第2段");
    expect(describeLocator(parsed("dinghai › 主要做法 › 一 › 3"), "zh")).toBe("原文 · 主要做法 · 一 · 第3条");
  });
});
