import { spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import dockerignore from "@balena/dockerignore";
import { parseDockerfile, runtimeStage, type Stage, type Step } from "./dockerfile.ts";

/* The image stand-in: every stage of the Dockerfile in its own folder (its "/"), steps run in order: COPY from the
   build context (minus .dockerignore) or from an earlier stage, RUN through the same command, ENV and WORKDIR as
   Docker applies them. What ends up in the last stage's folder is exactly what the image would hold of the app.
   Differences from Docker: the machine's node and npm stand in for the base image's, and USER is not switched. */

/** What the server bundle can open at run time but the image leaves out, and why (dist/server/runtime-files.json). */
export const NOT_IN_IMAGE: Record<string, string> = {
  "neo4j-local/": "the embedded Neo4j's launcher: the image has no Java and always runs against NEO4J_URI",
};

export interface AssembledImage {
  stage: Stage;
  /** The runtime stage's "/". */
  root: string;
  /** Its WORKDIR, where CMD runs. */
  appDir: string;
}

/**
 * What a RUN or the container sees of this machine: the PATH to node and npm, none of our variables, and not our
 * HOME: each stage has its own (so npm's cache starts empty as in a Docker build, and `npm cache clean` in a RUN
 * cleans only that stage's).
 */
export function baseEnv(home?: string): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", ...(home ? { HOME: home } : {}) };
}

/** The build context's files, relative to it, after .dockerignore; ignored folders are not walked. */
function contextFiles(context: string): string[] {
  const ignoreFile = path.join(context, ".dockerignore");
  const patterns = existsSync(ignoreFile) ? readFileSync(ignoreFile, "utf8").split("\n") : [];
  const rules = dockerignore().add(patterns);
  // With an exception (`!pattern`) an ignored folder may still hold kept files, so it must be walked.
  const prune = !patterns.some((line) => line.trim().startsWith("!"));
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(context, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const ignored = rules.ignores(child);
      if (entry.isDirectory()) {
        if (!(ignored && prune)) walk(child);
      } else if (!ignored) files.push(child);
    }
  };
  walk("");
  return files;
}

const inside = (root: string, absolute: string) => path.join(root, absolute);

function copyFromContext(context: string, files: readonly string[], source: string, target: string, intoDir: boolean) {
  const prefix = path.posix.normalize(source).replace(/^\.\/?|\/$/g, "");
  const isDir = prefix === "" || statSync(path.join(context, prefix)).isDirectory();
  const chosen = isDir
    ? files.filter((f) => prefix === "" || f.startsWith(`${prefix}/`))
    : files.filter((f) => f === prefix);
  if (chosen.length === 0) throw new Error(`image: COPY ${source}: nothing in the build context (after .dockerignore)`);
  for (const file of chosen) {
    const rest = isDir ? file.slice(prefix === "" ? 0 : prefix.length + 1) : intoDir ? path.basename(file) : "";
    const to = rest ? path.join(target, rest) : target;
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(context, file), to, { verbatimSymlinks: true });
  }
}

function copy(
  step: Extract<Step, { kind: "copy" }>,
  stage: Stage,
  root: string,
  context: string,
  built: Map<string, string>,
  files: readonly string[],
) {
  if ([...step.sources, step.dest].some((p) => /[*?[]/.test(p)))
    throw new Error("image: COPY wildcards are not reproduced");
  const dest = path.posix.isAbsolute(step.dest) ? step.dest : path.posix.join(stage.workdir, step.dest);
  const intoDir = step.dest.endsWith("/") || step.sources.length > 1;
  const target = inside(root, dest);
  for (const source of step.sources) {
    if (step.from === undefined) {
      copyFromContext(context, files, source, target, intoDir);
      continue;
    }
    const fromRoot = built.get(step.from);
    if (!fromRoot) throw new Error(`image: COPY --from=${step.from}: no such earlier stage`);
    const from = inside(fromRoot, source);
    const to = statSync(from).isFile() && intoDir ? path.join(target, path.basename(from)) : target;
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

function run(
  command: string[],
  cwd: string,
  env: Record<string, string>,
  onLine: (line: string) => void,
): Promise<void> {
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      onLine(line);
    }
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`image: RUN ${command.join(" ")} exited ${code}:\n${tail.join("\n")}`)),
    );
  });
}

/** Builds every stage of `context`'s Dockerfile under `workDir` and returns the runtime stage. */
export async function assembleImage(
  context: string,
  workDir: string,
  onLine: (line: string) => void = () => {},
): Promise<AssembledImage> {
  const stages = parseDockerfile(readFileSync(path.join(context, "Dockerfile"), "utf8"));
  const files = contextFiles(context);
  const built = new Map<string, string>();
  for (const [index, stage] of stages.entries()) {
    const root = path.join(workDir, `stage-${index}`);
    mkdirSync(root, { recursive: true });
    const home = path.join(root, "root");
    mkdirSync(home, { recursive: true });
    const env: Record<string, string> = { ...baseEnv(home) };
    let workdir = "/";
    for (const step of stage.steps) {
      if (step.kind === "env") Object.assign(env, step.vars);
      if (step.kind === "workdir") {
        workdir = step.dir;
        mkdirSync(inside(root, workdir), { recursive: true });
      }
      if (step.kind === "copy") copy(step, { ...stage, workdir }, root, context, built, files);
      if (step.kind === "run") {
        onLine(`[stage ${stage.name ?? index}] RUN ${step.command.join(" ")}`);
        await run(step.command, inside(root, workdir), env, onLine);
      }
    }
    built.set(String(index), root);
    if (stage.name) built.set(stage.name, root);
  }
  const stage = runtimeStage(stages);
  const root = built.get(String(stages.length - 1)) as string;
  return { stage, root, appDir: inside(root, stage.workdir) };
}

/** Every file and folder under `dir` that a user other than the owner could not read (or enter). */
export function unreadableByOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const { mode } = lstatSync(full);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if ((mode & 0o005) !== 0o005) found.push(full);
        walk(full);
      } else if ((mode & 0o004) === 0) found.push(full);
    }
  };
  walk(dir);
  return found;
}
