/** The server's limit on a case text (POST /api/extract), checked here first so a huge file never travels. */
export const maxTextLength = 200_000;

export type TextProblem = "empty" | "binary" | "tooLong" | "encoding";

export type TextResult = { ok: true; text: string } | { ok: false; problem: TextProblem };

/**
 * Whether a text can be sent for extraction: not empty or blank, no NUL (binary files), at most 200,000 characters.
 * The server applies the same rules; checking here gives the message without a round trip.
 */
export function checkText(text: string): TextProblem | null {
  if (text.trim() === "") return "empty";
  if (text.includes("\u0000")) return "binary";
  if (text.length > maxTextLength) return "tooLong";
  return null;
}

/**
 * An uploaded file's bytes as text. Only UTF-8 is accepted, strictly: a GBK or GB18030 file (common for Chinese
 * government documents) would otherwise decode to mojibake that the extractor silently finds nothing in.
 * A leading BOM is dropped by the decoder.
 */
export function decodeTextFile(bytes: Uint8Array): TextResult {
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "encoding" };
  }
  const problem = checkText(text);
  return problem ? { ok: false, problem } : { ok: true, text };
}
