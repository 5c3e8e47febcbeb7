import neo4j from "neo4j-driver";
import { z } from "zod";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, labelListParam, limitParam } from "../params.ts";
import { luceneQuery } from "./lucene.ts";
import { searchNodes } from "./queries.ts";

export const searchQuery = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200).describe("search text, Chinese or English"),
  types: labelListParam.default([]),
  limit: limitParam(20, 100),
  includeSynthetic: includeSyntheticParam,
});

export function searchRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add({
    method: "get",
    path: "/search",
    tag: "search",
    summary: "Ranked name, alias and English-gloss matches (Chinese-aware: 代办 finds 代办帮办)",
    query: searchQuery,
    handler: ({ query }) =>
      cache.respond(`search:${JSON.stringify(query)}`, async () => {
        const lucene = luceneQuery(query.q);
        if (!lucene) return { hits: [] };
        const hits = await reader.read(searchNodes, {
          lucene,
          text: query.q,
          types: query.types,
          includeSynthetic: query.includeSynthetic,
          limit: neo4j.int(query.limit),
          fetch: neo4j.int(query.limit * 5 + 50),
        });
        return { hits };
      }),
  });
}
