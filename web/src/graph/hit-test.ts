import { type Quadtree, quadtree } from "d3-quadtree";

/** Finds the node under a point in layout coordinates; the quadtree is rebuilt only after positions change. */
export function createHitTester() {
  let xy: Float32Array = new Float32Array(0);
  let radii: Float32Array = new Float32Array(0);
  let tree: Quadtree<number> | null = null;
  let maxRadius = 0;

  return {
    update(nextXy: Float32Array, nextRadii: Float32Array) {
      xy = nextXy;
      radii = nextRadii;
      maxRadius = radii.reduce((m, r) => Math.max(m, r), 0);
      tree = null;
    },
    /** Index of the node whose disc (plus `slack`) contains (x, y), or -1. */
    find(x: number, y: number, slack: number): number {
      if (!tree) {
        const count = Math.min(radii.length, xy.length / 2);
        tree = quadtree<number>()
          .x((i) => xy[i * 2] ?? 0)
          .y((i) => xy[i * 2 + 1] ?? 0)
          .addAll(Array.from({ length: count }, (_, i) => i));
      }
      const i = tree.find(x, y, maxRadius + slack);
      if (i === undefined) return -1;
      const dx = (xy[i * 2] ?? 0) - x;
      const dy = (xy[i * 2 + 1] ?? 0) - y;
      return Math.hypot(dx, dy) <= (radii[i] ?? 0) + slack ? i : -1;
    },
  };
}
