import type { Browser, Page } from "playwright-core";
import { median, percentile, round } from "./stats.ts";
import { progress } from "./table.ts";
import { serveDist } from "./web-serve.ts";

type Rows = Record<string, string | number>[];
type Painter = "app" | "baseline";
type Size = { nodes: number; links: number };

export const VIEWPORT = { width: 1400, height: 900 };
const sizes: readonly Size[] = [
  { nodes: 1000, links: 2000 },
  { nodes: 5000, links: 20_000 },
  { nodes: 10_000, links: 40_000 },
  { nodes: 20_000, links: 80_000 },
];
/** devicePixelRatio 1 (an ordinary monitor) and 2 (a retina-class laptop): the second has four times the pixels. */
const pixelRatios = [1, 2] as const;
/** Issue 14: full-redraw p95 within 1.2× of the plain-canvas baseline's, from 5k nodes up (the canvas renderer). */
const P95_TARGET = 1.2;
const RATIO_FROM_NODES = 5000;
const FIRST_FRAME_TARGET_MS: Record<number, number> = { 5000: 1000, 20000: 2000 };

type Hook = {
  ready: Promise<void>;
  settled: Promise<void>;
  renderer(): string;
  panZoom(ms: number): Promise<void>;
  redraw(frames: number, painter: Painter): Promise<void>;
  frameTimes(): number[];
};

const label = (size: Size) => `${size.nodes.toLocaleString("en")} / ${size.links.toLocaleString("en")}`;

/** Bench mode for one graph at one pixel ratio: ms from navigation to the first picture and to the layout settling. */
async function openBench(browser: Browser, baseUrl: string, size: Size, dpr: number) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: dpr });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/?bench=1&nodes=${size.nodes}&links=${size.links}`);
  const timing = await page.evaluate(async () => {
    const hook = (window as unknown as { __bench: Hook }).__bench;
    await hook.ready;
    const ready = performance.now();
    await hook.settled;
    return { ready, settled: performance.now(), renderer: hook.renderer() };
  });
  return { context, page, ...timing };
}

async function cachedGesture(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const hook = (window as unknown as { __bench: Hook }).__bench;
    await hook.panZoom(duration);
    // Let the gesture's idle timer fire so the next run starts from a crisp, settled picture.
    await new Promise((resolve) => setTimeout(resolve, 400));
    return hook.frameTimes();
  }, ms);
}

async function fullRedraw(page: Page, frames: number, painter: Painter): Promise<number[]> {
  return page.evaluate(
    async ([count, who]) => {
      const hook = (window as unknown as { __bench: Hook }).__bench;
      await hook.redraw(count, who);
      return hook.frameTimes();
    },
    [frames, painter] as const,
  );
}

function frameRow(graph: string, dpr: number, what: string, times: number[]) {
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    graph,
    DPR: dpr,
    "drawn by": what,
    frames: times.length,
    median: `${round(median(times), 1)} ms`,
    p95: `${round(percentile(times, 95), 1)} ms`,
    max: `${round(Math.max(...times), 1)} ms`,
    "> 500 ms": times.filter((t) => t > 500).length,
    fps: round((times.length * 1000) / total, 1),
  };
}

function ratioRow(graph: string, size: Size, dpr: number, renderer: string, app: number[], baseline: number[]) {
  const ratio = percentile(app, 95) / percentile(baseline, 95);
  const judged = size.nodes >= RATIO_FROM_NODES;
  return {
    graph,
    DPR: dpr,
    renderer,
    "app median": `${round(median(app), 1)} ms`,
    "baseline median": `${round(median(baseline), 1)} ms`,
    "app p95": `${round(percentile(app, 95), 1)} ms`,
    "baseline p95": `${round(percentile(baseline, 95), 1)} ms`,
    "p95 ratio": `${round(ratio, 2)}×`,
    target: judged ? `≤ ${P95_TARGET}× (${ratio <= P95_TARGET ? "within" : "OVER"})` : "not judged (SVG)",
  };
}

function firstFrameRow(
  graph: string,
  size: Size,
  dpr: number,
  timing: { ready: number; settled: number; renderer: string },
) {
  const target = FIRST_FRAME_TARGET_MS[size.nodes];
  return {
    graph,
    DPR: dpr,
    renderer: timing.renderer,
    "first frame": `${round(timing.ready, 0)} ms`,
    target: target === undefined ? "" : `≤ ${target} ms (${timing.ready <= target ? "within" : "OVER"})`,
    "layout settled": `${round(timing.settled, 0)} ms`,
  };
}

/**
 * Generated graphs in bench mode at each size and pixel ratio: time to the first picture; pan/zoom with the
 * gesture cache; then full redraws on every frame by the app and by the plain-canvas baseline, alternated in
 * rounds on the same page and the same transforms so machine noise lands on both.
 */
export async function generatedGraphTables(browser: Browser, quick: boolean): Promise<[string, Rows][]> {
  const served = await serveDist();
  const frames: Rows = [];
  const ratios: Rows = [];
  const first: Rows = [];
  const gestureMs = quick ? 1500 : 4000;
  const roundFrames = quick ? 20 : 60;
  try {
    for (const size of sizes)
      for (const dpr of pixelRatios) {
        const graph = label(size);
        const { context, page, ...timing } = await openBench(browser, served.baseUrl, size, dpr);
        first.push(firstFrameRow(graph, size, dpr, timing));
        progress(`web: ${graph} DPR ${dpr} (${timing.renderer}) first frame ${round(timing.ready, 0)} ms`);
        await cachedGesture(page, 500);
        frames.push(
          frameRow(graph, dpr, `app (${timing.renderer}), cached gesture`, await cachedGesture(page, gestureMs)),
        );
        const times: Record<Painter, number[]> = { app: [], baseline: [] };
        for (let r = 0; r < 2; r++)
          for (const painter of ["app", "baseline"] as const)
            times[painter].push(...(await fullRedraw(page, roundFrames, painter)));
        frames.push(frameRow(graph, dpr, `app (${timing.renderer}), full redraw`, times.app));
        frames.push(frameRow(graph, dpr, "plain canvas baseline, full redraw", times.baseline));
        const row = ratioRow(graph, size, dpr, timing.renderer, times.app, times.baseline);
        ratios.push(row);
        progress(
          `web: ${graph} DPR ${dpr} full redraw p95 ${row["app p95"]} vs ${row["baseline p95"]} (${row["p95 ratio"]})`,
        );
        await context.close();
      }
  } finally {
    await served.close();
  }
  return [
    ["Web: full redraw every frame, app vs plain-canvas baseline (same page, same transforms; nodes / links)", ratios],
    ["Web: pan/zoom frame times in headless Chromium (rAF intervals; 60 fps is the ceiling)", frames],
    ["Web: generated graph, time from navigation to the first picture and to the layout settling", first],
  ];
}
