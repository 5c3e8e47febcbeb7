/** mulberry32: a small, fast, seeded PRNG, so a seed number always yields the same synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
