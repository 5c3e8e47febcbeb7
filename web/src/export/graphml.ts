import type { GraphLink, GraphNode } from "../api/types.ts";

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

const nodeKeys = [
  ["type", "string"],
  ["name", "string"],
  ["nameEn", "string"],
  ["degree", "int"],
] as const;
const edgeKeys = [
  ["type", "string"],
  ["caseId", "string"],
  ["section", "string"],
  ["evidence", "string"],
] as const;

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/** GraphML (readable by Gephi, yEd, Cytoscape) of the graph on screen, with the provenance of every link. */
export function toGraphml(nodes: readonly GraphNode[], links: readonly GraphLink[]): string {
  const keys = [
    ...nodeKeys.map(([name, kind]) => `<key id="n_${name}" for="node" attr.name="${name}" attr.type="${kind}"/>`),
    ...edgeKeys.map(([name, kind]) => `<key id="e_${name}" for="edge" attr.name="${name}" attr.type="${kind}"/>`),
  ];
  const nodeLines = nodes.map(
    (n) =>
      `<node id="${escapeXml(n.id)}">${data("n_type", n.type)}${data("n_name", n.name)}${data("n_nameEn", n.nameEn)}${data("n_degree", n.degree)}</node>`,
  );
  const edgeLines = links.map(
    (l) =>
      `<edge id="${escapeXml(l.id)}" source="${escapeXml(l.source)}" target="${escapeXml(l.target)}">${data("e_type", l.type)}${data("e_caseId", l.caseId)}${data("e_section", l.section)}${data("e_evidence", l.evidence)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map((k) => `  ${k}`),
    '  <graph id="policy-graph" edgedefault="directed">',
    ...nodeLines.map((l) => `    ${l}`),
    ...edgeLines.map((l) => `    ${l}`),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
