import {
  caseNode,
  type NodeLabel,
  nodeLabels,
  nodeSchemas,
  type RelationshipType,
  relationshipSchema,
  relationshipTypeNames,
} from "../graph-schema/index.ts";
import { fromNeo4jProps, loadTimeProperties } from "./export-props.ts";

export { referencedIds } from "./plan.ts";

/*
 * Rows read from the graph → case files in the seed's format. Pure: seed/export.ts does the reading and writing.
 */

export interface GraphRow {
  id: string;
  props: Record<string, unknown>;
}

export interface RelationshipGraphRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const caseShape = caseNode.omit({ label: true }).shape;
const relationshipShapes = new Map(
  relationshipSchema.options.map((option) => [option.shape.type.value as RelationshipType, option.shape]),
);

export function caseFields(row: GraphRow): Record<string, unknown> {
  return fromNeo4jProps(row.id, row.props, caseShape, [...loadTimeProperties.any, ...loadTimeProperties.Case]);
}

export function nodeFields(label: NodeLabel, row: GraphRow): Record<string, unknown> {
  const fields = fromNeo4jProps(row.id, row.props, nodeSchemas[label].shape, [
    ...loadTimeProperties.any,
    ...loadTimeProperties.notCase,
  ]);
  return { id: row.id, label, ...fields };
}

export function relationshipFields(row: RelationshipGraphRow): Record<string, unknown> {
  const shape = relationshipShapes.get(row.type);
  if (!shape) throw new Error(`export: unknown relationship type ${row.type}`);
  const elementId = `${row.from}-[${row.type}]->${row.to}`;
  const fields = fromNeo4jProps(elementId, row.props, shape, loadTimeProperties.relationship);
  return { type: row.type, from: row.from, to: row.to, ...fields };
}

const labelOrder = new Map(nodeLabels.map((label, i) => [label, i]));
const typeOrder = new Map(relationshipTypeNames.map((type, i) => [type, i]));
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Nodes by label (graph-schema order), then id: the same graph always gives the same file. */
export function compareNodes(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const byLabel = (labelOrder.get(a.label as NodeLabel) ?? 99) - (labelOrder.get(b.label as NodeLabel) ?? 99);
  return byLabel || text(a.id).localeCompare(text(b.id));
}

export function compareRelationships(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const byType = (typeOrder.get(a.type as RelationshipType) ?? 99) - (typeOrder.get(b.type as RelationshipType) ?? 99);
  if (byType) return byType;
  for (const key of ["from", "to", "section", "variant"]) {
    const order = text(a[key]).localeCompare(text(b[key]));
    if (order) return order;
  }
  return 0;
}

/** `case:dinghai-2022-03` → `dinghai-2022-03.json`; ids may have several segments, slugs never contain a dot. */
export function fileNameOf(caseId: string): string {
  return `${caseId.slice(caseId.indexOf(":") + 1).replaceAll(":", ".")}.json`;
}
