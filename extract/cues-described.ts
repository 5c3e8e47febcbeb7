import { type Cue, cue, gap } from "./cue.ts";

/**
 * How write-ups describe a practice without any of its names, read from the tuning texts (fixtures/published/dev)
 * against each measure's description and kept to wordings that mean the practice wherever they occur: 县长…一行赴…
 * is the top leader leading the visit, 盘活…存量用地 is idle land revived, 集中签约 a signing event. Grouped in the
 * taxonomy's category order.
 */

/** The head of a county, district or city: never a deputy (副县长). */
const topLeader = "(?<!副)(主要领导|主要负责同志|主要负责人|一把手|党政负责同志|书记|县长|区长|市长|旗长|州长)";

const recruitment: readonly Cue[] = [
  // 招商引资百日会战, “产业招商百日大会战”, 招商引资“百日攻坚”行动: a drive to a date is node recruitment, not a
  // project campaign, when what it drives is recruitment.
  cue(
    "measure:node-recruitment",
    "节点招商",
    `招商${gap(12)}百日${gap(3)}(会战|攻坚|竞赛|擂台)|百日${gap(3)}(会战|攻坚|竞赛|擂台)${gap(12)}招商`,
    ["measure:project-campaign"],
  ),
  // 春节大拜年大招商活动: a recruitment drive timed to a holiday (a holiday squad alone is not one).
  cue("measure:node-recruitment", "节点招商", `(春节|节假日|国庆|元旦)${gap(8)}招商活动`),
  cue(
    "measure:third-party-recruitment",
    "委托招商",
    `市场化${gap(4)}招商|(委托|中介|代理)${gap(2)}招商|(中介|专业)机构${gap(8)}招商|招商(代理|中介)`,
  ),
  cue(
    "measure:chain-recruitment",
    "产业链招商",
    `链主|延链|强链|围绕${gap(8)}产业链${gap(6)}(招商|招引|环节)|产业链上?${gap(4)}(招商|招引)|(填空|补缺)式${gap(4)}招商`,
  ),
  cue(
    "measure:professional-recruitment",
    "专业招商",
    `牵头${gap(4)}(主导|重点|优势)产业|(按|分)(产业|行业)${gap(6)}(招商|组建)|专业化?(招商)?(团队|队伍|力量)|专业\\+|专业招(?!商)`,
  ),
  cue("measure:outreach-visits", "线上沟通线下考察", `云(走访|招商|洽谈)|线上洽谈|视频洽谈`),
  cue("measure:outreach-visits", "邀请实地考察", `(客商|企业|投资方)${gap(12)}来${gap(2)}(实地)?考察`),
  cue("measure:outreach-visits", "外出招商", `(赴|前往|奔赴|分赴)${gap(16)}(招商|拜访|考察|洽谈|对接)`),
  cue("measure:outreach-visits", "邀请实地考察", `接待${gap(4)}客商|参观(走访|考察)`),
  cue("measure:recruitment-squad", "招商小分队", `招商分队|(?<!专业)小分队`),
  cue("measure:industry-map", "产业地图", `(招商(引资)?|产业(链)?)(地图|图谱)|地图\\+`),
  cue(
    "measure:matchmaking-event",
    "招商推介对接活动",
    `集中签约|签约(仪式|大会|活动)|(招商|产业|项目|专题|云)\\+?推介|推介(会|活动|大会)|(?<!银行|银企)(洽谈|对接)会|投洽会|展会招商|节会|[\u4e00-\u9fff]{0,4}峰会`,
  ),
];

const policy: readonly Cue[] = [
  cue("measure:policy-package", "政策配套", `出台${gap(40)}(政策|办法|意见|措施|细则|方案|文件)|优惠政策`),
];

const leadership: readonly Cue[] = [
  cue(
    "measure:top-leader-leads",
    "主要领导带队",
    `${topLeader}${gap(10)}(带队|率队|一行|亲自挂帅|挂帅|带头招)|一把手抓招商`,
  ),
  cue(
    "measure:leader-contact",
    "领导挂钩",
    `(领导|干部|班子成员)${gap(4)}(挂点|挂钩|包联|包抓|挂靠|联系)${gap(10)}(项目|企业)|领导${gap(4)}(挂靠|包抓|包联|挂点)|(挂点|包联|包抓)(领导|干部)|一[名位](挂点|联系|包联)?领导`,
  ),
  cue(
    "measure:number-one-project",
    "一号工程",
    `招商${gap(10)}(第一要务|一把手工程|头号工程|生命线|天字号工程)|(第一要务|一把手工程|头号工程)${gap(6)}招商`,
  ),
];

