import type { ZoomTransform } from "d3-zoom";
import type { Display } from "./reducers.ts";

/** What the scene asks of a renderer; SVG and canvas implement the same surface. */
export interface Renderer {
  readonly element: HTMLElement | SVGSVGElement;
  setDisplay(display: Display): void;
  setPositions(xy: Float32Array): void;
  /** `gesture`: part of a continuous pan/zoom, where a cached picture may be moved instead of redrawn. */
  setTransform(transform: ZoomTransform, gesture: boolean): void;
  resize(width: number, height: number): void;
  /** Coalesces any number of calls into one draw on the next animation frame. */
  requestDraw(): void;
  drawNow(): void;
  destroy(): void;
}

export const fontStack =
  '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

/** One rAF per burst of requests: the STYLE rule for redraws. */
export function frameScheduler(draw: () => void): { request(): void; cancel(): void } {
  let frame = 0;
  return {
    request() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
