import { z } from "zod";
import {
  type CaseFileInput,
  type ExtractionItemType,
  extractionItemTypes,
  figureMetrics,
  normalizedUnits,
  schemaIssue,
} from "../graph-schema/index.ts";
import { operation } from "./operation.ts";
import { boundedText, WHITESPACE } from "./params.ts";

/** C0 controls a case text never holds: all but tab, line feed, form feed (stray ones come from PDFs) and CR. */
const CONTROL = "\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f";
const controlCharacter = new RegExp(`[${CONTROL}]`);

/** Binary input shows itself by a control character no text holds (a NUL above all). */
export function looksBinary(text: string): boolean {
  return controlCharacter.test(text);
}

export const extractBody = z.strictObject({
  text: boundedText(1, 200_000)
    // abort: one clear message per bad text, not "empty" followed by "only whitespace".
    .refine((t) => t.trim().length > 0, { message: "must not be only whitespace", abort: true })
    .refine((t) => !looksBinary(t), "looks like binary data, not text")
    .meta({ pattern: `^[^${CONTROL}]*[^${CONTROL}${WHITESPACE}][^${CONTROL}]*$` })
    .describe("the case text, Chinese, as plain text"),
});

export const extractedItem = z
  .strictObject({
    type: z.enum(extractionItemTypes),
    text: z.string().describe("the passage as it stands in the submitted text"),
    start: z.number().int().min(0).describe("offset in the submitted text, in UTF-16 code units"),
    end: z.number().int().min(0),
    confidence: z.number().min(0).max(1),
    key: z.string().describe("taxonomy id, department kind, normalised figure, ISO date, or the name itself"),
    section: z.string(),
    ref: z.string().optional().describe("taxonomy id for measures, otherwise the draft node id"),
    candidate: z.boolean().optional(),
    variant: z.string().optional(),
    figure: z
      .strictObject({
        metric: z.enum(figureMetrics).optional(),
        value: z.number().optional(),
        unit: z.string().optional(),
        normalized: z.strictObject({ value: z.number(), unit: z.enum(normalizedUnits) }).optional(),
        qualifier: z.enum(["about", "over", "under", "exact"]).optional(),
        date: z.string().optional(),
      })
      .optional(),
    role: z.string().optional(),
  })
  .meta({ id: "ExtractedItem" });

function isDraft(value: unknown): value is CaseFileInput {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.case === "object" &&
    draft.case !== null &&
    Array.isArray(draft.nodes) &&
    Array.isArray(draft.relationships)
  );
}

/**
 * The draft is a case file as POST /api/cases takes it (graph-schema's caseFileSchema), complete and valid when
 * `problems` is empty; otherwise `problems` says what is still wrong, so only its outline is promised here.
 */
const draft = z.custom<CaseFileInput>(isDraft, "expected a case file draft").meta({
  override: {
    type: "object",
    required: ["case", "nodes", "relationships"],
    properties: {
      case: { type: "object" },
      nodes: { type: "array", items: { type: "object" } },
      relationships: { type: "array", items: { type: "object" } },
    },
  },
});

export const extraction = z
  .strictObject({
    draft,
    items: z.array(extractedItem),
    report: z.string().describe("a plain-text review report"),
    problems: z.array(schemaIssue).describe("validation issues of the draft; empty when it passes caseFileSchema"),
  })
  .meta({ id: "Extraction" });

export const extract = operation({
  method: "post",
  path: "/extract",
  tag: "extract",
  summary: "Draft case file from a Chinese case text: measures, departments, task force, companies, figures",
  body: extractBody,
  success: 200,
  response: extraction,
});

export type Extraction = z.infer<typeof extraction>;
export type ExtractedItem = z.infer<typeof extractedItem>;
export type ItemType = ExtractionItemType;
