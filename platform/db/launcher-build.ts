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
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/^Downloaded from/.test(line)) {
        downloaded += 1;
        if (downloaded % 25 === 0) log.info({ downloaded }, "maven: artifacts downloaded");
      }
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
        log.info({ downloaded }, "maven: launcher built");
        resolve();
      } else reject(new Error(`Maven build of neo4j-local failed (exit ${code}):\n${tail.join("\n")}`));
    });
  });
  return launcherJar;
}
