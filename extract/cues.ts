import { measureById, wordingsOf } from "../graph-schema/index.ts";
import { type Cue, cue, gap } from "./cue.ts";
import { describedCues } from "./cues-described.ts";

export type { Cue } from "./cue.ts";

/**
 * Measures that cases describe with words in between rather than with a fixed wording: 邀请…实地考察,
 * 省、市级银行联动, 为企业在舟公司的注册做好全程协助. Each cue names the taxonomy wording it stands for, so the draft's
 * FEATURES.variant stays a known wording. Gaps stop at a sentence end (。；) so a cue never spans two sentences.
 * cues-described.ts holds the cues for practices that write-ups describe without any of their names.
 */
const wordingCues: readonly Cue[] = [
  cue("measure:outreach-visits", "邀请实地考察", `邀请${gap(24)}(实地)?考察`),
  cue("measure:outreach-visits", "线上沟通线下考察", `线上${gap(10)}线下${gap(6)}考察`),
  cue("measure:top-leader-leads", "主要领导带队考察", `主要领导${gap(20)}带队${gap(14)}考察`),
  cue("measure:top-leader-leads", "主要领导上门招商", `(主要领导|书记|区长|县长|市长)${gap(8)}(登门|上门)`),
  cue(
    "measure:registration-assistance",
    "公司注册全程协助",
    `注册${gap(8)}(全程)?协助|协助${gap(8)}(工商)?注册|代办${gap(4)}注册`,
  ),
  cue("measure:office-space-help", "协助寻找办公场所", `(寻找|找|物色)${gap(6)}办公(场所|场地|用房)`),
  cue("measure:dock-planning", "码头配套方案沟通", `码头${gap(40)}方案`),
  cue("measure:policy-package", "吃透产业土地资金政策", `吃透${gap(16)}政策`),
  cue("measure:financing-coordination", "省市银行联动", `省[、,]?市级?银行联动`),
  cue("measure:financing-coordination", "牵线金融机构", `牵线${gap(14)}(金融机构|银行)`),
  cue(
    "measure:financing-coordination",
    "融资协调",
    `(协调|对接)${gap(6)}(融资|贷款)|银行${gap(2)}(对接|授信)|银企${gap(2)}(洽谈|对接|座谈)`,
  ),
  cue("measure:policy-package", "重点项目服务管理办法", `重点(项目|企业)${gap(12)}(服务|管理)办法`),
  cue("measure:waiting-window-review", "空窗期预审", `空窗期`),
  cue(
    "measure:proxy-service",
    "代办",
    `代为办理|代跑|全程帮办|(帮助|协助|帮|替)${gap(8)}(办理|代办|跑办)${gap(6)}(手续|审批|事项)|为${gap(10)}企业${gap(4)}办理|打包办理`,
  ),
  cue("measure:joint-inspection", "联合踏勘", `联合${gap(6)}踏勘`),
  cue("measure:parallel-approval", "并联审批", `串联${gap(3)}并联|并联${gap(4)}(审批|申请|办理)`),
  cue("measure:named-staff", "指定专人", `(安排|明确|落实|确定)专人|专人(盯办|跟踪|负责|对接|跟进)`),
  cue("measure:checklist-management", "清单管理", `(任务|问题|责任|销号)清单`),
  cue("measure:backward-scheduling", "倒排工期", `倒排${gap(8)}(工期|时间|计划|节点|环节|时限|进度|时序)`),
  cue("measure:simplified-approval", "压缩审批时限", `压缩${gap(6)}时限|缩短${gap(8)}(审批|办理|办结)(时间|时限)`),
  cue("measure:leader-contact", "领导挂钩", `(挂钩|联系)(县|区|市)?领导`),
  cue("measure:department-linkage", "部门联动", `(多|各|相关)(职能)?部门${gap(4)}(联动|协同|合力)`),
  cue("measure:task-force", "工作专班", `(成立|组建|设立)${gap(30)}专班`),
  cue("measure:factor-guarantee", "要素保障", `(土地|用地|用电|用水|用能)${gap(6)}要素${gap(4)}保障`),
  cue("measure:joint-acceptance", "联合验收", `(联合|集中)${gap(6)}验收`),
  // Wordings of common practices that the published case texts use (fixtures/published/dev) and that recur in
  // government write-ups generally; each stays inside one sentence like every cue.
  cue("measure:task-force", "工作专班", `专班`),
  cue("measure:recruit-delivery-chain", "招商引资与审批服务联动", `招商\\+审批|招商[与和、]审批${gap(2)}联动`),
  cue("measure:recruit-delivery-chain", "招商—落地衔接", `前端${gap(16)}后台`),
  cue("measure:pre-approval-guidance", "批前辅导", `指导企业${gap(6)}(准备|编制)${gap(4)}(材料|方案)`),
  cue("measure:waiting-window-review", "空窗期预审", `(出让|供地|摘牌)前${gap(2)}预审`),
  // 全流程综合服务 of a logistics park is the firm's business, 全过程保持低温 its cold chain; the government's is
  // 全流程(审批|代办…)服务.
  cue(
    "measure:full-lifecycle-service",
    "全流程服务",
    `全(周期|生命周期|链条)|全(流程|过程)(审批|代办|帮办|跟踪|领办){0,2}服务|全程(优质|跟踪|贴心|精准)服务`,
  ),
  cue("measure:named-staff", "专人服务", `一对一${gap(4)}(服务|对接|联系|帮扶|跟踪)|专人对接`),
  cue("measure:liaison-officer", "服务专员", `一企一员|服务专员|项目秘书|项目管家|特派员|联络员`),
  cue("measure:checklist-management", "清单管理", `(事项|项目|服务|节点)清单|清单(化|式|制)`),
  cue("measure:one-time-notification", "一次性告知", `面对面${gap(4)}(告知|说明)|一次性${gap(4)}告知`),
  cue("measure:coordination-meeting", "协调会", `会商|联席会议|(交底|协调|推进|调度|会办)会`),
  cue("measure:policy-package", "重点项目服务管理办法", `(服务|代办)${gap(8)}(实施细则|工作指引|管理办法)`),
  cue(
    "measure:factor-guarantee",
    "要素保障",
    `要素${gap(2)}(跟着|围着|随)项目|(用地|土地|水电气|水、电、气)${gap(4)}(保障|诉求)`,
  ),
  cue("measure:site-clearance", "快速腾地", `收回${gap(16)}地块|土地征迁|征迁|征地|拆迁`),
  cue(
    "measure:parallel-approval",
    "并联审批",
    `同步(进行|开展|推进|办理)|并行(推进|办理)|串联${gap(3)}转${gap(2)}并联`,
  ),
  cue("measure:pre-signing-vetting", "前延研判", `(快速|提前|前期|前延|签约前)研判`),
  cue("measure:early-intervention", "提前介入", `关口前移|前延服务|提前(对接|谋划服务)`),
  cue("measure:department-linkage", "政企协同", `政企(联动|协同)|跨部门${gap(6)}(协同|联动|协作)|多部门${gap(4)}协作`),
  cue(
    "measure:simplified-approval",
    "压缩审批时限",
    `压缩(到|至)${gap(8)}(工作日|天|日)|时限压缩|(精简|减少|简化)${gap(6)}(材料|环节|流程|手续)`,
  ),
];

export const cues: readonly Cue[] = [...wordingCues, ...describedCues];

/** Guards against a cue naming a wording the taxonomy does not know, which would fail the draft's validation. */
export function unknownCueVariants(): string[] {
  return cues
    .filter((c) => {
      const measure = measureById.get(c.measureId);
      return !measure || !wordingsOf(measure).includes(c.variant);
    })
    .map((c) => `${c.measureId}: ${c.variant}`);
}
