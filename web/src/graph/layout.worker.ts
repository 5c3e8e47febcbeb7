import { createLayoutCore, type LayoutCore } from "./layout-core.ts";
import type { FromWorker, ToWorker } from "./layout-protocol.ts";

/**
 * Runs the force layout off the main thread: the warm-up ticks the config asks for (none for large graphs, whose
 * starting positions are posted at once), then batches of ticks sized to ~12 ms, posting positions after each
 * batch until the layout settles.
 */

// The project compiles with the DOM lib; the worker scope is typed by hand rather than mixing in "webworker".
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let core: LayoutCore | null = null;
let count = 0;
let generation = 0;
let running = false;
let ticksPerBatch = 1;

function post(): void {
  if (!core) return;
  const xy = new Float32Array(count * 2);
  core.positions(xy);
  scope.postMessage({ kind: "positions", xy, settled: core.settled() }, [xy.buffer]);
}

function loop(gen: number): void {
  if (gen !== generation || !core) return;
  const started = performance.now();
  core.tick(ticksPerBatch);
  const elapsed = performance.now() - started;
  ticksPerBatch = Math.max(1, Math.min(20, Math.round((ticksPerBatch * 12) / Math.max(1, elapsed))));
  post();
  if (core.settled()) {
    running = false;
    return;
  }
  setTimeout(loop, 0, gen);
}

function run(): void {
  if (running) return;
  running = true;
  setTimeout(loop, 0, generation);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.kind) {
    case "start":
      generation++;
      running = false;
      ticksPerBatch = 1;
      count = message.input.count;
      core = createLayoutCore(message.input);
      core.tick(message.input.config.warmupTicks);
      post();
      run();
      break;
    case "fix":
      core?.fix(message.i, message.x, message.y);
      core?.reheat(0.1);
      run();
      break;
    case "release":
      core?.release(message.i);
      break;
    case "reheat":
      core?.reheat(message.alpha);
      run();
      break;
    case "stop":
      generation++;
      core = null;
      running = false;
      break;
  }
};
