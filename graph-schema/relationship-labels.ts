import type { RelationshipType } from "./relationships.ts";

/** A relationship as a reader says it, read from the start node (`out`) and from the end node (`in`). */
export interface RelationLabel {
  zh: { out: string; in: string };
  en: { out: string; in: string };
}

const label = (zhOut: string, zhIn: string, enOut: string, enIn: string): RelationLabel => ({
  zh: { out: zhOut, in: zhIn },
  en: { out: enOut, in: enIn },
});

/**
 * Every relationship type in Chinese and English, both directions: a task force's page lists 成员 (MEMBER_OF seen
 * from the task force), a department's page 参加专班. `satisfies` keeps the table complete when a type is added.
 */
export const relationLabels = {
  FEATURES: label("采用措施", "采用案例", "uses measure", "used in case"),
  ABOUT: label("涉及项目", "所属案例", "about project", "told in case"),
  REPORTED_BY: label("报送单位", "报送案例", "reported by", "reported case"),
  FROM_SOURCE: label("来源", "引用案例", "source", "cited by case"),
  LOCATED_IN: label("位于", "辖内", "located in", "contains"),
  PART_OF: label("隶属", "下辖", "part of", "includes"),
  INVESTS_IN: label("投资", "投资方", "invests in", "investor"),
  SUBSIDIARY_OF: label("母公司", "子公司", "parent company", "subsidiary"),
  MEMBER_OF: label("参加专班", "成员", "member of", "member"),
  LED_BY: label("牵头单位", "牵头", "led by", "leads"),
  SERVES: label("服务项目", "服务专班", "serves project", "served by"),
  APPLIED: label("采用", "实施单位", "applied", "applied by"),
  IN_CATEGORY: label("所属类别", "包含措施", "in category", "includes measure"),
  IN_INDUSTRY: label("所属产业", "相关项目", "in industry", "includes"),
  FOCUSES_ON: label("主导产业", "重点园区", "focuses on", "focus of"),
  ADMINISTERS: label("管理", "管理机构", "administers", "administered by"),
  REFERRED: label("引荐", "引荐方", "referred", "referred by"),
  HAS_FIGURE: label("数据", "数据对象", "figure", "figure of"),
  REPORTS: label("成效", "所属案例", "reports", "reported in"),
  COORDINATED: label("协调", "协调方", "coordinated", "coordinated by"),
  LIAISON_FOR: label("联络服务", "联络单位", "liaison for", "liaison"),
  WORKED_ON: label("承办工作", "承办单位", "worked on", "worked on by"),
  STUDIED: label("考察学习", "被考察", "studied", "studied by"),
} as const satisfies Record<RelationshipType, RelationLabel>;

/** The reader's words for a relationship of `type` seen from one of its ends. */
export function relationLabel(type: RelationshipType, direction: "out" | "in", lang: "zh" | "en"): string {
  return relationLabels[type][lang][direction];
}
