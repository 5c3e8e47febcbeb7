import { describe, expect, it } from "vitest";
import { matrixFont, matrixLayout } from "./matrix-layout.ts";

describe("matrixLayout", () => {
  it("sizes cells from the space: 60 measures in 1,050 × 780 sit at the minimum, 20 get large cells", () => {
    const layout = matrixLayout({ count: 60, labelWidth: 110, width: 1050, height: 780 });
    expect(layout.cell).toBe(12);
    const roomy = matrixLayout({ count: 20, labelWidth: 110, width: 1050, height: 780 });
    expect(roomy.cell).toBeGreaterThan(24);
    expect(roomy.height).toBeLessThanOrEqual(780 + 6);
    expect(roomy.width).toBeLessThanOrEqual(1050);
  });

  it("never goes below the minimum cell, growing past the space so the chart scrolls", () => {
    const layout = matrixLayout({ count: 200, labelWidth: 110, width: 800, height: 600 });
    expect(layout.cell).toBe(12);
    expect(layout.height).toBeGreaterThan(600);
    expect(layout.fontSize).toBeLessThanOrEqual(layout.cell);
  });

  it("caps the cell for a handful of measures and keeps labels clear of the cells", () => {
    const layout = matrixLayout({ count: 3, labelWidth: 100, width: 1200, height: 900 });
    expect(layout.cell).toBe(32);
    expect(layout.fontSize).toBe(13);
    expect(layout.left).toBeGreaterThan((100 * 13) / 12);
  });

  it("keeps the label font between 11 and 13 px", () => {
    expect([8, 12, 20, 22, 40].map(matrixFont)).toEqual([11, 11, 12, 13, 13]);
  });
});
