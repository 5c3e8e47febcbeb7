/*
 * The arrows between top-level folders, checked by `npm run lint` (dependency-cruiser).
 *
 *   graph-schema   ← imports nothing of ours (zod only)
 *   contract       ← graph-schema (zod only otherwise): the API's request and response schemas
 *   platform       ← graph-schema: config, logger, Neo4j lifecycle, driver, reads
 *   extract        ← graph-schema
 *   seed           ← graph-schema, platform
 *   server         ← graph-schema, contract, platform, extract, seed (its public index only)
 *   web            ← contract/types.ts (types only), graph-schema's browser-safe data; the case-file schema
 *                    only in the lazily loaded import page
 *   test, bench, resilience ← anything above (test ← bench ← resilience)
 *
 * Each folder may only point down this list, so no cycle between folders can form. Test files may also import
 * the shared helpers in test/.
 */
const TESTS = "\\.(int\\.|e2e\\.)?test\\.ts$";
const OURS = "^(graph-schema|contract|platform|extract|seed|server|web|test|bench|resilience)/";

/** A folder that may import only the listed folders of ours (and itself). */
function layer(folder, allowed, comment) {
  const mayImport = [folder, ...allowed].join("|");
  return {
    name: `${folder}-imports-only-${allowed.length ? allowed.join("-") : "itself"}`,
    comment,
    severity: "error",
    from: { path: `^${folder}/`, pathNot: TESTS },
    to: { path: OURS, pathNot: `^(${mayImport})/` },
  };
}

/** graph-schema's modules a browser may run: plain data and functions, no zod. */
const BROWSER_SAFE_SCHEMA =
  "^graph-schema/(taxonomy|categories|measure-type|measures-[a-z]+|departments|locator|relationship-labels)\\.ts$";

module.exports = {
  forbidden: [
    layer("graph-schema", [], "graph-schema is the one description of the graph; it depends on nothing of ours"),
    layer("contract", ["graph-schema"], "the API contract is built from graph-schema only, so the web may import it"),
    layer("platform", ["graph-schema"], "platform is infrastructure every process shares; it knows no feature"),
    layer("extract", ["graph-schema"], "the extractor is pure text → draft case file"),
    layer("seed", ["graph-schema", "platform"], "the write path must not depend on the API server"),
    layer("server", ["graph-schema", "contract", "platform", "extract", "seed"], "the API sits on top"),
    layer("web", ["graph-schema", "contract"], "the browser app talks to the server over HTTP only"),
    layer("test", ["graph-schema", "contract", "platform", "extract", "seed", "server", "web"], "test helpers"),
    layer("bench", ["graph-schema", "contract", "platform", "extract", "seed", "server", "web", "test"], "bench"),
    {
      name: "seed-only-through-its-index",
      comment: "other folders use the write path through seed/index.ts, never its internals",
      severity: "error",
      from: { pathNot: "^seed/" },
      to: { path: "^seed/", pathNot: "^seed/(index\\.ts|cases/)" },
    },
    {
      name: "foundations-import-only-zod",
      comment: "graph-schema and contract run in the browser too: zod is their only package, no Node built-ins",
      severity: "error",
      from: { path: "^(graph-schema|contract)/", pathNot: TESTS },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "core"], pathNot: "node_modules/zod/" },
    },
    {
      name: "web-uses-the-contract-for-types-only",
      comment:
        "the web takes the contract's types from contract/types.ts, which exports nothing at run time, so no " +
        "zod schema reaches the browser bundle (a test checks that module stays empty at run time)",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^contract/", pathNot: "^contract/types\\.ts$" },
    },
    {
      name: "web-runs-only-browser-safe-graph-schema",
      comment:
        "the web may run graph-schema's taxonomy and department data, which import no zod; the case-file schema " +
        "only in the import page's check (web/src/data/import-check.ts), types through contract/types.ts",
      severity: "error",
      from: { path: "^web/", pathNot: [TESTS, "^web/src/data/import-check\\.ts$"] },
      to: { path: "^graph-schema/", pathNot: BROWSER_SAFE_SCHEMA },
    },
    {
      name: "import-page-loads-lazily",
      comment:
        "the import page and its modules (which run zod) are loaded with import() on first use, never statically " +
        "from the explorer's other modules, so zod stays out of the main bundle",
      severity: "error",
      from: { path: "^web/src/", pathNot: [TESTS, "^web/src/(views|data)/import-"] },
      to: { path: "^web/src/(views|data)/import-", dependencyTypesNot: ["dynamic-import"] },
    },
    {
      name: "no-circular",
      comment: "modules importing each other in a circle (type-only imports included) tangle the layers",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that resolves to nothing is a typo or a missing package",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|web/dist|neo4j-local)/" },
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
