import type { CaseSummary, Comparison } from "../api/types.ts";
import { compareTable } from "../data/compare.ts";
import type { AppState } from "../state/state.ts";
import { changed } from "../state/store.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { renderTable } from "../ui/table-view.ts";
import { compareChart } from "./compare-chart.ts";
import { errorBox, latestOnly, type MountView, tr } from "./view.ts";

/** Two cases side by side: shared measures and departments, what each has alone, and the similarity score. */
export const mountCompare: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "compare-controls" });
  const body = h("div", { class: "view-body" });
  container.replaceChildren(controls, body);
  let cases: CaseSummary[] = [];
  let data: Comparison | null = null;
  let svg: SVGSVGElement | null = null;
  const latest = latestOnly();

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const options: [string, string][] = [
      ["", "—"],
      ...cases.map((c): [string, string] => [c.id, s.lang === "en" && c.titleEn ? c.titleEn : c.title]),
    ];
    controls.replaceChildren(
      h(
        "label",
        {},
        `${t("caseA")} `,
        selectBox(options, s.caseA ?? "", (v) => store.set({ caseA: v || null }), { testid: "compare-a" }),
      ),
      h(
        "label",
        {},
        `${t("caseB")} `,
        selectBox(options, s.caseB ?? "", (v) => store.set({ caseB: v || null }), { testid: "compare-b" }),
      ),
    );
  };

  const render = (s: AppState) => {
    const t = tr(s);
    if (!data) return;
    if (s.table) {
      svg = null;
      body.replaceChildren(renderTable(compareTable(data, t, s.lang), t));
      return;
    }
    svg = compareChart(data, t, s.lang, Math.max(640, body.clientWidth || 960));
    body.replaceChildren(h("div", { class: "chart-scroll" }, svg));
  };

  const load = async (s: AppState) => {
    const t = tr(s);
    data = null;
    svg = null;
    if (!s.caseA || !s.caseB) {
      body.replaceChildren(statusBox(t("pickTwoCases"), "empty"));
      return;
    }
    const [a, b] = [s.caseA, s.caseB];
    body.replaceChildren(statusBox(t("loading")));
    try {
      const answer = await latest(() => api.compare(a, b));
      if (!answer) return;
      data = answer.value;
      render(store.get());
    } catch (error) {
      body.replaceChildren(errorBox(error, t, () => void load(store.get())));
    }
  };

  const loadCases = async () => {
    try {
      cases = (await api.cases({ limit: 1000, includeSynthetic: store.get().synthetic })).cases;
      renderControls(store.get());
    } catch (error) {
      controls.append(errorBox(error, tr(store.get()), () => void loadCases()));
    }
  };

  renderControls(store.get());
  void loadCases();
  void load(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, ["lang", "caseA", "caseB"])) renderControls(s);
    if (changed(s, prev, ["caseA", "caseB"])) void load(s);
    else if (changed(s, prev, ["table", "lang"])) render(s);
  });

  return {
    svg: () => svg,
    table: () => (data ? compareTable(data, tr(store.get()), store.get().lang) : null),
    destroy: unsubscribe,
  };
};
