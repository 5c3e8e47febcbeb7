import { describe, expect, it } from "vitest";
import { addSlide, indexOf, loadSlides, parseSlides, removeSlide, saveSlides, step } from "./slides.ts";

describe("slides", () => {
  it("adds without duplicates and removes by index", () => {
    let slides = addSlide([], { href: "?v=graph", title: "one" });
    slides = addSlide(slides, { href: "?v=graph", title: "again" });
    slides = addSlide(slides, { href: "?v=compare", title: "two" });
    expect(slides.map((s) => s.title)).toEqual(["one", "two"]);
    expect(indexOf(slides, "?v=compare")).toBe(1);
    expect(removeSlide(slides, 0).map((s) => s.title)).toEqual(["two"]);
  });

  it("steps within bounds", () => {
    expect(step(3, 0, -1)).toBe(0);
    expect(step(3, 1, 1)).toBe(2);
    expect(step(3, 2, 1)).toBe(2);
    expect(step(3, -1, 1)).toBe(0);
    expect(step(0, 0, 1)).toBe(-1);
  });

  it("ignores corrupt storage", () => {
    expect(parseSlides("not json")).toEqual([]);
    expect(parseSlides('[{"href":"?a","title":"t"},{"href":1}]')).toEqual([{ href: "?a", title: "t" }]);
  });

  it("persists through a storage", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    saveSlides([{ href: "?v=graph", title: "g" }], storage);
    expect(loadSlides(storage)).toEqual([{ href: "?v=graph", title: "g" }]);
  });
});
