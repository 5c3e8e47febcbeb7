import type { CaseFilter } from "../../../contract/filters.ts";
import { regionTree as regionTreeOp } from "../../../contract/filters.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { filterCases, readCaseFacets } from "./case-facets.ts";
import { regionTree } from "./region-tree.ts";

/**
 * The case filter as a service: the ids of the cases that pass, from facets read once per graph version. Every
 * endpoint that filters asks this, so a filter means the same in every view.
 */
export function caseFilterService({ reader, cache }: Pick<ApiContext, "reader" | "cache">) {
  const facets = () => cache.getOrCompute("case-facets", () => readCaseFacets(reader));
  return {
    async matching(filter: CaseFilter): Promise<Set<string>> {
      return new Set(filterCases((await facets()).cases, filter).map((c) => c.id));
    },
    facets,
  };
}

export function filterRoutes(api: RouteRegistry, context: ApiContext): void {
  const { facets } = caseFilterService(context);
  api.add(regionTreeOp, ({ query }) =>
    context.cache.respond(`regions:${query.includeSynthetic}`, async () => {
      const { cases, regions } = await facets();
      return { regions: regionTree(query.includeSynthetic ? cases : cases.filter((c) => !c.synthetic), regions) };
    }),
  );
}
