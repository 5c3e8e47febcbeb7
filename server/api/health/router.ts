import { serverVersion } from "../../../platform/db/driver.ts";
import { ServiceUnavailableError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";

const APP_VERSION = "0.1.0";

export function healthRoutes(api: RouteRegistry, { db }: ApiContext): void {
  api.add({
    method: "get",
    path: "/health",
    tag: "health",
    summary: "200 with the Neo4j version, 503 when Neo4j is unreachable",
    handler: async () => {
      try {
        // Asking the server (not the start-up value) is what tells us it is reachable now.
        const version = await serverVersion(db.driver, db.name);
        return { status: "ok", neo4j: { version, embedded: db.embedded !== undefined } };
      } catch {
        throw new ServiceUnavailableError("Neo4j is unreachable");
      }
    },
  });

  // Touches nothing but the process: the baseline the benchmark compares endpoints against.
  api.add({
    method: "get",
    path: "/version",
    tag: "health",
    summary: "App name and version; touches no database",
    handler: async () => ({ name: "policy-graph", version: APP_VERSION }),
  });
}
