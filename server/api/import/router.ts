import { importCase } from "../../../contract/import.ts";
import { applyGraphSchema, loadTaxonomy, planCase } from "../../../seed/index.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { serverTiming, writeCase } from "./write-case.ts";

/**
 * Write endpoints: token-guarded, validated by the same case-file schema as the seed, one transaction per case,
 * answered only once the transaction's outcome is known (write-case.ts).
 */
export function importRoutes(api: RouteRegistry, { db, cache, config, log }: ApiContext): void {
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

  api.add(importCase, async ({ body }, req, res) => {
    await ensureSchema();
    const plan = planCase(body);
    const receipt = await writeCase(db, plan, { timeoutMs: config.WRITE_TIMEOUT_MS });
    cache.invalidate();
    log.info({ reqId: req.id, caseId: plan.caseId, ...receipt }, "case written");
    res.setHeader("Server-Timing", serverTiming(receipt));
    return { id: plan.caseId, elements: receipt.elements };
  });
}
