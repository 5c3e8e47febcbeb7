import { z } from "zod";
import {
  anyId,
  departmentKindSlugs,
  idOf,
  type NodeLabel,
  nodeLabels,
  type RelationshipType,
  relationshipTypeNames,
  reliabilities,
} from "../graph-schema/index.ts";

/*
 * Shapes shared by several endpoints. Responses are strict objects: a field the server adds or drops without
 * saying so here fails the response checks in the tests and the fuzzer, not a user's screen.
 */

export const nodeLabel = z.enum(nodeLabels as [NodeLabel, ...NodeLabel[]]);
export const relationshipType = z.enum(relationshipTypeNames as [RelationshipType, ...RelationshipType[]]);

/** A Neo4j property absent from the node comes back as null. */
const optionalText = z.string().nullable();

export const nodeRef = z
  .strictObject({ id: anyId, type: nodeLabel, name: z.string(), nameEn: optionalText })
  .meta({ id: "NodeRef", description: "a node as other answers mention it" });

export const graphNode = nodeRef
  .extend({ degree: z.number().int().min(0), synthetic: z.boolean() })
  .meta({ id: "GraphNode", description: "a node ready for a force layout; degree counts all its relationships" });

/** The publication a fact comes from, as a reader cites it (never an internal file name). */
export const sourceRef = z
  .strictObject({
    id: idOf("Source"),
    name: z.string(),
    title: optionalText,
    publisher: optionalText,
    url: optionalText,
    reliability: z.enum(reliabilities),
  })
  .meta({ id: "SourceRef" });

/** Where a link comes from: the case that states it, the locator in the source and our paraphrase. */
export const provenanceOut = z
  .strictObject({
    caseId: idOf("Case").nullable(),
    /** The case's short display name; the title is the headline shown as secondary text. */
    caseName: optionalText,
    caseNameEn: optionalText,
    caseTitle: optionalText,
    section: optionalText,
    evidence: optionalText,
    source: sourceRef.nullable().describe("the relationship's own source, else the case's most reliable one"),
  })
  .meta({ id: "Provenance", description: "null caseId: the link belongs to the taxonomy, not to a case" });

export const graphLink = z
  .strictObject({
    id: z.string().describe("Neo4j element id of the relationship"),
    source: anyId,
    target: anyId,
    type: relationshipType,
    caseId: idOf("Case").nullable(),
    caseName: optionalText,
    caseTitle: optionalText,
    section: z.string(),
    evidence: z.string(),
  })
  .meta({ id: "GraphLink", description: "a relationship with its provenance" });

export const subgraph = z
  .strictObject({ nodes: z.array(graphNode), links: z.array(graphLink), truncated: z.boolean() })
  .meta({ id: "Subgraph", description: "nodes and the links among them; truncated: a limit cut the answer" });

/** A case as other answers mention it: `name` is the one short display name, `title` the headline. */
export const caseRef = z
  .strictObject({ id: idOf("Case"), name: z.string(), nameEn: optionalText, title: z.string() })
  .meta({ id: "CaseRef" });

export const measureRef = nodeRef
  .extend({ id: idOf("Measure"), category: idOf("MeasureCategory"), categoryName: z.string() })
  .meta({ id: "MeasureRef" });

export const departmentRef = nodeRef
  .extend({ id: idOf("Department"), kind: z.enum(departmentKindSlugs) })
  .meta({ id: "DepartmentRef" });

export const taskForce = z
  .strictObject({
    id: idOf("TaskForce"),
    name: z.string(),
    nameEn: optionalText,
    leader: z.strictObject({ role: z.string(), department: departmentRef }).nullable(),
    members: z.array(departmentRef),
    project: nodeRef.nullable(),
    case: caseRef,
  })
  .meta({ id: "TaskForce", description: "a task force with its leader's post, member departments, project and case" });

export type NodeRef = z.infer<typeof nodeRef>;
export type GraphNode = z.infer<typeof graphNode>;
export type GraphLink = z.infer<typeof graphLink>;
export type Subgraph = z.infer<typeof subgraph>;
export type Provenance = z.infer<typeof provenanceOut>;
export type SourceRef = z.infer<typeof sourceRef>;
export type CaseRef = z.infer<typeof caseRef>;
export type MeasureRef = z.infer<typeof measureRef>;
export type DepartmentRef = z.infer<typeof departmentRef>;
export type TaskForce = z.infer<typeof taskForce>;
