/**
 * Greedy label placement in screen space, as map labelling does it: candidates are taken by priority, each tries a
 * few anchor positions around its disc, and the first position that overlaps no label already placed (and no
 * disc) wins; a label that fits nowhere is left out and shows on hover or zoom. The placed boxes never overlap, so
 * the picture has no collided labels by construction.
 */

export interface LabelCandidate {
  /** Index of the node in the display arrays. */
  index: number;
  /** Disc centre and radius on screen (px). */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher goes first; ties by index so the choice is stable. */
  priority: number;
  /** Placed even when it overlaps (the focused node): it is what the user is looking at. */
  force?: boolean;
  /** A heading centred over (x, y) rather than beside a disc (category names over their cluster). */
  centred?: boolean;
  /** May cover other nodes' discs (still never another label). */
  overDiscs?: boolean;
}

export interface PlacedLabel {
  index: number;
  /** Top-left corner and size of the label's box on screen. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the text is anchored relative to the box: "start" (box right of the disc) or "end" (left of it). */
  anchor: "start" | "end" | "middle";
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Disc {
  x: number;
  y: number;
  r: number;
}

const GAP = 2;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function hitsDisc(box: Box, disc: Disc): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.r * disc.r;
}

/** The positions a label may take around its disc, in order of preference: right, left, above, below. */
function positions(c: LabelCandidate): PlacedLabel[] {
  const { x, y, r, width: w, height: h, index } = c;
  // Above and below clear the side positions too, so a node can carry a label on each side.
  const v = Math.max(r + GAP, h / 2 + 1);
  if (c.centred)
    return [
      { index, x: x - w / 2, y: y - h, width: w, height: h, anchor: "middle" },
      { index, x: x - w / 2, y: y - 2 * h, width: w, height: h, anchor: "middle" },
      { index, x: x - w / 2, y, width: w, height: h, anchor: "middle" },
    ];
  return [
    { index, x: x + r + GAP, y: y - h / 2, width: w, height: h, anchor: "start" },
    { index, x: x - r - GAP - w, y: y - h / 2, width: w, height: h, anchor: "end" },
    { index, x: x - w / 2, y: y - v - h, width: w, height: h, anchor: "middle" },
    { index, x: x - w / 2, y: y + v, width: w, height: h, anchor: "middle" },
  ];
}

/** Uniform grid over boxes so each test looks at a few neighbours, not every box placed so far. */
function spatialGrid<T extends Box>(cell: number) {
  const cells = new Map<string, T[]>();
  const keys = (b: Box): string[] => {
    const out: string[] = [];
    for (let gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.width) / cell); gx++)
      for (let gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.height) / cell); gy++) out.push(`${gx},${gy}`);
    return out;
  };
  return {
    some: (b: Box, test: (other: T) => boolean) =>
      keys(b).some((k) => cells.get(k)?.some((o) => boxesOverlap(o, b) && test(o)) ?? false),
    add(b: T) {
      for (const k of keys(b)) {
        const list = cells.get(k);
        if (list) list.push(b);
        else cells.set(k, [b]);
      }
    },
  };
}

type DiscBox = Box & { disc: Disc };

/**
 * Places labels without overlaps. `discs` are obstacles labels must not cover (every node on screen, including
 * unlabelled ones); `bounds` keeps labels inside the stage, so none is clipped at an edge.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  discs: readonly Disc[],
  bounds: { width: number; height: number },
): PlacedLabel[] {
  const sorted = [...candidates].sort(
    (a, b) => Number(b.force ?? false) - Number(a.force ?? false) || b.priority - a.priority || a.index - b.index,
  );
  const labels = spatialGrid<Box>(64);
  const obstacles = spatialGrid<DiscBox>(64);
  for (const disc of discs) {
    const box = { x: disc.x - disc.r, y: disc.y - disc.r, width: disc.r * 2, height: disc.r * 2, disc };
    if (box.x > bounds.width || box.y > bounds.height || box.x + box.width < 0 || box.y + box.height < 0) continue;
    obstacles.add(box);
  }
  const always = () => true;
  const free = (p: Box, own: LabelCandidate) =>
    !labels.some(p, always) &&
    (own.overDiscs === true ||
      !obstacles.some(p, (o) => !(o.disc.x === own.x && o.disc.y === own.y) && hitsDisc(p, o.disc)));
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= bounds.width && b.y + b.height <= bounds.height;
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    const options = positions(c);
    const fit =
      options.find((p) => inside(p) && free(p, c)) ??
      (c.force ? (options.find((p) => !labels.some(p, always)) ?? options[0]) : undefined);
    if (!fit) continue;
    labels.add(fit);
    placed.push(fit);
  }
  return placed;
}

/** Pairs of boxes that overlap: the measure the browser test holds at zero. */
export function overlappingPairs(boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && boxesOverlap(a, b)) count++;
    }
  return count;
}
