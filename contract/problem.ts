import { z } from "zod";
import { schemaIssue } from "../graph-schema/index.ts";

/** RFC 9457 problem details, the body of every error answer; `errors` names each bad field. */
export const problem = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(schemaIssue).optional(),
  })
  .meta({ id: "Problem", description: "application/problem+json; errors: one entry per bad field" });

export type Problem = z.infer<typeof problem>;
