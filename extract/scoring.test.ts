import { describe, expect, it } from "vitest";
import { compareKeys, looselyEqual, scoreOf } from "./scoring.ts";

describe("compareKeys", () => {
  it("counts exact matches, misses and extras as sets", () => {
    const c = compareKeys(["a", "b", "c"], ["a", "a", "d"]);
    expect(c).toMatchObject({ tp: 1, fp: 1, fn: 2, missed: ["b", "c"], extra: ["d"] });
  });

  it("matches a candidate inside a longer name only when it is at least half as long", () => {
    expect(looselyEqual("预审查", "预审查服务")).toBe(true);
    expect(looselyEqual("承诺制", "承诺制+标准地+全代办")).toBe(false);
    expect(looselyEqual("交地即交证", "交证")).toBe(false);
  });

  it("uses each annotated key once, and a second near-duplicate found name is no extra", () => {
    const c = compareKeys(["预审查"], ["预审查服务", "预审查"], looselyEqual);
    expect(c).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("scoreOf", () => {
  it("gives precision and recall, and 1 for an empty class", () => {
    expect(scoreOf({ tp: 3, fp: 1, fn: 3 })).toMatchObject({ precision: 0.75, recall: 0.5 });
    expect(scoreOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1 });
  });
});
