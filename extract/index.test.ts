import { describe, expect, it } from "vitest";
import { caseFileSchema } from "../graph-schema/index.ts";
import { longText } from "./benchmark.ts";
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

  it("takes a year a date states as stated, and flags a year read from a bare day or from nowhere", () => {
    const stated = extractCase("背景情况\n2023年5月12日签约，9月28日开工。").draft.case;
    expect(stated).toMatchObject({ year: 2023, yearLocator: "背景情况 ¶2", flags: [] });
    const inferred = extractCase("背景情况\n2022年启动谋划。9月28日开工。").draft.case;
    expect(inferred).toMatchObject({ year: 2022, yearLocator: "背景情况 ¶2" });
    expect(inferred.flags?.map((f) => f.field)).toEqual(["year"]);
    const none = extractCase("今天天气很好。").draft.case;
    expect(none.year).toBeNull();
    expect(none.yearLocator).toBeUndefined();
    expect(none.flags?.map((f) => f.field)).toEqual(["year"]);
  });
});

describe("dictionaries", () => {
  it("cues only name wordings the taxonomy knows", () => {
    expect(unknownCueVariants()).toEqual([]);
  });
});
