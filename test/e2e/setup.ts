import { existsSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { webDist } from "../../server/web-app.ts";
import { type Fixture, seedFixture } from "../fixture.ts";
import { startTestServer, type TestServer } from "../http.ts";
import { testDriver } from "../neo4j.ts";
import { launchChromium, type OpenedPage, openPage } from "./browser.ts";

export interface Explorer {
  baseUrl: string;
  fixture: Fixture;
  /** A fresh browser context on `?search`; closed with the file's other pages after the tests. */
  open(search?: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
}

/**
 * One seeded graph, one server and one Chromium per test file. The graph is reset and seeded here because
 * integration files share one Neo4j and run one after another; a few synthetic cases are seeded so the tests
 * also see that the views leave them out by default. `serverEnv` reaches the server's config, e.g. `API_TOKEN` for a
 * file that writes.
 */
export function useExplorer(syntheticCount = 12, serverEnv: Record<string, string> = {}): Explorer {
  let driver: Driver;
  let server: TestServer;
  let browser: Browser;
  const opened: OpenedPage[] = [];
  const explorer = {
    baseUrl: "",
    fixture: { real: [], synthetic: [] } as Fixture,
    async open(search = "", viewport?: { width: number; height: number }) {
      const page = await openPage(browser, explorer.baseUrl, search, viewport);
      opened.push(page);
      return page;
    },
  };

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, "index.html")))
      throw new Error(`e2e: ${webDist} is missing; run \`npm run build\` first`);
    driver = testDriver();
    const [fixture, chromium] = await Promise.all([seedFixture(driver, syntheticCount), launchChromium()]);
    explorer.fixture = fixture;
    browser = chromium;
    server = await startTestServer(driver, serverEnv);
    explorer.baseUrl = server.baseUrl;
  });

  afterAll(async () => {
    await Promise.all(opened.map((p) => p.context.close()));
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  return explorer;
}
