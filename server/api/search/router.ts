import neo4j from "neo4j-driver";
import { type SearchHit, search } from "../../../contract/search.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { luceneQuery } from "./lucene.ts";
import { searchNodes } from "./queries.ts";

export function searchRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  api.add(search, ({ query }) =>
    cache.respond(`search:${JSON.stringify(query)}`, async () => {
      const lucene = luceneQuery(query.q);
      if (!lucene) return { hits: [] };
      const hits = await reader.read<SearchHit>(searchNodes, {
        lucene,
        text: query.q,
        types: query.types,
        includeSynthetic: query.includeSynthetic,
        limit: neo4j.int(query.limit),
        fetch: neo4j.int(query.limit * 5 + 50),
      });
      return { hits };
    }),
  );
}
