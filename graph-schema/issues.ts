import { z } from "zod";

/**
 * A validation problem as data: where, what kind (zod's issue code, or ours such as `invalid_json`) and why.
 * `path` is the one path format everywhere (API problem+json, seed CLI, config, the web's import check): keys and
 * indexes joined by dots, `relationships.3.evidence`, optionally under a prefix naming the part (`body.`,
 * `query.`); "" is the whole value. Formatting for a reader (a terminal's `$.relationships[3].evidence`) is
 * separate, in formatIssuePath.
 */
export const schemaIssue = z
  .strictObject({ path: z.string(), code: z.string(), message: z.string() })
  .meta({ id: "FieldProblem", description: "one bad field: dot path, zod issue code, message" });

export type SchemaIssue = z.infer<typeof schemaIssue>;

/** Dot path of zod path segments under an optional prefix: `["nodes", 2, "name"]`, "body" → `body.nodes.2.name`. */
export function issuePath(segments: readonly PropertyKey[], prefix?: string): string {
  return [...(prefix ? [prefix] : []), ...segments.map(String)].join(".");
}

/** Flattens zod issues into plain data; formatting for a terminal or an HTTP body happens elsewhere. */
export function issuesOf(error: { issues: readonly z.core.$ZodIssue[] }, prefix?: string): SchemaIssue[] {
  return error.issues.map((issue) => ({
    path: issuePath(issue.path, prefix),
    code: issue.code,
    message: issue.message,
  }));
}

/** The path as editors and jq users write it: `relationships.3.evidence` → `$.relationships[3].evidence`. */
export function formatIssuePath(path: string): string {
  if (path === "") return "$";
  return path
    .split(".")
    .reduce((acc, segment) => (/^\d+$/.test(segment) ? `${acc}[${segment}]` : `${acc}.${segment}`), "$");
}
