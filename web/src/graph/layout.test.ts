import { describe, expect, it } from "vitest";
import { generateGraph } from "./bench-data.ts";
import { CANVAS_THRESHOLD, chooseRenderer, layoutConfig, lcg, WORKER_THRESHOLD } from "./layout-config.ts";
import { createLayoutCore } from "./layout-core.ts";
import { linkIndexPairs, mergeSubgraphs } from "./model.ts";

function run(seed: number) {
  const model = mergeSubgraphs([generateGraph(60, 120, 3)]);
  const count = model.nodes.length;
  const core = createLayoutCore({
    count,
    pairs: linkIndexPairs(model),
    initial: new Float32Array(count * 2).fill(Number.NaN),
    radii: new Float32Array(count).fill(5),
    config: layoutConfig(count, model.links.length),
    seed,
    alpha: 1,
  });
  core.tick(50);
  const xy = new Float32Array(count * 2);
  core.positions(xy);
  return xy;
}

describe("layout", () => {
  it("is deterministic for a seed", () => {
    expect(run(1)).toEqual(run(1));
  });

  it("keeps fixed nodes where they were put", () => {
    const core = createLayoutCore({
      count: 2,
      pairs: Uint32Array.from([0, 1]),
      initial: Float32Array.from([0, 0, 10, 0]),
      radii: Float32Array.from([4, 4]),
      config: layoutConfig(2, 1),
      seed: 1,
      alpha: 1,
    });
    core.fix(0, 100, 50);
    core.tick(10);
    const xy = new Float32Array(4);
    core.positions(xy);
    expect([xy[0], xy[1]]).toEqual([100, 50]);
  });

  it("has a seeded LCG in [0, 1)", () => {
    const a = lcg(42);
    const b = lcg(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(lcg(0)()).toBe(lcg(1)());
  });

  it("chooses canvas above the threshold unless told otherwise", () => {
    expect(chooseRenderer(CANVAS_THRESHOLD, "auto")).toBe("svg");
    expect(chooseRenderer(CANVAS_THRESHOLD + 1, "auto")).toBe("canvas");
    expect(chooseRenderer(10, "canvas")).toBe("canvas");
  });

  it("warms up only graphs laid out on the main thread, and repels less on large graphs", () => {
    const small = layoutConfig(200, 400);
    const large = layoutConfig(5000, 20000);
    expect(small.warmupTicks).toBeGreaterThan(0);
    expect(layoutConfig(WORKER_THRESHOLD, WORKER_THRESHOLD * 2).warmupTicks).toBeGreaterThan(0);
    // A worker layout posts its starting positions at once: no tick stands between navigation and a picture.
    expect(layoutConfig(WORKER_THRESHOLD + 1, WORKER_THRESHOLD * 2).warmupTicks).toBe(0);
    expect(large.warmupTicks).toBe(0);
    expect(Math.abs(large.charge)).toBeLessThan(Math.abs(small.charge));
    expect(large.collide).toBe(false);
  });
});

describe("bench graph", () => {
  it("is deterministic and has the asked size without self-loops or repeats", () => {
    const g = generateGraph(500, 2000, 9);
    expect(generateGraph(500, 2000, 9)).toEqual(g);
    expect(g.nodes).toHaveLength(500);
    expect(g.links).toHaveLength(2000);
    expect(g.links.every((l) => l.source !== l.target)).toBe(true);
    const keys = new Set(g.links.map((l) => [l.source, l.target].sort().join("|")));
    expect(keys.size).toBe(2000);
    const degreeSum = g.nodes.reduce((s, n) => s + n.degree, 0);
    expect(degreeSum).toBe(4000);
  });

  it("caps links at a complete graph", () => {
    expect(generateGraph(4, 100).links).toHaveLength(6);
  });
});
