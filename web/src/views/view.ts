import type { Api } from "../api/client.ts";
import { describeError } from "../api/errors.ts";
import type { TableData } from "../data/table.ts";
import { type Translate, translator } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import type { Store } from "../state/store.ts";
import { h, statusBox } from "../ui/dom.ts";

/** What the top bar's export menu and table toggle ask of the view on screen. */
export interface ViewHandle {
  /** The chart as an SVG (live or a snapshot), or null when nothing is drawn yet. */
  svg(): SVGSVGElement | null;
  table(): TableData | null;
  /** Only the graph view offers GraphML and a second table (its links with provenance). */
  graphml?(): string | null;
  linksTable?(): TableData | null;
  /** The active filters as caption text for an export or slide ("" when nothing is filtered); set by main.ts. */
  filterCaption?(): string;
  destroy(): void;
}

export type MountView = (container: HTMLElement, store: Store, api: Api) => ViewHandle;

export const tr = (state: AppState): Translate => translator(state.lang);

/**
 * Drops answers that arrive after a newer request was made, so a slow response never overwrites a fresh one.
 * `run` resolves to undefined for a stale answer.
 */
export function latestOnly() {
  let ticket = 0;
  return async <T>(work: () => Promise<T>): Promise<{ value: T } | undefined> => {
    const mine = ++ticket;
    const value = await work();
    return mine === ticket ? { value } : undefined;
  };
}

/** The error box a view shows in place of its chart: the problem's title, detail and field errors, and Retry. */
export function errorBox(error: unknown, t: Translate, retry: () => void): HTMLElement {
  const [head, ...rest] = describeError(error);
  const box = statusBox(`${t("error")}: ${head ?? ""}`, "error");
  if (rest.length > 0)
    box.append(
      h(
        "ul",
        {},
        rest.map((line) => h("li", {}, line)),
      ),
    );
  box.append(h("button", { type: "button", onclick: retry, testid: "retry" }, t("retry")));
  return box;
}

/** Fits the SVG's width/height/viewBox to its content box. */
export function sizeSvg(svg: SVGSVGElement, width: number, height: number): void {
  svg.setAttribute("width", String(Math.ceil(width)));
  svg.setAttribute("height", String(Math.ceil(height)));
  svg.setAttribute("viewBox", `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
}

/** Category colours (Tol muted), in the category list's order so a category keeps its colour in every chart. */
export const categoryPalette = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
];

export function categoryColor(categories: readonly string[], id: string): string {
  const i = categories.indexOf(id);
  return i < 0 ? "#BBBBBB" : (categoryPalette[i % categoryPalette.length] ?? "#BBBBBB");
}
