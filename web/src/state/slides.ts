/** Saved views: a list of links that plays as a slideshow. Pure helpers plus localStorage persistence. */

export interface Slide {
  href: string;
  title: string;
}

const KEY = "policy-graph.slides";

export function parseSlides(raw: string | null): Slide[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (s): s is Slide =>
        typeof s === "object" && s !== null && typeof s.href === "string" && typeof s.title === "string",
    );
  } catch {
    return [];
  }
}

export function addSlide(slides: readonly Slide[], slide: Slide): Slide[] {
  return slides.some((s) => s.href === slide.href) ? [...slides] : [...slides, slide];
}

export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  return slides.filter((_, i) => i !== index);
}

/** The slide index after stepping by `delta`, clamped to the list (no wrap-around mid-talk). */
export function step(count: number, current: number, delta: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** The index of the slide showing `href`, or -1. */
export function indexOf(slides: readonly Slide[], href: string): number {
  return slides.findIndex((s) => s.href === href);
}

export function loadSlides(storage: Pick<Storage, "getItem"> = localStorage): Slide[] {
  return parseSlides(storage.getItem(KEY));
}

export function saveSlides(slides: readonly Slide[], storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(slides));
}
