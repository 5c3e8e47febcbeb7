import { randomLcg } from "d3-random";

/**
 * The project's one seeded PRNG: d3-random's LCG, which the web's force layout uses too
 * (web/src/graph/layout-config.ts), so a seed number always yields the same synthetic data and the same layout.
 * Seeds are taken as unsigned 32-bit integers; 0 stands for 1.
 */
export function seededRandom(seed: number): () => number {
  return randomLcg(seed >>> 0 || 1);
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}

/** Draws `count` distinct items, each with probability proportional to its weight (without replacement). */
export function weightedSample<T>(
  random: () => number,
  items: readonly T[],
  weights: readonly number[],
  count: number,
): T[] {
  // Efraimidis–Spirakis: key = u^(1/w); the largest keys form a weighted sample without replacement.
  return items
    .map((item, i) => ({ item, key: random() ** (1 / Math.max(weights[i] ?? 0, 1e-9)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.min(count, items.length))
    .map((entry) => entry.item);
}
