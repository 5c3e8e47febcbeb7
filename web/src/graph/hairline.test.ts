import { describe, expect, it } from "vitest";
import { HAIRLINE_DEVICE_PX, hairlineWidth } from "./hairline.ts";

/** The stroke width Skia sees: the width and the canvas matrix's scale are float32, multiplied in float32. */
const deviceWidth = (lineWidth: number, k: number, dpr: number) =>
  Math.fround(Math.fround(lineWidth) * Math.fround(k * dpr));

/** Zoom levels across the scene's whole scale extent [0.02, 24], log-spaced, plus round values. */
const zooms = [
  ...Array.from({ length: 4001 }, (_, i) => 0.02 * (24 / 0.02) ** (i / 4000)),
  0.1,
  0.25,
  0.5,
  0.806,
  1,
  1.6,
  2,
  3,
  10,
];
const ratios = [1, 1.25, 1.5, 1.75, 2, 2.25, 2.625, 3, 4];

describe("hairline width", () => {
  it("stays under one device pixel at every zoom and devicePixelRatio", () => {
    const misses = ratios.flatMap((dpr) =>
      zooms
        .map((k) => ({ k, dpr, px: deviceWidth(hairlineWidth(k, dpr), k, dpr) }))
        .filter(({ px }) => !(px < 1 && px >= 0.998)),
    );
    expect(misses).toEqual([]);
  });

  it("is one device pixel, not one CSS pixel, on a high-density screen", () => {
    expect(hairlineWidth(1, 2)).toBeCloseTo(HAIRLINE_DEVICE_PX / 2, 12);
    expect(hairlineWidth(0.5, 1)).toBeCloseTo(HAIRLINE_DEVICE_PX * 2, 12);
  });

  it("guards against the rounding that `1 / k` runs into", () => {
    // Why the rule exists: the naive width crosses one device pixel at some zooms even at devicePixelRatio 1.
    const over = zooms.filter((k) => deviceWidth(1 / k, k, 1) > 1);
    expect(over.length).toBeGreaterThan(0);
  });
});
