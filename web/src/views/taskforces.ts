import type { Recurrence, TaskForce } from "../api/types.ts";
import { type Coverage, taskForceCoverage } from "../data/taskforce-coverage.ts";
import { taskForceTable } from "../data/taskforces.ts";
import { displayName } from "../i18n.ts";
import type { AppState, TaskForceGrouping } from "../state/state.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { taskForceChart } from "./taskforces-chart.ts";
import { coveragePanel, memberEvidence } from "./taskforces-coverage.ts";
import { errorBox, type MountView, tr } from "./view.ts";

interface Loaded {
  taskForces: TaskForce[];
  all: TaskForce[];
  recurrence: Recurrence;
}

/** Which departments joined which task forces: Sankey + matrix, and the list of task forces with their details. */
export const mountTaskForces: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "taskforce-controls" });
  const body = h("div", { class: "view-body split" });
  container.replaceChildren(controls, body);
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
          h(
            "button",
            {
              type: "button",
              class: "link",
              testid: "taskforce-member",
              "data-id": m.id,
              onclick: (event: Event) => void showEvidence(event, tf, m.id, s),
            },
            displayName(m, s.lang),
          ),
        ]);

  const showEvidence = async (event: Event, tf: TaskForce, departmentId: string, s: AppState) => {
    const item = (event.currentTarget as HTMLElement).closest("li");
    item?.querySelector("[data-testid=member-evidence]")?.remove();
    try {
      item?.append(await memberEvidence(api, s, tf.id, departmentId));
    } catch (error) {
      item?.append(errorBox(error, tr(s), () => void showEvidence(event, tf, departmentId, s)));
    }
  };

  const list = (s: AppState, taskForces: TaskForce[], coverage: Coverage): HTMLElement => {
    const t = tr(s);
    return h(
      "aside",
      { class: "side-panel", testid: "taskforce-list" },
      coveragePanel(s, coverage),
      h("h3", {}, `${t("view.taskforces")} (${taskForces.length})`),
      h(
        "ul",
        { class: "tf-list" },
        taskForces.map((tf) =>
          h(
            "li",
            { class: tf.id === s.taskForce ? "selected" : null, testid: "taskforce-item", "data-id": tf.id },
            h("button", { type: "button", class: "link", onclick: () => pick(tf.id) }, displayName(tf, s.lang)),
            h("div", { class: "muted" }, `${t("case")}: ${displayName(tf.case, s.lang)}`),
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

  const render = (s: AppState, { taskForces: data, all, recurrence }: Loaded): SVGSVGElement | null => {
    const coverage = taskForceCoverage(all, recurrence, s.grouping, s.lang);
    if (data.length === 0) {
      body.replaceChildren(statusBox(tr(s)("noHits"), "empty"));
      return null;
    }
    const svg = taskForceChart(data, s, tr(s), Math.max(640, (body.clientWidth || 1000) - 340), pick);
    body.replaceChildren(h("div", { class: "chart-scroll" }, svg), list(s, data, coverage));
    return svg;
  };

  return chartLifecycle({
    store,
    body,
    loadOn: ["department"],
    renderOn: ["grouping", "taskForce", "table", "lang"],
    controlsOn: ["lang", "grouping", "department"],
    load: async (s): Promise<Loaded> => {
      const [taskForces, recurrence] = await Promise.all([
        api.taskForces({ department: s.department ?? undefined }),
        api.recurrence({ includeSynthetic: s.synthetic, casesPerMeasure: 10_000 }),
      ]);
      // Coverage is about the whole corpus, so it counts all task forces even when one department is picked.
      const all = s.department ? await api.taskForces() : taskForces;
      return { taskForces, all, recurrence };
    },
    render,
    renderControls,
    table: (data, s) => taskForceTable(data.taskForces, tr(s), s.lang),
  });
};
