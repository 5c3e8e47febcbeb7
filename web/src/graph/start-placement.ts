import { lcg } from "./layout-config.ts";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Neighbour lists in compressed form: node i's neighbours are `targets[offsets[i] .. offsets[i + 1])`. */
function adjacency(count: number, pairs: Uint32Array): { offsets: Uint32Array; targets: Uint32Array } {
  const offsets = new Uint32Array(count + 1);
  for (const end of pairs) offsets[end + 1] = (offsets[end + 1] ?? 0) + 1;
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const next = offsets.slice(0, count);
  const targets = new Uint32Array(pairs.length);
  const add = (from: number, to: number) => {
    const at = next[from] ?? 0;
    targets[at] = to;
    next[from] = at + 1;
  };
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    add(pairs[i] ?? 0, pairs[i + 1] ?? 0);
    add(pairs[i + 1] ?? 0, pairs[i] ?? 0);
  }
  return { offsets, targets };
}

/**
 * A seeded starting picture for a layout that goes on screen before it has run. Breadth-first from the hubs,
 * each node starts on a small sunflower around the neighbour it was reached from (a seeded turn per parent), so
 * links start short and every hub starts among its own neighbours. The first component (the top hub's) is
 * centred on the origin; each further one, isolated nodes too, starts on a sunflower band just outside it. O(nodes + links), the same positions for the same graph and seed.
 */
export function startPlacement(count: number, pairs: Uint32Array, seed: number, spacing: number): Float32Array {
  const { offsets, targets } = adjacency(count, pairs);
  const degree = (i: number) => (offsets[i + 1] ?? 0) - (offsets[i] ?? 0);
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);
  const xy = new Float32Array(count * 2);
  const placed = new Uint8Array(count);
  const queue = new Uint32Array(count);
  const random = lcg(seed);
  let head = 0;
  let tail = 0;
  let components = 0;
  let firstExtent = 0;
  const place = (i: number, x: number, y: number) => {
    xy[i * 2] = x;
    xy[i * 2 + 1] = y;
    placed[i] = 1;
    queue[tail++] = i;
    if (components === 1) firstExtent = Math.max(firstExtent, Math.hypot(x, y));
  };
  for (const root of order) {
    if (placed[root]) continue;
    const r = components === 0 ? 0 : firstExtent + spacing * (1 + Math.sqrt(components));
    const angle = components * GOLDEN_ANGLE;
    components++;
    place(root, r * Math.cos(angle), r * Math.sin(angle));
    while (head < tail) {
      const u = queue[head++] ?? 0;
      const ux = xy[u * 2] ?? 0;
      const uy = xy[u * 2 + 1] ?? 0;
      const turn = random() * Math.PI * 2;
      let child = 0;
      for (let e = offsets[u] ?? 0; e < (offsets[u + 1] ?? 0); e++) {
        const v = targets[e] ?? 0;
        if (placed[v]) continue;
        const angle = turn + child * GOLDEN_ANGLE;
        const distance = spacing * Math.sqrt(child + 1);
        place(v, ux + distance * Math.cos(angle), uy + distance * Math.sin(angle));
        child++;
      }
    }
  }
  return xy;
}
