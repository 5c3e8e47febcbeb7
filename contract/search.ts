import { z } from "zod";
import { nodeRef } from "./common.ts";
import { operation } from "./operation.ts";
import { boundedText, includeSyntheticParam, labelListParam, limitParam, WHITESPACE } from "./params.ts";

export const searchQuery = z.object({
  q: boundedText(1, 200)
    .refine((text) => text.trim().length > 0, "must not be empty")
    .transform((text) => text.trim())
    .meta({ pattern: `[^${WHITESPACE}]` })
    .describe("search text, Chinese or English"),
  types: labelListParam.default([]),
  limit: limitParam(20, 100),
  includeSynthetic: includeSyntheticParam,
});

export const searchFields = ["alias", "company", "project", "summary", "outcome", "evidence"] as const;

export const searchMatch = z
  .strictObject({
    field: z.enum(searchFields).describe("where the text matched, when not in the node's own name"),
    text: z.string().describe("the alias, company or project name, summary, outcome or evidence line that matched"),
  })
  .meta({ id: "SearchMatch" });

export const searchHit = nodeRef
  .extend({ score: z.number(), match: searchMatch.nullable().describe("null: the name itself matched") })
  .meta({ id: "SearchHit" });

export const search = operation({
  method: "get",
  path: "/search",
  tag: "search",
  summary:
    "Ranked matches of names, aliases and English glosses, and cases found by their companies, projects, summaries, " +
    "outcomes and evidence (Chinese-aware: 代办 finds 代办帮办, 渭南 the case whose evidence names it)",
  query: searchQuery,
  success: 200,
  response: z.strictObject({ hits: z.array(searchHit) }).meta({ id: "SearchHits" }),
});

export type SearchHit = z.infer<typeof searchHit>;
export type SearchMatch = z.infer<typeof searchMatch>;
