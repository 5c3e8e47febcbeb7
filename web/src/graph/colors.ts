/**
 * Colour by node type. Hues come from Paul Tol's "vibrant" and "muted" schemes, which were designed and tested to
 * stay apart under the common colour-vision deficiencies; only their members dark enough for 3:1 against the white
 * stage are used (colors.test.ts computes every ratio). Each type also has its own outline (`strokeOf`), a second
 * channel for readers who cannot tell two hues apart.
 */
export const typeColors: Readonly<Record<string, string>> = {
  Case: "#0077BB",
  Measure: "#CC3311",
  Department: "#117733",
  TaskForce: "#AA3377",
  Company: "#997700",
  Project: "#332288",
  Park: "#009988",
  Region: "#5D6D00",
  MeasureCategory: "#882255",
  Source: "#666666",
  Industry: "#B35900",
  Outcome: "#4B4B4B",
  Figure: "#7A5195",
};

export const stageBackground = "#FFFFFF";
export const fallbackColor = "#666666";
export const highlightStroke = "#000000";

export function colorOf(type: string): string {
  return typeColors[type] ?? fallbackColor;
}

/** The outline that tells types apart without colour: none, a solid ring, a dashed ring, or a dotted ring. */
export type StrokeStyle = "none" | "solid" | "dashed" | "dotted";

const typeStrokes: Readonly<Record<string, StrokeStyle>> = {
  Case: "solid",
  Measure: "none",
  Department: "dashed",
  TaskForce: "dotted",
  Company: "none",
  Project: "solid",
  Park: "dashed",
  Region: "dotted",
  MeasureCategory: "solid",
  Source: "none",
  Industry: "dashed",
  Outcome: "dotted",
  Figure: "solid",
};

export function strokeOf(type: string): StrokeStyle {
  return typeStrokes[type] ?? "none";
}

/** WCAG 2 relative luminance of a `#RRGGBB` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Node radius grows with the square root of its weight (recurrence for measures, degree otherwise) so hubs stand
 * out without swallowing the picture; crowded graphs get smaller discs.
 */
export function radiusOf(weight: number, crowded = false): number {
  const d = Math.sqrt(Math.max(0, weight));
  return crowded ? Math.min(12, 2 + d * 0.7) : Math.min(26, 4 + d * 2.2);
}
