import type { Driver } from "neo4j-driver";
import { graphCounts } from "../../seed/index.ts";
import { type ScenarioResult, type ServerProcess, say, sleep, type TestNeo4j } from "../harness.ts";

function summarise(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(String(s.status), (counts.get(String(s.status)) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status}:${n}`).join(" ");
}

interface Sample {
  at: number;
  status: number | "network" | "timeout";
  ms: number;
  retryAfter: string | null;
  path: string;
}

/**
 * Scenario 2: SIGKILL the Neo4j the server uses while traffic runs. Meanwhile: 503 with Retry-After, no
 * request over the timeout, no crash. After Neo4j is back: normal service within 5 s, and the same counts.
 */
export async function neo4jDiesAndReturns(
  server: ServerProcess,
  neo4j: TestNeo4j,
  driver: Driver,
  options: { requestTimeoutMs: number; downSeconds: number },
): Promise<ScenarioResult> {
  const before = await graphCounts(driver);
  const samples: Sample[] = [];
  let running = true;
  const t0 = performance.now();
  const paths = [
    "/api/stats",
    "/api/search?q=%E4%BB%A3%E5%8A%9E",
    "/api/measures/recurrence",
    "/api/nodes/measure:proxy-service",
    "/api/health",
  ];
  const worker = async (n: number) => {
    for (let i = n; running; i++) {
      const started = performance.now();
      let status: Sample["status"];
      let retryAfter: string | null = null;
      const path = paths[i % paths.length] as string;
      try {
        // A rotation over distinct endpoints, so some requests always reach Neo4j.
        const res = await fetch(`${server.url}${path}`, {
          signal: AbortSignal.timeout(options.requestTimeoutMs + 2000),
        });
        status = res.status;
        retryAfter = res.headers.get("retry-after");
        await res.arrayBuffer();
      } catch (error) {
        status = (error as Error).name === "TimeoutError" ? "timeout" : "network";
      }
      samples.push({
        at: performance.now() - t0,
        status,
        ms: performance.now() - started,
        retryAfter,
        path: paths[i % paths.length] as string,
      });
      await sleep(50);
    }
  };
  const workers = Array.from({ length: 8 }, (_, n) => worker(n));
  await sleep(3000);
  const killedAt = performance.now() - t0;
  say(`neo4j-restart: SIGKILL Neo4j (pid ${neo4j.pid}) under traffic`);
  neo4j.kill();
  await neo4j.waitExited();
  await sleep(options.downSeconds * 1000);
  say("neo4j-restart: starting Neo4j again on the same port and store");
  const restartMs = await neo4j.start();
  const backAt = performance.now() - t0;
  await sleep(8000);
  running = false;
  await Promise.all(workers);

  const down = samples.filter((s) => s.at > killedAt + 2000 && s.at + s.ms < backAt);
  const after = samples.filter((s) => s.at > backAt);
  const firstBad = (list: Sample[]) => list.filter((s) => s.status !== 200);
  const lastFailureAfterBack = Math.max(0, ...firstBad(after).map((s) => s.at + s.ms - backAt));
  const failures: string[] = [];
  const fivexxDown = down.filter((s) => s.status === 503);
  if (down.length === 0) failures.push("no requests observed while Neo4j was down");
  const unexpected = down.filter((s) => s.status !== 503 && s.status !== 200);
  if (unexpected.length > 0)
    failures.push(
      `while down: ${unexpected.length} answers other than 503/200: ${[...new Set(unexpected.map((s) => s.status))].join(",")}`,
    );
  if (fivexxDown.some((s) => !s.retryAfter)) failures.push("a 503 without Retry-After");
  const slow = samples.filter((s) => s.ms > options.requestTimeoutMs + 1000);
  if (slow.length > 0)
    failures.push(`${slow.length} requests took longer than the ${options.requestTimeoutMs} ms timeout`);
  if (samples.some((s) => s.status === "network")) failures.push("network errors: the server stopped answering");
  if (lastFailureAfterBack > 5000)
    failures.push(
      `not recovered within 5 s: failures until ${Math.round(lastFailureAfterBack)} ms after Neo4j was back`,
    );
  const afterCounts = await graphCounts(driver);
  if (JSON.stringify(afterCounts) !== JSON.stringify(before)) failures.push("graph counts differ after the crash");
  return {
    name: "Neo4j dies and returns",
    ok: failures.length === 0,
    did: `8 clients in a loop over ${paths.length} endpoints; SIGKILL of Neo4j at ${Math.round(killedAt)} ms, down ${options.downSeconds} s, restarted on the same store`,
    measured: {
      "requests while down": down.length,
      "503 while down": fivexxDown.length,
      "200 while restarting": down.filter((s) => s.status === 200).length,
      "max latency while down ms": Math.round(Math.max(0, ...down.map((s) => s.ms))),
      "Neo4j restart ms": Math.round(restartMs),
      "recovered after ms": Math.round(lastFailureAfterBack),
      "answers after back": summarise(after),
      "failing after back": [
        ...new Set(
          after
            .filter((s) => s.status !== 200)
            .map((s) => `${s.path} ${Math.round(s.ms)}ms @${Math.round(s.at - backAt)}`),
        ),
      ]
        .slice(0, 6)
        .join(", "),
      "counts equal": JSON.stringify(afterCounts) === JSON.stringify(before) ? "yes" : "no",
    },
    failures,
  };
}
