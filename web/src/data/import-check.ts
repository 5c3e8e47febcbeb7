import { caseFileSchema } from "../../../graph-schema/case-file.ts";
import { issuesOf, type SchemaIssue } from "../../../graph-schema/issues.ts";
import type { Assembled } from "./import-draft.ts";

/** A problem with the assembled case file: graph-schema's one validation-error shape, as in problem+json. */
export type FieldProblem = SchemaIssue;

/**
 * What the server would say about the file, checked in the browser with the same schema (graph-schema's
 * caseFileSchema: field formats, ids that resolve, endpoints the relationship table allows, taxonomy measures and
 * wordings, duplicates), plus our own rule: no evidence or summary may still carry the extractor's marker.
 * `code: "rewrite"` marks the latter. Paths are relative to the file (the server prefixes `body.`).
 */
export function checkAssembled(assembled: Assembled): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (assembled.summaryPending) problems.push({ path: "case.summary", code: "rewrite", message: "待审核" });
  assembled.relKeys.forEach((key, i) => {
    if (assembled.pending.includes(key))
      problems.push({ path: `relationships.${i}.evidence`, code: "rewrite", message: "待改写" });
  });
  const parsed = caseFileSchema.safeParse(assembled.file);
  if (!parsed.success) problems.push(...issuesOf(parsed.error));
  return problems;
}

/** Where a problem belongs on the page: an evidence input, a review row's node, a case field, or the general list. */
export type ProblemPlace =
  | { kind: "relationship"; key: string }
  | { kind: "node"; id: string }
  | { kind: "case"; field: string }
  | { kind: "other" };

/**
 * Places a problem path (`relationships.3.evidence`, or the server's `body.nodes.2.name`) in the assembled file.
 * Nodes are named by their draft id, which is what the review rows know.
 */
export function placeOf(path: string, assembled: Assembled): ProblemPlace {
  const [head, second, third] = path.replace(/^body\./, "").split(".");
  const index = Number(second);
  if (head === "relationships" && Number.isInteger(index)) {
    const key = assembled.relKeys[index];
    if (key) return { kind: "relationship", key };
  }
  if (head === "nodes" && Number.isInteger(index)) {
    const node = assembled.file.nodes[index];
    const id = assembled.nodeKeys[index];
    if (node?.id === assembled.file.case.regionId && third === "name") return { kind: "case", field: "regionName" };
    if (id) return { kind: "node", id };
  }
  if (head === "case" && second) return { kind: "case", field: caseFields[second] ?? second };
  return { kind: "other" };
}

/** Case-file fields as the page's case form names them. */
const caseFields: Record<string, string> = { name: "title", id: "slug", regionId: "regionName" };
