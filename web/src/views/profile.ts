import type { MeasureProfile, RecurrentMeasure } from "../api/types.ts";
import type { TableData } from "../data/table.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { AppState, Lang } from "../state/state.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { departmentList, partnerTable, useList } from "./profile-sections.ts";
import { spreadChart } from "./profile-spread.ts";
import { errorBox, type MountView, tr } from "./view.ts";

/** One measure: how it spread (year × province), what goes with it, who applies it, and every use's evidence. */
export const mountProfile: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "profile-controls" });
  const body = h("div", { class: "view-body" });
  container.replaceChildren(controls, body);
  let measures: RecurrentMeasure[] = [];

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const options: [string, string][] = [
      ["", `— ${t("pickMeasure")} —`],
      ...measures.map((m): [string, string] => [m.id, `${displayName(m, s.lang)} (${m.caseCount})`]),
    ];
    const support = h("input", {
      type: "number",
      min: 1,
      value: s.minSupport,
      class: "narrow",
      testid: "profile-min-support",
    });
    support.addEventListener("change", () => store.set({ minSupport: Math.max(1, Number(support.value) || 1) }));
    controls.replaceChildren(
      h(
        "label",
        {},
        `${t("measure")} `,
        selectBox(options, s.profile ?? "", (v) => store.set({ profile: v || null }), { testid: "profile-measure" }),
      ),
      h("label", {}, `${t("minSupport")} `, support),
    );
  };

  const render = (s: AppState, data: MeasureProfile): SVGSVGElement => {
    const t = tr(s);
    const names = new Map(data.uses.map((u) => [u.case.id, displayName(u.case, s.lang)]));
    const spread = spreadChart(data.spread, names, t, s.lang);
    const m = data.measure;
    body.replaceChildren(
      h(
        "div",
        { class: "analyst-page profile" },
        h("h2", { testid: "profile-title" }, displayName(m, s.lang)),
        h(
          "p",
          { class: "muted" },
          `${m.categoryName} · ${t("casesUsing")}: `,
          h("strong", { testid: "profile-case-count" }, String(data.caseCount)),
          ` / ${data.totalCases}`,
          // The taxonomy describes measures in English only.
          s.lang === "en" && m.description ? ` · ${m.description}` : "",
        ),
        h("section", {}, h("h3", {}, t("spread")), h("div", { class: "chart-scroll" }, spread)),
        h(
          "div",
          { class: "profile-columns" },
          h(
            "section",
            {},
            h("h3", {}, `${t("partners")} (≥ ${data.minSupport})`),
            partnerTable(data, store, t, s.lang),
          ),
          h("section", {}, h("h3", {}, t("appliedBy")), departmentList(data, t, s.lang)),
        ),
        h("section", {}, h("h3", {}, `${t("uses")} (${data.caseCount})`), useList(data.uses, store, t, s.lang)),
      ),
    );
    return spread;
  };

  const loadMeasures = async () => {
    try {
      measures = (await api.recurrence({ includeSynthetic: store.get().synthetic, casesPerMeasure: 0 })).measures;
      // A first visit shows the most recurring measure's profile rather than an empty page.
      const top = measures[0];
      if (!store.get().profile && top) store.set({ profile: top.id });
      renderControls(store.get());
    } catch (error) {
      controls.append(errorBox(error, tr(store.get()), () => void loadMeasures()));
    }
  };

  void loadMeasures();
  return chartLifecycle({
    store,
    body,
    loadOn: ["profile", "minSupport", "synthetic"],
    renderOn: ["table", "lang"],
    controlsOn: ["lang", "profile", "minSupport"],
    load: (s) =>
      s.profile ? api.profile(s.profile, { minSupport: s.minSupport, includeSynthetic: s.synthetic }) : null,
    idle: (s) => statusBox(tr(s)("pickMeasure"), "empty"),
    render,
    renderControls,
    table: (data, s) => profileTable(data, tr(s), s.lang),
  });
};

function profileTable(data: MeasureProfile, t: Translate, lang: Lang): TableData {
  return {
    name: `${t("view.profile")} · ${displayName(data.measure, lang)}`,
    columns: [
      { key: "case", label: t("case") },
      { key: "year", label: t("caseYear"), numeric: true },
      { key: "province", label: t("province") },
      { key: "evidence", label: t("evidence") },
      { key: "section", label: t("section") },
      { key: "source", label: t("sourceLabel") },
    ],
    rows: data.uses.map((u) => [
      displayName(u.case, lang),
      u.case.year,
      u.case.province ? displayName(u.case.province, lang) : null,
      u.evidence,
      lang === "en" ? u.placeEn : u.place,
      u.source?.title ?? null,
    ]),
  };
}
