import type { z } from "zod";

/** A validation problem as data: where (dot path), what kind (zod code) and a message. */
export interface SchemaIssue {
  path: string;
  code: string;
  message: string;
}

/** Flattens zod issues into plain data; formatting for a terminal or an HTTP body happens elsewhere. */
export function issuesOf(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: issue.code,
    message: issue.message,
  }));
}
