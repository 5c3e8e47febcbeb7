import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { logger } from "../platform/logger.ts";
import { distState, mountWebApp, prepareWebApp, type WebApp } from "./web-app.ts";

let root: string;
const servers: Server[] = [];

/** A project folder with web sources (and web/dist when `built`): inputs two minutes old, the build one. */
function project(options: { built?: boolean; sources?: boolean } = {}): string {
  root = mkdtempSync(path.join(tmpdir(), "web-app-test-"));
  const files = ["package-lock.json"];
  if (options.sources !== false) files.push("web/src/main.ts", "web/index.html", "web/vite.config.ts");
  if (options.built) files.push("web/dist/index.html");
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `// ${file}\n`);
    age(file, file.startsWith("web/dist") ? 60 : 120);
  }
  return root;
}

function age(file: string, secondsAgo: number): void {
  const when = Date.now() / 1000 - secondsAgo;
  utimesSync(path.join(root, file), when, when);
}

async function serve(webApp: WebApp): Promise<string> {
  const app = express();
  app.get("/api/ping", (_req, res) => res.json({ ok: true }));
  mountWebApp(app, webApp);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  rmSync(root, { recursive: true, force: true });
});

describe("distState", () => {
  it("is missing on a fresh clone and current once built after its sources", () => {
    expect(distState(project())).toEqual({ kind: "missing" });
    expect(distState(project({ built: true }))).toEqual({ kind: "current" });
  });

  it("is stale when a source, the page, the vite config or the lockfile is newer than the build", () => {
    for (const input of ["web/src/main.ts", "web/index.html", "web/vite.config.ts", "package-lock.json"]) {
      project({ built: true });
      age(input, 1);
      expect(distState(root)).toEqual({ kind: "stale", newer: input });
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("treats a build without web sources (the Docker image) as current", () => {
    project({ built: true, sources: false });
    age("package-lock.json", 1);
    expect(distState(root)).toEqual({ kind: "current" });
  });
});

describe("prepareWebApp without vite installed", () => {
  const quiet = logger.child({}, { level: "silent" });

  it("reports a missing build as a problem naming the command to run", async () => {
    const webApp = await prepareWebApp(quiet, { root: project() });
    expect(webApp.problem?.reason).toBe("web/dist is missing, and vite (a dev dependency) is not installed");
    expect(webApp.problem?.fix).toBe("npm ci && npm run build");
  });

  it("keeps serving a stale build it cannot rebuild", async () => {
    project({ built: true });
    age("web/src/main.ts", 1);
    expect((await prepareWebApp(quiet, { root })).problem).toBeUndefined();
  });
});

describe("mountWebApp", () => {
  it("answers / with a page saying why and what to run, then serves a build made meanwhile", async () => {
    const webApp = await prepareWebApp(logger.child({}, { level: "silent" }), { root: project() });
    const url = await serve(webApp);
    const before = await fetch(`${url}/`);
    expect(before.status).toBe(503);
    expect(before.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await before.text();
    expect(page).toContain("web/dist is missing, and vite (a dev dependency) is not installed");
    expect(page).toContain('<code data-testid="web-app-fix">npm ci &amp;&amp; npm run build</code>');
    expect((await fetch(`${url}/api/ping`)).status).toBe(200);

    mkdirSync(path.join(root, "web", "dist"), { recursive: true });
    writeFileSync(path.join(root, "web", "dist", "index.html"), "<!doctype html><title>explorer</title>");
    for (const route of ["/", "/some/client/route"]) {
      const after = await fetch(`${url}${route}`);
      expect(after.status).toBe(200);
      expect(await after.text()).toContain("<title>explorer</title>");
    }
  });
});
