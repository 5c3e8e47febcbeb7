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

export const searchHit = nodeRef.extend({ score: z.number() }).meta({ id: "SearchHit" });

export const search = operation({
  method: "get",
  path: "/search",
  tag: "search",
  summary: "Ranked name, alias and English-gloss matches (Chinese-aware: 代办 finds 代办帮办)",
  query: searchQuery,
  success: 200,
  response: z.strictObject({ hits: z.array(searchHit) }).meta({ id: "SearchHits" }),
});

export type SearchHit = z.infer<typeof searchHit>;
