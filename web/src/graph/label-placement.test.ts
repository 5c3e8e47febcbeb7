import { describe, expect, it } from "vitest";
import { type LabelCandidate, overlappingPairs, placeLabels } from "./label-placement.ts";

const bounds = { width: 400, height: 300 };
const label = (index: number, x: number, y: number, priority: number, width = 60): LabelCandidate => ({
  index,
  x,
  y,
  r: 4,
  width,
  height: 14,
  priority,
});

describe("label placement", () => {
  it("puts a lone label right of its disc", () => {
    const [p] = placeLabels([label(0, 100, 100, 1)], [], bounds);
    expect(p).toEqual({ index: 0, x: 106, y: 93, width: 60, height: 14, anchor: "start" });
  });

  it("never places two overlapping labels, and keeps the higher priority when both cannot fit", () => {
    // Five nodes on one spot: only as many labels as there are free sides, highest priority first.
    const crowd = [0, 1, 2, 3, 4].map((i) => label(i, 200, 150, i));
    const placed = placeLabels(crowd, [], bounds);
    expect(overlappingPairs(placed)).toBe(0);
    expect(placed.map((p) => p.index)).toEqual([4, 3, 2, 1]);
    expect(placed.map((p) => p.anchor)).toEqual(["start", "end", "middle", "middle"]);
  });

  it("tries the left side when the right is taken or outside the stage", () => {
    const [p] = placeLabels([label(0, 380, 100, 1)], [], bounds);
    expect(p?.anchor).toBe("end");
    expect((p?.x ?? 0) + (p?.width ?? 0)).toBeLessThanOrEqual(bounds.width);
  });

  it("keeps labels off other nodes' discs but not off their own", () => {
    const discs = [
      { x: 100, y: 100, r: 4 },
      { x: 130, y: 100, r: 8 },
    ];
    const [p] = placeLabels([label(0, 100, 100, 1)], discs, bounds);
    expect(p?.anchor).toBe("end");
  });

  it("drops what does not fit instead of overlapping, on a dense random field", () => {
    let s = 7;
    const random = () => {
      s = (s * 1664525 + 1013904223) % 2 ** 32;
      return s / 2 ** 32;
    };
    const field = Array.from({ length: 300 }, (_, i) =>
      label(i, random() * 400, random() * 300, random() * 10, 40 + random() * 80),
    );
    const placed = placeLabels(field, [], bounds);
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(300);
    expect(overlappingPairs(placed)).toBe(0);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y + p.height).toBeLessThanOrEqual(bounds.height);
    }
  });

  it("always shows a forced label (the focused node), first", () => {
    const placed = placeLabels([label(0, 200, 150, 9), { ...label(1, 200, 150, 0), force: true }], [], bounds);
    expect(placed[0]?.index).toBe(1);
    expect(placed[0]?.anchor).toBe("start");
  });
});
