import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { createDriver } from "../platform/db/driver.ts";
import { bundledCasesDir, caseFilesIn, readCaseFiles, seedCases } from "../seed/index.ts";
import { webDist } from "../server/web-app.ts";
import { launchChromium } from "../test/e2e/browser.ts";
import { median, round } from "./stats.ts";
import { progress } from "./table.ts";
import { generatedGraphTables, VIEWPORT } from "./web-frames.ts";
import { serveApp } from "./web-serve.ts";

export interface WebBenchOptions {
  /** A Neo4j for the first-view row; it is reset and seeded with the bundled cases. Without it the row is skipped. */
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  quick?: boolean;
}

type Rows = Record<string, string | number>[];

const BUDGET_KB = 250;

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
 * Browser measurements in headless Chromium (software rendering, `--disable-gpu`): generated graphs in bench mode
 * at devicePixelRatio 1 and 2 (first picture, pan/zoom with the gesture cache, full redraws against a plain-canvas
 * baseline), the first frame of the real graph, bundle size.
 */
export async function benchWeb(options: WebBenchOptions = {}): Promise<[string, Rows][]> {
  if (!existsSync(path.join(webDist, "index.html"))) throw new Error(`benchWeb: ${webDist} missing; run npm run build`);
  const bundle = bundleRows();
  progress(`web: JS bundle ${bundle.at(-1)?.gzip} gzipped`);
  const browser = await launchChromium();
  try {
    const generated = await generatedGraphTables(browser, options.quick ?? false);
    const firstView = await firstViewRows(browser, options);
    return [
      ...generated,
      ["Web: first view of the real data", firstView],
      [`Web: JS bundle, gzipped (budget ${BUDGET_KB} KB)`, bundle],
    ];
  } finally {
    await browser.close();
  }
}
