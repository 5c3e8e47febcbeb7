import { type DepartmentKindSlug, departmentKinds, measures, wordingsOf } from "../graph-schema/index.ts";
import { extraDepartmentAliases } from "./department-aliases.ts";
import { buildDictionary, type Dictionary } from "./matcher.ts";

/**
 * The one dictionary the extractor matches: every taxonomy wording and every department name and alias. Measures and
 * departments share one trie so that longest-match settles their overlaps (全民招商 is a measure, not 招商 + 民).
 */
export type LexEntry =
  | { kind: "measure"; measureId: string; wording: string }
  | { kind: "department"; deptKind: DepartmentKindSlug; canonical: string; standalone: boolean };

/**
 * A department wording that names an institution on its own (ends in 局, 委, 办, 政府 …). The rest (发改, 交通, 港航,
 * 工业园区) are ordinary words too, so they count only in a list of departments or next to 部门 / a region prefix.
 */
const institutionSuffix = /(局|委|办|中心|部|处|科|大队|公司|委员会|办公室|管委会|团队|机构|分局|事处|政府|小组)$/;

function departmentEntries(): [string, LexEntry][] {
  const entries: [string, LexEntry][] = [];
  for (const kind of departmentKinds) {
    for (const wording of [kind.name, ...kind.aliases]) {
      entries.push([
        wording,
        { kind: "department", deptKind: kind.kind, canonical: kind.name, standalone: institutionSuffix.test(wording) },
      ]);
    }
  }
  const byKind = new Map<string, string>(departmentKinds.map((k) => [k.kind, k.name]));
  for (const [wording, kind] of extraDepartmentAliases) {
    const entry: LexEntry = {
      kind: "department",
      deptKind: kind,
      canonical: byKind.get(kind) ?? wording,
      standalone: institutionSuffix.test(wording),
    };
    entries.push([wording, entry]);
  }
  return entries;
}

function measureEntries(): [string, LexEntry][] {
  return measures.flatMap((m) =>
    wordingsOf(m).map((wording): [string, LexEntry] => [wording, { kind: "measure", measureId: m.id, wording }]),
  );
}

/** Built once per process: the taxonomy and department list are constants. Measures go first so they win ties. */
export const lexicon: Dictionary<LexEntry> = buildDictionary([...measureEntries(), ...departmentEntries()]);
