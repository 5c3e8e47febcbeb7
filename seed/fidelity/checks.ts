import type { CaseFile } from "../../graph-schema/case-file.ts";
import type { CompanyNode, FigureNode } from "../../graph-schema/nodes.ts";
import type { CopyIndex } from "./copies.ts";
import { dateProblem, statusProblem, valueProblem, workdayProblem } from "./facts.ts";
import { occursIn } from "./normalize.ts";
import type { SourceIndex } from "./sources.ts";

/** The fidelity checks, in report order. */
export const checkNames = ["locator", "variant", "figure", "date", "status", "year", "copy", "completeness"] as const;
export type CheckName = (typeof checkNames)[number];

export interface Finding {
  check: CheckName;
  /** JSON path in the case file, as the seed reports it. */
  path: string;
  message: string;
}

export interface CaseFidelity {
  findings: Finding[];
  /** Items examined and items that failed, per check. */
  counts: Record<CheckName, { checked: number; failed: number }>;
}

/** A case name is a short display label: at most this many characters. */
export const caseNameMax = 18;

/**
 * Checks one validated case file against the sources: locators resolve to one passage, variants occur in it,
 * figures, dates and statuses are stated there, years are sourced, own-words strings copy nothing, and every node
 * has its English name.
 */
export function checkCaseFidelity(file: CaseFile, sources: SourceIndex, copies: CopyIndex): CaseFidelity {
  const findings: Finding[] = [];
  const counts = Object.fromEntries(checkNames.map((c) => [c, { checked: 0, failed: 0 }])) as CaseFidelity["counts"];
  const report = (check: CheckName, path: string, problem: string | undefined) => {
    counts[check].checked++;
    if (problem === undefined) return;
    counts[check].failed++;
    findings.push({ check, path, message: problem });
  };
  const passage = (locator: string) => {
    const r = sources.resolve(locator);
    return r.ok ? r.passage : undefined;
  };
  const locate = (path: string, locator: string) => {
    const r = sources.resolve(locator);
    report("locator", path, r.ok ? undefined : `"${locator}": ${r.reason}`);
  };

  const { year, yearLocator } = file.case;
  if (yearLocator !== undefined) locate("$.case.yearLocator", yearLocator);
  if (year === null) report("year", "$.case.year", undefined);
  else {
    const text = yearLocator === undefined ? undefined : passage(yearLocator);
    report("year", "$.case.year", text === undefined ? "no passage states the year" : dateProblem(String(year), text));
  }

  file.relationships.forEach((rel, i) => {
    const at = `$.relationships[${i}]`;
    locate(`${at}.section`, rel.section);
    const text = passage(rel.section);
    if ((rel.type === "FEATURES" || rel.type === "APPLIED") && rel.variant !== undefined && !rel.inferred) {
      const missing = text === undefined || !occursIn(rel.variant, text);
      report("variant", `${at}.variant`, missing ? `"${rel.variant}" does not occur in ${rel.section}` : undefined);
    }
    if ("since" in rel && rel.since !== undefined) {
      report("date", `${at}.since`, text === undefined ? "passage not found" : dateProblem(rel.since, text));
    }
  });

  file.nodes.forEach((node, i) => {
    const at = `$.nodes[${i}]`;
    if (node.label === "Figure") checkFigure(file, node, at, passage, report);
    if (node.label === "Company" && node.founded !== undefined) checkFounded(file, node, at, passage, report);
    if (node.label === "Project" && node.status !== undefined) {
      if (node.statusLocator !== undefined) locate(`${at}.statusLocator`, node.statusLocator);
      const text = node.statusLocator === undefined ? undefined : passage(node.statusLocator);
      report("status", `${at}.status`, text === undefined ? "no passage states it" : statusProblem(node.status, text));
    }
  });

  for (const [path, text] of ownWords(file)) {
    const run = copies.sharedRun(text);
    report("copy", path, run === undefined ? undefined : `copies the source: "${run}"`);
  }
  for (const [path, problem] of completeness(file)) report("completeness", path, problem);
  return { findings, counts };
}

type Report = (check: CheckName, path: string, problem: string | undefined) => void;
type Passage = (locator: string) => string | undefined;

function checkFigure(file: CaseFile, figure: FigureNode, at: string, passage: Passage, report: Report) {
  const edges = file.relationships.filter((r) => r.type === "HAS_FIGURE" && r.to === figure.id);
  if (edges.length === 0) report("figure", at, "no HAS_FIGURE edge cites a passage for this figure");
  for (const edge of edges) {
    const text = passage(edge.section);
    if (text === undefined) {
      report("figure", at, `passage not found: ${edge.section}`);
      continue;
    }
    if (figure.value !== undefined) report("figure", `${at}.value`, valueProblem(figure.value, text));
    report("figure", `${at}.normalized`, workdayProblem(figure, text));
    if (figure.date !== undefined) report("date", `${at}.date`, dateProblem(figure.date, text));
  }
}

/** A founding year sits on the company node; some passage cited by an edge of that company must give it. */
function checkFounded(file: CaseFile, company: CompanyNode, at: string, passage: Passage, report: Report) {
  const founded = company.founded ?? "";
  const sections = file.relationships.filter((r) => r.from === company.id || r.to === company.id).map((r) => r.section);
  const stated = sections.some((s) => {
    const text = passage(s);
    return text !== undefined && dateProblem(founded, text) === undefined;
  });
  report("date", `${at}.founded`, stated ? undefined : `no passage cited for this company gives ${founded}`);
}

/** Every string that must be our own words, with its JSON path. */
function ownWords(file: CaseFile): [string, string][] {
  const strings: [string, string | undefined][] = [
    ["$.case.summary", file.case.summary],
    ["$.case.summaryEn", file.case.summaryEn],
  ];
  file.case.flags.forEach((f, i) => {
    strings.push([`$.case.flags[${i}].note`, f.note]);
  });
  file.relationships.forEach((r, i) => {
    strings.push(
      [`$.relationships[${i}].evidence`, r.evidence],
      [`$.relationships[${i}].inferredReason`, r.inferredReason],
    );
  });
  file.nodes.forEach((n, i) => {
    if (n.label === "Outcome") strings.push([`$.nodes[${i}].text`, n.text], [`$.nodes[${i}].textEn`, n.textEn]);
    if (n.label === "Figure") strings.push([`$.nodes[${i}].note`, n.note]);
    if (n.label === "TaskForce") strings.push([`$.nodes[${i}].purpose`, n.purpose]);
  });
  return strings.filter((s): s is [string, string] => s[1] !== undefined);
}

/** What the spec asks of every bundled file beyond the schema: English names, a short display name. */
function completeness(file: CaseFile): [string, string | undefined][] {
  const c = file.case;
  const items: [string, string | undefined][] = [
    ["$.case.name", [...c.name].length <= caseNameMax ? undefined : `longer than ${caseNameMax} characters`],
    ["$.case.nameEn", c.nameEn ? undefined : "missing"],
    ["$.case.titleEn", c.titleEn ? undefined : "missing"],
    ["$.case.summaryEn", c.summaryEn ? undefined : "missing"],
  ];
  file.nodes.forEach((n, i) => {
    items.push([`$.nodes[${i}].nameEn`, n.nameEn ? undefined : `missing on ${n.id}`]);
  });
  return items;
}
