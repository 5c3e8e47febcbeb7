import type { AppState } from "./state.ts";
import { decodeState, encodeState } from "./url.ts";

export type Listener = (state: AppState, previous: AppState) => void;

/** How a change lands in the browser history: a new entry (back button returns) or in place (zoom, typing). */
export type HistoryMode = "push" | "replace";

/** The part of window the store needs; tests pass a fake. */
export interface UrlHost {
  search(): string;
  write(search: string, mode: HistoryMode): void;
  onExternalChange(callback: () => void): void;
}

export interface Store {
  get(): AppState;
  set(patch: Partial<AppState>, mode?: HistoryMode): void;
  subscribe(listener: Listener): () => void;
  /** The link that reproduces the current state. */
  href(): string;
  /** Replaces the whole state with the one a link describes (slides), keeping `keep` fields as they are. */
  navigate(search: string, keep?: Partial<AppState>): void;
}

export function browserUrlHost(win: Window = window): UrlHost {
  return {
    search: () => win.location.search,
    write: (search, mode) => {
      const url = `${win.location.pathname}${search ? `?${search}` : ""}`;
      if (mode === "push") win.history.pushState(null, "", url);
      else win.history.replaceState(null, "", url);
    },
    onExternalChange: (callback) => win.addEventListener("popstate", callback),
  };
}

/** A URL-backed store: the URL is written on every change and read back on back/forward. */
export function createStore(host: UrlHost): Store {
  let state = decodeState(host.search());
  const listeners = new Set<Listener>();

  const emit = (previous: AppState) => {
    for (const listener of [...listeners]) listener(state, previous);
  };

  host.onExternalChange(() => {
    const previous = state;
    state = decodeState(host.search());
    emit(previous);
  });

  return {
    get: () => state,
    set(patch, mode = "push") {
      const previous = state;
      const next = { ...state, ...patch };
      const search = encodeState(next);
      state = next;
      if (search !== encodeState(previous)) host.write(search, mode);
      emit(previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(search, keep = {}) {
      const previous = state;
      state = { ...decodeState(search), ...keep };
      host.write(encodeState(state), "push");
      emit(previous);
    },
    href: () => {
      const search = encodeState(state);
      return search ? `?${search}` : "?";
    },
  };
}

/** True when any of the named fields differ: views use it to decide whether to refetch or only redraw. */
export function changed(a: AppState, b: AppState, keys: readonly (keyof AppState)[]): boolean {
  return keys.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
