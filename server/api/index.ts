import type { RouteRegistry } from "../http/route.ts";
import { analysisRoutes } from "./analysis/router.ts";
import { caseRoutes } from "./cases/router.ts";
import type { ApiContext } from "./context.ts";
import { docsRoutes } from "./docs/router.ts";
import { extractRoutes } from "./extract/router.ts";
import { filterRoutes } from "./filters/router.ts";
import { graphRoutes } from "./graph/router.ts";
import { healthRoutes } from "./health/router.ts";
import { importRoutes } from "./import/router.ts";
import { measureRoutes } from "./measures/router.ts";
import { nodeRoutes } from "./nodes/router.ts";
import { pathRoutes } from "./path/router.ts";
import { searchRoutes } from "./search/router.ts";
import { statsRoutes } from "./stats/router.ts";
import { taskForceRoutes } from "./taskforces/router.ts";

/** Every API route, in the order the OpenAPI document lists them. */
export function registerApiRoutes(api: RouteRegistry, context: ApiContext): void {
  healthRoutes(api, context);
  statsRoutes(api, context);
  searchRoutes(api, context);
  nodeRoutes(api, context);
  graphRoutes(api, context);
  caseRoutes(api, context);
  analysisRoutes(api, context);
  measureRoutes(api, context);
  filterRoutes(api, context);
  taskForceRoutes(api, context);
  pathRoutes(api, context);
  importRoutes(api, context);
  extractRoutes(api, context);
  docsRoutes(api);
}
