import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { graphCounts } from "../../seed/index.ts";
import { type ScenarioResult, type ServerProcess, say } from "../harness.ts";

interface HostileRequest {
  method: "GET" | "POST";
  path: string;
  body?: string | Uint8Array;
  contentType?: string;
  token?: "none" | "wrong" | "right";
}

const injection = fc.constantFrom(
  "' OR 1=1 //",
  "x}) DETACH DELETE n //",
  "`) MATCH (n) DETACH DELETE n //",
  "CALL dbms.killQueries([])",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "*:*",
  "((((",
  "代办帮办",
  "🙂",
  "9".repeat(300),
  "-1",
  "1e400",
  "measure:proxy-service",
  "case:dinghai-2022-03",
);
const text = fc.oneof(injection, fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 10 }));

function enc(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

const getPaths = [
  (a: string, b: string) => `/api/search?q=${enc(a)}&types=${enc(b)}&limit=${enc(b)}`,
  (a: string) => `/api/nodes/${enc(a)}`,
  (a: string) => `/api/nodes/${a}`,
  (a: string, b: string) => `/api/nodes/${enc(a)}/neighbors?depth=${enc(b)}&limit=${enc(b)}`,
  (a: string, b: string) => `/api/graph?cases=${enc(a)}&types=${enc(b)}`,
  (a: string) => `/api/cases/${enc(a)}`,
  (a: string, b: string) => `/api/cases/${enc(a)}/compare/${enc(b)}`,
  (a: string, b: string) => `/api/measures/recurrence?category=${enc(a)}&yearFrom=${enc(b)}&minCases=${enc(b)}`,
  (a: string) => `/api/measures/cooccurrence?minCount=${enc(a)}`,
  (a: string, b: string) => `/api/taskforces?department=${enc(a)}&case=${enc(b)}`,
  (a: string, b: string) => `/api/path?from=${enc(a)}&to=${enc(b)}&maxHops=${enc(b)}`,
  (a: string) => `/${enc(a)}`,
];

/** Bodies a write endpoint must refuse: broken JSON, wrong shapes, deep nesting, huge, invalid UTF-8. */
function hostileBodies(value: string): (string | Uint8Array)[] {
  return [
    "{not json",
    JSON.stringify({ case: { id: value } }),
    JSON.stringify({ case: "x", nodes: 1, relationships: null }),
    JSON.stringify([value]),
    `${"[".repeat(50_000)}${"]".repeat(50_000)}`,
    `{"text": ${JSON.stringify(value)}}`,
    JSON.stringify({ text: "x".repeat(300_000) }),
    new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]),
    "x".repeat(3_000_000),
  ];
}

function requestArbitrary(): fc.Arbitrary<HostileRequest> {
  const get = fc.record({ i: fc.nat(getPaths.length - 1), a: text, b: text }).map(({ i, a, b }) => ({
    method: "GET" as const,
    path: (getPaths[i] as (a: string, b: string) => string)(a, b),
  }));
  const post = fc
    .record({
      path: fc.constantFrom("/api/cases", "/api/extract", "/api/cases/x", "/api/graph"),
      value: text,
      bodyIndex: fc.nat(8),
      token: fc.constantFrom("none" as const, "wrong" as const, "right" as const),
      contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
    })
    .map(({ path, value, bodyIndex, token, contentType }) => ({
      method: "POST" as const,
      path,
      body: hostileBodies(value)[bodyIndex] as string | Uint8Array,
      token,
      contentType,
    }));
  return fc.oneof({ arbitrary: get, weight: 3 }, { arbitrary: post, weight: 2 });
}

/** Scenario 5: generated hostile requests on every endpoint, writes with and without the token. */
export async function hostileInput(
  server: ServerProcess,
  driver: Driver,
  options: { requests: number; concurrency: number; token: string },
): Promise<ScenarioResult> {
  const requests = fc.sample(requestArbitrary(), { numRuns: options.requests, seed: 77 });
  const before = await graphCounts(driver);
  const statuses = new Map<number | string, number>();
  const failures: string[] = [];
  let unauthorisedWrites = 0;
  let next = 0;
  say(`hostile: ${requests.length} generated requests, ${options.concurrency} at a time`);
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as HostileRequest;
      const headers: Record<string, string> = {};
      if (request.contentType) headers["content-type"] = request.contentType;
      if (request.token === "right") headers.authorization = `Bearer ${options.token}`;
      if (request.token === "wrong") headers.authorization = `Bearer ${options.token.slice(0, -1)}?`;
      let status: number | string;
      try {
        const res = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          headers,
          body: request.body as BodyInit | undefined,
          signal: AbortSignal.timeout(20_000),
        });
        status = res.status;
        await res.arrayBuffer();
      } catch (error) {
        status = (error as Error).name;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (typeof status !== "number" || status >= 500) {
        if (failures.length < 10) failures.push(`${status} for ${request.method} ${request.path.slice(0, 120)}`);
      }
      if (request.method === "POST" && request.path === "/api/cases" && request.token !== "right" && status === 201) {
        unauthorisedWrites += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const after = await graphCounts(driver);
  const unchanged = JSON.stringify(after) === JSON.stringify(before);
  if (unauthorisedWrites > 0) failures.push(`${unauthorisedWrites} writes succeeded without the right token`);
  if (!unchanged) failures.push("the graph changed although every write was invalid or unauthorised");
  return {
    name: "hostile input",
    ok: failures.length === 0,
    did: `${requests.length} generated requests (injection strings, malformed and huge bodies, deep nesting, invalid UTF-8, wrong content types) to every endpoint, writes with no, wrong and right token`,
    measured: {
      "elapsed ms": Math.round(performance.now() - started),
      statuses: [...statuses]
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
        .map(([s, n]) => `${s}:${n}`)
        .join(" "),
      "5xx or dropped": [...statuses].filter(([s]) => typeof s !== "number" || s >= 500).reduce((n, [, c]) => n + c, 0),
      "unauthorised writes": unauthorisedWrites,
      "graph unchanged": unchanged ? "yes" : "no",
    },
    failures,
  };
}
