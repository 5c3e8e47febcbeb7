import { createApi } from "./api/client.ts";
import { createFilterBar } from "./filters/bar.ts";
import type { ViewName } from "./state/state.ts";
import { browserUrlHost, changed, createStore } from "./state/store.ts";
import { h } from "./ui/dom.ts";
import { createTopbar } from "./ui/topbar.ts";
import { mountCompare } from "./views/compare.ts";
import { mountCooccurrence } from "./views/cooccurrence.ts";
import { mountGraph } from "./views/graph.ts";
import { mountImport } from "./views/import.ts";
import { mountProfile } from "./views/profile.ts";
import { mountRecurrence } from "./views/recurrence.ts";
import { mountSimilar } from "./views/similar.ts";
import { mountTaskForces } from "./views/taskforces.ts";
import type { MountView, ViewHandle } from "./views/view.ts";

const views: Record<ViewName, MountView> = {
  graph: mountGraph,
  recurrence: mountRecurrence,
  cooccurrence: mountCooccurrence,
  taskforces: mountTaskForces,
  compare: mountCompare,
  similar: mountSimilar,
  profile: mountProfile,
  import: mountImport,
};

const filteredViews: readonly ViewName[] = ["graph", "recurrence", "cooccurrence"];

function boot(app: HTMLElement): void {
  const store = createStore(browserUrlHost());
  const api = createApi();
  const viewHost = h("main", { class: "view", testid: "view", "data-view": store.get().view });
  const banner = h("div", { class: "error-banner", role: "alert", testid: "error-banner", hidden: true });
  let handle: ViewHandle | null = null;

  const report = (lines: string[]) => {
    banner.replaceChildren(
      h("span", {}, lines.join(" · ")),
      h("button", { type: "button", onclick: () => (banner.hidden = true) }, "✕"),
    );
    banner.hidden = false;
  };
  const topbar = createTopbar(store, api, () => handle, report);
  const filterBar = createFilterBar(store, api);
  app.replaceChildren(topbar.element, banner, filterBar.element, viewHost, topbar.overlay);

  const mount = (view: ViewName) => {
    handle?.destroy();
    viewHost.dataset.view = view;
    // The views whose data requests take the shared case filter show its bar.
    filterBar.element.hidden = !filteredViews.includes(view);
    const container = h("div", { class: `view-${view}` });
    viewHost.replaceChildren(container);
    handle = { ...views[view](container, store, api), filterCaption: filterBar.caption };
  };

  mount(store.get().view);
  topbar.update(store.get());
  store.subscribe((s, prev) => {
    if (changed(s, prev, ["view", "bench"])) mount(s.view);
    if (changed(s, prev, ["view", "lang", "table", "present"])) topbar.update(s);
  });
  window.addEventListener("unhandledrejection", (event) => report([String(event.reason)]));
}

const app = document.querySelector<HTMLElement>("#app");
if (app) boot(app);
