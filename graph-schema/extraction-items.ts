/**
 * Kinds of things the extractor reports about a text, named after the graph labels they become (plus a task
 * force's leader, dates and durations). Kept here because the extractor and the API contract both name them and
 * may import only graph-schema. Candidate new measures are `measure` items with `candidate: true`.
 */
export const extractionItemTypes = [
  "measure",
  "department",
  "taskforce",
  "leader",
  "company",
  "park",
  "region",
  "project",
  "figure",
  "date",
  "duration",
] as const;

export type ExtractionItemType = (typeof extractionItemTypes)[number];
