import { ApiError, NetworkError, toProblem } from "./errors.ts";
import { type QueryValue, seg, withQuery } from "./query.ts";
import type {
  CaseFileInput,
  CaseList,
  Category,
  Comparison,
  Cooccurrence,
  Extraction,
  ImportResult,
  MeasureProfile,
  NodeDetails,
  PathResult,
  Recurrence,
  RegionTreeNode,
  SearchHit,
  SimilarCases,
  Subgraph,
  TaskForce,
} from "./types.ts";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** How one request is sent: a JSON body makes it a POST; a token goes in the Authorization header. */
interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  token?: string;
  signal?: AbortSignal | undefined;
}

/** The typed client: one method per endpoint the explorer reads, and the two the import page writes to. */
export interface Api {
  /** The graph of the cases that pass the shared case filter (its fields, see web/src/filters/state.ts). */
  graph(q?: Record<string, QueryValue>): Promise<Subgraph>;
  search(q: string, opts?: { types?: string[]; limit?: number }, signal?: AbortSignal): Promise<SearchHit[]>;
  node(id: string): Promise<NodeDetails>;
  neighbors(id: string, q?: { depth?: number; types?: string[]; limit?: number; offset?: number }): Promise<Subgraph>;
  path(from: string, to: string, maxHops?: number): Promise<PathResult>;
  cases(q?: { includeSynthetic?: boolean; limit?: number; offset?: number }): Promise<CaseList>;
  compare(a: string, b: string): Promise<Comparison>;
  similar(id: string, q?: { limit?: number; includeSynthetic?: boolean }): Promise<SimilarCases>;
  profile(id: string, q?: { minSupport?: number; includeSynthetic?: boolean }): Promise<MeasureProfile>;
  recurrence(q: Record<string, QueryValue>): Promise<Recurrence>;
  cooccurrence(q: Record<string, QueryValue>): Promise<Cooccurrence>;
  /** GET /api/regions: the cases' regions, parents first, for the filter bar's region tree. */
  regions(q?: { includeSynthetic?: boolean }): Promise<RegionTreeNode[]>;
  taskForces(q?: { department?: string; case?: string }): Promise<TaskForce[]>;
  categories(): Promise<Category[]>;
  /** POST /api/extract: a case text to a draft case file with every finding located in the text. */
  extract(text: string, signal?: AbortSignal): Promise<Extraction>;
  /** POST /api/cases with the write token: loads (or replaces) one reviewed case file. */
  importCase(file: CaseFileInput, token: string): Promise<ImportResult>;
}

export function createApi(base = "", fetchImpl: Fetch = (input, init) => fetch(input, init)): Api {
  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const url = base + withQuery(path, options.query);
    const headers: Record<string, string> = { accept: "application/json" };
    const init: RequestInit = { headers, signal: options.signal };
    if (options.body !== undefined) {
      init.method = "POST";
      init.body = JSON.stringify(options.body);
      headers["content-type"] = "application/json";
    }
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let res: Response;
    try {
      res = await fetchImpl(url, init);
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
      throw new NetworkError(url, cause);
    }
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (e.g. a proxy's HTML error page): keep the text for the problem's detail.
    }
    if (!res.ok) {
      const error = new ApiError(toProblem(res.status, res.statusText, body), url);
      const retry = Number(res.headers.get("retry-after"));
      if (Number.isFinite(retry) && retry > 0) error.retryAfter = retry;
      throw error;
    }
    return body as T;
  }

  const get = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> =>
    request<T>(path, { query, signal });

  return {
    graph: (q = {}) => get("/api/graph", q),
    search: async (q, opts = {}, signal) =>
      (await get<{ hits: SearchHit[] }>("/api/search", { q, ...opts }, signal)).hits,
    node: (id) => get(`/api/nodes/${seg(id)}`),
    neighbors: (id, q = {}) => get(`/api/nodes/${seg(id)}/neighbors`, q),
    path: (from, to, maxHops) => get("/api/path", { from, to, maxHops }),
    cases: (q = {}) => get("/api/cases", q),
    compare: (a, b) => get(`/api/cases/${seg(a)}/compare/${seg(b)}`),
    similar: (id, q = {}) => get(`/api/cases/${seg(id)}/similar`, q),
    profile: (id, q = {}) => get(`/api/measures/${seg(id)}/profile`, q),
    recurrence: (q) => get("/api/measures/recurrence", q),
    // The click-through lists the cases sharing a pair, so ask for more than the API's default sample.
    cooccurrence: (q) => get("/api/measures/cooccurrence", { casesPerPair: 50, ...q }),
    taskForces: async (q = {}) => (await get<{ taskForces: TaskForce[] }>("/api/taskforces", q)).taskForces,
    regions: async (q = {}) => (await get<{ regions: RegionTreeNode[] }>("/api/regions", q)).regions,
    categories: async () => (await get<{ categories: Category[] }>("/api/categories")).categories,
    extract: (text, signal) => request("/api/extract", { body: { text }, signal }),
    importCase: (file, token) => request("/api/cases", { body: file, token }),
  };
}
