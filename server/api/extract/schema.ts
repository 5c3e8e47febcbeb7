import { z } from "zod";

/** C0 controls other than tab and line breaks, and DEL: characters that never occur in a case text. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** Binary input shows itself by a NUL or by many control characters; 5% leaves room for stray form feeds. */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isControl(code)) controls++;
  }
  return controls > text.length * 0.05;
}

export const extractBody = z.strictObject({
  text: z
    .string()
    // abort: one clear message per bad text, not "empty" followed by "only whitespace".
    .min(1, { message: "must not be empty", abort: true })
    .max(200_000, { message: "must be at most 200,000 characters", abort: true })
    .refine((t) => t.trim().length > 0, { message: "must not be only whitespace", abort: true })
    .refine((t) => !looksBinary(t), "looks like binary data, not text")
    .describe("the case text, Chinese, as plain text"),
});
