import { measureById } from "../../../graph-schema/taxonomy.ts";
import type { CaseFileInput, Extraction, ImportResult } from "../api/types.ts";
import { type FieldProblem, placeOf } from "../data/import-check.ts";
import type { Assembled, Review } from "../data/import-draft.ts";
import type { ReviewRow } from "../data/import-rows.ts";
import { colorOf } from "../graph/colors.ts";
import type { MessageKey, Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h } from "../ui/dom.ts";

/** The import page's working state: kept in memory while the page is left for another view, never in the URL. */
export interface Session {
  text: string;
  /** The text the current extraction was made from; a different `text` means the draft is stale. */
  extractedText: string;
  extraction: Extraction | null;
  rows: ReviewRow[];
  review: Review;
  selected: string | null;
  result: ImportResult | null;
  /** Field errors from the server's last 400, placed like the page's own. */
  serverProblems: FieldProblem[];
}

/** What every part of the page reads and how it reports a change. */
export interface ImportContext {
  t: Translate;
  lang: Lang;
  session: Session;
  draft: CaseFileInput;
  assembled(): Assembled;
  /** A review decision, edit or addition changed. */
  changed(): void;
  select(rowKey: string | null, from: "text" | "list"): void;
}

/** Problems by where they show: beside an evidence input, a row's node, a case field, or in the load panel's list. */
export interface PlacedProblems {
  relationship: Map<string, FieldProblem[]>;
  node: Map<string, FieldProblem[]>;
  caseField: Map<string, FieldProblem[]>;
  other: FieldProblem[];
}

export function placeProblems(problems: readonly FieldProblem[], assembled: Assembled): PlacedProblems {
  const placed: PlacedProblems = { relationship: new Map(), node: new Map(), caseField: new Map(), other: [] };
  const push = (map: Map<string, FieldProblem[]>, key: string, p: FieldProblem) =>
    map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of problems) {
    const place = placeOf(p.path, assembled);
    if (place.kind === "relationship") push(placed.relationship, place.key, p);
    else if (place.kind === "node") push(placed.node, place.id, p);
    else if (place.kind === "case") push(placed.caseField, place.field, p);
    else placed.other.push(p);
  }
  return placed;
}

/** One problem as the reviewer reads it: our rewrite rule in their language, the schema's message with its path. */
export function problemText(p: FieldProblem, t: Translate): string {
  if (p.code === "rewrite") return t(p.path === "case.summary" ? "rewrite.summary" : "rewrite.evidence");
  return `${p.path}: ${p.message}`;
}

/** The error list shown under an input; empty (and hidden by CSS) when there is nothing to say. */
export function fillErrors(slot: HTMLElement, problems: readonly FieldProblem[] | undefined, t: Translate): void {
  slot.replaceChildren(...(problems ?? []).map((p) => h("li", { "data-path": p.path }, problemText(p, t))));
}

export const errorSlot = (): HTMLUListElement => h("ul", { class: "field-errors", role: "alert" });

/** Extracted item types drawn in their node type's colour, so the text and the graph agree. */
const itemLabels: Record<string, string> = {
  measure: "Measure",
  department: "Department",
  leader: "Department",
  taskforce: "TaskForce",
  company: "Company",
  park: "Park",
  region: "Region",
  project: "Project",
  figure: "Figure",
  date: "Figure",
  duration: "Figure",
};

export const itemColor = (type: string): string => colorOf(itemLabels[type] ?? "Other");

export const itemTypeLabel = (t: Translate, type: string): string =>
  type in itemLabels ? t(`item.${type}` as MessageKey) : type;

/** What a row points at, for the hover text and the list: the taxonomy measure or the draft node's name. */
export function targetName(row: ReviewRow, draft: CaseFileInput, lang: Lang): string {
  if (row.role === "measure" && row.ref) {
    const m = measureById.get(row.ref);
    return m ? (lang === "en" ? m.nameEn : m.name) : row.ref;
  }
  if (row.role === "none") return row.target;
  const node = draft.nodes.find((n) => n.id === row.ref);
  return node ? node.name : row.target;
}
