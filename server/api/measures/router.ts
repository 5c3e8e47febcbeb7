import type { CaseFilter } from "../../../contract/filters.ts";
import {
  type Category,
  categories,
  cooccurrence as cooccurrenceOp,
  recurrence as recurrenceOp,
} from "../../../contract/measures.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { caseFilterService } from "../filters/router.ts";
import { type CaseMeasureIndex, readCaseMeasureIndex } from "./case-index.ts";
import { cooccurrence } from "./cooccurrence.ts";
import * as q from "./queries.ts";
import { recurrence } from "./recurrence.ts";

export function measureRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  // Built once per graph version and shared by both statistics (see case-index.ts).
  const caseIndex = () => cache.getOrCompute("case-measure-index", () => readCaseMeasureIndex(reader));
  const caseFilter = caseFilterService({ reader, cache });
  /** The case index narrowed by the shared case filter, which alone decides which cases count. */
  const filtered = async (filter: CaseFilter): Promise<CaseMeasureIndex> => {
    const [index, allowed] = await Promise.all([caseIndex(), caseFilter.matching(filter)]);
    return { cases: index.cases.filter((c) => allowed.has(c.id)), measures: index.measures };
  };

  api.add(recurrenceOp, ({ query }) =>
    cache.respond(`recurrence:${JSON.stringify(query)}`, async () =>
      recurrence(await filtered(query), {
        category: query.category,
        minCases: query.minCases,
        casesPerMeasure: query.casesPerMeasure,
        includeSynthetic: true,
      }),
    ),
  );

  api.add(cooccurrenceOp, ({ query }) =>
    cache.respond(`cooccurrence:${JSON.stringify(query)}`, async () => {
      const index = await filtered(query);
      const cases = index.cases;
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
