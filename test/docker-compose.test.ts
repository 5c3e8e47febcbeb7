import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run on the build machines, so the wiring is checked by reading the files.
const compose = parse(readFileSync(new URL("../docker-compose.yml", import.meta.url), "utf8"));
const pom = readFileSync(new URL("../neo4j-local/pom.xml", import.meta.url), "utf8");
const dockerfile = readFileSync(new URL("../Dockerfile", import.meta.url), "utf8");

describe("docker-compose.yml", () => {
  const { neo4j, app } = compose.services;

  it("runs the official community image of the launcher's Neo4j version", () => {
    const launcherVersion = pom.match(/<neo4j\.version>([^<]+)<\/neo4j\.version>/)?.[1];
    expect(launcherVersion).toBeDefined();
    expect(neo4j.image).toBe(`neo4j:${launcherVersion}-community`);
  });

  it("sets NEO4J_AUTH, a healthcheck and a named data volume", () => {
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/.+/);
    expect(neo4j.healthcheck.test.join(" ")).toContain("RETURN 1");
    const [volumeName, mountPoint] = String(neo4j.volumes[0]).split(":");
    expect(mountPoint).toBe("/data");
    expect(compose.volumes).toHaveProperty(volumeName as string);
  });

  it("starts the app after Neo4j is healthy and points it there with NEO4J_URI", () => {
    expect(app.build).toBe(".");
    expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    expect(app.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app.environment.NEO4J_PASSWORD).toBe(neo4j.environment.NEO4J_PASSWORD);
    expect(app.environment.HOST).toBe("0.0.0.0");
  });

  it("builds the app image from a Dockerfile that serves the built web app", () => {
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/server\/main\.ts/);
  });
});
