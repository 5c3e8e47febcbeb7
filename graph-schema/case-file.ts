import { z } from "zod";
import { checkCaseFile } from "./case-file-checks.ts";
import { caseFileNode, caseNode } from "./nodes.ts";
import { relationshipSchema } from "./relationships.ts";

/**
 * One case file (JSON in seed/cases/): the case itself, every node it uses (shared nodes such as regions and
 * departments repeated identically in each file that needs them), and its relationships with provenance.
 * Measures and categories are referenced by taxonomy id and never redefined here.
 */
export const caseFileSchema = z
  .strictObject({
    case: caseNode.omit({ label: true }).extend({ label: z.literal("Case").default("Case") }),
    nodes: z.array(caseFileNode),
    relationships: z.array(relationshipSchema),
  })
  .superRefine((file, ctx) => {
    for (const problem of checkCaseFile(file)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    }
  });

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
