import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { envSchema, loadConfig } from "../platform/config.ts";
import { readDockerfile, runtimeStage } from "./image/dockerfile.ts";

/* No Docker engine here: the compose file is checked by what it means. Values are interpolated the way compose
   does with an empty shell environment (`${VAR:-default}`, `$$` for a literal `$`). */

type Service = {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
};

function interpolate(value: unknown): string {
  return String(value)
    .replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$\$/g, (whole, _name: string, fallback: string | undefined) =>
      whole === "$$" ? "\u0000" : (fallback ?? ""),
    )
    .replaceAll("\u0000", "$");
}

const compose = parse(readFileSync(new URL("../docker-compose.yml", import.meta.url), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const env = (service: Service) =>
  Object.fromEntries(Object.entries(service.environment).map(([k, v]) => [k, interpolate(v)]));
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };
const appEnv = env(app);
const neo4jEnv = env(neo4j);
/** The container side of a service's published ports. */
const containerPorts = (service: Service) => (service.ports ?? []).map((p) => Number(p.split(":").at(-1)));
const pom = readFileSync(new URL("../neo4j-local/pom.xml", import.meta.url), "utf8");

describe("docker-compose.yml", () => {
  it("runs the official community image of the launcher's Neo4j version", () => {
    const launcherVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
    expect(launcherVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(neo4j.image).toBe(`neo4j:${launcherVersion}-community`);
  });

  it("gives the app only settings the server reads, and ones it accepts", () => {
    const known = Object.keys(envSchema.shape);
    expect(Object.keys(appEnv).filter((name) => !known.includes(name))).toEqual([]);
    const config = loadConfig(appEnv);
    expect(config.HOST).toBe("0.0.0.0");
    expect(containerPorts(app)).toContain(config.PORT);
  });

  it("points the app at the neo4j service's Bolt port with the credentials Neo4j is given", () => {
    const config = loadConfig(appEnv);
    const uri = new URL(config.NEO4J_URI ?? "");
    expect(Object.keys(compose.services)).toContain(uri.hostname);
    expect(Number(uri.port)).toBe(7687);
    expect(containerPorts(neo4j)).toContain(7687);
    expect(neo4jEnv.NEO4J_AUTH).toBe(`${config.NEO4J_USER}/${config.NEO4J_PASSWORD}`);
  });

  it("starts the app only once Neo4j's healthcheck passes, and builds it from this Dockerfile", () => {
    expect(app.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app.build).toBe(".");
    expect(runtimeStage(readDockerfile()).expose).toContain(String(loadConfig(appEnv).PORT));
  });

  it("keeps Neo4j's store in a named volume", () => {
    const [volumeName, mountPoint] = String(neo4j.volumes?.[0]).split(":");
    expect(mountPoint).toBe("/data");
    expect(compose.volumes).toHaveProperty(volumeName as string);
  });
});

describe("the neo4j service's healthcheck", () => {
  // A stand-in cypher-shell records how the check calls it; its exit code is what the check must pass on.
  const bin = mkdtempSync(path.join(tmpdir(), "compose-test-"));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  function runCheck(cypherShellExit: number): { status: number | null; args: string[] } {
    const record = path.join(bin, "args");
    writeFileSync(
      path.join(bin, "cypher-shell"),
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nexit ${cypherShellExit}\n`,
    );
    chmodSync(path.join(bin, "cypher-shell"), 0o755);
    const [form, command] = (neo4j.healthcheck?.test ?? []).map(interpolate);
    expect(form).toBe("CMD-SHELL");
    // The container's environment: the service's own variables.
    const result = spawnSync("/bin/sh", ["-c", command as string], {
      env: { PATH: `${bin}:/usr/bin:/bin`, ...neo4jEnv },
    });
    const args = result.status === null ? [] : readFileSync(record, "utf8").trim().split("\n");
    return { status: result.status, args };
  }

  it("asks Cypher for RETURN 1 with the password of NEO4J_AUTH", () => {
    const { status, args } = runCheck(0);
    expect(status).toBe(0);
    const [user, password] = (neo4jEnv.NEO4J_AUTH ?? "").split("/");
    expect(args).toEqual(["-u", user, "-p", password, "RETURN 1"]);
  });

  it("fails while Cypher does not answer", () => {
    expect(runCheck(1).status).toBe(1);
  });
});
