/**
 * Colour by node type from Paul Tol's "muted" scheme, which stays distinguishable under the common colour-vision
 * deficiencies. The seven types the explorer is about get the most separated hues; the rest share the remaining
 * ones and grey.
 */
export const typeColors: Readonly<Record<string, string>> = {
  Case: "#332288",
  Measure: "#CC6677",
  Department: "#117733",
  TaskForce: "#DDCC77",
  Company: "#88CCEE",
  Project: "#AA4499",
  Park: "#44AA99",
  Region: "#999933",
  MeasureCategory: "#882255",
  Source: "#BBBBBB",
  Industry: "#BBBBBB",
  Outcome: "#BBBBBB",
  Figure: "#BBBBBB",
};

export const fallbackColor = "#DDDDDD";
export const highlightStroke = "#000000";

export function colorOf(type: string): string {
  return typeColors[type] ?? fallbackColor;
}

/**
 * Node radius grows with the square root of degree so hubs stand out without swallowing the picture; crowded
 * graphs get smaller discs.
 */
export function radiusOf(degree: number, crowded = false): number {
  const d = Math.sqrt(Math.max(0, degree));
  return crowded ? Math.min(12, 2 + d * 0.7) : Math.min(28, 4 + d * 1.6);
}
