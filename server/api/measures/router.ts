import {
  type Category,
  categories,
  cooccurrence as cooccurrenceOp,
  recurrence as recurrenceOp,
} from "../../../contract/measures.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { readCaseMeasureIndex } from "./case-index.ts";
import { cooccurrence } from "./cooccurrence.ts";
import * as q from "./queries.ts";
import { casesInFilter, recurrence } from "./recurrence.ts";

export function measureRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  // Built once per graph version and shared by both statistics (see case-index.ts).
  const caseIndex = () => cache.getOrCompute("case-measure-index", () => readCaseMeasureIndex(reader));

  api.add(recurrenceOp, ({ query }) =>
    cache.respond(`recurrence:${JSON.stringify(query)}`, async () => recurrence(await caseIndex(), query)),
  );

  api.add(cooccurrenceOp, ({ query }) =>
    cache.respond(`cooccurrence:${JSON.stringify(query)}`, async () => {
      const index = await caseIndex();
      const cases = casesInFilter(index, { includeSynthetic: query.includeSynthetic });
      const { caseCount, pairs } = cooccurrence(cases, query.minCount, query.casesPerPair);
      const measures = [...caseCount]
        .flatMap(([id, count]) => {
          const info = index.measures.get(id);
          return info ? [{ ...info, caseCount: count }] : [];
        })
        .sort((a, b) => b.caseCount - a.caseCount || (a.id < b.id ? -1 : 1));
      return { totalCases: cases.length, measures, pairs };
    }),
  );

  api.add(categories, () =>
    cache.respond("categories", async () => ({
      categories: (await reader.read<{ category: Category }>(q.categories)).map((row) => row.category),
    })),
  );
}
