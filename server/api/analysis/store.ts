import { ResponseCache } from "../../cache.ts";
import type { ApiContext } from "../context.ts";
import { type AnalysisIndex, readAnalysisIndex } from "./index.ts";

const stores = new WeakMap<ApiContext, () => Promise<AnalysisIndex>>();

/**
 * The analysis index of the current graph version, shared by the similar-cases, profile and compare routes.
 * With the response cache on it lives in that cache (emptied by this process's writes at once). With it off
 * (`RESPONSE_CACHE=off`, how the raw cost of answers is measured) it is still kept per graph version, which it
 * polls at most once a second: answers are computed per request, but the index is precomputed statistics, not
 * a cached response; rebuilding it per request would be reading every case for every question.
 */
export function analysisIndex(context: ApiContext): () => Promise<AnalysisIndex> {
  let store = stores.get(context);
  if (!store) {
    // Chosen at the first request, not at mounting: route tables are also built without a running server.
    let holder: ResponseCache | undefined;
    store = () => {
      holder ??=
        context.config.RESPONSE_CACHE === "on"
          ? context.cache
          : new ResponseCache(context.reader, context.log, { enabled: true, maxEntries: 1 });
      return holder.getOrCompute("analysis-index", () => readAnalysisIndex(context.reader));
    };
    stores.set(context, store);
  }
  return store;
}
