import { describe, expect, it } from "vitest";
import { checkJava, parseJavaMajor, parseMavenVersion, ToolchainError } from "./toolchain.ts";

describe("toolchain version parsing", () => {
  it("reads modern and legacy java -version output", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor("no java here")).toBeUndefined();
  });

  it("reads mvn -v output", () => {
    expect(parseMavenVersion("Apache Maven 3.8.7 (Debian)")).toEqual([3, 8]);
    expect(parseMavenVersion("Apache Maven 4.0.0-rc-2")).toEqual([4, 0]);
    expect(parseMavenVersion("bash: mvn: not found")).toBeUndefined();
  });

  it("explains a missing Java with what to install and the alternatives", () => {
    let caught: unknown;
    try {
      checkJava({ JAVA_HOME: "/nonexistent/jdk" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ToolchainError);
    const message = (caught as Error).message;
    expect(message).toContain("openjdk-17-jdk-headless");
    expect(message).toContain("docker compose up");
    expect(message).toContain("NEO4J_URI");
  });
});
