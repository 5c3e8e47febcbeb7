/**
 * Skia draws a stroke whose width maps to at most one device pixel on its hairline path, and anything wider by
 * stroking the whole path into a polygon first: for tens of thousands of links that costs seconds, not
 * milliseconds, per frame. `1 / k` under `scale(k)` lands a float32 rounding step above one pixel for about half of
 * all zooms (1.0000001), and on a devicePixelRatio 2 screen it is two device pixels, so every frame would take the
 * slow path. Just under one device pixel keeps links on the fast path and looks the same.
 */
export const HAIRLINE_DEVICE_PX = 0.999;

/** The `lineWidth`, in layout units under `scale(k)` on a canvas scaled by `dpr`, of a one-device-pixel link. */
export function hairlineWidth(k: number, dpr: number): number {
  return HAIRLINE_DEVICE_PX / (k * dpr);
}
