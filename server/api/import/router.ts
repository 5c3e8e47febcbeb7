import { importCase } from "../../../contract/import.ts";
import { applyGraphSchema, loadCases, loadTaxonomy, planCase } from "../../../seed/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";

/** Write endpoints: token-guarded, validated by the same case-file schema as the seed, one transaction per case. */
export function importRoutes(api: RouteRegistry, { db, cache }: ApiContext): void {
  let schemaReady: Promise<void> | undefined;
  // Constraints and taxonomy must exist before the first import; once per process is enough (both idempotent).
  const ensureSchema = () => {
    schemaReady ??= (async () => {
      await applyGraphSchema(db.driver, db.name);
      await loadTaxonomy(db.driver, db.name);
    })().catch((error: unknown) => {
      schemaReady = undefined;
      throw error;
    });
    return schemaReady;
  };

  api.add(importCase, async ({ body }) => {
    await ensureSchema();
    const plan = planCase(body);
    const result = await loadCases(db.driver, [plan], { database: db.name });
    cache.invalidate();
    return { id: body.case.id, elements: result.elements };
  });
}
