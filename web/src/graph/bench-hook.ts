import { type ZoomTransform, zoomIdentity } from "d3-zoom";

/** What a Playwright script reads from `window.__bench`. */
export interface BenchHook {
  /** Resolves once the first layout is on screen. */
  ready: Promise<void>;
  /** Resolves once that layout has stopped moving: measure pan/zoom after it, or the layout is measured too. */
  settled: Promise<void>;
  renderer(): string;
  /** Intervals (ms) between animation frames recorded during the last `panZoom`. */
  frameTimes(): number[];
  /**
   * Pans and zooms programmatically for `ms`, one step per animation frame, recording frame intervals.
   * `"cached"` moves the last picture like a user's gesture does; `"full"` redraws every element on every step.
   */
  panZoom(ms: number, redraw?: Redraw): Promise<void>;
}

export type Redraw = "cached" | "full";

export interface BenchTarget {
  applyTransform(transform: ZoomTransform, gesture?: boolean): void;
  size(): { width: number; height: number };
  currentZoom(): { k: number; x: number; y: number };
  rendererKind(): string;
}

/** A smooth figure-eight pan with a zoom pulse, the same path every run. */
export function benchTransform(progress: number, start: { k: number; x: number; y: number }): ZoomTransform {
  const angle = progress * Math.PI * 2;
  const k = start.k * (1 + 0.6 * Math.sin(angle * 2) ** 2);
  return zoomIdentity.translate(start.x + 220 * Math.sin(angle), start.y + 140 * Math.sin(angle * 2)).scale(k);
}

export function createBenchHook(target: BenchTarget, ready: Promise<void>, settled: Promise<void>): BenchHook {
  let times: number[] = [];
  return {
    ready,
    settled,
    renderer: () => target.rendererKind(),
    frameTimes: () => [...times],
    panZoom(ms, redraw = "cached") {
      times = [];
      const gesture = redraw === "cached";
      const start = target.currentZoom();
      return new Promise((resolve) => {
        let began: number | null = null;
        let last = 0;
        const step = (now: number) => {
          if (began === null) began = now;
          else times.push(now - last);
          last = now;
          const progress = (now - began) / ms;
          if (progress >= 1) {
            target.applyTransform(zoomIdentity.translate(start.x, start.y).scale(start.k));
            resolve();
            return;
          }
          target.applyTransform(benchTransform(progress, start), gesture);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
  };
}
