import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const built = existsSync(path.join(dist, "index.html"));

/** zod 4 names its classes with these strings; minification keeps them. */
const ZOD_MARKERS = ["$ZodType", "ZodError"];

// `npm test` builds before it runs the tests; a bare `vitest run` on a fresh clone has nothing to inspect.
describe.skipIf(!built)("the built web bundle (npm run build)", () => {
  const assets = () => readdirSync(path.join(dist, "assets")).filter((name) => name.endsWith(".js"));
  const text = (name: string) => readFileSync(path.join(dist, "assets", name), "utf8");

  it("carries no zod in the entry chunk: the contract is imported for its types only", () => {
    const html = readFileSync(path.join(dist, "index.html"), "utf8");
    const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    for (const marker of ZOD_MARKERS) expect(text(entry as string)).not.toContain(marker);
  });

  it("keeps zod in the import page's lazy chunk, where the case-file check runs", () => {
    const withZod = assets().filter((name) => ZOD_MARKERS.some((marker) => text(name).includes(marker)));
    expect(withZod.length).toBeGreaterThan(0);
    expect(withZod.every((name) => name.startsWith("import-page"))).toBe(true);
  });
});
