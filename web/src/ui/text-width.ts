import { fontStack } from "../graph/renderer.ts";

let context: CanvasRenderingContext2D | null = null;

/** Width in px of the widest text at `fontSize` in the chart font, measured on a shared offscreen canvas. */
export function widestText(texts: readonly string[], fontSize: number): number {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return Math.max(0, ...texts.map((text) => text.length * fontSize));
  context.font = `${fontSize}px ${fontStack}`;
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, context.measureText(text).width);
  return widest;
}
