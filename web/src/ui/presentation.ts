import type { Translate } from "../i18n.ts";
import { addSlide, indexOf, loadSlides, removeSlide, type Slide, saveSlides, step } from "../state/slides.ts";
import type { Store } from "../state/store.ts";
import { h } from "./dom.ts";

/** Search part of a slide link, without the presentation flag, so the same view matches in and out of a talk. */
const slideSearch = (href: string): string => {
  const params = new URLSearchParams(href.startsWith("?") ? href.slice(1) : href);
  params.delete("present");
  return params.toString();
};

/**
 * Saved views and the presentation mode: "Save view" stores the current link; presenting hides the controls and
 * the arrow keys (PageUp/PageDown, Space) step through the saved links; Escape leaves.
 */
export function createPresentation(store: Store) {
  let slides: Slide[] = loadSlides();
  const panel = h("div", { class: "slides-panel", testid: "slides-panel", hidden: true });
  const overlay = h("div", { class: "present-overlay", testid: "present-overlay" });

  const current = () => indexOf(slides, `?${slideSearch(store.href())}`);
  const go = (index: number) => {
    const slide = slides[index];
    if (slide) store.navigate(slideSearch(slide.href), { present: store.get().present });
  };
  const persist = (next: Slide[]) => {
    slides = next;
    saveSlides(slides);
  };

  const renderPanel = (t: Translate) => {
    panel.replaceChildren(
      slides.length === 0
        ? h("p", { class: "muted" }, t("noSlides"))
        : h(
            "ol",
            {},
            slides.map((slide, i) =>
              h(
                "li",
                { testid: "slide-item" },
                h(
                  "a",
                  {
                    href: slide.href,
                    onclick: (event: Event) => {
                      event.preventDefault();
                      go(i);
                    },
                  },
                  slide.title,
                ),
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    testid: "slide-remove",
                    onclick: () => {
                      persist(removeSlide(slides, i));
                      renderPanel(t);
                    },
                  },
                  t("removeSlide"),
                ),
              ),
            ),
          ),
    );
  };

  const renderOverlay = (t: Translate) => {
    const i = current();
    overlay.replaceChildren(
      h("button", { type: "button", testid: "present-prev", onclick: () => go(step(slides.length, i, -1)) }, "‹"),
      h("span", { testid: "present-counter" }, `${i + 1} / ${slides.length}`),
      h("button", { type: "button", testid: "present-next", onclick: () => go(step(slides.length, i, 1)) }, "›"),
      h(
        "button",
        { type: "button", testid: "present-exit", onclick: () => store.set({ present: false }) },
        t("exitPresent"),
      ),
    );
  };

  document.addEventListener("keydown", (event) => {
    if (!store.get().present) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea")) return;
    const forward = ["ArrowRight", "ArrowDown", "PageDown", " "].includes(event.key);
    const back = ["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key);
    if (event.key === "Escape") store.set({ present: false });
    else if (forward || back) {
      event.preventDefault();
      go(step(slides.length, current(), forward ? 1 : -1));
    }
  });

  return {
    panel,
    overlay,
    save(title: string, t: Translate) {
      persist(addSlide(slides, { href: `?${slideSearch(store.href())}`, title }));
      renderPanel(t);
    },
    togglePanel(t: Translate) {
      renderPanel(t);
      panel.hidden = !panel.hidden;
    },
    /** Entering presentation starts from the current view if it is a slide, else from the first slide. */
    start() {
      store.set({ present: true });
      if (current() < 0 && slides.length > 0) go(0);
    },
    update(t: Translate) {
      document.body.classList.toggle("presenting", store.get().present);
      renderOverlay(t);
      if (!panel.hidden) renderPanel(t);
    },
  };
}
