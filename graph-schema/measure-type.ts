import type { MeasureCategoryId } from "./categories.ts";

/**
 * One practice in the taxonomy. `variants` are the wordings seen in the cases (a FEATURES edge may name one);
 * `aliases` are other names not seen verbatim in a case. No wording belongs to two measures.
 */
export interface Measure {
  id: string;
  name: string;
  nameEn: string;
  category: MeasureCategoryId;
  aliases: readonly string[];
  variants: readonly string[];
  description: string;
}
