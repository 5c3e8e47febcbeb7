import { lcg } from "./layout-config.ts";
import type { GraphModel } from "./model.ts";

/**
 * Starting positions for a new layout: nodes seen before keep their place; a new node starts next to a placed
 * neighbour (seeded jitter, so expansions open the same way every time); the rest are left to d3 (NaN).
 */
export function initialPositions(
  model: GraphModel,
  previous: ReadonlyMap<string, readonly [number, number]>,
  seed: number,
): { xy: Float32Array; known: number } {
  const xy = new Float32Array(model.nodes.length * 2).fill(Number.NaN);
  let known = 0;
  model.nodes.forEach((node, i) => {
    const p = previous.get(node.id);
    if (!p) return;
    xy[i * 2] = p[0];
    xy[i * 2 + 1] = p[1];
    known++;
  });
  if (known === 0) return { xy, known };
  const random = lcg(seed);
  for (const link of model.links) {
    const s = model.index.get(link.source) ?? 0;
    const t = model.index.get(link.target) ?? 0;
    const sPlaced = Number.isFinite(xy[s * 2]);
    const tPlaced = Number.isFinite(xy[t * 2]);
    if (sPlaced === tPlaced) continue;
    const [from, to] = sPlaced ? [s, t] : [t, s];
    const angle = random() * Math.PI * 2;
    const distance = 15 + random() * 25;
    xy[to * 2] = (xy[from * 2] ?? 0) + Math.cos(angle) * distance;
    xy[to * 2 + 1] = (xy[from * 2 + 1] ?? 0) + Math.sin(angle) * distance;
  }
  return { xy, known };
}

/** Remembers where each node was, keyed by id, for the next layout. */
export function positionMap(model: GraphModel, xy: Float32Array): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>();
  model.nodes.forEach((node, i) => {
    const x = xy[i * 2];
    const y = xy[i * 2 + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x)) map.set(node.id, [x, y]);
  });
  return map;
}

/** Fitting never magnifies beyond this, so a handful of nodes is not blown up to fill the screen. */
export const MAX_FIT_SCALE = 1.6;

/** The zoom that fits the given positions into a width × height box with padding. */
export function fitTransform(
  xy: Float32Array,
  width: number,
  height: number,
  padding = 40,
): { k: number; x: number; y: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i] ?? 0;
    const y = xy[i + 1] ?? 0;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { k: 1, x: width / 2, y: height / 2 };
  const spanX = Math.max(1, maxX - minX);
  const spanY = Math.max(1, maxY - minY);
  const k = Math.min(
    MAX_FIT_SCALE,
    Math.max(0.02, Math.min((width - padding * 2) / spanX, (height - padding * 2) / spanY)),
  );
  return { k, x: width / 2 - ((minX + maxX) / 2) * k, y: height / 2 - ((minY + maxY) / 2) * k };
}
