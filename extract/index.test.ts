import { describe, expect, it } from "vitest";
import { caseFileSchema } from "../graph-schema/index.ts";
import { benchmarkExtraction, longText } from "./benchmark.ts";
import { unknownCueVariants } from "./cues.ts";
import { extractCase } from "./index.ts";

describe("extractCase", () => {
  it("drafts a valid case file even from a text with nothing to find", () => {
    const { draft, items, problems } = extractCase("今天天气很好。");
    expect(problems).toEqual([]);
    expect(items).toEqual([]);
    expect(draft.nodes.find((n) => n.label === "Region")?.name).toBe("未知地区");
    expect(draft.case.reportingUnit).toBe("未知单位");
  });

  it("is deterministic: the same text gives the same draft and items", () => {
    const text = longText(3000);
    expect(extractCase(text)).toEqual(extractCase(text));
  });

  it("keeps offsets into the caller's text when it holds full-width digits and CRLF", () => {
    const raw = "背景情况\r\n总投资约３５亿元，用地４１０亩。";
    const { items, problems } = extractCase(raw);
    expect(problems).toEqual([]);
    const land = items.find((i) => i.key === "410 mu");
    expect(land && raw.slice(land.start, land.end)).toBe("４１０亩");
  });

  it("validates a 10,000-character draft and marks every evidence for rewriting", () => {
    const { draft } = extractCase(longText());
    expect(caseFileSchema.safeParse(draft).success).toBe(true);
    const snippets = draft.relationships.filter((r) => r.type !== "FROM_SOURCE");
    expect(snippets.every((r) => r.evidence.startsWith("待改写："))).toBe(true);
  });

  it("extracts a 10,000-character case in under 200 ms (median)", () => {
    const { chars, medianMs } = benchmarkExtraction(7);
    expect(chars).toBe(10_000);
    expect(medianMs).toBeLessThan(200);
  });
});

describe("dictionaries", () => {
  it("cues only name wordings the taxonomy knows", () => {
    expect(unknownCueVariants()).toEqual([]);
  });
});
