import type { MeasureCategoryId } from "./categories.ts";

/**
 * One practice in the taxonomy. `variants` are the wordings printed in the bundled sources (tested against them);
 * a FEATURES edge names the one its passage uses. `aliases` are other names of the practice (standard terms, the
 * index's canonical terms, wordings from users' documents) that the sources do not print. No wording belongs to
 * two measures. Goals (落地即开工) are not practices and have no measure.
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
