import { createHash } from "node:crypto";
import { type CaseFileInput, caseFileSchema, issuesOf, type SchemaIssue } from "../graph-schema/index.ts";
import { type CandidateFound, findCandidates } from "./candidates.ts";
import { findDepartments } from "./departments.ts";
import { buildDraft } from "./draft.ts";
import { findEntities } from "./entities.ts";
import { findFigures } from "./figures.ts";
import type { ExtractedItem, Found } from "./items.ts";
import { lexicon } from "./lexicon.ts";
import { findMeasures } from "./measures.ts";
import { formatReport } from "./report.ts";
import { findTaskForces } from "./taskforce.ts";
import { prepareText, rawSpan, sectionAt } from "./text.ts";

export type { ExtractedItem, ItemType } from "./items.ts";
export { itemTypes } from "./items.ts";

export interface ExtractOptions {
  /** Validate the draft with caseFileSchema (default true); benchmarks may switch it off to time extraction alone. */
  validate?: boolean;
}

export interface Extraction {
  /** The draft case file; it passes caseFileSchema when `problems` is empty. */
  draft: CaseFileInput;
  items: ExtractedItem[];
  report: string;
  problems: SchemaIssue[];
}

/** Text → draft case file, every finding with offsets into `raw` and a confidence, and a report for the reviewer. */
export function extractCase(raw: string, options: ExtractOptions = {}): Extraction {
  const text = prepareText(raw);
  const hash = createHash("sha256").update(text.norm).digest("hex").slice(0, 8);
  const lexMatches = lexicon.findAll(text.compact);
  const measures = findMeasures(text, lexMatches);
  const entities = findEntities(text);
  const ofType = (type: Found["type"]) => entities.filter((e) => e.type === type);
  const parks = ofType("park");
  const departments = findDepartments(text, lexMatches, [...measures, ...parks, ...ofType("company")]);
  const mapped = departments.filter((d) => /^[a-z-]+$/.test(d.key));
  // 供电公司 is a department kind in the schema, not a company to invest in.
  const companies = ofType("company").filter((c) => !mapped.some((d) => d.start < c.end && c.start < d.end));
  const taskForces = findTaskForces(text, departments);
  const figures = findFigures(text);
  const forces = taskForces.map((tf) => tf.force);
  const named = [...departments, ...companies, ...parks, ...ofType("project"), ...forces];
  const candidates = findCandidates(text, measures, named);

  const findings = {
    measures,
    departments,
    taskForces,
    companies,
    parks,
    regions: ofType("region"),
    projects: ofType("project"),
    figures,
  };
  const { file, refs } = buildDraft(text, hash, findings);

  let draft: CaseFileInput = file;
  let problems: SchemaIssue[] = [];
  if (options.validate !== false) {
    const parsed = caseFileSchema.safeParse(file);
    if (parsed.success) draft = parsed.data;
    else problems = issuesOf(parsed.error);
  }

  const all: Found[] = [
    ...measures,
    ...candidates,
    ...departments,
    ...taskForces.flatMap((tf) => (tf.leader ? [tf.force, tf.leader] : [tf.force])),
    ...companies,
    ...parks,
    ...findings.regions,
    ...findings.projects,
    ...figures,
  ];
  const items = all.map((f) => toItem(text, f, refs.get(f))).sort((a, b) => a.start - b.start || b.end - a.end);
  return { draft, items, problems, report: formatReport({ draft, items, problems, taskForces, text }) };
}

function toItem(text: ReturnType<typeof prepareText>, f: Found, ref: string | undefined): ExtractedItem {
  const span = rawSpan(text, f.start, f.end);
  const item: ExtractedItem = {
    type: f.type,
    text: text.raw.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    confidence: f.confidence,
    key: f.key,
    section: sectionAt(text, f.start),
  };
  if (ref) item.ref = ref;
  if (f.candidate) item.candidate = true;
  if (f.variant) item.variant = f.variant;
  if (f.figure) item.figure = f.figure;
  if (f.role) item.role = f.role;
  if ("rank" in f) {
    const c = f as CandidateFound;
    item.rank = c.rank;
    item.rules = c.rules;
    item.mentions = c.mentions.map((m) => rawSpan(text, m.start, m.end));
    item.suggestions = c.suggestions;
  }
  return item;
}
