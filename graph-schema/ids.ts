import { z } from "zod";

/**
 * Node ids are `<prefix>:<slug>[:<slug>…]`: a label prefix, then one or more lowercase ASCII segments
 * (`[a-z0-9][a-z0-9-]*`) separated by `:`. The prefix alone tells the label, so an id found in an edge
 * can be checked without looking the node up, and ids stay stable across files and reloads.
 */
export const idPrefixes = {
  Case: "case",
  Source: "source",
  Region: "region",
  Park: "park",
  Company: "company",
  Project: "project",
  Department: "dept",
  TaskForce: "taskforce",
  Measure: "measure",
  MeasureCategory: "category",
  Industry: "industry",
  Outcome: "outcome",
  Figure: "figure",
} as const;

export type NodeLabel = keyof typeof idPrefixes;

export const nodeLabels = Object.keys(idPrefixes) as NodeLabel[];

const segment = "[a-z0-9][a-z0-9-]*";

/** Matches any well-formed id of any label. */
export const idPattern = new RegExp(`^(${Object.values(idPrefixes).join("|")})(:${segment})+$`);

const labelByPrefix = new Map<string, NodeLabel>(nodeLabels.map((label) => [idPrefixes[label], label]));

/** zod schema for an id of one label, e.g. `idOf("Region")` accepts `region:dinghai`. */
export function idOf(label: NodeLabel) {
  const pattern = new RegExp(`^${idPrefixes[label]}(:${segment})+$`);
  return z.string().regex(pattern, { message: `expected a ${label} id like "${idPrefixes[label]}:<slug>"` });
}

/** Any well-formed id. */
export const anyId = z.string().regex(idPattern, { message: "expected an id like <prefix>:<slug>" });

/** The label an id belongs to, or undefined when the id is malformed. */
export function labelOfId(id: string): NodeLabel | undefined {
  if (!idPattern.test(id)) return undefined;
  return labelByPrefix.get(id.slice(0, id.indexOf(":")));
}

/** The slug part after the prefix, e.g. `dinghai-2022-03` for `case:dinghai-2022-03`. */
export function slugOfId(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}
