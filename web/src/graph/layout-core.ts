import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { type LayoutConfig, lcg } from "./layout-config.ts";
import type { LayoutTargets } from "./layout-targets.ts";

/** What the layout needs to know: sizes, endpoints and starting positions (NaN: let d3 place the node). */
export interface LayoutInput {
  count: number;
  /** Link endpoints as index pairs: [s0, t0, s1, t1, …]. */
  pairs: Uint32Array;
  /** Starting x, y per node; NaN for new nodes. */
  initial: Float32Array;
  radii: Float32Array;
  config: LayoutConfig;
  seed: number;
  /** Starting alpha: 1 for a fresh layout, lower when only a few nodes were added. */
  alpha: number;
  /** Per-node pulls toward a place (category, stage, ring); without them every node drifts weakly to the centre. */
  targets?: LayoutTargets | null;
}

/** A stepped force layout: the caller decides when to tick (a worker loop, or rAF on the main thread). */
export interface LayoutCore {
  tick(n: number): void;
  /** Writes x, y pairs into `out` (length 2 × count). */
  positions(out: Float32Array): void;
  fix(i: number, x: number, y: number): void;
  release(i: number): void;
  reheat(alpha: number): void;
  alpha(): number;
  settled(): boolean;
}

type Node = SimulationNodeDatum & { r: number };

/** The centre pull every node gets when it has no target of its own. */
const CENTRE_PULL = 0.04;

const target = (xs: Float32Array | undefined, i: number): number => {
  const v = xs?.[i];
  return v !== undefined && Number.isFinite(v) ? v : 0;
};

const pull = (xs: Float32Array | undefined, strengths: Float32Array | undefined, i: number): number => {
  const v = xs?.[i];
  return v !== undefined && Number.isFinite(v) ? (strengths?.[i] ?? CENTRE_PULL) : CENTRE_PULL;
};

export function createLayoutCore(input: LayoutInput): LayoutCore {
  const { config, targets } = input;
  const nodes: Node[] = Array.from({ length: input.count }, (_, i) => {
    const x = input.initial[i * 2] ?? Number.NaN;
    const y = input.initial[i * 2 + 1] ?? Number.NaN;
    const node: Node = { index: i, r: input.radii[i] ?? 4 };
    if (Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    return node;
  });
  const links: SimulationLinkDatum<Node>[] = [];
  for (let i = 0; i + 1 < input.pairs.length; i += 2) {
    const s = input.pairs[i] ?? 0;
    const t = input.pairs[i + 1] ?? 0;
    if (s !== t) links.push({ source: s, target: t });
  }
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(lcg(input.seed))
    .alpha(input.alpha)
    .alphaDecay(config.alphaDecay)
    .force(
      "charge",
      forceManyBody<Node>().strength(config.charge).theta(config.theta).distanceMax(config.chargeDistanceMax),
    )
    .force(
      "link",
      forceLink<Node, SimulationLinkDatum<Node>>(links).distance(config.linkDistance).strength(config.linkStrength),
    )
    .force(
      "x",
      forceX<Node>((_, i) => target(targets?.x, i)).strength((_, i) => pull(targets?.x, targets?.sx, i)),
    )
    .force(
      "y",
      forceY<Node>((_, i) => target(targets?.y, i)).strength((_, i) => pull(targets?.y, targets?.sy, i)),
    )
    .stop();
  if (config.collide) simulation.force("collide", forceCollide<Node>((d) => d.r + 1.5).iterations(1));

  return {
    tick: (n) => {
      simulation.tick(n);
    },
    positions(out) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        out[i * 2] = node?.x ?? 0;
        out[i * 2 + 1] = node?.y ?? 0;
      }
    },
    fix(i, x, y) {
      const node = nodes[i];
      if (!node) return;
      node.fx = x;
      node.fy = y;
    },
    release(i) {
      const node = nodes[i];
      if (!node) return;
      node.fx = null;
      node.fy = null;
    },
    reheat(alpha) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
    alpha: () => simulation.alpha(),
    settled: () => simulation.alpha() < simulation.alphaMin(),
  };
}
