import path from "node:path";
import { parseArgs } from "node:util";
import { bundledCasesDir, caseFilesIn, formatProblem, validateCaseFiles } from "../files.ts";
import { failures, formatReport, runFidelity } from "./report.ts";
import { defaultSourcesDir, loadSources } from "./sources.ts";

/**
 * `npm run fidelity [-- --file a.json …] [--verbose] [--json]`: checks case files (default: all bundled ones)
 * against shared/sources and prints the counts per check. Exit 1 when a file fails a check or the schema.
 */
const { values } = parseArgs({
  options: {
    file: { type: "string", multiple: true },
    verbose: { type: "boolean", short: "v", default: false },
    json: { type: "boolean", default: false },
    sources: { type: "string", default: defaultSourcesDir },
  },
});

const sources = loadSources(values.sources);
if (!sources) {
  console.error(`fidelity: no sources in ${values.sources}; set --sources or POLICY_GRAPH_SOURCES`);
  process.exit(2);
}
const files = values.file?.map((f) => path.resolve(f)) ?? caseFilesIn(bundledCasesDir);
const { cases, problems } = validateCaseFiles(files);
for (const problem of problems) console.error(formatProblem(problem));
const report = runFidelity(
  cases.map((c) => ({ file: path.relative(process.cwd(), c.file), data: c.data })),
  sources,
);
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: values.verbose }));
if (problems.length > 0) console.error(`fidelity: ${problems.length} schema problem(s) in the files above`);
process.exit(failures(report) > 0 || problems.length > 0 ? 1 : 0);
