import type { Api } from "../api/client.ts";
import { type Translate, translator } from "../i18n.ts";
import { type AppState, viewNames } from "../state/state.ts";
import type { Store } from "../state/store.ts";
import type { ViewHandle } from "../views/view.ts";
import { h } from "./dom.ts";
import { renderExportMenu } from "./export-menu.ts";
import { createPresentation } from "./presentation.ts";
import { createSearch } from "./search.ts";

/** The top bar: view tabs, table toggle, search, language, export menu, saved views and presentation. */
export function createTopbar(
  store: Store,
  api: Api,
  handle: () => ViewHandle | null,
  report: (lines: string[]) => void,
) {
  const title = h("h1", { class: "app-title" });
  const tabs = h("nav", { class: "tabs", role: "tablist" });
  const tableToggle = h("button", {
    type: "button",
    testid: "table-toggle",
    "aria-pressed": "false",
    onclick: () => store.set({ table: !store.get().table }),
  });
  const langToggle = h("button", {
    type: "button",
    testid: "lang-toggle",
    onclick: () => store.set({ lang: store.get().lang === "zh" ? "en" : "zh" }, "replace"),
  });
  const search = createSearch(api, (hit) => store.set({ view: "graph", selected: hit.id, table: false }));
  const exportMenu = h("div", { class: "export-menu", testid: "export-menu" });
  const presentation = createPresentation(store);
  const saveButton = h("button", { type: "button", testid: "save-view" });
  const slidesButton = h("button", { type: "button", testid: "slides-toggle" });
  const presentButton = h("button", { type: "button", testid: "present-toggle", onclick: () => presentation.start() });
  let t: Translate = translator(store.get().lang);
  saveButton.addEventListener("click", () =>
    presentation.save(`${t(`view.${store.get().view}`)} · ${new Date().toLocaleString()}`, t),
  );
  slidesButton.addEventListener("click", () => presentation.togglePanel(t));

  const element = h(
    "header",
    { class: "topbar", testid: "topbar" },
    title,
    tabs,
    h(
      "div",
      { class: "topbar-tools" },
      tableToggle,
      search.element,
      langToggle,
      exportMenu,
      h("div", { class: "slides" }, saveButton, slidesButton, presentButton, presentation.panel),
    ),
  );

  const renderTabs = (s: AppState) => {
    tabs.replaceChildren(
      ...viewNames.map((view) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            "aria-selected": view === s.view ? "true" : "false",
            testid: `tab-${view}`,
            class: view === s.view ? "active" : null,
            onclick: () => store.set({ view }),
          },
          t(`view.${view}`),
        ),
      ),
    );
  };

  return {
    element,
    overlay: presentation.overlay,
    /** Redraws the parts that depend on the state; `viewChanged` also rebuilds the export menu for the new view. */
    update(s: AppState) {
      t = translator(s.lang);
      document.documentElement.lang = s.lang === "zh" ? "zh-CN" : "en";
      document.title = `${t("appTitle")} · ${t(`view.${s.view}`)}`;
      title.textContent = t("appTitle");
      renderTabs(s);
      tableToggle.textContent = s.table ? t("chart") : t("table");
      tableToggle.setAttribute("aria-pressed", String(s.table));
      langToggle.textContent = t("language");
      search.setLanguage(t, s.lang);
      saveButton.textContent = t("saveView");
      slidesButton.textContent = t("slides");
      presentButton.textContent = t("present");
      // The import page has no chart and no table to export or mirror.
      const writes = s.view === "import";
      tableToggle.hidden = writes;
      exportMenu.hidden = writes;
      renderExportMenu(exportMenu, t, s.view, handle, report);
      presentation.update(t);
    },
  };
}
