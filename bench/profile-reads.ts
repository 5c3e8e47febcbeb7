import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver, ManagedTransaction, ProfiledPlan, Session } from "neo4j-driver";
import { loadConfig } from "../platform/config.ts";
import { createDriver, serverVersion } from "../platform/db/driver.ts";
import { logger } from "../platform/logger.ts";
import { createApp } from "../server/app.ts";
import { printTable, progress } from "./table.ts";

/*
 * `NEO4J_URI=bolt://… LOG_LEVEL=silent npx tsx bench/profile-reads.ts`: where the read time goes, from Neo4j's own PROFILE of
 * exactly the Cypher each endpoint sends (the app runs in-process with the response cache off, over a driver
 * that prefixes every read with PROFILE). For each query: rows, db hits, server time and the operators that
 * cost most. Point it at a big graph, e.g. one seeded with `npm run seed -- --synthetic 100000`.
 */

interface Profiled {
  endpoint: string;
  query: string;
  ms: number;
  plainMs: number;
  rows: number;
  dbHits: number;
  top: string;
}

const ENDPOINTS = [
  "/api/measures/recurrence?includeSynthetic=true",
  "/api/measures/cooccurrence?includeSynthetic=true&minCount=50",
  "/api/graph",
  "/api/graph?includeSynthetic=true&cases=case:syn-000123,case:syn-000567&limit=2000",
  "/api/search?includeSynthetic=true&q=%E4%BB%A3%E5%8A%9E",
  "/api/search?includeSynthetic=true&q=%E7%A4%BA%E4%BE%8B%E5%9B%AD%E5%8C%BA",
  "/api/taskforces?includeSynthetic=true&department=dept:syn-zj-c1-d1:development-reform",
  "/api/nodes/measure:proxy-service/neighbors?includeSynthetic=true&limit=100",
  "/api/stats",
];

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

/** A driver whose read transactions PROFILE every query and hand the plan to `sink`. */
function profilingDriver(
  driver: Driver,
  sink: (query: string, plan: ProfiledPlan, profiledMs: number, plainMs: number) => void,
): Driver {
  const serverMs = (summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown }) =>
    Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
  const wrapTx = (tx: ManagedTransaction) =>
    ({
      run: async (query: string, params?: Record<string, unknown>) => {
        const profiled = await tx.run(`PROFILE ${query}`, params);
        // Again without PROFILE (which adds its own overhead), warm now: the time the endpoint really pays.
        const plain = await tx.run(query, params);
        if (profiled.summary.profile) {
          sink(query, profiled.summary.profile, serverMs(profiled.summary), serverMs(plain.summary));
        }
        return plain;
      },
    }) as unknown as ManagedTransaction;
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== "session") return Reflect.get(target, key, receiver);
      return (config: Parameters<Driver["session"]>[0]) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, k, r) {
            if (k !== "executeRead") return Reflect.get(s, k, r);
            return (work: (tx: ManagedTransaction) => Promise<unknown>, txConfig: unknown) =>
              s.executeRead((tx) => work(wrapTx(tx)), txConfig as never);
          },
        }) as Session;
      };
    },
  });
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("profile-reads: set NEO4J_URI to the graph to profile");
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const found: Profiled[] = [];
  let endpoint = "";
  const profiled = profilingDriver(driver, (query, plan, ms, plainMs) => {
    const operators = flatten(plan).sort((a, b) => b.dbHits - a.dbHits);
    found.push({
      endpoint,
      query: query.replace(/\s+/g, " ").slice(0, 60),
      ms,
      plainMs,
      rows: plan.rows,
      dbHits: operators.reduce((n, op) => n + op.dbHits, 0),
      top: operators
        .slice(0, 3)
        .map((op) => `${op.operatorType.replace(/@.*/, "")} ${op.dbHits}`)
        .join("; "),
    });
  });
  const config = loadConfig({
    NEO4J_URI: uri,
    LOG_LEVEL: "silent",
    RESPONSE_CACHE: "off",
    QUERY_TIMEOUT_MS: "600000",
    REQUEST_TIMEOUT_MS: "600000",
  });
  const db = { driver: profiled, name: undefined, uri, version: await serverVersion(driver), embedded: undefined };
  const app = createApp({ db: { ...db, close: async () => {} }, config, log: logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const path of ENDPOINTS) {
      // Once to plan and warm the page cache, once profiled.
      endpoint = "";
      await (await fetch(`${base}${path}`)).arrayBuffer();
      found.length = 0;
      endpoint = path.replace(/^\/api\//, "").slice(0, 60);
      const started = performance.now();
      const res = await fetch(`${base}${path}`);
      const bytes = (await res.arrayBuffer()).byteLength;
      progress(`${path}: ${res.status}, ${bytes} bytes, ${Math.round(performance.now() - started)} ms end to end`);
      printTable(
        `${endpoint} (HTTP ${res.status}, ${Math.round(performance.now() - started)} ms end to end, ${bytes} bytes)`,
        found.map((p) => ({
          query: p.query,
          "server ms (profiled)": Math.round(p.ms),
          "server ms (plain, warm)": Math.round(p.plainMs),
          rows: p.rows,
          "db hits": p.dbHits,
          "costliest operators (db hits)": p.top,
        })),
      );
    }
  } finally {
    server.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
