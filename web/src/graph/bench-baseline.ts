import type { ZoomTransform } from "d3-zoom";

/** What the baseline draws: the scene's own positions, radii and link endpoints, read once. */
export interface BenchGeometry {
  xy: Float32Array;
  radii: Float32Array;
  /** Link endpoints as index pairs: [s0, t0, s1, t1, …]. */
  pairs: Uint32Array;
}

/**
 * The bench's reference: the same graph drawn by the plainest d3-style canvas loop (one path of links stroked
 * once, one path of discs filled once) on a canvas of the same size and pixel ratio. Points are projected in
 * device pixels and links stroked 1 px wide under the identity matrix, the one width Skia always draws as a
 * hairline, so the baseline is the fast path by construction and owes nothing to the renderer's width rule.
 */
export function createBaselinePainter(host: HTMLElement, geometry: BenchGeometry, dpr = window.devicePixelRatio || 1) {
  const canvas = document.createElement("canvas");
  const width = host.clientWidth;
  const height = host.clientHeight;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext("2d", { alpha: false });
  if (!context) throw new Error("createBaselinePainter: 2d context unavailable");
  const ctx = context;
  const { xy, radii, pairs } = geometry;
  // The scene's own picture is hidden, not drawn over, so the page composites one canvas as it does normally.
  const covered = [...host.children].filter((el): el is HTMLElement => el instanceof HTMLElement);
  for (const el of covered) el.style.visibility = "hidden";
  host.append(canvas);

  return {
    draw(t: ZoomTransform) {
      const k = t.k * dpr;
      const tx = t.x * dpr;
      const ty = t.y * dpr;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.beginPath();
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const s = (pairs[i] ?? 0) * 2;
        const e = (pairs[i + 1] ?? 0) * 2;
        ctx.moveTo((xy[s] ?? 0) * k + tx, (xy[s + 1] ?? 0) * k + ty);
        ctx.lineTo((xy[e] ?? 0) * k + tx, (xy[e + 1] ?? 0) * k + ty);
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = "rgba(110,110,110,0.35)";
      ctx.stroke();
      ctx.beginPath();
      for (let i = 0; i < radii.length; i++) {
        const x = (xy[i * 2] ?? 0) * k + tx;
        const y = (xy[i * 2 + 1] ?? 0) * k + ty;
        const r = (radii[i] ?? 0) * k;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
      ctx.fillStyle = "#4e79a7";
      ctx.fill();
    },
    remove() {
      canvas.remove();
      for (const el of covered) el.style.visibility = "";
    },
  };
}
