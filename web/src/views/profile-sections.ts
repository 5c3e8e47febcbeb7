import type { MeasureProfile, ProfileUse } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import type { Store } from "../state/store.ts";
import { h } from "../ui/dom.ts";
import { measureLink } from "../ui/measure-link.ts";

/** Partners ranked by count, with lift and the share of this measure's cases, each a link to its own profile. */
export function partnerTable(data: MeasureProfile, store: Store, t: Translate, lang: Lang): HTMLElement {
  if (data.partners.length === 0) return h("p", { class: "muted" }, t("noneListed"));
  const top = data.partners[0]?.count ?? 1;
  return h(
    "table",
    { class: "compact", testid: "profile-partners" },
    h(
      "thead",
      {},
      h("tr", {}, h("th", {}, t("measure")), h("th", {}, t("count")), h("th", { title: t("liftHint") }, t("lift"))),
    ),
    h(
      "tbody",
      {},
      data.partners.map((p) =>
        h(
          "tr",
          { testid: "profile-partner", "data-id": p.measure.id, "data-count": p.count },
          h("td", {}, measureLink(p.measure, store, lang)),
          h(
            "td",
            { class: "num" },
            h("span", { class: "inline-bar", style: `width:${Math.round((p.count / top) * 60)}px` }),
            ` ${p.count} (${Math.round(p.share * 100)}%)`,
          ),
          h("td", { class: `num${p.lift > 1 ? " strong" : ""}` }, p.lift.toFixed(2)),
        ),
      ),
    ),
  );
}

export function departmentList(data: MeasureProfile, t: Translate, lang: Lang): HTMLElement {
  if (data.departments.length === 0) return h("p", { class: "muted" }, t("noneListed"));
  return h(
    "ul",
    { class: "plain" },
    data.departments.map((d) =>
      h(
        "li",
        { testid: "profile-department", "data-id": d.department.id },
        `${displayName(d.department, lang)} · ${d.cases.length}`,
      ),
    ),
  );
}

const reliabilityKey = (r: string) => `reliability.${r}` as "reliability.gov";

/** Each case using the measure with its year, province, our paraphrase, the passage and the source. */
export function useList(uses: readonly ProfileUse[], store: Store, t: Translate, lang: Lang): HTMLElement {
  return h(
    "ol",
    { class: "use-list" },
    uses.map((u) =>
      h(
        "li",
        { testid: "profile-use", "data-id": u.case.id },
        h(
          "div",
          {},
          h(
            "a",
            {
              href: `?sel=${encodeURIComponent(u.case.id)}`,
              onclick: (event: Event) => {
                event.preventDefault();
                store.set({ view: "graph", selected: u.case.id });
              },
            },
            displayName(u.case, lang),
          ),
          h(
            "span",
            { class: "muted" },
            ` · ${u.case.year ?? t("unknownYear")} · ${u.case.province?.name ?? t("unknownProvince")}`,
          ),
        ),
        h("div", { class: "evidence" }, u.evidence),
        h(
          "div",
          { class: "muted small" },
          lang === "en" ? u.placeEn : u.place,
          u.source
            ? [
                " · ",
                u.source.url
                  ? h("a", { href: u.source.url, target: "_blank", rel: "noopener" }, u.source.title)
                  : u.source.title,
                u.source.publisher ? ` (${u.source.publisher})` : "",
                " ",
                h(
                  "span",
                  { class: `badge reliability-${u.source.reliability}` },
                  t(reliabilityKey(u.source.reliability)),
                ),
              ]
            : "",
        ),
      ),
    ),
  );
}
