import { readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";

/* `npm run build:server`: the server as one JavaScript file for the Docker image, so the runtime needs neither tsx
   nor the source tree. npm packages stay outside the bundle (installed with `npm ci --omit=dev`); every package the
   bundle imports must therefore be a production dependency, which the build checks. */

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const bundleDir = path.join(repoRoot, "dist", "server");
export const bundleEntry = "dist/server/main.js";
const runtimeFilesManifest = "dist/server/runtime-files.json";

export interface BundleReport {
  /** Repo-relative files and folders the server opens at run time (`new URL("…", import.meta.url)`), sorted. */
  runtimeFiles: string[];
  /** npm packages the bundle imports at run time, sorted. */
  packages: string[];
}

const toPosix = (file: string) => file.split(path.sep).join("/");
const LITERAL_URL = /new URL\(\s*"([^"]+)"\s*,\s*import\.meta\.url\s*\)/g;
const MODULE_IDENTITY = /fileURLToPath\(\s*import\.meta\.url\s*\)/g;

/**
 * In one bundle every module would share the bundle's import.meta.url, so `new URL("./cases/", import.meta.url)`
 * in seed/files.ts would point next to the bundle. Each module gets its own source location back, relative to the
 * bundle, and the image keeps those folders at the same relative places. Paths it cannot see (anything but a
 * literal URL) fail the build, so the list of runtime files stays complete.
 */
function moduleUrls(runtimeFiles: Set<string>): Plugin {
  return {
    name: "module-urls",
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta.url")) return undefined;
        const uses = source.match(/import\.meta\.url/g)?.length ?? 0;
        const literals = [...source.matchAll(LITERAL_URL)];
        const identities = source.match(MODULE_IDENTITY)?.length ?? 0;
        const relative = toPosix(path.relative(repoRoot, args.path));
        if (literals.length + identities !== uses) {
          return { errors: [{ text: `${relative}: import.meta.url is used in a form the bundle cannot follow` }] };
        }
        for (const [, target] of literals) {
          const resolved = toPosix(path.relative(repoRoot, path.resolve(path.dirname(args.path), target as string)));
          runtimeFiles.add(target?.endsWith("/") && resolved !== "" ? `${resolved}/` : resolved || "./");
        }
        const location = JSON.stringify(toPosix(path.relative(bundleDir, args.path)));
        const contents = source.replaceAll("import.meta.url", `new URL(${location}, import.meta.url).href`);
        return { contents, loader: "ts" };
      });
    },
  };
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}

function importedPackages(metafile: Metafile): string[] {
  const builtins = new Set(builtinModules);
  const names = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith("node:") || builtins.has(imported.path)) continue;
      names.add(packageName(imported.path));
    }
  }
  return [...names].sort();
}

/** Bundles server/main.ts; with `write` the bundle and its runtime-files manifest land in dist/server/. */
export async function bundleServer({ write }: { write: boolean }): Promise<BundleReport> {
  const runtimeFiles = new Set<string>();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ["server/main.ts"],
    outfile: bundleEntry,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    write,
    logLevel: "warning",
    plugins: [moduleUrls(runtimeFiles)],
  });
  const packages = importedPackages(result.metafile);
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const notShipped = packages.filter((name) => !(name in (manifest.dependencies ?? {})));
  if (notShipped.length > 0) {
    throw new Error(`bundleServer: imported at run time but not in "dependencies": ${notShipped.join(", ")}`);
  }
  const report = { runtimeFiles: [...runtimeFiles].sort(), packages };
  if (write) writeFileSync(path.join(repoRoot, runtimeFilesManifest), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await bundleServer({ write: true });
  console.log(`${bundleEntry}: imports ${report.packages.join(", ")}; reads ${report.runtimeFiles.join(", ")}`);
}
