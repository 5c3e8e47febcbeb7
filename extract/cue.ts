/**
 * A cue: a pattern over the compact text (no spaces, no quote marks) that stands for one taxonomy measure, and the
 * taxonomy wording it stands for, so the draft's FEATURES.variant stays a known wording.
 */
export interface Cue {
  measureId: string;
  variant: string;
  pattern: RegExp;
  /** Measures whose findings inside this cue's span it replaces (a 招商…百日攻坚 is no project campaign). */
  over?: readonly string[];
}

/** Up to `max` characters that do not end a sentence, matched lazily. */
export const gap = (max: number) => `[^。；!?]{0,${max}}?`;

export function cue(measureId: string, variant: string, source: string, over?: readonly string[]): Cue {
  return { measureId, variant, pattern: new RegExp(source, "g"), ...(over ? { over } : {}) };
}
