import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundleEntry, bundleServer } from "../../server/bundle.ts";
import { baseEnv, NOT_IN_IMAGE } from "./assemble.ts";
import { parseDockerfile, readDockerfile, runtimeStage, type Stage } from "./dockerfile.ts";

const stages = readDockerfile();
const runtime = runtimeStage(stages);

const repoRoot = new URL("../../", import.meta.url);

/**
 * Absolute paths the runtime stage's COPY steps fill, by Docker's rules: a file copied into a folder keeps its
 * name; a folder's contents (or the whole context, `.`) land in the destination itself.
 */
function copiedPaths(stage: Stage): string[] {
  let workdir = "/";
  const copied: string[] = [];
  for (const step of stage.steps) {
    if (step.kind === "workdir") workdir = step.dir;
    if (step.kind !== "copy") continue;
    const dest = path.posix.resolve(workdir, step.dest);
    const intoDir = step.dest.endsWith("/") || step.sources.length > 1;
    for (const source of step.sources) {
      const isFile = step.from === undefined && source !== "." && statSync(new URL(source, repoRoot)).isFile();
      copied.push(intoDir && isFile ? path.posix.join(dest, path.posix.basename(source)) : dest);
    }
  }
  return copied;
}

function covered(stage: Stage, file: string): boolean {
  const absolute = path.posix.resolve(stage.workdir, file);
  if (absolute === path.posix.resolve(stage.workdir)) return true;
  return copiedPaths(stage).some((dest) => absolute === dest || absolute.startsWith(`${dest}/`));
}

/** Runs the image's HEALTHCHECK command here against a server answering /api/health with `status`. */
async function healthcheckExitCode(status: number): Promise<number | null> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === "/api/health" ? status : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const [file, ...args] = runtime.healthcheck?.command ?? ["false"];
  const env = { ...baseEnv(), ...runtime.env, PORT: String(port) };
  // Not spawnSync: the server in this process must answer while the check runs.
  const code = await new Promise<number | null>((resolve) => {
    spawn(file as string, args, { env }).once("exit", resolve);
  });
  server.close();
  return code;
}

describe("the Dockerfile's runtime stage", () => {
  it("runs the bundled server with node, in production, as a non-root user", () => {
    expect(runtime.cmd?.[0]).toBe("node");
    expect(runtime.cmd?.at(-1)).toBe(bundleEntry);
    expect(covered(runtime, bundleEntry)).toBe(true);
    expect(runtime.env.NODE_ENV).toBe("production");
    expect(runtime.user).toBeDefined();
    expect(["root", "0"]).not.toContain(runtime.user);
    expect(runtime.expose).toContain(runtime.env.PORT);
  });

  it("installs production dependencies only", () => {
    const installs = runtime.steps.filter((s) => s.kind === "run" && s.command.join(" ").includes("npm ci"));
    expect(installs.length).toBe(1);
    expect(installs[0]?.kind === "run" && installs[0].command.join(" ")).toContain("--omit=dev");
  });

  it("copies every file and folder the server opens at run time", async () => {
    const { runtimeFiles, packages } = await bundleServer({ write: false });
    expect(runtimeFiles).toEqual(expect.arrayContaining(["seed/cases/", "web/dist/"]));
    const missing = runtimeFiles.filter((file) => !(file in NOT_IN_IMAGE) && !covered(runtime, file));
    expect(missing).toEqual([]);
    // The bundle keeps npm packages outside; bundleServer refuses any that `npm ci --omit=dev` would not install.
    expect(packages).toContain("neo4j-driver");
  });

  it("has a HEALTHCHECK that passes on 200 from /api/health and fails otherwise", async () => {
    expect(await healthcheckExitCode(200)).toBe(0);
    expect(await healthcheckExitCode(503)).toBe(1);
    expect(Number.parseInt(runtime.healthcheck?.flags["start-period"] ?? "0", 10)).toBeGreaterThanOrEqual(30);
  });
});

describe("parseDockerfile", () => {
  it("refuses instructions the image stand-in would not reproduce", () => {
    expect(() => parseDockerfile("FROM node:20\nADD https://example.org/x.tgz /x\n")).toThrow(/ADD \(line 2\)/);
    expect(() => parseDockerfile("FROM node:20\nCOPY --chown=node a b\n")).toThrow(/--chown/);
  });

  it("reads stages, shell and exec forms, and ENV in order", () => {
    const [build, run] = parseDockerfile(
      'FROM node:20 AS build\nRUN npm ci\nFROM node:20\nENV A=1 B="two words"\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCMD ["node", "x.js"]\n',
    );
    expect(build?.name).toBe("build");
    expect(build?.steps).toEqual([{ kind: "run", command: ["/bin/sh", "-c", "npm ci"] }]);
    expect(run?.env).toEqual({ A: "1", B: "two words" });
    expect(run?.steps.at(-1)).toEqual({ kind: "copy", from: "build", sources: ["/app/dist"], dest: "./dist" });
    expect(run?.cmd).toEqual(["node", "x.js"]);
  });
});
