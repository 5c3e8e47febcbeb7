import type { MessageKey } from "../i18n.ts";
import { h } from "../ui/dom.ts";
import { kindSelect, measureSelect } from "./import-items.ts";
import { errorSlot, fillErrors, type ImportContext, type PlacedProblems } from "./import-state.ts";

export interface Part {
  element: HTMLElement;
  refresh(placed: PlacedProblems): void;
}

type TextField = "title" | "regionName" | "reportingUnit" | "summary" | "slug";

/** Title, year, region name, reporting unit, summary and case id: the draft's values until the reviewer edits them. */
export function renderCaseForm(ctx: ImportContext): Part {
  const { t, session, draft } = ctx;
  const edit = session.review.caseEdit;
  const region = draft.nodes.find((n) => n.id === draft.case.regionId);
  const initial: Record<TextField, string> = {
    title: edit.title ?? draft.case.title,
    regionName: edit.regionName ?? region?.name ?? "",
    reportingUnit: edit.reportingUnit ?? draft.case.reportingUnit,
    summary: edit.summary ?? draft.case.summary,
    slug: edit.slug ?? draft.case.id.slice(draft.case.id.indexOf(":") + 1),
  };
  const slots = new Map<string, HTMLElement>();
  const field = (key: string, label: MessageKey, input: HTMLElement) => {
    const slot = errorSlot();
    slots.set(key, slot);
    return h("label", { class: `case-field case-${key}` }, h("span", {}, t(label)), input, slot);
  };
  const text = (key: TextField, label: MessageKey, multiline = false) => {
    const attrs = { value: initial[key], testid: `import-case-${key}` };
    const input = multiline ? h("textarea", { ...attrs, rows: 2 }, initial[key]) : h("input", attrs);
    input.addEventListener("input", () => {
      edit[key] = input.value;
      ctx.changed();
    });
    return field(key, label, input);
  };
  const year = h("input", {
    type: "number",
    value: edit.year === undefined ? draft.case.year : Number.isNaN(edit.year) ? "" : edit.year,
    testid: "import-case-year",
  });
  year.addEventListener("input", () => {
    const value = Number(year.value);
    edit.year = year.value === "" || !Number.isFinite(value) ? Number.NaN : value;
    ctx.changed();
  });
  const uncertain = h("input", {
    type: "checkbox",
    checked: edit.yearUncertain ?? draft.case.flags?.some((flag) => flag.field === "year") ?? false,
  });
  uncertain.addEventListener("change", () => {
    edit.yearUncertain = uncertain.checked;
    ctx.changed();
  });

  return {
    element: h(
      "section",
      { class: "import-case" },
      h("h2", {}, t("caseFields")),
      text("title", "title"),
      h(
        "div",
        { class: "case-row" },
        field("year", "year", year),
        h("label", { class: "case-uncertain" }, uncertain, t("yearUncertain")),
        text("regionName", "regionName"),
      ),
      text("reportingUnit", "reportingUnit"),
      text("summary", "summary", true),
      text("slug", "caseSlug"),
    ),
    refresh(placed) {
      for (const [key, slot] of slots) fillErrors(slot, placed.caseField.get(key), t);
    },
  };
}

/** Forms for what the extractor missed: a taxonomy measure, or a department joining a task force. */
export function renderAddForms(ctx: ImportContext): Part {
  const { t, session, lang } = ctx;
  const additions = session.review.additions;
  const sections = [...new Set(session.extraction?.items.map((i) => i.section) ?? [])];
  const sectionList = h(
    "datalist",
    { id: "import-sections" },
    sections.map((s) => h("option", { value: s })),
  );
  const nextId = () => `a${additions.reduce((max, a) => Math.max(max, Number(a.id.slice(1)) || 0), 0) + 1}`;
  const sectionInput = (testid: string) => h("input", { list: "import-sections", placeholder: t("section"), testid });
  const evidenceInput = (testid: string) => h("input", { placeholder: t("evidence"), testid, class: "wide" });

  const measure = measureSelect("", lang, { testid: "import-add-measure-select", "aria-label": t("pickMeasure") });
  const measureSection = sectionInput("import-add-measure-section");
  const measureEvidence = evidenceInput("import-add-measure-evidence");
  const addMeasure = () => {
    additions.push({
      id: nextId(),
      kind: "measure",
      measure: measure.value,
      section: measureSection.value.trim(),
      evidence: measureEvidence.value.trim(),
    });
    measureEvidence.value = "";
    ctx.changed();
  };

  const forces = ctx.draft.nodes.filter((n) => n.label === "TaskForce");
  const force = h(
    "select",
    { testid: "import-add-member-taskforce", "aria-label": t("taskForce") },
    forces.map((f) => h("option", { value: f.id }, f.name)),
  );
  const kind = kindSelect("development-reform", lang, { testid: "import-add-member-kind" });
  const deptName = h("input", { placeholder: t("name"), testid: "import-add-member-name" });
  const memberSection = sectionInput("import-add-member-section");
  const memberEvidence = evidenceInput("import-add-member-evidence");
  const addMember = () => {
    additions.push({
      id: nextId(),
      kind: "member",
      deptKind: kind.value,
      name: deptName.value.trim(),
      taskForce: force.value,
      section: memberSection.value.trim(),
      evidence: memberEvidence.value.trim(),
    });
    deptName.value = "";
    memberEvidence.value = "";
    ctx.changed();
  };

  const added = h("ul", { class: "added-list", testid: "import-added" });
  const button = (label: MessageKey, testid: string, onclick: () => void, disabled = false) =>
    h("button", { type: "button", testid, onclick, disabled }, t(label));
  return {
    element: h(
      "section",
      { class: "import-add" },
      h("h2", {}, t("addItems")),
      sectionList,
      h(
        "fieldset",
        {},
        h("legend", {}, t("addMeasure")),
        measure,
        measureSection,
        measureEvidence,
        button("add", "import-add-measure", addMeasure),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, t("addMember")),
        forces.length > 0 ? force : h("span", { class: "muted" }, t("noTaskForce")),
        kind,
        deptName,
        memberSection,
        memberEvidence,
        button("add", "import-add-member", addMember, forces.length === 0),
      ),
      added,
    ),
    refresh() {
      const skipped = new Set(ctx.assembled().skipped);
      added.replaceChildren(
        ...additions.map((a) =>
          h(
            "li",
            { class: skipped.has(a.id) ? "skipped" : null },
            a.kind === "measure"
              ? `${t("measure")}: ${a.measure}`
              : `${t("department")}: ${a.name || a.deptKind} → ${a.taskForce}`,
            skipped.has(a.id) ? h("span", { class: "warning" }, ` (${t("skippedAddition")})`) : null,
            " ",
            h(
              "button",
              {
                type: "button",
                class: "link",
                onclick: () => {
                  additions.splice(additions.indexOf(a), 1);
                  delete session.review.evidence[a.id];
                  ctx.changed();
                },
              },
              t("remove"),
            ),
          ),
        ),
      );
    },
  };
}
