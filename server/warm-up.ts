import type { Logger } from "pino";
import type { listCases } from "../contract/cases.ts";
import type { ResponseOf } from "../contract/index.ts";

/*
 * Neo4j plans a Cypher text the first time it sees it and caches the plan. For the larger reads (a case's detail,
 * with its union over every department relationship type; the graph) planning alone took seconds on a cold, busy
 * server, long enough for the first visitor's request to run out of time (503). So once the server listens it asks
 * itself, in the background, for what each view reads first: plans (and the response cache) are warm before people
 * arrive. Paths are public API calls, so the queries, parameters and their types are exactly a visitor's.
 */

/** The reads each view starts with, for two real cases (ids taken from the graph itself). */
export function warmUpPaths(caseA: string, caseB: string): string[] {
  const a = encodeURIComponent(caseA);
  const b = encodeURIComponent(caseB);
  return [
    "/api/stats",
    "/api/graph",
    "/api/categories",
    "/api/measures/recurrence",
    "/api/measures/cooccurrence?casesPerPair=50",
    "/api/taskforces",
    `/api/search?q=${encodeURIComponent("代办")}`,
    `/api/cases/${a}`,
    `/api/cases/${a}/compare/${b}`,
    `/api/cases/${a}/similar`,
    `/api/nodes/${a}`,
    `/api/nodes/${a}/neighbors`,
    `/api/path?from=${a}&to=${b}`,
  ];
}

export interface WarmUpResult {
  requests: number;
  failed: string[];
  ms: number;
}

/** Asks `baseUrl` for every warm-up path, one at a time (it must never compete with visitors for the pool). */
export async function warmUp(baseUrl: string, log: Logger, signal?: AbortSignal): Promise<WarmUpResult> {
  const started = performance.now();
  const failed: string[] = [];
  const fetchOk = async (path: string): Promise<Response | undefined> => {
    try {
      const res = await fetch(`${baseUrl}${path}`, { signal });
      if (!res.ok) failed.push(`${path}: ${res.status}`);
      return res;
    } catch (error) {
      failed.push(`${path}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const list = await fetchOk("/api/cases?limit=2");
  const ids = list?.ok ? ((await list.json()) as ResponseOf<typeof listCases>).cases.map((c) => c.id) : [];
  const paths = ids.length >= 2 ? warmUpPaths(ids[0] as string, ids[1] as string) : ["/api/stats", "/api/graph"];
  for (const path of paths) {
    if (signal?.aborted) break;
    const res = await fetchOk(path);
    await res?.arrayBuffer().catch(() => undefined);
  }
  const result = { requests: paths.length + 1, failed, ms: Math.round(performance.now() - started) };
  log.info(result, "query plans warmed");
  return result;
}
