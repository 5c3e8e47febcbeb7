import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const outputDir = fileURLToPath(new URL("../../test-output/e2e/", import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far: a view that throws should fail its test. */
  errors: string[];
}

/**
 * A fresh context (no shared storage, so a shared link is opened as a stranger would) with one page at
 * `baseUrl/?search`, waiting until the app shell is mounted.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  search = "",
  viewport = { width: 1400, height: 900 },
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    locale: "zh-CN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${baseUrl}/${search ? `?${search.replace(/^\?/, "")}` : ""}`);
  await page.getByTestId("view").waitFor();
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Clicks an export button and returns what the browser saved. */
export async function downloadFrom(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature)) throw new Error("pngSize: not a PNG");
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error("pngSize: first chunk is not IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** For `expect.poll` on the page: the app answers after a debounce and an API round trip, not within vitest's 1 s. */
export const polling = { timeout: 10_000, interval: 50 };
