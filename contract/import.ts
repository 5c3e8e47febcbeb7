import { z } from "zod";
import { caseFileSchema, idOf } from "../graph-schema/index.ts";
import { operation } from "./operation.ts";

export const importedCase = z
  .strictObject({ id: idOf("Case"), elements: z.number().int().min(0) })
  .meta({ id: "ImportResult", description: "the case id and how many nodes and relationships were written" });

export const importCase = operation({
  method: "post",
  path: "/cases",
  tag: "import",
  summary: "Load one reviewed case file (replaces the case if it exists)",
  description:
    "201 only once the case is committed, whole; `Server-Timing` gives the transaction's time, lock wait and " +
    "attempts. 503 with Retry-After only when nothing was written (rolled back after WRITE_TIMEOUT_MS, deadlocks " +
    "beyond the retry budget, Neo4j unreachable). 504 when Neo4j vanished mid-commit and the outcome is unknown. " +
    "Posting the same case again is always safe: a case write is idempotent by case id.",
  auth: true,
  commits: true,
  body: caseFileSchema,
  success: 201,
  response: importedCase,
});

export type ImportResult = z.infer<typeof importedCase>;
