import type { FigureNode } from "../graph-schema/index.ts";
import { type DraftBuilder, groupByKey } from "./draft-builder.ts";
import type { Found } from "./items.ts";
import { sentenceAt } from "./text.ts";

/** Chinese names of figure metrics, so a reviewer sees 总投资 rather than `investment`. */
const metricNames: Partial<Record<FigureNode["metric"], string>> = {
  investment: "总投资",
  fixedInvestment: "固定资产投资",
  land: "用地面积",
  floorArea: "建筑面积",
  capacity: "产能",
  output: "年产值",
  tax: "税收",
  fundsInPlace: "到位资金",
  fdiContracted: "合同外资",
  fdiActual: "实际外资",
  projectCount: "项目数",
  firmCount: "企业数",
  problemsSolved: "解决问题数",
  departmentCount: "部门数",
  growthRate: "增长率",
  share: "占比",
  duration: "用时",
  landingDate: "落户时间",
  signingDate: "签约时间",
  startDate: "开工时间",
  productionDate: "投产时间",
  trialProductionDate: "试生产时间",
  landDate: "拿地时间",
  landListingDate: "土地挂牌时间",
  filingDate: "备案时间",
  permitDate: "发证时间",
  toppingOutDate: "结顶时间",
  decisionDate: "决定落户时间",
  contactDate: "接触时间",
};

export interface FigureOwners {
  /** Project node ids with the findings that mention them. */
  projects: { id: string; mentions: Found[] }[];
  parks: { id: string; mentions: Found[] }[];
}

/**
 * One Figure node per distinct (metric, value) and a HAS_FIGURE edge from whoever the sentence is about: a project
 * named there (or 该项目), else a park named there, else the case. Dates without a metric keyword stay items only.
 */
export function addFigures(b: DraftBuilder, figures: readonly Found[], owners: FigureOwners): void {
  const withMetric = figures.filter((f) => f.figure?.metric);
  let n = 0;
  for (const [, group] of groupByKey(withMetric.map((f) => ({ ...f, key: `${f.figure?.metric} ${f.key}` })))) {
    const first = group[0] as Found;
    const data = first.figure;
    if (!data?.metric) continue;
    n++;
    const id = `figure:${b.slug}:f${n}`;
    const node: FigureNode = {
      id,
      label: "Figure",
      name: metricNames[data.metric] ?? data.metric,
      aliases: [],
      metric: data.metric,
      sourceId: b.sourceId,
    };
    if (data.value !== undefined) node.value = data.value;
    if (data.unit) node.unit = data.unit;
    if (data.normalized) node.normalized = data.normalized;
    if (data.qualifier && data.value !== undefined) node.qualifier = data.qualifier;
    if (data.date) node.date = data.date;
    if (data.yearInferred) node.note = "年份未随日期写明，取自上文，待核实";
    b.addNode(node);
    for (const mention of group) {
      const original = figures.find((f) => f.start === mention.start && f.end === mention.end);
      if (original) b.refs.set(original, id);
    }
    b.relate({ type: "HAS_FIGURE", from: ownerOf(b, first, owners), to: id }, first);
  }
}

function ownerOf(b: DraftBuilder, figure: Found, owners: FigureOwners): string {
  const sentence = sentenceAt(b.text, figure.start);
  const inSentence = (m: Found) => m.start >= sentence.start && m.end <= sentence.end;
  const body = b.text.norm.slice(sentence.start, sentence.end);
  const project = owners.projects.find((p) => p.mentions.some(inSentence));
  if (project) return project.id;
  const main = owners.projects[0];
  if (main && /该项目|本项目|项目(总投资|用地|建成|投产|达产)/.test(body)) return main.id;
  // The longest park name in the sentence is the most specific one (…新材料产业园 inside …工业园区).
  const parks = owners.parks
    .flatMap((p) => p.mentions.filter(inSentence).map((m) => ({ id: p.id, length: m.end - m.start })))
    .sort((x, y) => y.length - x.length);
  return parks[0]?.id ?? b.caseId;
}
