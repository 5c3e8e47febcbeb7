import type { GraphLink, GraphNode, NodeLabel, Subgraph } from "../api/types.ts";

/** Small hand-made subgraphs shared by the graph tests. */
export const node = (id: string, type: NodeLabel = "Measure", degree = 1): GraphNode => ({
  id,
  type,
  name: `名${id}`,
  nameEn: `name ${id}`,
  degree,
  synthetic: false,
});

export const link = (source: string, target: string, id = `${source}-${target}`): GraphLink => ({
  id,
  source,
  target,
  type: "FEATURES",
  caseId: "case:a",
  caseName: "案例A",
  caseTitle: "案例A",
  section: "做法",
  evidence: "代办帮办",
});

export const sub = (nodes: GraphNode[], links: GraphLink[], truncated = false): Subgraph => ({
  nodes,
  links,
  truncated,
});
