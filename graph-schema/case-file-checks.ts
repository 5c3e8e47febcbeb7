import { idPrefixes, labelOfId, type NodeLabel, slugOfId } from "./ids.ts";
import type { CaseFileNode, CaseNode } from "./nodes.ts";
import { endpointsAllowed, type Relationship } from "./relationships.ts";
import { categoryIds, measureById, wordingsOf } from "./taxonomy.ts";

/** One cross-reference problem, located by a path inside the case file (zod's issue shape). */
export interface CaseFileProblem {
  path: (string | number)[];
  message: string;
}

interface ParsedCaseFile {
  case: CaseNode;
  nodes: CaseFileNode[];
  relationships: Relationship[];
}

/** Labels whose nodes belong to one case only, so their ids must carry the case slug to stay unique in the graph. */
const caseLocalLabels = ["Figure", "Outcome", "TaskForce"] as const satisfies readonly NodeLabel[];

/**
 * Checks a case file can only make as a whole: ids resolve, endpoint labels fit the relationship table,
 * measures exist in the taxonomy, sources are declared. Returns problems instead of throwing so the
 * caller (zod superRefine, or a CLI) decides how to report them.
 */
export function checkCaseFile(file: ParsedCaseFile): CaseFileProblem[] {
  const problems: CaseFileProblem[] = [];
  const labels = new Map<string, NodeLabel>([[file.case.id, "Case"]]);
  const caseSlug = slugOfId(file.case.id);

  file.nodes.forEach((node, i) => {
    if (labels.has(node.id)) problems.push({ path: ["nodes", i, "id"], message: `duplicate id: ${node.id}` });
    labels.set(node.id, node.label);
    if ((caseLocalLabels as readonly string[]).includes(node.label)) {
      const prefix = `${idPrefixes[node.label]}:${caseSlug}:`;
      if (!node.id.startsWith(prefix)) {
        problems.push({ path: ["nodes", i, "id"], message: `${node.label} id must start with ${prefix}` });
      }
    }
  });

  const expect = (id: string, label: NodeLabel, path: (string | number)[]) => {
    if (labels.get(id) !== label) problems.push({ path, message: `${label} not found in this file: ${id}` });
  };

  expect(file.case.regionId, "Region", ["case", "regionId"]);
  problems.push(...checkSourcedFields(file));
  file.nodes.forEach((node, i) => {
    if (node.label === "Department") {
      expect(node.regionId, "Region", ["nodes", i, "regionId"]);
      if (node.parkId) expect(node.parkId, "Park", ["nodes", i, "parkId"]);
    }
    if (node.label === "Figure") {
      expect(node.sourceId, "Source", ["nodes", i, "sourceId"]);
      node.alsoReportedBy?.forEach((id, j) => {
        expect(id, "Source", ["nodes", i, "alsoReportedBy", j]);
      });
    }
  });

  const seen = new Set<string>();
  file.relationships.forEach((rel, i) => {
    const from = resolve(rel.from, labels);
    const to = resolve(rel.to, labels);
    if (!from) problems.push({ path: ["relationships", i, "from"], message: `node not found: ${rel.from}` });
    if (!to) problems.push({ path: ["relationships", i, "to"], message: unknownMessage(rel.to) });
    if (from && to && !endpointsAllowed(rel.type, from, to)) {
      problems.push({ path: ["relationships", i, "type"], message: `${rel.type} cannot link ${from} → ${to}` });
    }
    if (rel.caseId !== undefined && rel.caseId !== file.case.id) {
      problems.push({ path: ["relationships", i, "caseId"], message: `caseId must be ${file.case.id}` });
    }
    if (rel.sourceId !== undefined) expect(rel.sourceId, "Source", ["relationships", i, "sourceId"]);
    if (rel.type === "FEATURES" || rel.type === "APPLIED") checkVariant(rel.to, rel.variant, i, problems);
    // The same measure may appear twice in one section under two wordings, so the variant is part of the key.
    const variant = "variant" in rel ? (rel.variant ?? "") : "";
    const key = `${rel.type} ${rel.from} ${rel.to} ${rel.section} ${variant}`.trimEnd();
    if (seen.has(key)) problems.push({ path: ["relationships", i], message: `duplicate relationship: ${key}` });
    seen.add(key);
  });

  if (!file.relationships.some((r) => r.type === "FROM_SOURCE")) {
    problems.push({ path: ["relationships"], message: "a case needs at least one FROM_SOURCE relationship" });
  }
  return problems;
}

/**
 * Fields that need their own locator or a reason: a year with `yearLocator` (or null with a flag saying why), a
 * project status with `statusLocator`, an inferred relationship with `inferredReason`.
 */
function checkSourcedFields(file: ParsedCaseFile): CaseFileProblem[] {
  const problems: CaseFileProblem[] = [];
  const { year, yearLocator, flags } = file.case;
  if (year !== null && yearLocator === undefined) {
    problems.push({ path: ["case", "yearLocator"], message: "yearLocator is required when year is set" });
  }
  if (year === null && yearLocator !== undefined) {
    problems.push({ path: ["case", "yearLocator"], message: "yearLocator given but year is null" });
  }
  if (year === null && !flags.some((flag) => flag.field === "year")) {
    problems.push({ path: ["case", "flags"], message: 'a case whose year is null needs a flag on "year"' });
  }
  file.nodes.forEach((node, i) => {
    if (node.label !== "Project") return;
    if (node.status !== undefined && node.statusLocator === undefined) {
      problems.push({ path: ["nodes", i, "statusLocator"], message: "statusLocator is required when status is set" });
    }
    if (node.status === undefined && node.statusLocator !== undefined) {
      problems.push({ path: ["nodes", i, "statusLocator"], message: "statusLocator given but status is not set" });
    }
  });
  file.relationships.forEach((rel, i) => {
    if (rel.inferred && rel.inferredReason === undefined) {
      problems.push({
        path: ["relationships", i, "inferredReason"],
        message: "an inferred relationship needs a reason",
      });
    }
    if (!rel.inferred && rel.inferredReason !== undefined) {
      problems.push({
        path: ["relationships", i, "inferred"],
        message: "inferredReason given but inferred is not true",
      });
    }
  });
  return problems;
}

/** Label of an id declared in the file or defined by the taxonomy; undefined when unknown. */
function resolve(id: string, labels: ReadonlyMap<string, NodeLabel>): NodeLabel | undefined {
  const local = labels.get(id);
  if (local) return local;
  if (measureById.has(id)) return "Measure";
  if (categoryIds.has(id)) return "MeasureCategory";
  return undefined;
}

function unknownMessage(id: string): string {
  const label = labelOfId(id);
  if (label === "Measure") return `measure not in taxonomy: ${id}`;
  if (label === "MeasureCategory") return `category not in taxonomy: ${id}`;
  return `node not found: ${id}`;
}

/** A variant must be a wording the taxonomy knows, so every wording seen in a case is searchable. */
function checkVariant(measureId: string, variant: string | undefined, i: number, problems: CaseFileProblem[]) {
  const measure = measureById.get(measureId);
  if (!measure || variant === undefined) return;
  if (!wordingsOf(measure).includes(variant)) {
    problems.push({
      path: ["relationships", i, "variant"],
      message: `"${variant}" is not a wording of ${measureId}; add it to the taxonomy variants`,
    });
  }
}
