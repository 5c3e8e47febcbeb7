import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import { logger } from "../../platform/logger.ts";
import { createApp } from "../app.ts";

/*
 * What the HTTP layer answers before any query runs: no database is needed, so the app gets none. A request
 * that reached Neo4j would fail these tests loudly.
 */
const noDatabase = { driver: {}, name: undefined, embedded: undefined } as unknown as Database;

/**
 * Sends a request in pieces and reads the answer only after it has sent them all, as a slow client (or one
 * on a real network) does, then collects everything until the server closes; a reset fails the promise.
 */
function exchange(port: number, pieces: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    socket.pause();
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
    const send = (i: number) => {
      if (socket.destroyed) return;
      if (i >= pieces.length) {
        setTimeout(() => socket.resume(), 200);
        return;
      }
      socket.write(pieces[i] as string);
      setTimeout(() => send(i + 1), 20);
    };
    send(0);
  });
}

describe("the HTTP layer", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = createApp({ db: noDatabase, config: loadConfig({ LOG_LEVEL: "silent" }), log: logger });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // A fuzzed GET /api/graph with a long `cases` list used to end in a connection reset mid-response: Node
  // refused the oversized headers and destroyed the socket while the client was still sending them.
  it("answers a URL over the header limit with a whole 431 problem, not a reset", async () => {
    const cases = (from: number) => Array.from({ length: 2000 }, (_, i) => `,case:c${from + i}`).join("");
    const answer = await exchange(port, [
      `GET /api/graph?cases=case:a${cases(0)}`,
      ...Array.from({ length: 10 }, (_, i) => cases(2000 * (i + 1))),
      " HTTP/1.1\r\nHost: x\r\n\r\n",
    ]);
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(Number(/content-length: (\d+)/i.exec(head)?.[1])).toBe(Buffer.byteLength(body));
    expect(JSON.parse(body)).toMatchObject({ status: 431, title: "Request Header Fields Too Large" });
  });

  it("answers a method a path does not have with 405 and Allow", async () => {
    for (const [method, path, allow] of [
      ["PATCH", "/api/version", "GET, HEAD"],
      ["DELETE", "/api/graph", "GET, HEAD"],
      ["PUT", "/api/cases", "GET, POST, HEAD"],
      ["GET", "/api/extract", "POST"],
    ] as const) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("still answers 404 for a path no operation has", async () => {
    expect((await fetch(`http://127.0.0.1:${port}/api/nowhere`)).status).toBe(404);
  });
});
