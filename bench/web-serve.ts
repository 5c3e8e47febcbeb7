import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../platform/config.ts";
import { serverVersion } from "../platform/db/driver.ts";
import { logger } from "../platform/logger.ts";
import { createApp } from "../server/app.ts";
import { webDist } from "../server/web-app.ts";

export interface Served {
  baseUrl: string;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * `web/dist` over loopback with no API behind it: enough for bench mode, which draws a generated graph. Unknown
 * paths get the app shell, like the real server.
 */
export function serveDist(dir = webDist): Promise<Served> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, pathname === "/" ? "index.html" : pathname);
    const inside = file.startsWith(dir) && !pathname.startsWith("/api/");
    try {
      const body = await readFile(inside ? file : path.join(dir, "index.html"));
      res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(inside ? 200 : 404, { "content-type": types[".html"] });
      res.end(inside ? await readFile(path.join(dir, "index.html")) : "not found");
    }
  });
  return listen(server);
}

/** The real app (API and `web/dist`) in this process over a driver to the caller's Neo4j. */
export async function serveApp(driver: Driver, uri: string): Promise<Served> {
  const config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000" });
  const db = { driver, name: undefined, uri, version: await serverVersion(driver), embedded: undefined };
  const app = createApp({
    db: { ...db, close: async () => {} },
    config,
    log: logger.child({ component: "bench-web" }, { level: "warn" }),
  });
  return listen(createServer(app));
}
