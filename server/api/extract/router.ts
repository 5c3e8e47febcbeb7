import { extract } from "../../../contract/extract.ts";
import { extractCase } from "../../../extract/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";

/**
 * POST /extract: a case text in, a draft case file with every finding (offsets, confidence) and a report out.
 * Pure computation (no database, no cache): the same text always gives the same draft.
 */
export function extractRoutes(api: RouteRegistry, _context: ApiContext): void {
  api.add(extract, async ({ body }) => {
    const { draft, items, report, problems } = extractCase(body.text);
    return { draft, items, report, problems };
  });
}
