import type { Measure } from "./measure-type.ts";

/** Pre-approval service (批前服务): everything before the firm's formal filing. */
export const preApprovalMeasures: readonly Measure[] = [
  {
    id: "measure:pre-signing-vetting",
    name: "前延研判",
    nameEn: "Vetting before signing",
    category: "category:pre-approval",
    aliases: [],
    variants: ["前延研判"],
    description:
      "Before signing, the park studies industry fit and the project's environmental and energy-approval risks.",
  },
  {
    id: "measure:project-plan-generation",
    name: "策划生成",
    nameEn: "Project plan generation",
    category: "category:pre-approval",
    aliases: [],
    variants: ["策划生成"],
    description: "A formal stage after intent is confirmed: the project office and line departments draw up the plan.",
  },
  {
    id: "measure:admission-assessment",
    name: "准入评估",
    nameEn: "Pre-admission screening",
    category: "category:pre-approval",
    aliases: [],
    variants: ["重大招商引资项目准入评估", "准入评估", "招商引资项目综合评审", "政策预审"],
    description: "A formal review of a recruited project (industry, environment, safety, energy, supply) before entry.",
  },
  {
    id: "measure:pre-approval-guidance",
    name: "批前辅导",
    nameEn: "Pre-approval guidance",
    category: "category:pre-approval",
    aliases: ["批前服务"],
    variants: ["批前辅导", "个性化全流程批前服务清单", "审批服务链前延", "前置审批辅导", "批前服务清单"],
    description: "Officials coach the firm through requirements before it files, so formal approval passes first time.",
  },
  {
    id: "measure:early-intervention",
    name: "提前介入",
    nameEn: "Early involvement of approval departments",
    category: "category:pre-approval",
    aliases: ["部门提前介入"],
    variants: ["提前介入", "提前服务"],
    description: "Approval and line departments join the project before the usual stage.",
  },
  {
    id: "measure:waiting-window-review",
    name: "空窗期预审",
    nameEn: "Review during the land-listing window",
    category: "category:pre-approval",
    aliases: [],
    variants: ["空窗期"],
    description: "Planning scheme and drawings are reviewed while the land is still listed, before transfer.",
  },
  {
    id: "measure:mock-approval",
    name: "模拟审批",
    nameEn: "Mock approval",
    category: "category:pre-approval",
    aliases: [],
    variants: ["模拟审批"],
    description:
      "Approvals are worked through in advance, before land is supplied, so permits can follow the land at once.",
  },
];
