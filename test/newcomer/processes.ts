import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createInterface } from "node:readline";

/* A command run as a terminal would run it: its own process group (so Ctrl-C reaches npm, the shell and node as
   it does from a keyboard), its output kept and searchable, and every process it left behind findable. */

export interface Terminal {
  child: ChildProcess;
  output: string[];
  /** Resolves with the first capture group of the first output line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Ctrl-C: SIGINT to the whole process group; resolves with the exit code once the shell has exited. */
  interrupt(timeoutMs?: number): Promise<number | null>;
}

export function runInTerminal(command: string, cwd: string, env: NodeJS.ProcessEnv): Terminal {
  const child = spawn("/bin/bash", ["-c", command], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const onLine = (line: string) => {
    output.push(line);
    for (const listener of listeners) listener(line);
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", onLine);
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", onLine);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  return {
    child,
    output,
    waitFor(pattern, timeoutMs) {
      const seen = output.map((line) => pattern.exec(line)).find(Boolean);
      if (seen) return Promise.resolve(seen[1] ?? seen[0]);
      return new Promise((resolve, reject) => {
        const done = (error?: Error, value?: string) => {
          clearTimeout(timer);
          listeners.delete(listener);
          if (error) reject(error);
          else resolve(value as string);
        };
        const listener = (line: string) => {
          const match = pattern.exec(line);
          if (match) done(undefined, match[1] ?? match[0]);
        };
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms`)), timeoutMs);
        listeners.add(listener);
        void exited.then((code) => done(new Error(`\`${command}\` exited ${code} before printing ${pattern}`)));
      });
    },
    async interrupt(timeoutMs = 90_000) {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGINT");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Pids of live processes whose command line or working directory is inside `dir` (e.g. a JVM on its store). */
export function processesIn(dir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (state === "Z") continue;
      let cwd = "";
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // another user's process: its cwd is not ours to read
      }
      if (cmdline.includes(dir) || cwd === dir || cwd.startsWith(`${dir}/`)) found.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Waits up to `timeoutMs` for processes in `dir` to end; kills (by pid) and returns those still there. */
export async function leftoversIn(dir: string, timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesIn(dir);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    left = processesIn(dir);
  }
  for (const pid of left) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return left;
}
