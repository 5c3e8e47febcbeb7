import { z } from "zod";
import { idOf, type NodeLabel } from "./ids.ts";
import { nodeSchemas, normalizedUnits } from "./nodes.ts";
import { provenance, type RelationshipType, relationshipTypes } from "./relationships.ts";

/*
 * The graph as it is stored in Neo4j, which differs from the case files in a few ways the loader (seed/plan.ts,
 * seed/props.ts, seed/cypher.ts) owes to Neo4j having no map properties, and which every reader relies on:
 *
 * - Nested objects are flattened one level with a camelCase prefix: a Figure's `normalized: {value, unit}` is
 *   stored as `normalizedValue` and `normalizedUnit`.
 * - Lists of objects are stored whole as JSON text under `<key>Json`: `people: [{name, role}]` → `peopleJson`
 *   (platform/db/values.ts parses them back under `<key>` when reading); a Case's `flags` → `flagsJson`.
 * - `label` is the node's label, not a property; absent optional fields are absent, never null (a Case whose
 *   year no source states has no `year`).
 * - `synthetic` lives on the Case (false for sourced cases) and, as `true`, on every node a synthetic case
 *   brings (regions, parks, departments …); nodes of sourced cases carry no `synthetic` property at all.
 * - A Case also stores `regionPath` (its region and every region above it, from the file's PART_OF links, so
 *   "cases in Zhejiang" is a list lookup), `loadedAt` and `loadId` (when and by which load it was last written)
 *   and `unlinkedNodeIds` (nodes the file declares but links to nothing, so an export can write them back).
 * - Every relationship stores its provenance and the `caseId` of the file that stated it.
 * - One `GraphMeta {id: 'graph'}` node holds a version token every write transaction changes, so caches in any
 *   process notice a change (server/cache.ts).
 */

/** Properties every node a synthetic case brings carries; sourced nodes have none. */
const syntheticMark = { synthetic: z.literal(true).optional() };

/** `people: [{name, role}]` as stored: one JSON text. */
const peopleJson = { peopleJson: z.string().optional() };

/** A Neo4j temporal as the driver's toString() renders it (ISO 8601). */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);

export const storedCase = nodeSchemas.Case.omit({ label: true, year: true, flags: true }).extend({
  /** Absent when the sources state no year (the case file says null). */
  year: nodeSchemas.Case.shape.year.unwrap().optional(),
  /** `flags: [{field, note}]` as stored: one JSON text, absent when there are none. */
  flagsJson: z.string().optional(),
  regionPath: z.array(idOf("Region")).min(1),
  /** Nodes the file declares that nothing in it links to (kept so an export writes them back); [] when none. */
  unlinkedNodeIds: z.array(z.string()),
  loadedAt: dateTime.optional().describe("set by the write transaction that loaded the case; absent in a plan"),
  loadId: z
    .string()
    .uuid()
    .optional()
    .describe("the load that last wrote the case, so a writer whose answer got lost can ask"),
});

/** A stored Figure: one reported value, with its normalisation flattened into two properties. */
export const storedFigure = nodeSchemas.Figure.omit({ label: true, normalized: true }).extend({
  normalizedValue: z.number().optional(),
  normalizedUnit: z.enum(normalizedUnits).optional(),
  ...syntheticMark,
});

/** Stored properties of every label, keyed by label. */
export const storedNodeSchemas = {
  Case: storedCase,
  Source: nodeSchemas.Source.omit({ label: true }).extend(syntheticMark),
  Region: nodeSchemas.Region.omit({ label: true }).extend(syntheticMark),
  Park: nodeSchemas.Park.omit({ label: true }).extend(syntheticMark),
  Company: nodeSchemas.Company.omit({ label: true, people: true }).extend({ ...peopleJson, ...syntheticMark }),
  Project: nodeSchemas.Project.omit({ label: true }).extend(syntheticMark),
  Department: nodeSchemas.Department.omit({ label: true, people: true }).extend({ ...peopleJson, ...syntheticMark }),
  TaskForce: nodeSchemas.TaskForce.omit({ label: true }).extend(syntheticMark),
  Measure: nodeSchemas.Measure.omit({ label: true }),
  MeasureCategory: nodeSchemas.MeasureCategory.omit({ label: true }),
  Industry: nodeSchemas.Industry.omit({ label: true }).extend(syntheticMark),
  Outcome: nodeSchemas.Outcome.omit({ label: true }).extend(syntheticMark),
  Figure: storedFigure,
} as const satisfies Record<NodeLabel, z.ZodType>;

/** Stored properties of a relationship of one type: its provenance with the stating case, and its own fields. */
export function storedRelationshipSchema(type: RelationshipType) {
  return provenance
    .omit({ from: true, to: true })
    .extend({ caseId: idOf("Case") })
    .extend(relationshipTypes[type].props.shape);
}

export const graphMetaLabel = "GraphMeta";

/** The one bookkeeping node. Not a domain label: no case names it and the API never shows it. */
export const graphMeta = z.strictObject({
  id: z.literal("graph"),
  version: z.string().min(1).describe("random token, new in every write transaction"),
  updatedAt: dateTime,
});

export type StoredCase = z.infer<typeof storedCase>;
export type StoredFigure = z.infer<typeof storedFigure>;
export type GraphMeta = z.infer<typeof graphMeta>;
