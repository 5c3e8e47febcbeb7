import type { RegionTreeNode } from "../../../contract/filters.ts";
import type { CaseFacets, RegionInfo } from "./case-facets.ts";

/**
 * The regions the cases sit in, with every region above them along PART_OF, flat with a parent each: parents
 * before children, siblings by case count then name, so the web can nest them as they come.
 */
export function regionTree(cases: readonly CaseFacets[], regions: readonly RegionInfo[]): RegionTreeNode[] {
  const info = new Map(regions.map((r) => [r.id, r]));
  const parentOf = new Map<string, string | null>();
  const counts = new Map<string, number>();
  for (const c of cases) {
    c.regionPath.forEach((id, i) => {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const parent = c.regionPath[i + 1] ?? null;
      if (!parentOf.has(id) || (parentOf.get(id) === null && parent !== null)) parentOf.set(id, parent);
    });
  }
  const children = new Map<string | null, string[]>();
  for (const [id, parent] of parentOf) {
    if (!info.has(id)) continue;
    const key = parent && info.has(parent) ? parent : null;
    children.set(key, [...(children.get(key) ?? []), id]);
  }
  const ordered: RegionTreeNode[] = [];
  const visit = (parent: string | null) => {
    const ids = (children.get(parent) ?? []).sort(
      (a, b) =>
        (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
        (info.get(a)?.name ?? a).localeCompare(info.get(b)?.name ?? b, "zh-Hans-CN"),
    );
    for (const id of ids) {
      const r = info.get(id);
      if (!r) continue;
      ordered.push({
        id,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level as RegionTreeNode["level"],
        parentId: parent,
        caseCount: counts.get(id) ?? 0,
      });
      visit(id);
    }
  };
  visit(null);
  return ordered;
}
