import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Schemathesis (PyPI) fuzzes the API from its own OpenAPI document; nothing in npm does the same job as well.
 * It is test tooling only, kept in a virtualenv under node_modules/.cache so `npm ci` on a fresh clone (and CI)
 * starts clean and the first test run installs it: about 20 seconds with PyPI reachable.
 */

const requirements = fileURLToPath(new URL("./requirements.txt", import.meta.url));
const venv = fileURLToPath(new URL("../../node_modules/.cache/schemathesis-venv/", import.meta.url));
const stamp = path.join(venv, "requirements.txt");
const bin = path.join(venv, "bin", "schemathesis");

/** The schemathesis executable, installed first when missing or when requirements.txt changed. */
export function ensureSchemathesis(): string {
  const wanted = readFileSync(requirements, "utf8");
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return bin;
  const python = process.env.PYTHON ?? "python3";
  execFileSync(python, ["-m", "venv", "--clear", venv], { stdio: "inherit" });
  execFileSync(
    path.join(venv, "bin", "pip"),
    ["install", "--quiet", "--disable-pip-version-check", "-r", requirements],
    {
      stdio: "inherit",
    },
  );
  writeFileSync(stamp, wanted);
  return bin;
}
