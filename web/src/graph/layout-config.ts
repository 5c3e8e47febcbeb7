import { randomLcg } from "d3-random";
/** Force-layout settings by graph size, in one place, and the seeded random source every layout uses. */

export interface LayoutConfig {
  charge: number;
  chargeDistanceMax: number;
  linkDistance: number;
  linkStrength: number;
  collide: boolean;
  theta: number;
  alphaDecay: number;
  /**
   * Ticks run before the first frame so a small graph's first picture is already untangled. Large graphs run
   * none: ticking them costs seconds, so their seeded starting positions go on screen at once and refine there.
   */
  warmupTicks: number;
}

/** Above this many nodes the graph is drawn on canvas instead of SVG. */
export const CANVAS_THRESHOLD = 1500;
/** Above this many nodes the layout runs in a Web Worker. */
export const WORKER_THRESHOLD = 400;

export function layoutConfig(nodeCount: number, linkCount: number): LayoutConfig {
  const density = linkCount / Math.max(1, nodeCount);
  const large = nodeCount > CANVAS_THRESHOLD;
  return {
    charge: large ? -18 : nodeCount > 400 ? -45 : -140,
    chargeDistanceMax: large ? 250 : 600,
    linkDistance: large ? 18 : density > 3 ? 35 : 55,
    linkStrength: Math.min(1, 1 / Math.max(1, density)),
    collide: !large,
    theta: large ? 1.2 : 0.9,
    alphaDecay: large ? 0.04 : 0.0228,
    warmupTicks: nodeCount <= 300 ? 250 : nodeCount <= WORKER_THRESHOLD ? 120 : 0,
  };
}

export type RendererKind = "svg" | "canvas";

export function chooseRenderer(nodeCount: number, choice: "auto" | RendererKind): RendererKind {
  if (choice !== "auto") return choice;
  return nodeCount > CANVAS_THRESHOLD ? "canvas" : "svg";
}

/**
 * The seeded source in [0, 1) for d3-force's randomSource: d3-random's LCG (Numerical Recipes' constants), the
 * same PRNG as the seed's synthetic data (seed/random.ts). Seeds are unsigned 32-bit integers; 0 stands for 1.
 */
export function lcg(seed: number): () => number {
  return randomLcg(seed >>> 0 || 1);
}
