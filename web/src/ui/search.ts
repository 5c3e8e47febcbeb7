import type { Api } from "../api/client.ts";
import { describeError } from "../api/errors.ts";
import type { SearchHit } from "../api/types.ts";
import { colorOf } from "../graph/colors.ts";
import { displayName, type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h } from "./dom.ts";

const DEBOUNCE_MS = 180;

/**
 * Search box with suggestions (ARIA combobox): typing queries /api/search (debounced, previous request aborted),
 * arrows move through the suggestions, Enter or a click picks one.
 */
export function createSearch(api: Api, onPick: (hit: SearchHit) => void) {
  const input = h("input", {
    type: "search",
    class: "search-input",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "search-suggestions",
    testid: "search-input",
  });
  const list = h("ul", {
    id: "search-suggestions",
    role: "listbox",
    class: "suggestions",
    testid: "search-suggestions",
    hidden: true,
  });
  const root = h("div", { class: "search" }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let controller: AbortController | null = null;
  let t: Translate = (key) => key;
  let lang: Lang = "zh";

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };

  const pick = (hit: SearchHit) => {
    close();
    input.value = displayName(hit, lang);
    onPick(hit);
  };

  const renderList = (message?: string) => {
    list.replaceChildren(
      ...(message ? [h("li", { class: "muted", role: "option", "aria-disabled": "true" }, message)] : []),
      ...hits.map((hit, i) => {
        const item = h(
          "li",
          {
            role: "option",
            id: `search-option-${i}`,
            "aria-selected": i === active ? "true" : "false",
            class: i === active ? "active" : null,
            testid: "search-suggestion",
            "data-id": hit.id,
          },
          h("span", { class: "swatch", style: `background:${colorOf(hit.type)}` }),
          h("span", { class: "hit-name" }, displayName(hit, lang)),
          lang === "zh" && hit.nameEn ? h("span", { class: "muted" }, ` ${hit.nameEn}`) : null,
          h("span", { class: "hit-type muted" }, typeLabel(t, hit.type)),
        );
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = await api.search(q, { limit: 12 }, controller.signal);
      active = hits.length ? 0 : -1;
      renderList(hits.length ? undefined : t("noHits"));
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      hits = [];
      renderList(describeError(error)[0]);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      hits = [];
      close();
      return;
    }
    timer = window.setTimeout(() => void query(q), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") return close();
    if (list.hidden || hits.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      renderList();
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (hit) pick(hit);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return {
    element: root,
    setLanguage(translate: Translate, next: Lang) {
      t = translate;
      lang = next;
      input.placeholder = t("searchPlaceholder");
      input.setAttribute("aria-label", t("searchPlaceholder"));
    },
  };
}
