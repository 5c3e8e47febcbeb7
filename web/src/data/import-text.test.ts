import { describe, expect, it } from "vitest";
import { checkText, decodeTextFile, maxTextLength } from "./text-file.ts";
import { segmentText } from "./text-segments.ts";

describe("segmentText", () => {
  it("covers the whole text in order, plain runs included", () => {
    expect(segmentText(10, [{ start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, spans: [] },
      { start: 2, end: 5, spans: [0] },
      { start: 5, end: 10, spans: [] },
    ]);
  });

  it("splits nested spans and lists the innermost first", () => {
    // 年产10GW动力电池项目 [0,12) holds 10GW [2,6).
    expect(
      segmentText(12, [
        { start: 0, end: 12 },
        { start: 2, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 2, spans: [0] },
      { start: 2, end: 6, spans: [1, 0] },
      { start: 6, end: 12, spans: [0] },
    ]);
  });

  it("splits partly overlapping and adjacent spans at every boundary", () => {
    const segments = segmentText(9, [
      { start: 1, end: 5 },
      { start: 3, end: 7 },
      { start: 7, end: 9 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.spans])).toEqual([
      [0, 1, []],
      [1, 3, [0]],
      [3, 5, [0, 1]],
      [5, 7, [1]],
      [7, 9, [2]],
    ]);
  });

  it("keeps equal spans together, clamps to the text and ignores empty ones", () => {
    const segments = segmentText(4, [
      { start: 0, end: 2 },
      { start: 0, end: 2 },
      { start: 3, end: 3 },
      { start: 2, end: 99 },
      { start: 5, end: 1 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, spans: [0, 1] },
      { start: 2, end: 4, spans: [3] },
    ]);
    expect(segmentText(0, [{ start: 0, end: 1 }])).toEqual([]);
  });

  it("stays linear enough for a long text with thousands of spans", () => {
    const spans = Array.from({ length: 5000 }, (_, i) => ({ start: i * 40, end: i * 40 + 10 + (i % 50) }));
    const t0 = performance.now();
    const segments = segmentText(200_000, spans);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(segments.at(-1)?.end).toBe(200_000);
  });
});

describe("text checks and file decoding", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("accepts UTF-8 text and drops a BOM", () => {
    expect(decodeTextFile(utf8("\uFEFF全程代办"))).toEqual({ ok: true, text: "全程代办" });
  });

  it("refuses GBK bytes as an encoding problem rather than decoding mojibake", () => {
    // 全程代办 in GBK.
    const gbk = new Uint8Array([0xc8, 0xab, 0xb3, 0xcc, 0xb4, 0xfa, 0xb0, 0xec]);
    expect(decodeTextFile(gbk)).toEqual({ ok: false, problem: "encoding" });
  });

  it("refuses binary (NUL bytes, which UTF-16 files have too), blank and over-long text", () => {
    expect(decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ ok: false, problem: "binary" });
    expect(decodeTextFile(utf8(" \n\t"))).toEqual({ ok: false, problem: "empty" });
    expect(checkText("")).toBe("empty");
    expect(checkText("a\u0000b")).toBe("binary");
    expect(checkText("字".repeat(maxTextLength + 1))).toBe("tooLong");
    expect(checkText("字".repeat(maxTextLength))).toBeNull();
  });
});
