import type { DepartmentKindSlug } from "../graph-schema/index.ts";

/**
 * Short and local names of department kinds that case texts use but graph-schema's alias lists do not have yet
 * (资规 for 自然资源和规划局, 规划和自然资源局 in Chongqing, 投促中心 …). They map to existing kinds only, so drafts
 * stay valid; they belong in graph-schema/departments.ts once that file is open to change again.
 */
export const extraDepartmentAliases: readonly (readonly [string, DepartmentKindSlug])[] = [
  ["资规", "natural-resources"],
  ["资规局", "natural-resources"],
  ["规划和自然资源局", "natural-resources"],
  ["规划资源局", "natural-resources"],
  ["自然资源规划局", "natural-resources"],
  ["国土资源局", "natural-resources"],
  ["工信", "economy-it"],
  ["工信委", "economy-it"],
  ["工业和信息化局", "economy-it"],
  ["经济和信息化局", "economy-it"],
  ["发展改革局", "development-reform"],
  ["发改科技局", "development-reform"],
  ["住房城乡建设部门", "housing-construction"],
  ["生态环境部门", "ecology-environment"],
  ["投促中心", "investment-promotion"],
  ["投资促进中心", "investment-promotion"],
  ["招商投资促进中心", "investment-promotion"],
  ["招商和投资促进中心", "investment-promotion"],
  ["招商投资促进局", "investment-promotion"],
  ["招商服务局", "investment-promotion"],
  ["行政审批服务局", "administrative-approval"],
  ["党工委", "party-committee"],
  // The older name of the 政务服务中心 that many counties still use.
  ["行政服务中心", "government-service-center"],
];
