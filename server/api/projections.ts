/** Cypher map projections that produce the contract's shared shapes (contract/common.ts), so every query returns them alike. */
export const nodeRefProjection = (v: string, extra = "") =>
  `{id: ${v}.id, type: labels(${v})[0], name: ${v}.name, nameEn: ${v}.nameEn${extra ? `, ${extra}` : ""}}`;

export const graphNodeProjection = (v: string) =>
  `{id: ${v}.id, type: labels(${v})[0], name: ${v}.name, nameEn: ${v}.nameEn, degree: COUNT { (${v})--() }, synthetic: coalesce(${v}.synthetic, false)}`;

export const graphLinkProjection = (r: string) =>
  `{id: elementId(${r}), source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}), caseId: ${r}.caseId, caseName: head(COLLECT { MATCH (lc:Case {id: ${r}.caseId}) RETURN lc.name }), caseTitle: head(COLLECT { MATCH (lc:Case {id: ${r}.caseId}) RETURN lc.title }), section: ${r}.section, evidence: ${r}.evidence}`;

/** Keeps synthetic nodes out unless asked for; real nodes carry no synthetic property at all. */
export const realOnly = (v: string) => `($includeSynthetic OR coalesce(${v}.synthetic, false) = false)`;

/** The contract's CaseRef (contract/common.ts): the short name first, the headline as secondary text. */
export const caseRefProjection = (c: string) =>
  `{id: ${c}.id, name: ${c}.name, nameEn: ${c}.nameEn, title: ${c}.title}`;
