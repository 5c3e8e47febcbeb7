import { describe, expect, it } from "vitest";
import { prepareText, rawSpan, sectionAt, snippetAt } from "./text.ts";

describe("prepareText", () => {
  it("normalises full-width digits and keeps offsets into the raw text", () => {
    const text = prepareText("投资３５亿元");
    expect(text.norm).toBe("投资35亿元");
    expect(rawSpan(text, 2, 6)).toEqual({ start: 2, end: 6 });
  });

  it("drops quotes and line breaks from the compact view", () => {
    const text = prepareText("以\n\n“落地”即“开工”为目标");
    expect(text.compact).toBe("以落地即开工为目标");
    expect(text.normOfCompact[1]).toBe(4);
  });

  it("locates paragraphs under their heading path", () => {
    const text = prepareText(
      "标题\n\n主要做法\n\n一、冲锋。\n\n1. 全民招商。\n\n2. 一线探路。\n\n经验启示\n\n一、精准策划。",
    );
    const at = (s: string) => sectionAt(text, text.norm.indexOf(s));
    expect(at("标题")).toBe("¶1");
    expect(at("全民招商")).toBe("主要做法/一/1 ¶4");
    expect(at("一线探路")).toBe("主要做法/一/2 ¶5");
    expect(at("精准策划")).toBe("经验启示/一 ¶7");
  });

  it("cuts evidence snippets at 40 characters inside the paragraph", () => {
    const text = prepareText(`背景\n${"甲".repeat(60)}代办帮办${"乙".repeat(60)}`);
    const at = text.norm.indexOf("代办帮办");
    const snippet = snippetAt(text, at, at + 4);
    expect(snippet).toContain("代办帮办");
    expect(snippet.length).toBeLessThanOrEqual(40);
    expect(snippet).not.toContain("背景");
  });
});
