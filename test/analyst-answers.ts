import { type CaseFile, resolveMeasureId } from "../graph-schema/index.ts";

/*
 * The analyst's four questions answered straight from the case files, written apart from the server's code so
 * the API and browser tests compare two independent computations (no value typed into a test).
 */

const measuresOf = (file: CaseFile): string[] => [
  ...new Set(file.relationships.filter((r) => r.type === "FEATURES").map((r) => resolveMeasureId(r.to))),
];

/** Cases ranked by IDF-weighted Jaccard over measures (weight ln(N / n)) against one case. */
export function expectedSimilar(files: readonly CaseFile[], caseId: string) {
  const sets = new Map(files.map((f) => [f.case.id, new Set(measuresOf(f))]));
  const n = new Map<string, number>();
  for (const set of sets.values()) for (const m of set) n.set(m, (n.get(m) ?? 0) + 1);
  const weight = (m: string) => Math.log(files.length / (n.get(m) ?? 1));
  const total = (ms: Iterable<string>) => [...ms].reduce((s, m) => s + weight(m), 0);
  const mine = sets.get(caseId) ?? new Set<string>();
  return [...sets]
    .filter(([id]) => id !== caseId)
    .map(([id, theirs]) => {
      const shared = [...theirs].filter((m) => mine.has(m)).sort();
      const sharedWeight = total(shared);
      return { id, shared, score: sharedWeight / (total(mine) + total(theirs) - sharedWeight) };
    })
    .filter((s) => s.shared.length > 0)
    .sort((a, b) => b.score - a.score || b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1));
}

/** Measures used together with one measure, by the number of cases using both. */
export function expectedPartners(files: readonly CaseFile[], measureId: string) {
  const counts = new Map<string, number>();
  for (const f of files) {
    const ms = measuresOf(f);
    if (!ms.includes(measureId)) continue;
    for (const m of ms) if (m !== measureId) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

/** The province (Region node of level province) a case's region lies in, from its PART_OF chain. */
export function provinceOf(file: CaseFile): { id: string; name: string } | null {
  const parent = new Map(
    file.relationships.filter((r) => r.type === "PART_OF").map((r) => [r.from, r.to] as [string, string]),
  );
  const regions = new Map(file.nodes.filter((n) => n.label === "Region").map((n) => [n.id, n]));
  for (let id: string | undefined = file.case.regionId; id; id = parent.get(id)) {
    const region = regions.get(id);
    if (region && "level" in region && region.level === "province") return { id, name: region.name };
  }
  return null;
}

/** Years and provinces of the cases using a measure (null: not stated / no province). */
export function expectedSpread(files: readonly CaseFile[], measureId: string) {
  const using = files.filter((f) => measuresOf(f).includes(measureId));
  return {
    caseIds: using.map((f) => f.case.id).sort(),
    years: [...new Set(using.map((f) => f.case.year ?? null))],
    provinces: [...new Set(using.map((f) => provinceOf(f)?.name ?? null))],
  };
}

/**
 * Department kinds (each district's 发改 is its own node, so across cases the kind is what recurs) that are
 * member or leader of more than one task force, with those task forces; keys as the view's `kind:<slug>`.
 */
export function expectedSharedDepartments(files: readonly CaseFile[]) {
  const taskForces = new Map<string, Set<string>>();
  for (const f of files)
    for (const r of f.relationships) {
      const kindOf = (id: string) => {
        const node = f.nodes.find((n) => n.id === id);
        return node && "kind" in node ? `kind:${String(node.kind)}` : id;
      };
      const pair = r.type === "MEMBER_OF" ? [r.from, r.to] : r.type === "LED_BY" ? [r.to, r.from] : null;
      if (!pair) continue;
      const [dept = "", tf = ""] = pair;
      const kind = kindOf(dept);
      taskForces.set(kind, (taskForces.get(kind) ?? new Set()).add(tf));
    }
  return [...taskForces]
    .filter(([, tfs]) => tfs.size > 1)
    .map(([id, tfs]) => ({ id, taskForces: [...tfs].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
