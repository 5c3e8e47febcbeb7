import type { GraphLink, GraphNode, Subgraph } from "../api/types.ts";
import { lcg } from "./layout-config.ts";

const benchTypes = ["Case", "Measure", "Department", "TaskForce", "Company", "Project", "Park"] as const;

/**
 * A deterministic synthetic graph for benchmarks: the same (nodes, links, seed) always gives the same graph.
 * Link ends favour low indices (a rough power law), so the picture has hubs like the real data.
 */
export function generateGraph(nodeCount: number, linkCount: number, seed = 1): Subgraph {
  const random = lcg(seed);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const type = benchTypes[i % benchTypes.length] ?? "Case";
    return { id: `bench:${i}`, type, name: `节点${i}`, nameEn: `node ${i}`, degree: 0, synthetic: true };
  });
  const links: GraphLink[] = [];
  const seen = new Set<number>();
  const maxLinks = Math.min(linkCount, (nodeCount * (nodeCount - 1)) / 2);
  let attempts = 0;
  while (links.length < maxLinks && attempts < maxLinks * 20) {
    attempts++;
    const s = Math.floor(random() * nodeCount);
    const t = Math.floor(random() ** 2 * nodeCount);
    if (s === t) continue;
    const key = Math.min(s, t) * nodeCount + Math.max(s, t);
    if (seen.has(key)) continue;
    seen.add(key);
    const source = nodes[s];
    const target = nodes[t];
    if (!source || !target) continue;
    source.degree++;
    target.degree++;
    links.push({
      id: `bench-link:${links.length}`,
      source: source.id,
      target: target.id,
      type: "FEATURES",
      caseId: null,
      caseName: null,
      caseTitle: null,
      section: "bench",
      evidence: "generated",
    });
  }
  return { nodes, links, truncated: false };
}
