import type { Api } from "../api/client.ts";
import { describeError } from "../api/errors.ts";
import type { SearchHit } from "../api/types.ts";
import { colorOf } from "../graph/colors.ts";
import { displayName, type MessageKey, type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h } from "./dom.ts";

const DEBOUNCE_MS = 180;

export interface SearchOptions {
  /** Labels to ask for (the case picker asks for cases only); empty: every searchable label. */
  types?: string[];
  /** Prefix of the element ids and test ids, so several boxes can share a page. */
  name?: string;
  placeholder?: MessageKey;
}

/** Where a hit matched when not in its own name: the alias, company, summary or evidence line, shortened. */
function matchLine(hit: SearchHit, t: Translate): string | null {
  if (!hit.match) return null;
  const text = hit.match.text.length > 60 ? `${hit.match.text.slice(0, 59)}…` : hit.match.text;
  return `${t(`match.${hit.match.field}`)}: ${text}`;
}

/**
 * Search box with suggestions (ARIA combobox): typing queries /api/search (debounced, previous request aborted),
 * arrows move through the suggestions, Enter or a click picks one. Each suggestion says where it matched.
 */
export function createSearch(api: Api, onPick: (hit: SearchHit) => void, options: SearchOptions = {}) {
  const name = options.name ?? "search";
  const input = h("input", {
    type: "search",
    class: "search-input",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${name}-suggestions`,
    testid: `${name}-input`,
  });
  const list = h("ul", {
    id: `${name}-suggestions`,
    role: "listbox",
    class: "suggestions",
    testid: `${name}-suggestions`,
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
            id: `${name}-option-${i}`,
            "aria-selected": i === active ? "true" : "false",
            class: i === active ? "active" : null,
            testid: `${name}-suggestion`,
            "data-id": hit.id,
          },
          h("span", { class: "swatch", style: `background:${colorOf(hit.type)}` }),
          h("span", { class: "hit-name" }, displayName(hit, lang)),
          lang === "zh" && hit.nameEn ? h("span", { class: "muted" }, ` ${hit.nameEn}`) : null,
          h("span", { class: "hit-type muted" }, typeLabel(t, hit.type)),
          hit.match ? h("div", { class: "hit-match muted", testid: "search-match" }, matchLine(hit, t)) : null,
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
    if (active >= 0) input.setAttribute("aria-activedescendant", `${name}-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = await api.search(q, { limit: 12, ...(options.types ? { types: options.types } : {}) }, controller.signal);
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
      input.placeholder = t(options.placeholder ?? "searchPlaceholder");
      input.setAttribute("aria-label", t(options.placeholder ?? "searchPlaceholder"));
    },
    /** Shows a picked value's name without searching (a picker restored from the URL). */
    setText(text: string) {
      input.value = text;
    },
  };
}
