import { describe, expect, it } from "vitest";
import { generateGraph } from "./bench-data.ts";
import { linkIndexPairs, mergeSubgraphs } from "./model.ts";
import { startPlacement } from "./start-placement.ts";

const SPACING = 18;

function benchPairs(nodes: number, links: number) {
  return linkIndexPairs(mergeSubgraphs([generateGraph(nodes, links, 5)]));
}

const distance = (xy: Float32Array, a: number, b: number) =>
  Math.hypot((xy[a * 2] ?? 0) - (xy[b * 2] ?? 0), (xy[a * 2 + 1] ?? 0) - (xy[b * 2 + 1] ?? 0));

describe("start placement", () => {
  it("gives the same positions for the same graph and seed, and others for another seed", () => {
    const pairs = benchPairs(800, 3200);
    const first = startPlacement(800, pairs, 1, SPACING);
    expect(startPlacement(800, pairs, 1, SPACING)).toEqual(first);
    expect(startPlacement(800, pairs, 2, SPACING)).not.toEqual(first);
    expect(first.every(Number.isFinite)).toBe(true);
  });

  it("centres the top hub and starts each neighbour of it on a sunflower around it", () => {
    // A star around node 2 (the hub) plus one link between two of its leaves.
    const pairs = Uint32Array.from([2, 0, 2, 1, 2, 3, 2, 4, 0, 1]);
    const xy = startPlacement(5, pairs, 7, SPACING);
    expect([xy[4], xy[5]]).toEqual([0, 0]);
    const radii = [0, 1, 3, 4].map((i) => distance(xy, 2, i)).sort((a, b) => a - b);
    expect(radii.map((r) => r / SPACING)).toEqual([1, 2, 3, 4].map((j) => expect.closeTo(Math.sqrt(j), 5)));
  });

  it("starts linked nodes far closer than d3's default spiral does", () => {
    const count = 3000;
    const pairs = benchPairs(count, 12_000);
    const xy = startPlacement(count, pairs, 1, SPACING);
    // d3-force's own start for unplaced nodes: phyllotaxis in index order, radius 10·√(i + ½).
    const spiral = new Float32Array(count * 2);
    for (let i = 0; i < count; i++) {
      const r = 10 * Math.sqrt(0.5 + i);
      const a = i * Math.PI * (3 - Math.sqrt(5));
      spiral[i * 2] = r * Math.cos(a);
      spiral[i * 2 + 1] = r * Math.sin(a);
    }
    const meanLength = (positions: Float32Array) => {
      let sum = 0;
      for (let i = 0; i < pairs.length; i += 2) sum += distance(positions, pairs[i] ?? 0, pairs[i + 1] ?? 0);
      return sum / (pairs.length / 2);
    };
    expect(meanLength(xy)).toBeLessThan(meanLength(spiral) / 2);
  });

  it("puts further components, isolated nodes too, outside the first one", () => {
    // Component {0, 1, 2}, component {3, 4}, isolated 5.
    const pairs = Uint32Array.from([0, 1, 0, 2, 3, 4]);
    const xy = startPlacement(6, pairs, 1, SPACING);
    const first = Math.max(...[0, 1, 2].map((i) => Math.hypot(xy[i * 2] ?? 0, xy[i * 2 + 1] ?? 0)));
    for (const i of [3, 5]) expect(Math.hypot(xy[i * 2] ?? 0, xy[i * 2 + 1] ?? 0)).toBeGreaterThan(first);
    expect(distance(xy, 3, 4)).toBeCloseTo(SPACING, 4);
  });
});
