import type { Api } from "../api/client.ts";
import type { Coverage } from "../data/taskforce-coverage.ts";
import { displayName } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { h } from "../ui/dom.ts";
import { tr } from "./view.ts";

/** How far the task-force data reaches: cases mentioning a 专班, those naming its members, the rest listed. */
export function coveragePanel(s: AppState, coverage: Coverage): HTMLElement {
  const t = tr(s);
  const missing = coverage.mention.filter((c) => !coverage.withMembers.has(c.id));
  return h(
    "section",
    { class: "coverage", testid: "taskforce-coverage" },
    h("h3", {}, t("coverage")),
    h(
      "p",
      {},
      `${t("coverageMention")}: `,
      h("strong", { testid: "coverage-mention" }, String(coverage.mention.length)),
      ` · ${t("coverageMembers")}: `,
      h("strong", { testid: "coverage-members" }, String(coverage.withMembers.size)),
    ),
    h("div", { class: "muted" }, `${t("coverageMissing")} (${missing.length}):`),
    h(
      "ul",
      { class: "plain" },
      missing.map((c) =>
        h("li", { testid: "coverage-missing", "data-id": c.id, title: c.title }, displayName(c, s.lang)),
      ),
    ),
    h("h3", {}, `${t("sharedDepartments")} (${coverage.shared.length})`),
    h(
      "ul",
      { class: "plain", testid: "shared-departments" },
      coverage.shared.map((e) =>
        h(
          "li",
          { testid: "shared-department", "data-id": e.party.key },
          h("strong", {}, e.party.name),
          ` · ${e.taskForces.length}: `,
          e.taskForces.map((tf) => displayName(tf, s.lang)).join("、"),
        ),
      ),
    ),
  );
}

/** The evidence of one membership link, fetched from the task force's node details. */
export async function memberEvidence(api: Api, s: AppState, taskForceId: string, departmentId: string) {
  const t = tr(s);
  const details = await api.node(taskForceId);
  const links = [...(details.relationships.MEMBER_OF ?? []), ...(details.relationships.LED_BY ?? [])].filter(
    (r) => r.other.id === departmentId,
  );
  return h(
    "div",
    { class: "member-evidence", testid: "member-evidence" },
    h("strong", {}, `${t("memberEvidence")}: `),
    links.length === 0
      ? t("noneListed")
      : links.map((r) =>
          h(
            "div",
            {},
            `${r.provenance.evidence ?? ""}`,
            h("span", { class: "muted small" }, ` · ${r.provenance.section ?? ""}`),
          ),
        ),
  );
}
