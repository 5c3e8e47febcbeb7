import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import cors from "cors";
import express, { type Express, type RequestHandler, Router } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Config } from "../platform/config.ts";
import type { Database } from "../platform/db/database.ts";
import { ConcurrencyLimiter } from "../platform/db/limiter.ts";
import { createReader } from "../platform/db/read.ts";
import type { Logger } from "../platform/logger.ts";
import type { ApiContext } from "./api/context.ts";
import { registerApiRoutes } from "./api/index.ts";
import { ResponseCache } from "./cache.ts";
import { requireToken } from "./http/auth.ts";
import { answerClientErrors } from "./http/client-error.ts";
import { errorHandler, HttpError, notFoundHandler, ServiceUnavailableError, sendProblem } from "./http/problem.ts";
import { RouteRegistry } from "./http/route.ts";
import { builtWebApp, mountWebApp, type WebApp } from "./web-app.ts";

export interface AppDeps {
  db: Database;
  config: Config;
  log: Logger;
  /** Prepared at start-up (built if needed); otherwise whatever web/dist holds. */
  webApp?: WebApp;
}

export function createApp(deps: AppDeps): Express {
  const { config, log, db } = deps;
  const limiter = new ConcurrencyLimiter(config.NEO4J_POOL_SIZE, config.NEO4J_QUEUE_LIMIT);
  const reader = createReader(db.driver, { database: db.name, timeoutMs: config.QUERY_TIMEOUT_MS, limiter });
  const context: ApiContext = {
    ...deps,
    reader,
    cache: new ResponseCache(reader, log, { enabled: config.RESPONSE_CACHE === "on" }),
  };

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(requestLogging(log));
  app.use(requestTimeout(config.REQUEST_TIMEOUT_MS));
  app.use(securityHeaders());
  app.use(cors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false }));

  const api = Router();
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: config.RATE_LIMIT_PER_MINUTE,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (req, res) =>
        sendProblem(
          res,
          new HttpError(429, "Too Many Requests", "rate limit exceeded", [], { "Retry-After": "60" }),
          req.originalUrl,
        ),
    }),
  );
  api.use(express.json({ limit: "2mb", strict: true }));
  const registry = new RouteRegistry();
  registerApiRoutes(registry, context);
  registry.mount(api, requireToken(config.API_TOKEN));
  api.use(notFoundHandler);
  app.use("/api", api);

  mountWebApp(app, deps.webApp ?? builtWebApp());
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  // Every server made from this app (npm start, the tests, the benchmark) answers refused requests completely.
  const listen = app.listen.bind(app) as (...args: unknown[]) => Server;
  app.listen = ((...args: unknown[]) => answerClientErrors(listen(...args))) as Express["listen"];
  return app;
}

function requestLogging(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/api/health" },
  });
}

/**
 * A read that outlives its budget gets a 503 now rather than a hung connection; late work is dropped.
 * Other methods are exempt: a write's answer must wait for its transaction's real outcome, and the
 * transaction itself is bounded by WRITE_TIMEOUT_MS, which Neo4j enforces by rolling it back.
 */
function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        sendProblem(res, new ServiceUnavailableError(`the request took longer than ${ms} ms`, 2), req.originalUrl);
      }
    }, ms);
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

function securityHeaders() {
  return helmet({
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
  });
}
