import { spawnSync } from "node:child_process";
import path from "node:path";

/** A tool the embedded launcher needs is missing or too old; the message says what to do instead. */
export class ToolchainError extends Error {
  constructor(message: string) {
    super(
      `${message}\n` +
        "Alternatives: run `docker compose up` (official neo4j image), or point the app at any Neo4j " +
        "with NEO4J_URI (plus NEO4J_USER / NEO4J_PASSWORD).",
    );
    this.name = "ToolchainError";
  }
}

export const MIN_JAVA_MAJOR = 17;
export const MIN_MAVEN: readonly [number, number] = [3, 8];

export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Parses `java -version` output ("openjdk version \"17.0.15\"", or "1.8.0_392" for Java 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = versionOutput.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export function parseMavenVersion(versionOutput: string): [number, number] | undefined {
  const match = versionOutput.match(/Apache Maven (\d+)\.(\d+)/);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const java = javaExecutable(env);
  const result = spawnSync(java, ["-version"], { encoding: "utf8", env });
  if (result.error || result.status !== 0) {
    throw new ToolchainError(
      `Java was not found (${java}). The embedded Neo4j needs a JDK ${MIN_JAVA_MAJOR}+: ` +
        "install one (Debian/Ubuntu: `apt-get install openjdk-17-jdk-headless`) or set JAVA_HOME.",
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new ToolchainError(
      `Java ${major ?? "(unknown version)"} is too old: the embedded Neo4j 5.26 needs JDK ${MIN_JAVA_MAJOR}+. ` +
        "Install openjdk-17-jdk-headless or newer, or set JAVA_HOME to one.",
    );
  }
  return major;
}

export function checkMaven(env: NodeJS.ProcessEnv = process.env): [number, number] {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8", env });
  if (result.error || result.status !== 0) {
    throw new ToolchainError(
      "Maven was not found. It builds the embedded Neo4j launcher once (Debian/Ubuntu: `apt-get install maven`, " +
        `version ${MIN_MAVEN.join(".")}+).`,
    );
  }
  const version = parseMavenVersion(result.stdout);
  if (!version || version[0] < MIN_MAVEN[0] || (version[0] === MIN_MAVEN[0] && version[1] < MIN_MAVEN[1])) {
    throw new ToolchainError(
      `Maven ${version?.join(".") ?? "(unknown version)"} is too old: install Maven ${MIN_MAVEN.join(".")}+.`,
    );
  }
  return version;
}
