import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { healthRouter } from "./api/health/router.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import { errorHandler, notFoundHandler } from "./http/problem.ts";
import type { Logger } from "./logger.ts";

export const webDist = fileURLToPath(new URL("../web/dist/", import.meta.url));

export interface AppDeps {
  db: Database;
  config: Config;
  log: Logger;
}

export function createApp(deps: AppDeps): Express {
  const { config, log } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/health" },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "img-src": ["'self'", "data:", "blob:"],
          "script-src": ["'self'"],
          "worker-src": ["'self'", "blob:"],
          // Served over plain http on localhost by default; upgrading would break it.
          "upgrade-insecure-requests": null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(cors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false }));

  app.use("/api", healthRouter(deps));
  app.use("/api", notFoundHandler);

  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: "index.html", maxAge: "1h" }));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(webDist, "index.html")));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  return app;
}
