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
  auth: true,
  body: caseFileSchema,
  success: 201,
  response: importedCase,
});

export type ImportResult = z.infer<typeof importedCase>;
