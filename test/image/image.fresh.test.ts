import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clearGraph, testDriver } from "../neo4j.ts";
import { freePort } from "../server-process.ts";
import { type AssembledImage, assembleImage, baseEnv, NOT_IN_IMAGE, unreadableByOthers } from "./assemble.ts";

/* The Docker image without Docker: the Dockerfile's stages assembled from this checkout (test/image/assemble.ts),
   the runtime stage's CMD started against the test Neo4j as `docker run -e NEO4J_URI=…` would. */

const context = fileURLToPath(new URL("../../", import.meta.url));
let work: string;
let image: AssembledImage;
let driver: Driver;

function containerEnv(port: number): Record<string, string> {
  const password = inject("neo4jPassword");
  return {
    ...baseEnv(),
    ...image.stage.env,
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_USER: inject("neo4jUser"),
    ...(password ? { NEO4J_PASSWORD: password } : {}),
    PORT: String(port),
    // The image listens on 0.0.0.0; on a shared machine the stand-in keeps to loopback.
    HOST: "127.0.0.1",
  };
}

/** GET as a client that honours 503 + Retry-After (the server's answer to a query outliving its timeout). */
async function getJson<T>(url: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url);
    if (response.status !== 503 || attempt === 5) {
      expect(response.status).toBe(200);
      return (await response.json()) as T;
    }
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after") ?? 2) * 1000));
  }
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the image's CMD exited ${child.exitCode}:\n${output.join("")}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return;
    } catch {
      // not listening yet: it seeds the empty graph first
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no 200 from ${url}/api/health within 180 s:\n${output.join("")}`);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "policy-graph-image-"));
  const started = performance.now();
  image = await assembleImage(context, work, (line) => {
    if (line.startsWith("[stage")) process.stderr.write(`image: ${line}\n`);
  });
  process.stderr.write(`image: assembled in ${Math.round((performance.now() - started) / 1000)} s\n`);
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the image (stand-in)", () => {
  it("holds no TypeScript source and no dev dependency", () => {
    const sources = readdirSync(image.appDir, { recursive: true, encoding: "utf8" }).filter(
      (file) => !file.startsWith("node_modules") && /\.tsx?$/.test(file),
    );
    expect(sources).toEqual([]);
    const lock = JSON.parse(readFileSync(path.join(context, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.keys(lock.packages).filter(
      (key) => key.startsWith("node_modules/") && lock.packages[key]?.dev,
    );
    expect(devOnly.length).toBeGreaterThan(0);
    expect(devOnly.filter((key) => existsSync(path.join(image.appDir, key)))).toEqual([]);
  });

  it("holds every file the bundle opens at run time, readable by the image's non-root user", () => {
    const manifest = JSON.parse(readFileSync(path.join(image.appDir, "dist/server/runtime-files.json"), "utf8")) as {
      runtimeFiles: string[];
      packages: string[];
    };
    const absent = manifest.runtimeFiles.filter(
      (file) => !(file in NOT_IN_IMAGE) && !existsSync(path.join(image.appDir, file)),
    );
    expect(absent).toEqual([]);
    for (const name of manifest.packages) expect(existsSync(path.join(image.appDir, "node_modules", name))).toBe(true);
    expect(image.stage.user).toBe("node");
    expect(unreadableByOthers(image.appDir)).toEqual([]);
  });

  it("starts with its CMD against NEO4J_URI, seeds an empty graph, serves the app and passes its HEALTHCHECK", async () => {
    await clearGraph(driver);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const [file, ...args] = image.stage.cmd as [string, ...string[]];
    const output: string[] = [];
    const container = spawn(file, args, {
      cwd: image.appDir,
      env: containerEnv(port),
      stdio: ["ignore", "pipe", "pipe"],
    });
    container.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    container.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    try {
      await waitForHealth(url, container, output);
      const health = await getJson<{ neo4j: { embedded: boolean } }>(`${url}/api/health`);
      expect(health.neo4j.embedded).toBe(false);

      const seeded = readdirSync(path.join(image.appDir, "seed", "cases")).filter((f) => f.endsWith(".json"));
      const stats = await getJson<{ cases: { real: number } }>(`${url}/api/stats`);
      expect(stats.cases.real).toBe(seeded.length);

      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="app">');
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
      expect(assets.length).toBeGreaterThanOrEqual(2);
      for (const asset of assets) expect((await fetch(`${url}${asset}`)).status).toBe(200);

      const [checkFile, ...checkArgs] = (image.stage.healthcheck?.command ?? ["false"]) as [string, ...string[]];
      const check = spawn(checkFile, checkArgs, { cwd: image.appDir, env: containerEnv(port) });
      expect((await once(check, "exit"))[0]).toBe(0);
    } finally {
      // `docker stop` sends SIGTERM: the server must close cleanly, exit 0.
      container.kill("SIGTERM");
      const [code] = container.exitCode === null ? await once(container, "exit") : [container.exitCode];
      expect(code, `the server exited with ${code}; its output:\n${output.join("")}`).toBe(0);
    }
  });
});
