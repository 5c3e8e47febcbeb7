import { z } from "zod";

const month = "(0[1-9]|1[0-2])";
const day = "(0[1-9]|[12]\\d|3[01])";

/**
 * Partial ISO date as sources report them: `2022`, `2022-09` or `2022-09-28`; and, when the source gives a month or
 * day without its year, ISO 8601's truncated forms `--09` and `--09-28`. A year the source does not state is never
 * filled in, so "17 June" stays `--06-17`.
 */
export const isoDate = z.string().regex(new RegExp(`^(\\d{4}(-${month}(-${day})?)?|--${month}(-${day})?)$`), {
  message: "expected YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD",
});

/**
 * Evidence, summaries and outcome texts are our own short paraphrases, never copied source sentences;
 * the cap keeps them from growing into quotations.
 */
export const shortText = z.string().trim().min(2).max(160);

/** Longer own-words text (case summaries, measure descriptions). */
export const paraphrase = z.string().trim().min(2).max(300);

export const nameText = z.string().trim().min(1).max(80);
