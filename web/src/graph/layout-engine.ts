import { createLayoutCore, type LayoutInput } from "./layout-core.ts";
import type { FromWorker, ToWorker } from "./layout-protocol.ts";

/** A running layout, wherever it runs: positions arrive through the callback given to `startLayout`. */
export interface LayoutEngine {
  fix(i: number, x: number, y: number): void;
  release(i: number): void;
  reheat(alpha: number): void;
  stop(): void;
}

export type OnPositions = (xy: Float32Array, settled: boolean) => void;

/** Main-thread layout for small graphs: warm-up now, then a few ticks per animation frame. */
export function inlineLayout(input: LayoutInput, onPositions: OnPositions): LayoutEngine {
  const core = createLayoutCore(input);
  const xy = new Float32Array(input.count * 2);
  let frame = 0;
  const emit = () => {
    core.positions(xy);
    onPositions(xy, core.settled());
  };
  const step = () => {
    frame = 0;
    core.tick(1);
    emit();
    if (!core.settled()) frame = requestAnimationFrame(step);
  };
  const run = () => {
    if (!frame) frame = requestAnimationFrame(step);
  };
  core.tick(input.config.warmupTicks);
  emit();
  run();
  return {
    fix(i, x, y) {
      core.fix(i, x, y);
      core.reheat(0.1);
      run();
    },
    release: (i) => core.release(i),
    reheat(alpha) {
      core.reheat(alpha);
      run();
    },
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

/** Worker layout for large graphs, so ticking never blocks pan and zoom. */
export function workerLayout(input: LayoutInput, onPositions: OnPositions): LayoutEngine {
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  const send = (message: ToWorker) => worker.postMessage(message);
  worker.onmessage = (event: MessageEvent<FromWorker>) => onPositions(event.data.xy, event.data.settled);
  send({ kind: "start", input });
  return {
    fix: (i, x, y) => send({ kind: "fix", i, x, y }),
    release: (i) => send({ kind: "release", i }),
    reheat: (alpha) => send({ kind: "reheat", alpha }),
    stop() {
      send({ kind: "stop" });
      worker.terminate();
    },
  };
}
