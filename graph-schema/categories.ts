/** Measure categories: the first level of the practice taxonomy. Ids are `category:<slug>`. */
export interface MeasureCategory {
  id: string;
  name: string;
  nameEn: string;
  description: string;
}

export const measureCategories = [
  {
    id: "category:recruitment",
    name: "招商方式",
    nameEn: "Recruitment channels",
    description: "How investors are found and won: referrals, agencies, leader visits, chain targeting.",
  },
  {
    id: "category:approval",
    name: "审批服务",
    nameEn: "Approval service",
    description: "Ways to speed or ease permits: pre-approval guidance, proxy filing, parallel and joint approvals.",
  },
  {
    id: "category:dedicated-service",
    name: "专班/专员",
    nameEn: "Dedicated service",
    description: "Named people or cross-department teams assigned to one project or firm.",
  },
  {
    id: "category:factor-guarantee",
    name: "要素保障",
    nameEn: "Factor guarantee",
    description: "Securing land, utilities, docks, premises and site readiness for a project.",
  },
  {
    id: "category:finance",
    name: "金融支持",
    nameEn: "Finance support",
    description: "Bank matchmaking, financing coordination and bringing in investors.",
  },
  {
    id: "category:follow-through",
    name: "推进机制",
    nameEn: "Follow-through mechanisms",
    description: "Schedules, checklists, meetings and linkage that keep a project moving after signing.",
  },
  {
    id: "category:service-attitude",
    name: "服务理念",
    nameEn: "Service attitude",
    description: "Stated service stance toward firms, such as nanny-style or on-call-only service.",
  },
  {
    id: "category:policy-support",
    name: "政策支持",
    nameEn: "Policy support",
    description: "Dedicated policies, rules and help with policy titles or subsidies.",
  },
] as const satisfies readonly MeasureCategory[];

export type MeasureCategoryId = (typeof measureCategories)[number]["id"];
