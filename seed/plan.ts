import { labelOfId, type NodeLabel } from "../graph-schema/ids.ts";
import type { RelationshipType } from "../graph-schema/relationships.ts";
import { type PropertyValue, toNeo4jProps } from "./props.ts";

/** What the loader needs of one case: flat rows per node and relationship, already Neo4j-shaped. */
export interface CasePlan {
  caseId: string;
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

export interface NodeRow {
  label: NodeLabel;
  id: string;
  /** A null removes the property when the node already exists (`SET n += props`). */
  props: Record<string, PropertyValue | null>;
}

export interface RelationshipRow {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  from: string;
  to: string;
  caseId: string;
  section: string;
  props: Record<string, PropertyValue>;
}

/** The parts of a validated case file the plan reads; graph-schema's CaseFile satisfies it. */
export interface PlannableCaseFile {
  case: { id: string } & Record<string, unknown>;
  nodes: readonly ({ label: NodeLabel; id: string } & Record<string, unknown>)[];
  relationships: readonly ({ type: RelationshipType; from: string; to: string; section: string } & Record<
    string,
    unknown
  >)[];
}

export function planCase(file: PlannableCaseFile): CasePlan {
  const caseId = file.case.id;
  const caseProps: Record<string, PropertyValue | null> = toNeo4jProps(file.case, ["label", "flags"]);
  // Flags are stored as one JSON text; null when there are none, so a reload drops flags that were resolved.
  const flags = Array.isArray(file.case.flags) ? file.case.flags : [];
  caseProps.flagsJson = flags.length > 0 ? JSON.stringify(flags) : null;
  caseProps.regionPath = regionPath(file);
  caseProps.unlinkedNodeIds = unlinkedNodeIds(file);
  // A year that turned out to be unsourced becomes null: a reload must drop the stored one, not keep it.
  if (file.case.year === null) caseProps.year = null;
  const nodes: NodeRow[] = [{ label: "Case", id: caseId, props: caseProps }];
  // Every node a synthetic case brings is marked too, so filters can hide generated regions, parks, departments.
  const markSynthetic = caseProps.synthetic === true;
  for (const node of file.nodes) {
    const props = toNeo4jProps(node, ["label"]);
    if (markSynthetic) props.synthetic = true;
    nodes.push({ label: node.label, id: node.id, props });
  }
  const relationships = file.relationships.map((rel): RelationshipRow => {
    const props = toNeo4jProps(rel, ["type", "from", "to"]);
    props.caseId = caseId;
    return {
      type: rel.type,
      fromLabel: requireLabel(rel.from),
      toLabel: requireLabel(rel.to),
      from: rel.from,
      to: rel.to,
      caseId,
      section: rel.section,
      props,
    };
  });
  return { caseId, nodes, relationships };
}

/** Labels a case file never defines: the taxonomy comes from graph-schema. */
const taxonomyLabels: readonly NodeLabel[] = ["Measure", "MeasureCategory"];

/** Ids of file nodes that a case, node or relationship names: endpoints and reference properties, taxonomy aside. */
export function referencedIds(fields: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const key of ["from", "to", "regionId", "parkId", "sourceId"]) {
    const value = fields[key];
    if (typeof value === "string") ids.push(value);
  }
  const also = fields.alsoReportedBy;
  if (Array.isArray(also)) ids.push(...also.filter((id): id is string => typeof id === "string"));
  return ids.filter((id) => {
    const label = labelOfId(id);
    return label !== undefined && label !== "Case" && !taxonomyLabels.includes(label);
  });
}

/**
 * Nodes the file declares that nothing in it links to or names (an extraction draft keeps a department it found
 * but could not place). Stored on the Case, always (an empty list clears an earlier one on reload), so the
 * graph remembers which case brought them and an export can write them back.
 */
function unlinkedNodeIds(file: PlannableCaseFile): string[] {
  const named = new Set([file.case, ...file.nodes, ...file.relationships].flatMap((fields) => referencedIds(fields)));
  return file.nodes.map((node) => node.id).filter((id) => !named.has(id));
}

/**
 * The case's region and its ancestors (district → city → province …), from the file's own PART_OF
 * relationships. Stored on the Case so "cases in Zhejiang" is a list lookup, not a variable-length walk
 * over region links that every case repeats.
 */
function regionPath(file: PlannableCaseFile): string[] {
  const regionId = file.case.regionId;
  if (typeof regionId !== "string") return [];
  const parentOf = new Map(
    file.relationships
      .filter((rel) => rel.type === "PART_OF" && rel.from.startsWith("region:") && rel.to.startsWith("region:"))
      .map((rel) => [rel.from, rel.to]),
  );
  const path = [regionId];
  for (let parent = parentOf.get(regionId); parent && !path.includes(parent); parent = parentOf.get(parent)) {
    path.push(parent);
  }
  return path;
}

function requireLabel(id: string): NodeLabel {
  const label = labelOfId(id);
  if (!label) throw new Error(`planCase: malformed id ${id}`);
  return label;
}
