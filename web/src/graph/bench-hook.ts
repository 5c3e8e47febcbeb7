import { type ZoomTransform, zoomIdentity } from "d3-zoom";
import { type BenchGeometry, createBaselinePainter } from "./bench-baseline.ts";

/** What a Playwright script reads from `window.__bench`. */
export interface BenchHook {
  /** Resolves once the first layout is on screen. */
  ready: Promise<void>;
  /** Resolves once that layout has stopped moving: measure pan/zoom after it, or the layout is measured too. */
  settled: Promise<void>;
  renderer(): string;
  /** Intervals (ms) between animation frames recorded during the last `panZoom` or `redraw`. */
  frameTimes(): number[];
  /** Pans and zooms for `ms` like a user's gesture (the renderer may move its last picture), one step per frame. */
  panZoom(ms: number): Promise<void>;
  /**
   * Walks the same pan/zoom path in exactly `frames` steps with a full redraw on every one: by the app's renderer,
   * or by the plain-canvas baseline drawing the same positions. Equal steps give both the same transforms.
   */
  redraw(frames: number, painter: Painter): Promise<void>;
}

export type Painter = "app" | "baseline";

export interface BenchTarget {
  readonly host: HTMLElement;
  applyTransform(transform: ZoomTransform, gesture?: boolean): void;
  /** Draws now instead of on the next animation frame, so both painters draw inside the frame they are timed in. */
  drawNow(): void;
  currentZoom(): { k: number; x: number; y: number };
  rendererKind(): string;
  geometry(): BenchGeometry;
}

type Start = { k: number; x: number; y: number };

/** A smooth figure-eight pan with a zoom pulse, the same path every run. */
export function benchTransform(progress: number, start: Start): ZoomTransform {
  const angle = progress * Math.PI * 2;
  const k = start.k * (1 + 0.6 * Math.sin(angle * 2) ** 2);
  return zoomIdentity.translate(start.x + 220 * Math.sin(angle), start.y + 140 * Math.sin(angle * 2)).scale(k);
}

/** Calls `step(now)` once per animation frame until it returns false, recording the intervals between frames. */
function frameLoop(step: (now: number, frame: number) => boolean): Promise<number[]> {
  const times: number[] = [];
  return new Promise((resolve) => {
    let frame = 0;
    let last = 0;
    const tick = (now: number) => {
      if (frame > 0) times.push(now - last);
      last = now;
      if (!step(now, frame++)) return resolve(times);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function createBenchHook(target: BenchTarget, ready: Promise<void>, settled: Promise<void>): BenchHook {
  let times: number[] = [];
  const restore = (start: Start) => target.applyTransform(zoomIdentity.translate(start.x, start.y).scale(start.k));
  return {
    ready,
    settled,
    renderer: () => target.rendererKind(),
    frameTimes: () => [...times],
    async panZoom(ms) {
      const start = target.currentZoom();
      let began = 0;
      times = await frameLoop((now, frame) => {
        if (frame === 0) began = now;
        const progress = (now - began) / ms;
        if (progress >= 1) return false;
        target.applyTransform(benchTransform(progress, start), true);
        return true;
      });
      restore(start);
    },
    async redraw(frames, painter) {
      const start = target.currentZoom();
      const baseline = painter === "baseline" ? createBaselinePainter(target.host, target.geometry()) : null;
      try {
        times = await frameLoop((_, frame) => {
          if (frame >= frames) return false;
          const t = benchTransform(frame / frames, start);
          if (baseline) baseline.draw(t);
          else {
            target.applyTransform(t, false);
            target.drawNow();
          }
          return true;
        });
      } finally {
        baseline?.remove();
      }
      restore(start);
    },
  };
}
