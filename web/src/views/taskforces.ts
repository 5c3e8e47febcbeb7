import type { TaskForce } from "../api/types.ts";
import { taskForceTable } from "../data/taskforces.ts";
import { displayName } from "../i18n.ts";
import type { AppState, TaskForceGrouping } from "../state/state.ts";
import { changed } from "../state/store.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { renderTable } from "../ui/table-view.ts";
import { taskForceChart } from "./taskforces-chart.ts";
import { errorBox, latestOnly, type MountView, tr } from "./view.ts";

/** Which departments joined which task forces: Sankey + matrix, and the list of task forces with their details. */
export const mountTaskForces: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "taskforce-controls" });
  const body = h("div", { class: "view-body split" });
  container.replaceChildren(controls, body);
  let data: TaskForce[] | null = null;
  let svg: SVGSVGElement | null = null;
  const latest = latestOnly();
  const pick = (id: string) => store.set({ taskForce: store.get().taskForce === id ? null : id });

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const groupings: [TaskForceGrouping, string][] = [
      ["kind", t("grouping.kind")],
      ["dept", t("grouping.dept")],
    ];
    const clear = s.department
      ? h(
          "button",
          { type: "button", onclick: () => store.set({ department: null }) },
          `${t("department")}: ${s.department} ✕`,
        )
      : null;
    controls.replaceChildren(
      h(
        "label",
        {},
        `${t("grouping")} `,
        selectBox(groupings, s.grouping, (v) => store.set({ grouping: v as TaskForceGrouping }), {
          testid: "taskforce-grouping",
        }),
      ),
      clear ?? "",
    );
  };

  const members = (tf: TaskForce, s: AppState): (HTMLElement | string)[] =>
    tf.members.length === 0
      ? ["—"]
      : tf.members.flatMap((m, i) => [
          i > 0 ? "、" : "",
          h("span", { testid: "taskforce-member", "data-id": m.id }, displayName(m, s.lang)),
        ]);

  const list = (s: AppState, taskForces: TaskForce[]): HTMLElement => {
    const t = tr(s);
    return h(
      "aside",
      { class: "side-panel", testid: "taskforce-list" },
      h("h3", {}, `${t("view.taskforces")} (${taskForces.length})`),
      h(
        "ul",
        { class: "tf-list" },
        taskForces.map((tf) =>
          h(
            "li",
            { class: tf.id === s.taskForce ? "selected" : null, testid: "taskforce-item", "data-id": tf.id },
            h("button", { type: "button", class: "link", onclick: () => pick(tf.id) }, displayName(tf, s.lang)),
            h("div", { class: "muted" }, `${t("case")}: ${tf.case.title}`),
            tf.leader
              ? h(
                  "div",
                  { testid: "taskforce-leader", "data-id": tf.leader.department.id },
                  `${t("leader")}: ${tf.leader.role} · ${displayName(tf.leader.department, s.lang)}`,
                )
              : null,
            h("div", {}, `${t("members")}: `, members(tf, s)),
            tf.project ? h("div", {}, `${t("project")}: ${displayName(tf.project, s.lang)}`) : null,
          ),
        ),
      ),
    );
  };

  const render = (s: AppState) => {
    if (!data) return;
    const t = tr(s);
    if (s.table) {
      svg = null;
      body.replaceChildren(renderTable(taskForceTable(data, t, s.lang), t));
      return;
    }
    if (data.length === 0) {
      svg = null;
      body.replaceChildren(statusBox(t("noHits"), "empty"));
      return;
    }
    svg = taskForceChart(data, s, t, Math.max(640, (body.clientWidth || 1000) - 340), pick);
    body.replaceChildren(h("div", { class: "chart-scroll" }, svg), list(s, data));
  };

  const load = async (s: AppState) => {
    body.replaceChildren(statusBox(tr(s)("loading")));
    try {
      const answer = await latest(() => api.taskForces({ department: s.department ?? undefined }));
      if (!answer) return;
      data = answer.value;
      render(store.get());
    } catch (error) {
      body.replaceChildren(errorBox(error, tr(s), () => void load(store.get())));
    }
  };

  renderControls(store.get());
  void load(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, ["lang", "grouping", "department"])) renderControls(s);
    if (changed(s, prev, ["department"])) void load(s);
    else if (changed(s, prev, ["grouping", "taskForce", "table", "lang"])) render(s);
  });

  return {
    svg: () => svg,
    table: () => (data ? taskForceTable(data, tr(store.get()), store.get().lang) : null),
    destroy: unsubscribe,
  };
};
