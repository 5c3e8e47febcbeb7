/**
 * Canonical department KINDS. A kind is what a unit is (a development-and-reform bureau); a Department node is
 * one such unit in one place (`dept:dinghai:development-reform`). Aliases collect the short, local and older forms
 * the sources use (发改, 国土, 资规分局), so text search and seed authors can map them to a kind; a local name never
 * becomes a kind of its own. Where a sheet names only a function, the kind is the body that holds it under current
 * law: fire design review and acceptance of building works has been with 住房和城乡建设 since the 2019 revision of
 * the 消防法 (so 消防 in approvals or acceptance is `construction-fire-review`, not `fire-rescue`), and the permit
 * for works on or under water (水上水下施工许可) is a 海事 licence.
 */
export interface DepartmentKind {
  kind: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
}

export const departmentKinds = [
  {
    kind: "party-committee",
    name: "党委",
    nameEn: "Party committee",
    aliases: ["区委", "县委", "市委", "镇党委", "党工委", "街道党工委"],
  },
  {
    kind: "leading-group",
    name: "领导小组",
    nameEn: "Leading group",
    aliases: ["对外开放领导小组", "市对外开放领导小组"],
  },
  {
    kind: "party-government-office",
    name: "党政办公室",
    nameEn: "Party and government office",
    aliases: ["党政办", "区党政办"],
  },
  { kind: "archives", name: "档案馆", nameEn: "Archives", aliases: ["档案局"] },
  {
    kind: "peoples-congress",
    name: "人大常委会",
    nameEn: "People's congress standing committee",
    aliases: ["人大", "人大办公室", "区人大办公室"],
  },
  {
    kind: "government",
    name: "人民政府",
    nameEn: "People's government",
    aliases: ["区政府", "县政府", "市政府", "镇政府"],
  },
  { kind: "street-office", name: "街道办事处", nameEn: "Sub-district office", aliases: ["街道", "街道办"] },
  {
    kind: "development-reform",
    name: "发展和改革局",
    nameEn: "Development and reform bureau",
    aliases: ["发改", "发改局", "发改委", "发展改革局", "发展和改革委员会", "发展改革委", "发展和改革委"],
  },
  {
    kind: "economy-it",
    name: "经济和信息化局",
    nameEn: "Economy and information technology bureau",
    aliases: ["经信", "经信局", "工信局", "经济和信息化委员会", "经信委", "经济和信息化厅"],
  },
  {
    kind: "economic-development",
    name: "经济发展局",
    nameEn: "Economic development bureau",
    aliases: ["经发局", "区经发局", "重大办"],
  },
  {
    kind: "housing-construction",
    name: "住房和城乡建设局",
    nameEn: "Housing and urban-rural construction bureau",
    aliases: ["住建", "住建局", "住房城乡建设局", "住房和城乡建设委员会", "住建委"],
  },
  {
    kind: "construction",
    name: "建设管理部门",
    nameEn: "Construction section",
    aliases: ["建设", "建设局", "建设科", "建设管理部"],
  },
  {
    kind: "construction-fire-review",
    name: "建设工程消防设计审查验收机构",
    nameEn: "Fire-safety review and acceptance of building works (housing and construction)",
    aliases: ["消防", "消防科", "消防验收", "消防审验"],
  },
  {
    kind: "drawing-review",
    name: "施工图审查机构",
    nameEn: "Construction-drawing review body",
    aliases: ["审图机构", "审图中心"],
  },
  { kind: "transport", name: "交通运输局", nameEn: "Transport bureau", aliases: ["交通", "交通局", "交通运输"] },
  {
    kind: "ecology-environment",
    name: "生态环境局",
    nameEn: "Ecology and environment bureau",
    aliases: ["环保", "环保局", "生态环境分局", "生态环境", "环境保护局"],
  },
  {
    kind: "port-shipping",
    name: "港航和口岸管理局",
    nameEn: "Port, shipping and border-port authority",
    aliases: ["港航", "港航局", "市港航", "港航口岸", "港航管理局"],
  },
  { kind: "maritime", name: "海事局", nameEn: "Maritime safety administration", aliases: ["海事", "海事处"] },
  {
    kind: "natural-resources",
    name: "自然资源和规划局",
    nameEn: "Natural resources and planning bureau",
    aliases: [
      "自规",
      "自规局",
      "自然资源局",
      "国土",
      "国土局",
      "国土资源局",
      "规划局",
      "自然资源和规划分局",
      "自然资源",
      "资规",
      "资规分局",
    ],
  },
  {
    kind: "administrative-approval",
    name: "行政审批局",
    nameEn: "Administrative approval bureau",
    aliases: ["审批局", "行政审批服务局", "行政审批机关"],
  },
  {
    kind: "investment-promotion",
    name: "投资促进局",
    nameEn: "Investment promotion bureau",
    aliases: [
      "招商",
      "招商局",
      "投促局",
      "招商处",
      "招商团队",
      "投资促进中心",
      "招商中心",
      "招商服务局",
      "招商投资促进局",
    ],
  },
  { kind: "commerce", name: "商务局", nameEn: "Commerce bureau", aliases: ["商务"] },
  {
    kind: "fire-rescue",
    name: "消防救援机构",
    nameEn: "Fire and rescue authority",
    aliases: ["消防救援", "消防大队", "消防救援大队"],
  },
  {
    kind: "emergency-management",
    name: "应急管理局",
    nameEn: "Emergency management bureau",
    aliases: ["应急局", "应急管理"],
  },
  { kind: "water-resources", name: "水利局", nameEn: "Water resources bureau", aliases: ["水利", "水利和湖泊局"] },
  { kind: "urban-management", name: "城市管理局", nameEn: "Urban management bureau", aliases: ["城管", "城管局"] },
  {
    kind: "united-front",
    name: "统战部",
    nameEn: "United Front Work Department",
    aliases: ["区委统战部", "县委统战部"],
  },
  {
    kind: "park-admin",
    name: "管理委员会",
    nameEn: "Park management committee",
    aliases: ["管委会", "开发委", "园区管委会", "工业园区"],
  },
  { kind: "project-office", name: "项目办", nameEn: "Project office", aliases: ["园区项目办", "项目办公室"] },
  {
    kind: "industry-service",
    name: "产业服务部门",
    nameEn: "Industry service section",
    aliases: ["产业服务", "产业服务局"],
  },
  { kind: "industry-development", name: "产业发展局", nameEn: "Industry development bureau", aliases: ["产业发展部"] },
  {
    kind: "enterprise-service-center",
    name: "企业发展服务中心",
    nameEn: "Enterprise development service centre",
    aliases: ["企业服务中心"],
  },
  { kind: "investment-service-center", name: "招商服务中心", nameEn: "Investment service centre", aliases: [] },
  {
    kind: "civil-air-defense",
    name: "人民防空办公室",
    nameEn: "Civil air defence office",
    aliases: ["人防办", "人防"],
  },
  { kind: "landscaping", name: "绿化管理办公室", nameEn: "Landscaping office", aliases: ["绿化办"] },
  { kind: "drainage", name: "排水管理办公室", nameEn: "Drainage office", aliases: ["排水办"] },
  { kind: "urban-development-office", name: "城市发展办公室", nameEn: "Urban development office", aliases: ["城发办"] },
  {
    kind: "power-utility",
    name: "供电公司",
    nameEn: "Power supply company",
    aliases: ["国网供电公司", "电力公司", "供电局"],
  },
  { kind: "financial-institution", name: "金融机构", nameEn: "Financial institution", aliases: ["银行"] },
  {
    kind: "government-service-center",
    name: "政务服务中心",
    nameEn: "Government service centre",
    aliases: ["便民服务中心", "政务服务大厅"],
  },
] as const satisfies readonly DepartmentKind[];

export type DepartmentKindSlug = (typeof departmentKinds)[number]["kind"];

export const departmentKindSlugs = departmentKinds.map((k) => k.kind) as [DepartmentKindSlug, ...DepartmentKindSlug[]];
