import { fontStack } from "../graph/renderer.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Presentation properties copied from computed style, so the file looks the same without our stylesheet. */
const inlined = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "opacity",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
  "display",
] as const;

/**
 * A standalone copy of an SVG: computed styles inlined element by element, the CJK font stack on the root, a
 * white background and explicit size. The source must be attached to the document (computed styles need it);
 * a detached one is attached off-screen for the moment.
 */
export function standaloneSvg(source: SVGSVGElement): SVGSVGElement {
  const detached = !source.isConnected;
  const holder = document.createElement("div");
  if (detached) {
    holder.style.cssText = "position:absolute;left:-100000px;top:0";
    holder.append(source);
    document.body.append(holder);
  }
  try {
    const clone = source.cloneNode(true) as SVGSVGElement;
    const originals = [source, ...source.querySelectorAll("*")];
    const copies = [clone, ...clone.querySelectorAll("*")];
    originals.forEach((original, i) => {
      const copy = copies[i];
      if (!copy || !(original instanceof SVGElement)) return;
      const computed = getComputedStyle(original);
      const style = inlined.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";");
      copy.setAttribute("style", `${style};${copy.getAttribute("style") ?? ""}`);
      copy.removeAttribute("class");
    });
    const box = source.getBoundingClientRect();
    const width = Number(source.getAttribute("width")) || Math.round(box.width) || 800;
    const height = Number(source.getAttribute("height")) || Math.round(box.height) || 600;
    clone.setAttribute("xmlns", SVG_NS);
    clone.setAttribute("width", String(width));
    clone.setAttribute("height", String(height));
    if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
    clone.setAttribute("font-family", fontStack);
    clone.style.fontFamily = fontStack;
    const background = document.createElementNS(SVG_NS, "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("fill", "#ffffff");
    clone.insertBefore(background, clone.firstChild);
    return clone;
  } finally {
    if (detached) holder.remove();
  }
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
