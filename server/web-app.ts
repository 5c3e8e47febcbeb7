import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import express, { type Express } from "express";
import type { Logger } from "../platform/logger.ts";

/* The explorer's static build (web/dist): built on start when missing or older than its inputs, served by the
   app, and replaced by a page that says what to run when it cannot be had. */

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
export const webDist = fileURLToPath(new URL("../web/dist/", import.meta.url));

/** What the build reads: a change to any of these makes web/dist out of date. */
const BUILD_INPUTS = ["web/src", "web/index.html", "web/vite.config.ts", "package-lock.json"];

/** Why the explorer is not served, and the command that fixes it; shown on `/` and logged at start-up. */
export interface WebAppProblem {
  reason: string;
  fix: string;
}

export interface WebApp {
  dist: string;
  /** Set when web/dist could not be built; the app then answers `/` with a page that says so. */
  problem?: WebAppProblem;
}

export type DistState = { kind: "current" } | { kind: "missing" } | { kind: "stale"; newer: string };

function newestFile(file: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(file)) return undefined;
  const stat = statSync(file);
  if (!stat.isDirectory()) return { file, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(file)) {
    const candidate = newestFile(path.join(file, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

/**
 * Whether web/dist matches its inputs. Without the web sources (the Docker image ships only web/dist) a present
 * build is current by definition: there is nothing it could be older than.
 */
export function distState(root = repoRoot): DistState {
  const index = path.join(root, "web", "dist", "index.html");
  if (!existsSync(index)) return { kind: "missing" };
  if (!existsSync(path.join(root, "web", "src"))) return { kind: "current" };
  const builtAt = statSync(index).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(path.join(root, input));
    if (newest && newest.mtimeMs > builtAt) return { kind: "stale", newer: path.relative(root, newest.file) };
  }
  return { kind: "current" };
}

/** Vite's command-line script, or undefined where dev dependencies are not installed (e.g. `npm ci --omit=dev`). */
function viteScript(root: string): string | undefined {
  try {
    const manifest = createRequire(path.join(root, "package.json")).resolve("vite/package.json");
    return path.join(path.dirname(manifest), "bin", "vite.js");
  } catch {
    return undefined;
  }
}

/** Runs `vite build` in a child process, its output logged line by line so a long first build shows progress. */
function runViteBuild(root: string, script: string, log: Logger, signal?: AbortSignal): Promise<void> {
  const child = spawn(process.execPath, [script, "build", "--config", "web/vite.config.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
    ...(signal ? { signal } : {}),
  });
  const tail: string[] = [];
  const onLine = (line: string) => {
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > 20) tail.shift();
    log.info({ vite: line.trim() }, "web build");
  };
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${tail.join("\n")}`)),
    );
  });
}

/**
 * Makes sure web/dist can be served: builds it when missing or out of date. A failed rebuild of an existing
 * build keeps serving the older one (with a warning); a missing build that cannot be made becomes a problem.
 */
export async function prepareWebApp(
  log: Logger,
  { root = repoRoot, signal }: { root?: string; signal?: AbortSignal } = {},
): Promise<WebApp> {
  const dist = path.join(root, "web", "dist");
  const state = distState(root);
  if (state.kind === "current") return { dist };
  const why = state.kind === "missing" ? "web/dist is missing" : `web/dist is older than ${state.newer}`;
  // A stale build implies the sources are here (distState); a missing one may be in a copy without them.
  if (!existsSync(path.join(root, "web", "src"))) {
    return failed(log, dist, state, {
      reason: `${why}, and web/src is not here to build it from`,
      fix: "npm run build (in a full checkout)",
    });
  }
  const script = viteScript(root);
  if (!script) {
    return failed(log, dist, state, {
      reason: `${why}, and vite (a dev dependency) is not installed`,
      fix: "npm ci && npm run build",
    });
  }
  log.info({ dist }, `${why}: building the web app`);
  const started = performance.now();
  try {
    await runViteBuild(root, script, log, signal);
  } catch (error) {
    const detail = (error as Error).message.split("\n").slice(-3).join(" ");
    return failed(log, dist, state, { reason: `${why}, and building it failed: ${detail}`, fix: "npm run build" });
  }
  log.info({ ms: Math.round(performance.now() - started) }, "web app built");
  return { dist };
}

function failed(log: Logger, dist: string, state: DistState, problem: WebAppProblem): WebApp {
  if (state.kind === "stale") {
    log.warn({ reason: problem.reason, fix: problem.fix }, "serving the older web app build");
    return { dist };
  }
  log.warn({ reason: problem.reason, fix: problem.fix }, "the web app cannot be served: `/` explains what to run");
  return { dist, problem };
}

/** The web app as served by createApp when start-up did not prepare one (tests, benchmarks): whatever is built. */
export function builtWebApp(dist = webDist): WebApp {
  return existsSync(path.join(dist, "index.html"))
    ? { dist }
    : { dist, problem: { reason: "web/dist is missing", fix: "npm run build" } };
}

/**
 * Static files, the app shell for client-side routes, and, while there is no build, a page saying why and what to
 * run. The shell is looked up per request, so a build made while the server runs is served without a restart.
 */
export function mountWebApp(app: Express, webApp: WebApp): void {
  const index = path.join(webApp.dist, "index.html");
  app.use(express.static(webApp.dist, { index: "index.html", maxAge: "1h" }));
  app.get(/^\/(?!api\/).*/, (_req, res) => {
    if (existsSync(index)) return res.sendFile(index);
    const problem = webApp.problem ?? { reason: "web/dist/index.html is missing", fix: "npm run build" };
    res.status(503).type("html").send(unavailablePage(problem));
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function unavailablePage(problem: WebAppProblem): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>政策实践图谱：网页未构建 · policy-graph: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; line-height: 1.5">
<h1>网页应用暂时无法提供 · The explorer cannot be served yet</h1>
<p>原因 · Why: <span data-testid="web-app-reason">${escapeHtml(problem.reason)}</span></p>
<p>请在项目目录运行 · Run in the project folder: <code data-testid="web-app-fix">${escapeHtml(problem.fix)}</code></p>
<p>然后刷新本页，无需重启 · Then reload this page; no restart is needed.</p>
<p>接口仍可使用 · The API still answers: <a href="/api/health">/api/health</a>, <a href="/api/docs">/api/docs</a></p>
</body>
</html>
`;
}
