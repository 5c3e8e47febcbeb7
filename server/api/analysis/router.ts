import { profile as profileOp } from "../../../contract/profile.ts";
import { similarCases as similarOp } from "../../../contract/similar.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { type AnalysisIndex, caseCounts, population, publicCase } from "./index.ts";
import { measureProfile } from "./profile.ts";
import { measureWeights, rankSimilar, round, type Weights } from "./similarity.ts";
import { analysisIndex } from "./store.ts";

export function analysisRoutes(api: RouteRegistry, context: ApiContext): void {
  const index = analysisIndex(context);
  const { cache } = context;

  api.add(similarOp, ({ params, query }) =>
    cache.respond(`similar:${params.id}:${JSON.stringify(query)}`, async () => {
      const idx = await index();
      const target = idx.caseById.get(params.id);
      if (!target) throw new NotFoundError(`case not found: ${params.id}`);
      const people = population(idx, query);
      const weights = measureWeights(people.total, caseCounts(idx, people));
      const describe = weighted(idx, weights);
      const candidates = { measures: idx.cases.map((c) => c.measures), postings: idx.postings, mask: people.mask };
      const position = idx.cases.indexOf(target);
      const mine = new Set(target.measures);
      const similar = rankSimilar({ position, measures: target.measures }, candidates, weights, query.limit).map(
        (s) => {
          const other = idx.cases[s.position] ?? target;
          const theirs = new Set(other.measures);
          return {
            case: publicCase(other),
            score: round(s.score),
            sharedWeight: round(s.sharedWeight),
            unionWeight: round(s.unionWeight),
            shared: describe(other.measures.filter((m) => mine.has(m))),
            onlyThis: describe(target.measures.filter((m) => !theirs.has(m))),
            onlyOther: describe(other.measures.filter((m) => !mine.has(m))),
          };
        },
      );
      return { case: publicCase(target), totalCases: people.total, measures: describe(target.measures), similar };
    }),
  );

  api.add(profileOp, ({ params, query }) =>
    cache.respond(`profile:${params.id}:${JSON.stringify(query)}`, async () => {
      const idx = await index();
      const measure = idx.measures.get(params.id);
      if (!measure) throw new NotFoundError(`measure not found: ${params.id}`);
      return { measure, ...measureProfile(idx, population(idx, query), params.id, query) };
    }),
  );
}

/** Measures with their case count and weight, heaviest (rarest) first. */
export function weighted(idx: AnalysisIndex, weights: Weights) {
  return (ids: readonly string[]) =>
    ids
      .flatMap((id) => {
        const info = idx.measures.get(id);
        if (!info) return [];
        const { description: _description, ...measure } = info;
        return [{ ...measure, caseCount: weights.caseCount.get(id) ?? 0, weight: round(weights.weight(id)) }];
      })
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}
