/**
 * Seriation by average-linkage hierarchical clustering: leaves that end up next to each other are similar, so
 * clusters show as blocks along the diagonal. Deterministic: ties go to the lowest indices, and when two
 * clusters merge the orientation that puts the most similar ends side by side wins (first one on ties).
 */
export function clusterOrder(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  const sim = (i: number, j: number) => similarity[i]?.[j] ?? 0;
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // Average similarity between clusters, kept in a matrix updated after each merge (Lance–Williams).
  let link: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => sim(i, j)));

  while (clusters.length > 1) {
    let best = -Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const value = link[i]?.[j] ?? 0;
        if (value > best) {
          best = value;
          bi = i;
          bj = j;
        }
      }
    }
    const a = clusters[bi] ?? [];
    const b = clusters[bj] ?? [];
    const merged = joinEnds(a, b, sim);
    const sizeA = a.length;
    const sizeB = b.length;
    const row = clusters.map((_, k) => ((link[bi]?.[k] ?? 0) * sizeA + (link[bj]?.[k] ?? 0) * sizeB) / (sizeA + sizeB));
    const keep = clusters.map((_, k) => k).filter((k) => k !== bi && k !== bj);
    clusters = [...keep.map((k) => clusters[k] ?? []), merged];
    link = [
      ...keep.map((k) => [...keep.map((m) => link[k]?.[m] ?? 0), row[k] ?? 0]),
      [...keep.map((k) => row[k] ?? 0), 0],
    ];
  }
  return clusters[0] ?? [];
}

function joinEnds(a: number[], b: number[], sim: (i: number, j: number) => number): number[] {
  const ra = [...a].reverse();
  const rb = [...b].reverse();
  const options = [
    [a, b],
    [a, rb],
    [ra, b],
    [ra, rb],
  ] as const;
  let best = options[0];
  let bestValue = -Infinity;
  for (const option of options) {
    const value = sim(option[0].at(-1) ?? 0, option[1][0] ?? 0);
    if (value > bestValue) {
      bestValue = value;
      best = option;
    }
  }
  return [...best[0], ...best[1]];
}
