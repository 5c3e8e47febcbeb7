import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCasesDir, caseFilesIn, validateCaseFiles } from "../files.ts";
import { checkCaseFidelity } from "./checks.ts";
import { buildCopyIndex } from "./copies.ts";
import { formatFinding } from "./report.ts";
import { defaultSourcesDir, loadSources } from "./sources.ts";

/*
 * Every bundled case file against the documents it was encoded from. One test per file, so an encoder sees their
 * own file's findings; `npm run fidelity -- --verbose` prints the same findings with counts per check.
 */
const sources = loadSources();
const title = sources
  ? "fidelity of the bundled case files"
  : `fidelity of the bundled case files (SKIPPED: no sources in ${defaultSourcesDir}; set POLICY_GRAPH_SOURCES)`;

describe.skipIf(!sources)(title, () => {
  // Collected even when skipped, so nothing here may touch the sources outside a test.
  const { cases } = validateCaseFiles(caseFilesIn(bundledCasesDir));
  const copies = sources && buildCopyIndex(sources.documents.map((d) => d.text));

  it.each(cases.map((c) => [path.basename(c.file), c.data] as const))(
    "%s states only what its passages say",
    (name, data) => {
      if (!sources || !copies) return;
      const { findings } = checkCaseFidelity(data, sources, copies);
      expect(findings.map((f) => formatFinding(name, f))).toEqual([]);
    },
  );
});
