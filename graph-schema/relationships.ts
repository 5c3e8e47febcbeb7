import { z } from "zod";
import { anyId, idOf, type NodeLabel } from "./ids.ts";
import { isoDate, nameText, shortText } from "./values.ts";

/**
 * Every relationship type as data: allowed endpoint labels and the extra properties it carries.
 * `pairs`, when present, narrows from × to to the listed combinations (e.g. PART_OF never links a Park to a Region).
 * The loader and API iterate over this table; nothing else should hard-code relationship types.
 */
interface RelationshipSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  pairs?: readonly (readonly [NodeLabel, NodeLabel])[];
  props: z.ZodObject;
  description: string;
}

const none = z.strictObject({});

export const relationshipTypes = {
  FEATURES: {
    from: ["Case"],
    to: ["Measure"],
    props: z.strictObject({ variant: nameText.optional() }),
    description: "the case describes this measure; variant = the wording the case uses",
  },
  ABOUT: { from: ["Case"], to: ["Project"], props: none, description: "the case tells the story of this project" },
  REPORTED_BY: { from: ["Case"], to: ["Park", "Department"], props: none, description: "unit that authored the case" },
  FROM_SOURCE: { from: ["Case"], to: ["Source"], props: none, description: "publication the facts come from" },
  LOCATED_IN: {
    from: ["Park", "Project", "Company"],
    to: ["Region", "Park"],
    pairs: [
      ["Park", "Region"],
      ["Project", "Park"],
      ["Project", "Region"],
      ["Company", "Region"],
      ["Company", "Park"],
    ],
    props: none,
    description: "physical location; sub-parks use PART_OF instead",
  },
  PART_OF: {
    from: ["Region", "Park"],
    to: ["Region", "Park"],
    pairs: [
      ["Region", "Region"],
      ["Park", "Park"],
    ],
    props: z.strictObject({ since: isoDate.optional() }),
    description: "administrative hierarchy; a sub-park or an extension area inside a larger park or base",
  },
  INVESTS_IN: {
    from: ["Company"],
    to: ["Project", "Company"],
    props: z.strictObject({ role: nameText.optional() }),
    description: "investor, developer or project company of a project, or an equity investor in a firm",
  },
  SUBSIDIARY_OF: { from: ["Company"], to: ["Company"], props: none, description: "company is a unit of its parent" },
  MEMBER_OF: { from: ["Department"], to: ["TaskForce"], props: none, description: "unit staffs the task force" },
  LED_BY: {
    from: ["TaskForce"],
    to: ["Department"],
    props: z.strictObject({ role: nameText }),
    description: "task force leader's unit; role is the leader's post, e.g. 区委常委 (组长)",
  },
  SERVES: { from: ["TaskForce"], to: ["Project"], props: none, description: "task force works for this project" },
  APPLIED: {
    from: ["Department", "Park"],
    to: ["Measure"],
    props: z.strictObject({ variant: nameText.optional() }),
    description: "unit carried out the measure in this case",
  },
  IN_CATEGORY: {
    from: ["Measure"],
    to: ["MeasureCategory"],
    props: none,
    description: "taxonomy; generated from taxonomy.ts",
  },
  IN_INDUSTRY: { from: ["Project", "Company"], to: ["Industry"], props: none, description: "sector of the project" },
  FOCUSES_ON: {
    from: ["Park", "Region"],
    to: ["Industry"],
    props: z.strictObject({ since: isoDate.optional() }),
    description: "industry a park (or a district plan) targets",
  },
  ADMINISTERS: { from: ["Department"], to: ["Park"], props: none, description: "management committee runs the park" },
  REFERRED: {
    from: ["Company", "Department", "Park"],
    to: ["Project", "Company"],
    props: z.strictObject({ channel: nameText.optional() }),
    description: "how a lead came in, e.g. channel 以商引商",
  },
  HAS_FIGURE: {
    from: ["Project", "Park", "Region", "Company", "Case"],
    to: ["Figure"],
    props: none,
    description: "a reported value; conflicting reports are separate figures",
  },
  REPORTS: { from: ["Case"], to: ["Outcome"], props: none, description: "result, next step or lesson stated" },
  COORDINATED: {
    from: ["Department", "Park"],
    to: ["Company", "Department"],
    props: z.strictObject({ purpose: nameText.optional() }),
    description: "unit brought a company or another authority in to help, e.g. banks for financing",
  },
  LIAISON_FOR: {
    from: ["Department"],
    to: ["Company", "Project"],
    props: none,
    description: "unit assigns a liaison (专员) or service team to the firm or project",
  },
  WORKED_ON: {
    from: ["Department", "Park", "Company"],
    to: ["Project"],
    props: z.strictObject({ task: nameText.optional() }),
    description: "unit did a named piece of work for a project outside a task force (approvals, acceptance, survey)",
  },
  STUDIED: {
    from: ["Region", "Department", "Park"],
    to: ["Park", "Region"],
    props: none,
    description: "a team visited to learn from another place's practice",
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof relationshipTypes;

export const relationshipTypeNames = Object.keys(relationshipTypes) as RelationshipType[];

/**
 * Provenance every relationship carries. `section` is the locator of the passage (see locator.ts for the bundled
 * sources). `caseId` is implied by the case file and filled in by the loader; `sourceId` names which of the case's
 * sources a fact comes from when it has several. `inferred` marks a fact that is a reading rather than a statement
 * of the passage; `inferredReason` (required with it) says why the reading holds, and the UI shows it.
 */
export const provenance = z.strictObject({
  from: anyId,
  to: anyId,
  section: nameText,
  evidence: shortText,
  caseId: idOf("Case").optional(),
  sourceId: idOf("Source").optional(),
  inferred: z.literal(true).optional(),
  inferredReason: shortText.optional(),
});

function relationshipOf<T extends RelationshipType, P extends z.ZodRawShape>(type: T, props: z.ZodObject<P>) {
  return provenance.extend({ type: z.literal(type) }).extend(props.shape);
}

export const relationshipSchema = z.discriminatedUnion("type", [
  relationshipOf("FEATURES", relationshipTypes.FEATURES.props),
  relationshipOf("ABOUT", relationshipTypes.ABOUT.props),
  relationshipOf("REPORTED_BY", relationshipTypes.REPORTED_BY.props),
  relationshipOf("FROM_SOURCE", relationshipTypes.FROM_SOURCE.props),
  relationshipOf("LOCATED_IN", relationshipTypes.LOCATED_IN.props),
  relationshipOf("PART_OF", relationshipTypes.PART_OF.props),
  relationshipOf("INVESTS_IN", relationshipTypes.INVESTS_IN.props),
  relationshipOf("SUBSIDIARY_OF", relationshipTypes.SUBSIDIARY_OF.props),
  relationshipOf("MEMBER_OF", relationshipTypes.MEMBER_OF.props),
  relationshipOf("LED_BY", relationshipTypes.LED_BY.props),
  relationshipOf("SERVES", relationshipTypes.SERVES.props),
  relationshipOf("APPLIED", relationshipTypes.APPLIED.props),
  relationshipOf("IN_CATEGORY", relationshipTypes.IN_CATEGORY.props),
  relationshipOf("IN_INDUSTRY", relationshipTypes.IN_INDUSTRY.props),
  relationshipOf("FOCUSES_ON", relationshipTypes.FOCUSES_ON.props),
  relationshipOf("ADMINISTERS", relationshipTypes.ADMINISTERS.props),
  relationshipOf("REFERRED", relationshipTypes.REFERRED.props),
  relationshipOf("HAS_FIGURE", relationshipTypes.HAS_FIGURE.props),
  relationshipOf("REPORTS", relationshipTypes.REPORTS.props),
  relationshipOf("COORDINATED", relationshipTypes.COORDINATED.props),
  relationshipOf("LIAISON_FOR", relationshipTypes.LIAISON_FOR.props),
  relationshipOf("WORKED_ON", relationshipTypes.WORKED_ON.props),
  relationshipOf("STUDIED", relationshipTypes.STUDIED.props),
]);

export type Relationship = z.infer<typeof relationshipSchema>;

/** Whether a relationship type may link these two labels. */
export function endpointsAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const spec: RelationshipSpec = relationshipTypes[type];
  if (spec.pairs) return spec.pairs.some(([f, t]) => f === from && t === to);
  return spec.from.includes(from) && spec.to.includes(to);
}
