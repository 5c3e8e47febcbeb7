import { z } from "zod";

/** Partial ISO date as sources report them: `2022`, `2022-09` or `2022-09-28`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: "expected YYYY, YYYY-MM or YYYY-MM-DD" });

/**
 * Evidence, summaries and outcome texts are our own short paraphrases, never copied source sentences;
 * the cap keeps them from growing into quotations.
 */
export const shortText = z.string().trim().min(2).max(160);

/** Longer own-words text (case summaries, measure descriptions). */
export const paraphrase = z.string().trim().min(2).max(300);

export const nameText = z.string().trim().min(1).max(80);
