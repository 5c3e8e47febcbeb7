import { describe, expect, it } from "vitest";
import { downloadedBytes } from "./launcher-build.ts";

// Lines as Maven 3.8 prints them with -B into an empty ~/.m2 (the [INFO] prefix is what the old count missed).
const central = "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j";

describe("downloadedBytes", () => {
  it("reads the size of each downloaded artifact in B, kB and MB", () => {
    expect(
      downloadedBytes(`${central}/neo4j-fabric-parent/5.26.30/neo4j-fabric-parent-5.26.30.pom (806 B at 50 kB/s)`),
    ).toBe(806);
    expect(downloadedBytes(`${central}/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.pom (5.6 kB at 267 kB/s)`)).toBe(5600);
    expect(downloadedBytes(`${central}/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (2.5 MB at 3.2 MB/s)`)).toBe(
      2.5e6,
    );
  });

  it("ignores the line announcing a download and every other line", () => {
    expect(
      downloadedBytes(`${central.replace("Downloaded", "Downloading")}/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.pom`),
    ).toBeUndefined();
    expect(downloadedBytes("[INFO] BUILD SUCCESS")).toBeUndefined();
  });
});
