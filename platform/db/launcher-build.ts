import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.ts";
import { checkMaven } from "./toolchain.ts";

export const launcherDir = fileURLToPath(new URL("../../neo4j-local/", import.meta.url));
export const launcherJar = path.join(launcherDir, "target", "neo4j-local.jar");

function newestSourceTime(): number {
  const sources = [path.join(launcherDir, "pom.xml")];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else sources.push(full);
    }
  };
  walk(path.join(launcherDir, "src"));
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** Bytes of one artifact from Maven's `[INFO] Downloaded from central: <url> (8.1 kB at 14 kB/s)` line. */
export function downloadedBytes(line: string): number | undefined {
  const match = /Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB|GB) at /.exec(line);
  return match ? Number(match[1]) * (UNIT_BYTES[match[2] as string] ?? 1) : undefined;
}

export function launcherIsBuilt(): boolean {
  return existsSync(launcherJar) && statSync(launcherJar).mtimeMs >= newestSourceTime();
}

/**
 * Builds the launcher with Maven when the jar is missing or older than its sources.
 * The first build downloads Neo4j (~130 MB) from Maven Central, so progress is logged
 * every few artifacts rather than left silent.
 */
export async function ensureLauncherBuilt(log: Logger): Promise<string> {
  if (launcherIsBuilt()) return launcherJar;
  checkMaven();
  log.info({ dir: launcherDir }, "building the embedded Neo4j launcher with Maven (first run downloads Neo4j)");
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-DskipTests", "package"], { cwd: launcherDir, stdio: ["ignore", "pipe", "pipe"] });
    let downloaded = 0;
    let bytes = 0;
    const report = () => ({ downloaded, downloadedMb: Math.round(bytes / 1e5) / 10 });
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const size = downloadedBytes(line);
      if (size === undefined) return;
      downloaded += 1;
      bytes += size;
      if (downloaded % 50 === 0) log.info(report(), "maven: artifacts downloaded");
    };
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    };
    mvn.stdout.on("data", onData);
    mvn.stderr.on("data", onData);
    mvn.on("error", reject);
    mvn.on("close", (code) => {
      if (code === 0) {
        log.info(report(), "maven: launcher built");
        resolve();
      } else reject(new Error(`Maven build of neo4j-local failed (exit ${code}):\n${tail.join("\n")}`));
    });
  });
  return launcherJar;
}
