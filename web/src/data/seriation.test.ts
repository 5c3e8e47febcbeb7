import { describe, expect, it } from "vitest";
import { clusterOrder } from "./seriation.ts";

describe("seriation", () => {
  it("puts members of a cluster next to each other", () => {
    // Items 0, 2, 4 are alike; 1, 3 are alike; the two groups barely touch.
    const s = [
      [1, 0.05, 0.9, 0, 0.8],
      [0.05, 1, 0, 0.95, 0],
      [0.9, 0, 1, 0.05, 0.85],
      [0, 0.95, 0.05, 1, 0],
      [0.8, 0, 0.85, 0, 1],
    ];
    const order = clusterOrder(s);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    const position = (i: number) => order.indexOf(i);
    const spread = (group: number[]) => Math.max(...group.map(position)) - Math.min(...group.map(position));
    expect(spread([0, 2, 4])).toBe(2);
    expect(spread([1, 3])).toBe(1);
    expect(clusterOrder(s)).toEqual(order);
  });

  it("handles empty, single and all-equal inputs deterministically", () => {
    expect(clusterOrder([])).toEqual([]);
    expect(clusterOrder([[1]])).toEqual([0]);
    const flat = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    expect(clusterOrder(flat)).toEqual(clusterOrder(flat));
    expect(clusterOrder(flat)).toHaveLength(4);
  });
});
