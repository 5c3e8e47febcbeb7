import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/* .ci/setup on a machine that lacks Java and Maven and has no apt (a PATH that leaves them out): it must stop at
   once with one line naming what to install, and install nothing. */

const setup = fileURLToPath(new URL("../.ci/setup", import.meta.url));
const bin = mkdtempSync(path.join(tmpdir(), "setup-test-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

// Everything the script calls except java, mvn and apt-get.
for (const tool of ["dirname", "sed", "head", "id", "fc-list", "dpkg", "find", "awk"]) {
  const found = ["/usr/bin", "/bin"].map((dir) => path.join(dir, tool)).find((file) => existsSync(file));
  if (found) symlinkSync(found, path.join(bin, tool));
}

function runSetup(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("/bin/bash", [setup, ...args], { encoding: "utf8", env: { PATH: bin, ...env } });
  return { status: result.status, stdout: result.stdout, lines: result.stderr.trim().split("\n") };
}

describe(".ci/setup", () => {
  it("without apt, names the missing packages in one line and stops", () => {
    const { status, stdout, lines } = runSetup([]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^setup: missing openjdk-17-jdk-headless maven\b.*: install them \(Debian\/Ubuntu: sudo apt-get install /,
    );
  });

  it("with --check, installs nothing even where it could", () => {
    const { status, lines } = runSetup(["--check"]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("openjdk-17-jdk-headless maven");
  });

  it("says when CHROMIUM_PATH points at nothing", () => {
    const { status, lines } = runSetup(["--check"], { CHROMIUM_PATH: path.join(bin, "no-chromium") });
    expect(status).toBe(1);
    expect(lines).toEqual([
      `setup: CHROMIUM_PATH=${path.join(bin, "no-chromium")} is not an executable: point it at a Chromium, or unset it to use /usr/bin/chromium`,
    ]);
  });
});
