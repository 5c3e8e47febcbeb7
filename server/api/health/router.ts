import { health, version } from "../../../contract/health.ts";
import { serverVersion } from "../../../platform/db/driver.ts";
import { ServiceUnavailableError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";

const APP_VERSION = "0.1.0";

export function healthRoutes(api: RouteRegistry, { db }: ApiContext): void {
  api.add(health, async () => {
    try {
      // Asking the server (not the start-up value) is what tells us it is reachable now.
      const neo4jVersion = await serverVersion(db.driver, db.name);
      return { status: "ok" as const, neo4j: { version: neo4jVersion, embedded: db.embedded !== undefined } };
    } catch {
      throw new ServiceUnavailableError("Neo4j is unreachable");
    }
  });

  // Touches nothing but the process: the baseline the benchmark compares endpoints against.
  api.add(version, async () => ({ name: "policy-graph" as const, version: APP_VERSION }));
}
