/**
 * The project's life as the cases tell it: 招商 (won), 审批 (approved), 建设 (built), 投产 (producing). Ordered.
 */
export const projectStages = [
  { id: "attract", name: "招商", nameEn: "Attract" },
  { id: "approve", name: "审批", nameEn: "Approve" },
  { id: "build", name: "建设", nameEn: "Build" },
  { id: "operate", name: "投产", nameEn: "Operate" },
] as const;

export type ProjectStage = (typeof projectStages)[number]["id"];

/**
 * Measure categories: the first level of the practice taxonomy. Ids are `category:<slug>`. `stage` is the point in
 * the project's life where the category's measures mostly act (see graph-schema/README.md, "Stages").
 */
export interface MeasureCategory {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  stage: ProjectStage;
}

/**
 * Ordered as a project meets them: found and won, led, served by named people, prepared for approval, approved,
 * supplied, financed, pushed, assessed, looked after; then the stance and the policies behind it all.
 */
export const measureCategories = [
  {
    id: "category:recruitment",
    name: "招商方式",
    nameEn: "Recruitment channels",
    description: "How investors are found and won: referrals, agencies, squads, leader visits, chain targeting.",
    stage: "attract",
  },
  {
    id: "category:leadership",
    name: "高位推动",
    nameEn: "Leadership and accountability",
    description: "Senior leaders take charge of projects in person and answer for them: lead visits, own projects.",
    stage: "attract",
  },
  {
    id: "category:dedicated-service",
    name: "专班专员专人",
    nameEn: "Dedicated service: task force, liaison officer, named staff",
    description:
      "Tiers of dedicated service: a cross-department task force, a designated liaison officer, a named staffer.",
    stage: "approve",
  },
  {
    id: "category:pre-approval",
    name: "批前服务",
    nameEn: "Pre-approval service",
    description: "Work before formal filing: vetting before signing, planning the project, coaching, early review.",
    stage: "approve",
  },
  {
    id: "category:approval",
    name: "审批服务",
    nameEn: "Approval service",
    description: "Filing, permits and acceptance made faster or easier: proxy filing, parallel and bundled permits.",
    stage: "approve",
  },
  {
    id: "category:factor-guarantee",
    name: "要素保障",
    nameEn: "Securing land, power, water and other inputs",
    description: "Land supplied fast and ready, utilities, docks and premises secured for a project.",
    stage: "build",
  },
  {
    id: "category:finance",
    name: "金融支持",
    nameEn: "Finance support",
    description: "Bank matchmaking, financing coordination, investors brought in, help towards listing.",
    stage: "build",
  },
  {
    id: "category:follow-through",
    name: "推进机制",
    nameEn: "Follow-through mechanisms",
    description: "Schedules, checklists, meetings, on-site work and linkage that keep a project moving.",
    stage: "build",
  },
  {
    id: "category:assessment",
    name: "考核激励",
    nameEn: "Assessment and incentives",
    description: "Results are ranked, published and assessed; teams compete; incentives are paid out fast.",
    stage: "operate",
  },
  {
    id: "category:aftercare",
    name: "企业服务",
    nameEn: "After-care for firms",
    description: "Looking after firms once they are in: visits, dialogue forums, call-out service, service campaigns.",
    stage: "operate",
  },
  {
    id: "category:service-attitude",
    name: "服务理念",
    nameEn: "Service attitude",
    description: "Stated service stance toward firms, such as nanny-style or on-call-only service.",
    stage: "operate",
  },
  {
    id: "category:policy-support",
    name: "政策支持",
    nameEn: "Policy support",
    description: "Dedicated policies, rules and work plans, and help with policy titles.",
    stage: "attract",
  },
] as const satisfies readonly MeasureCategory[];

export type MeasureCategoryId = (typeof measureCategories)[number]["id"];
