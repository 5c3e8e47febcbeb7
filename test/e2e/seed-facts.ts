import type { CaseFile } from "../../graph-schema/index.ts";

type Relationship = CaseFile["relationships"][number];

/**
 * What the browser should show, read straight from the seed files, so the e2e tests follow the data instead of
 * hard-coding counts.
 */
export function seedFacts(cases: readonly CaseFile[]) {
  const caseFile = (id: string): CaseFile => {
    const file = cases.find((f) => f.case.id === id);
    if (!file) throw new Error(`seedFacts: case not found: ${id}`);
    return file;
  };
  const nodeName = (file: CaseFile, id: string): string => {
    const node = file.nodes.find((n) => n.id === id);
    if (!node) throw new Error(`seedFacts: node not found in ${file.case.id}: ${id}`);
    return node.name;
  };
  const relationships = (file: CaseFile, test: (r: Relationship) => boolean): Relationship[] =>
    file.relationships.filter(test);
  return {
    caseFile,
    nodeName,
    relationships,
    /** The one relationship of a type between two ids in a case file. */
    relationship(file: CaseFile, type: string, from: string, to: string): Relationship {
      const found = file.relationships.find((r) => r.type === type && r.from === from && r.to === to);
      if (!found) throw new Error(`seedFacts: ${type} ${from} → ${to} not found in ${file.case.id}`);
      return found;
    },
    /** Real cases that feature a measure. */
    casesFeaturing(measureId: string): CaseFile[] {
      return cases.filter((f) => f.relationships.some((r) => r.type === "FEATURES" && r.to === measureId));
    },
  };
}
