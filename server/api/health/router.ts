import { Router } from "express";
import type { AppDeps } from "../../app.ts";
import { serverVersion } from "../../db/driver.ts";
import { ServiceUnavailableError } from "../../http/problem.ts";

const APP_VERSION = "0.1.0";

export function healthRouter({ db }: AppDeps): Router {
  const router = Router();

  router.get("/health", async (_req, res) => {
    try {
      // Asking the server (not the cached start-up value) is what tells us it is reachable now.
      await db.driver.verifyConnectivity(db.name ? { database: db.name } : {});
      const version = await serverVersion(db.driver, db.name);
      res.json({ status: "ok", neo4j: { version, uri: redactUri(db.uri), embedded: db.embedded !== undefined } });
    } catch {
      throw new ServiceUnavailableError("Neo4j is unreachable");
    }
  });

  // Touches nothing but the process: the baseline the benchmark compares endpoints against.
  router.get("/version", (_req, res) => {
    res.json({ name: "policy-graph", version: APP_VERSION });
  });

  return router;
}

function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}
