import type { CaseSummary, Comparison } from "../api/types.ts";
import { compareTable } from "../data/compare.ts";
import { displayName, translator } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { createCasePicker } from "../ui/case-picker.ts";
import { h, statusBox } from "../ui/dom.ts";
import { loadCaseList } from "./case-list.ts";
import { compareChart } from "./compare-chart.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { type MountView, tr } from "./view.ts";

/** Two cases side by side: shared measures and departments, what each has alone, and the similarity score. */
export const mountCompare: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "compare-controls" });
  const body = h("div", { class: "view-body" });
  container.replaceChildren(controls, body);
  let cases: CaseSummary[] = [];
  const pickerA = createCasePicker(api, "compare-a", (hit) => store.set({ caseA: hit.id }));
  const pickerB = createCasePicker(api, "compare-b", (hit) => store.set({ caseB: hit.id }));

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const nameOf = (id: string | null) => {
      const found = cases.find((c) => c.id === id);
      return found ? displayName(found, s.lang) : "";
    };
    pickerA.setLanguage(translator(s.lang), s.lang);
    pickerB.setLanguage(translator(s.lang), s.lang);
    pickerA.setText(nameOf(s.caseA));
    pickerB.setText(nameOf(s.caseB));
    controls.replaceChildren(
      h("label", { testid: "compare-a" }, `${t("caseA")} `, pickerA.element),
      h("label", { testid: "compare-b" }, `${t("caseB")} `, pickerB.element),
    );
  };

  const render = (s: AppState, data: Comparison): SVGSVGElement => {
    const svg = compareChart(data, tr(s), s.lang, Math.max(640, body.clientWidth || 960));
    body.replaceChildren(h("div", { class: "chart-scroll" }, svg));
    return svg;
  };

  loadCaseList(api, store, controls, (loaded) => {
    cases = loaded;
    renderControls(store.get());
  });
  return chartLifecycle({
    store,
    body,
    loadOn: ["caseA", "caseB"],
    renderOn: ["table", "lang"],
    controlsOn: ["lang", "caseA", "caseB"],
    load: (s) => (s.caseA && s.caseB ? api.compare(s.caseA, s.caseB) : null),
    idle: (s) => statusBox(tr(s)("pickTwoCases"), "empty"),
    render,
    renderControls,
    table: (data, s) => compareTable(data, tr(s), s.lang),
  });
};
