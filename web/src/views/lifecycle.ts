import type { TableData } from "../data/table.ts";
import type { AppState } from "../state/state.ts";
import { changed, type Store } from "../state/store.ts";
import { statusBox } from "../ui/dom.ts";
import { renderTable } from "../ui/table-view.ts";
import { errorBox, tr, type ViewHandle } from "./view.ts";

type Keys = readonly (keyof AppState)[];

/** What a chart view supplies; the lifecycle does the loading, the table mode, the errors and the disposal. */
export interface ChartView<T> {
  store: Store;
  /** Where the chart, the table, the loading note and errors go. */
  body: HTMLElement;
  /** State keys whose change means new data, keys that only redraw, keys that redraw the controls. */
  loadOn: Keys;
  renderOn: Keys;
  controlsOn?: Keys;
  /** Fetches the data for this state, or answers null when there is nothing to fetch (with `idle` shown). */
  load(s: AppState): Promise<T> | null;
  /** Draws the chart for `data` into the body; returns the SVG the export menu offers, if any. */
  render(s: AppState, data: T): SVGSVGElement | null;
  table(data: T, s: AppState): TableData;
  renderControls?(s: AppState): void;
  /** Shown instead of a chart when `load` answers null. */
  idle?(s: AppState): HTMLElement;
  /** Runs before each draw (e.g. hide a tooltip) and on disposal, respectively. */
  beforeDraw?(): void;
  dispose?(): void;
}

export interface ChartLifecycle<T> extends ViewHandle {
  data(): T | null;
  /** Redraws with the current state (e.g. after the body was resized or options arrived). */
  redraw(): void;
}

/**
 * The one lifecycle of the chart views: load → render → subscribe → dispose. Answers that arrive after a newer
 * request (or after the view went idle) are dropped; a failed load shows the problem with a Retry button;
 * `table` mode shows the same data as a table.
 */
export function chartLifecycle<T>(view: ChartView<T>): ChartLifecycle<T> {
  const { store, body } = view;
  // Each load takes a ticket; an answer (or an error) for an older ticket arrives too late and is dropped.
  let ticket = 0;
  let data: T | null = null;
  let svg: SVGSVGElement | null = null;

  const draw = (s: AppState) => {
    if (data === null) return;
    view.beforeDraw?.();
    if (s.table) {
      svg = null;
      body.replaceChildren(renderTable(view.table(data, s), tr(s)));
      return;
    }
    svg = view.render(s, data);
  };

  const load = async (s: AppState) => {
    const mine = ++ticket;
    const pending = view.load(s);
    if (pending === null) {
      data = null;
      svg = null;
      if (view.idle) body.replaceChildren(view.idle(s));
      return;
    }
    body.replaceChildren(statusBox(tr(s)("loading")));
    try {
      const value = await pending;
      if (mine !== ticket) return;
      data = value;
      draw(store.get());
    } catch (error) {
      if (mine === ticket) body.replaceChildren(errorBox(error, tr(s), () => void load(store.get())));
    }
  };

  view.renderControls?.(store.get());
  void load(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (view.controlsOn && changed(s, prev, view.controlsOn)) view.renderControls?.(s);
    if (changed(s, prev, view.loadOn)) void load(s);
    else if (changed(s, prev, view.renderOn)) draw(s);
  });

  return {
    data: () => data,
    redraw: () => draw(store.get()),
    svg: () => svg,
    table: () => (data === null ? null : view.table(data, store.get())),
    destroy() {
      unsubscribe();
      view.dispose?.();
    },
  };
}
