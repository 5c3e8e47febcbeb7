import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { createDriver } from "../platform/db/driver.ts";
import { bundledCasesDir, caseFilesIn, readCaseFiles, seedCases } from "../seed/index.ts";
import { webDist } from "../server/app.ts";
import { launchChromium } from "../test/e2e/browser.ts";
import { median, percentile, round } from "./stats.ts";
import { progress } from "./table.ts";
import { serveApp, serveDist } from "./web-serve.ts";

export interface WebBenchOptions {
  /** A Neo4j for the first-view row; it is reset and seeded with the bundled cases. Without it the row is skipped. */
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  quick?: boolean;
}

type Rows = Record<string, string | number>[];
type Redraw = "cached" | "full";

const BUDGET_KB = 250;
const VIEWPORT = { width: 1400, height: 900 };
const sizes = [
  { nodes: 1000, links: 2000 },
  { nodes: 5000, links: 20_000 },
] as const;

/** Every JS file Vite wrote (the app and the layout worker), gzipped as a server would send them. */
function bundleRows(): Rows {
  const dir = path.join(webDist, "assets");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const rows = files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, raw: `${round(bytes.length / 1024, 1)} KB`, gzip: round(gzipSync(bytes).length / 1024, 1) };
  });
  const total = round(
    rows.reduce((sum, r) => sum + r.gzip, 0),
    1,
  );
  return [
    ...rows.map((r) => ({ ...r, gzip: `${r.gzip} KB`, budget: "" })),
    {
      file: "total",
      raw: "",
      gzip: `${total} KB`,
      budget: `${BUDGET_KB} KB (${total <= BUDGET_KB ? "within" : "OVER"})`,
    },
  ];
}

type Hook = {
  ready: Promise<void>;
  settled: Promise<void>;
  renderer(): string;
  panZoom(ms: number, redraw: string): Promise<void>;
  frameTimes(): number[];
};

/**
 * Opens bench mode for one graph size: ms from navigation to the first layout on screen and to the layout
 * settling. Pan/zoom is measured after that, so layout ticks are not counted as drawing.
 */
async function openBench(browser: Browser, baseUrl: string, size: { nodes: number; links: number }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
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

async function panZoom(page: import("playwright-core").Page, ms: number, redraw: Redraw): Promise<number[]> {
  return page.evaluate(
    async ([duration, mode]) => {
      const hook = (window as unknown as { __bench: Hook }).__bench;
      await hook.panZoom(duration, mode);
      // Let the gesture's idle timer fire so the next run starts from a crisp, settled picture.
      await new Promise((resolve) => setTimeout(resolve, 400));
      return hook.frameTimes();
    },
    [ms, redraw] as const,
  );
}

function frameRow(label: string, renderer: string, redraw: Redraw, times: number[]) {
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    graph: label,
    renderer,
    "pan/zoom": redraw === "cached" ? "cached gesture" : "full redraw",
    frames: times.length,
    "median frame": `${round(median(times), 1)} ms`,
    "p95 frame": `${round(percentile(times, 95), 1)} ms`,
    fps: round((times.length * 1000) / total, 1),
  };
}

async function frameRows(browser: Browser, quick: boolean): Promise<{ frames: Rows; ready: Rows }> {
  const served = await serveDist();
  const frames: Rows = [];
  const ready: Rows = [];
  const ms = quick ? 1500 : 4000;
  try {
    for (const size of sizes) {
      const label = `${size.nodes.toLocaleString("en")} nodes / ${size.links.toLocaleString("en")} links`;
      const { context, page, ...timing } = await openBench(browser, served.baseUrl, size);
      const renderer = timing.renderer;
      ready.push({
        graph: label,
        renderer,
        "first frame": `${round(timing.ready, 0)} ms`,
        "layout settled": `${round(timing.settled, 0)} ms`,
      });
      progress(
        `web: ${label} (${renderer}) first frame ${round(timing.ready, 0)} ms, settled ${round(timing.settled, 0)} ms`,
      );
      await panZoom(page, 500, "cached");
      for (const redraw of ["cached", "full"] as const) {
        const times = await panZoom(page, ms, redraw);
        const row = frameRow(label, renderer, redraw, times);
        progress(`web: ${label} ${row["pan/zoom"]}: median ${row["median frame"]}, ${row.fps} fps`);
        frames.push(row);
      }
      await context.close();
    }
  } finally {
    await served.close();
  }
  return { frames, ready };
}

/** Marks the moment the first node of the real graph gets its position: the graph's first frame. */
const firstFrameProbe = () => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="graph-svg"] circle[cx]')) return;
    (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["cx"] });
};

async function firstViewRows(browser: Browser, options: WebBenchOptions): Promise<Rows> {
  const uri = options.neo4jUri;
  if (!uri) {
    progress("web: no Neo4j URI given, first view of real data skipped");
    return [{ measure: "first view of real data", median: "skipped: no Neo4j URI", runs: 0, first: "" }];
  }
  const driver = createDriver({ uri, user: options.neo4jUser, password: options.neo4jPassword });
  const served = await serveApp(driver, uri).catch(async (error: unknown) => {
    await driver.close();
    throw error;
  });
  try {
    await seedCases(driver, readCaseFiles(caseFilesIn(bundledCasesDir)), { reset: true });
    const runs = options.quick ? 3 : 7;
    const times: number[] = [];
    let nodes = 0;
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: nothing cached in the browser; the server's response cache warms after run 1.
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.addInitScript(firstFrameProbe);
      await page.goto(served.baseUrl);
      await page.waitForFunction(() => "__firstFrame" in window, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame));
      nodes = await page.locator('[data-testid="graph-svg"] circle').count();
      await context.close();
    }
    progress(`web: first view of real data (${nodes} nodes): ${times.map((t) => round(t, 0)).join(", ")} ms`);
    return [
      {
        measure: `navigation to first graph frame, real API (${nodes} nodes)`,
        median: `${round(median(times.slice(1)), 0)} ms`,
        runs: runs - 1,
        first: `${round(times[0] ?? Number.NaN, 0)} ms (cold API cache)`,
      },
    ];
  } finally {
    await served.close();
    await driver.close();
  }
}

/**
 * Browser measurements in headless Chromium (software rendering, `--disable-gpu`): pan/zoom frame times in bench
 * mode with the gesture cache and with a full redraw per frame, first frame of the real graph, bundle size.
 */
export async function benchWeb(options: WebBenchOptions = {}): Promise<[string, Rows][]> {
  if (!existsSync(path.join(webDist, "index.html"))) throw new Error(`benchWeb: ${webDist} missing; run npm run build`);
  const bundle = bundleRows();
  progress(`web: JS bundle ${bundle.at(-1)?.gzip} gzipped`);
  const browser = await launchChromium();
  try {
    const { frames, ready } = await frameRows(browser, options.quick ?? false);
    const firstView = await firstViewRows(browser, options);
    return [
      ["Web: pan/zoom frame times in headless Chromium (rAF intervals; 60 fps is the ceiling)", frames],
      ["Web: generated graph, time from navigation (layout warm-up before the first frame)", ready],
      ["Web: first view of the real data", firstView],
      [`Web: JS bundle, gzipped (budget ${BUDGET_KB} KB)`, bundle],
    ];
  } finally {
    await browser.close();
  }
}
