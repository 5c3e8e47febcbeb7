import { readFileSync } from "node:fs";
import { DockerfileParser, type Env, type Instruction, ModifiableInstruction } from "dockerfile-ast";

/* The Dockerfile as data, for the image stand-in (no Docker engine here). Only the instructions the stand-in can
   reproduce are accepted; any other one fails loudly rather than being skipped. */

export type Step =
  | { kind: "copy"; from: string | undefined; sources: string[]; dest: string }
  | { kind: "run"; command: string[] }
  | { kind: "env"; vars: Record<string, string> }
  | { kind: "workdir"; dir: string };

interface Healthcheck {
  flags: Record<string, string>;
  command: string[];
}

export interface Stage {
  name: string | undefined;
  base: string;
  steps: Step[];
  /** ENV as it stands at the end of the stage: what the container starts with. */
  env: Record<string, string>;
  workdir: string;
  user: string | undefined;
  expose: string[];
  healthcheck: Healthcheck | undefined;
  cmd: string[] | undefined;
}

/** Exec form (a JSON array) as is; shell form the way Docker runs it. */
function commandOf(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) return JSON.parse(trimmed) as string[];
  return ["/bin/sh", "-c", trimmed];
}

function flagsOf(instruction: Instruction): Record<string, string> {
  const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
  return Object.fromEntries(flags.map((flag) => [flag.getName(), flag.getValue() ?? ""]));
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

function newStage(instruction: Instruction): Stage {
  const [base, as, name] = instruction.getArguments().map((a) => a.getValue());
  if (!base || (as !== undefined && as.toUpperCase() !== "AS")) throw new Error(`dockerfile: cannot read FROM ${base}`);
  return {
    name,
    base,
    steps: [],
    env: {},
    workdir: "/",
    user: undefined,
    expose: [],
    healthcheck: undefined,
    cmd: undefined,
  };
}

function applyTo(stage: Stage, instruction: Instruction): void {
  const keyword = instruction.getKeyword();
  const content = instruction.getArgumentsContent() ?? "";
  const where = `line ${instruction.getRange().start.line + 1}`;
  switch (keyword) {
    case "WORKDIR":
      stage.workdir = content.startsWith("/") ? content : `${stage.workdir.replace(/\/$/, "")}/${content}`;
      stage.steps.push({ kind: "workdir", dir: stage.workdir });
      return;
    case "ENV": {
      const vars = Object.fromEntries(
        (instruction as Env).getProperties().map((p) => [p.getName(), unquote(p.getValue() ?? "")]),
      );
      Object.assign(stage.env, vars);
      stage.steps.push({ kind: "env", vars });
      return;
    }
    case "COPY": {
      const { from, ...others } = flagsOf(instruction);
      if (Object.keys(others).length > 0) throw new Error(`dockerfile: COPY --${Object.keys(others)[0]} (${where})`);
      const paths = instruction.getArguments().map((a) => a.getValue());
      const dest = paths.pop();
      if (!dest || paths.length === 0) throw new Error(`dockerfile: COPY needs a source and a destination (${where})`);
      stage.steps.push({ kind: "copy", from, sources: paths, dest });
      return;
    }
    case "RUN":
      stage.steps.push({ kind: "run", command: commandOf(content) });
      return;
    case "USER":
      stage.user = content;
      return;
    case "EXPOSE":
      stage.expose.push(...content.split(/\s+/));
      return;
    case "HEALTHCHECK": {
      if (content.trim().toUpperCase() === "NONE") return;
      const command = content.replace(/^CMD\s+/i, "");
      stage.healthcheck = { flags: flagsOf(instruction), command: commandOf(command) };
      return;
    }
    case "CMD":
      stage.cmd = commandOf(content);
      return;
    default:
      throw new Error(`dockerfile: ${keyword} (${where}) is not reproduced by the image stand-in`);
  }
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction.getKeyword() === "FROM") stages.push(newStage(instruction));
    else if (stages.length === 0) throw new Error(`dockerfile: ${instruction.getKeyword()} before FROM`);
    else applyTo(stages[stages.length - 1] as Stage, instruction);
  }
  return stages;
}

const dockerfilePath = new URL("../../Dockerfile", import.meta.url);

export function readDockerfile(): Stage[] {
  return parseDockerfile(readFileSync(dockerfilePath, "utf8"));
}

/** The stage the image runs: the last one. */
export function runtimeStage(stages: readonly Stage[]): Stage {
  const last = stages[stages.length - 1];
  if (!last) throw new Error("dockerfile: no FROM");
  return last;
}