const assessment: readonly Cue[] = [cue("measure:recruitment-race", "赛马机制", `竞赛|比拼|擂台赛|比学赶超|红黑榜`)];

const approval: readonly Cue[] = [
  cue(
    "measure:single-window",
    "一窗受理",
    `专窗|一窗(通办|办理|办结)|综合窗口|统一(接件|受理)|一表申请|(只需|仅需)提交${gap(2)}[1一]套材料`,
  ),
  cue(
    "measure:pre-approval-guidance",
    "批前辅导",
    `(申报|报建)${gap(2)}指导|指导${gap(6)}(申报|报建)|(帮助|协助)${gap(6)}(准备|编制)${gap(6)}材料`,
  ),
  cue("measure:one-time-notification", "一次性告知", `一次性${gap(2)}(备齐|讲清|说明)`),
  // 25个工作日取得施工许可: a fixed short deadline for a permit.
  cue("measure:simplified-approval", "压缩审批时限", `\\d+个?工作日${gap(4)}(取得|拿到|办结|完成|发放)`),
  cue("measure:certificate-on-completion", "竣工即办证", `交房即交证|竣工即(验收|发证|拿证)`),
  // 交地即交证: land and planning certificates handed over with the land.
  cue("measure:land-to-construction", "多证同发", `交地即[交发领拿]证`),
];

const factors: readonly Cue[] = [
  // 提供了生活、办公、住宿保障, 招商引资孵化基地: premises for an incoming firm while it settles in.
  cue(
    "measure:office-space-help",
    "协助寻找办公场所",
    `办公${gap(4)}(住宿|场所|用房)${gap(2)}保障|(招商|企业)(引资)?孵化基地|过渡(厂房|办公|用房)|临时办公`,
  ),
  cue(
    "measure:idle-land-revival",
    "盘活闲置低效用地",
    `盘活${gap(10)}(存量|闲置|低效|空闲)${gap(4)}(用地|土地|厂房|资产|楼宇)|(闲置|低效|存量)(用地|土地|厂房)${gap(6)}盘活`,
  ),
  cue("measure:site-readiness", "九通一平", `(土地|场地|地块)${gap(4)}平整|平整${gap(2)}(土地|场地)|[三五七九]通一平`),
  cue(
    "measure:utility-upgrade",
    "配套设施改造",
    `完善${gap(20)}(功能配套|基础设施|配套设施)|(基础|配套)设施${gap(2)}(提升|改造|扩容)`,
  ),
];

const followThrough: readonly Cue[] = [
  cue("measure:checklist-management", "清单管理", `(问题|项目|工作|任务|责任)台账|台账(管理|化)`),
  cue("measure:department-linkage", "部门联动", `整合${gap(16)}部门${gap(2)}力量`),
  cue("measure:frontline-work-method", "一线工作法", `一线(办公|协调|督促|服务|推进|指挥|解决)|下沉(一线|工地|现场)`),
  cue(
    "measure:problem-clearing",
    "主动协调解决建设问题",
    `(协调|及时|帮助|帮|推动|着力|主动)(协调)?解决${gap(20)}(问题|难题|困难|诉求|堵点|难点)|排忧解难|破难点|通堵点|不解决不销号|销号管理`,
  ),
];

const aftercare: readonly Cue[] = [
  cue(
    "measure:firm-visits",
    "入企问需",
    `上门服务|入企(服务|走访)|回访|走访${gap(8)}(了解|收集)${gap(10)}(需求|诉求|困难|意见)|(了解|倾听|收集)${gap(12)}(需求|诉求)`,
  ),
];

export const describedCues: readonly Cue[] = [
  ...recruitment,
  ...policy,
  ...leadership,
  ...assessment,
  ...approval,
  ...factors,
  ...followThrough,
  ...aftercare,
];
