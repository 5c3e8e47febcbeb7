import type { CaseFile } from "../../graph-schema/case-file.ts";
import { type CaseFidelity, type CheckName, checkCaseFidelity, checkNames, type Finding } from "./checks.ts";
import { buildCopyIndex } from "./copies.ts";
import type { SourceIndex } from "./sources.ts";

export interface FidelityReport {
  files: { file: string; fidelity: CaseFidelity }[];
  totals: Record<CheckName, { checked: number; failed: number; files: number }>;
}

/** Runs every check over every case file; the copy index over the sources is built once. */
export function runFidelity(cases: readonly { file: string; data: CaseFile }[], sources: SourceIndex): FidelityReport {
  const copies = buildCopyIndex(sources.documents.map((d) => d.text));
  const files = cases.map(({ file, data }) => ({ file, fidelity: checkCaseFidelity(data, sources, copies) }));
  const totals = Object.fromEntries(
    checkNames.map((check) => {
      const counts = files.map((f) => f.fidelity.counts[check]);
      return [
        check,
        {
          checked: counts.reduce((sum, c) => sum + c.checked, 0),
          failed: counts.reduce((sum, c) => sum + c.failed, 0),
          files: counts.filter((c) => c.failed > 0).length,
        },
      ];
    }),
  ) as FidelityReport["totals"];
  return { files, totals };
}

export function failures(report: FidelityReport): number {
  return checkNames.reduce((sum, check) => sum + report.totals[check].failed, 0);
}

const descriptions: Record<CheckName, string> = {
  locator: "locators that resolve to exactly one passage",
  variant: "FEATURES/APPLIED variants that occur in their passage (inferred edges exempt)",
  figure: "figure values stated in the passage their HAS_FIGURE edge cites; 工作日 kept as workdays",
  date: "dates (figures, since, founded) stated in their passage",
  status: "project statuses stated by their statusLocator passage",
  year: "case years stated by their yearLocator passage (null years are flagged)",
  copy: "own-words strings sharing fewer than 12 consecutive characters with a source",
  completeness: "English names on every node, short case names",
};

/** A table of counts per check, then (when asked) every finding as `file: path: [check] message`. */
export function formatReport(report: FidelityReport, options: { verbose?: boolean } = {}): string {
  const rows = checkNames.map((check) => {
    const t = report.totals[check];
    return `${check.padEnd(13)}${String(t.checked).padStart(8)}${String(t.failed).padStart(8)}${String(t.files).padStart(7)}   ${descriptions[check]}`;
  });
  const lines = [
    `fidelity of ${report.files.length} case files against shared/sources`,
    `${"check".padEnd(13)}${"checked".padStart(8)}${"failed".padStart(8)}${"files".padStart(7)}   what passes`,
    ...rows,
  ];
  if (options.verbose) {
    for (const { file, fidelity } of report.files) lines.push(...fidelity.findings.map((f) => formatFinding(file, f)));
  }
  return lines.join("\n");
}

export function formatFinding(file: string, finding: Finding): string {
  return `${file}: ${finding.path}: [${finding.check}] ${finding.message}`;
}
