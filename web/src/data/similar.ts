import type { SimilarCases } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import type { TableData } from "./table.ts";

/** The ranked list as a table (mirror and CSV): one row per similar case with its shared and differing measures. */
export function similarTable(data: SimilarCases, t: Translate, lang: Lang): TableData {
  const names = (ms: readonly { name: string; nameEn: string | null }[]) =>
    ms.map((m) => displayName(m, lang)).join("、");
  return {
    name: `${t("view.similar")} · ${displayName(data.case, lang)}`,
    columns: [
      { key: "rank", label: "#", numeric: true },
      { key: "case", label: t("case") },
      { key: "score", label: t("similarity"), numeric: true },
      { key: "shared", label: t("sharedMeasures") },
      { key: "onlyThis", label: t("onlyThis") },
      { key: "onlyOther", label: t("onlyOther") },
    ],
    rows: data.similar.map((s, i) => [
      i + 1,
      displayName(s.case, lang),
      s.score,
      names(s.shared),
      names(s.onlyThis),
      names(s.onlyOther),
    ]),
  };
}
