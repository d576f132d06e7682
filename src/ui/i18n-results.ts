import type { Role } from '../narrative/roles.ts';
import type { ClassAverageRead } from '../results/check-result.ts';
import type { PlanWording } from '../results/plan.ts';
import type { ResultDecision } from '../results/result.ts';
import type { ResultsProblem } from '../results/results-store.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';
import { roleNames } from '../words/roles.ts';

type ReadFailure = Extract<ClassAverageRead, { ok: false }>['reason'];

/** Texts of the learner's results: the debrief's name, plan, export and class comparison, and the profile. */
export interface ResultStrings {
  /** a label's colon: ": " or "：" */
  colon: string;
  nameLabel: string;
  nameHint: string;
  nameMissing: string;
  saving: string;
  saved: string;
  planHeading: string;
  planIntro: (role: string) => string;
  planIntroNone: string;
  planRole: string;
  planRoleNone: string;
  actionHeading: (n: number) => string;
  fields: { prepare: string; act: string; reflect: string; review: string };
  placeholders: { prepare: string; act: string; reflect: string; review: string };
  addAction: string;
  removeAction: (n: number) => string;
  suggestAgain: string;
  maxActions: string;
  exportHeading: string;
  exportNote: string;
  exportJson: string;
  exportCsv: string;
  print: string;
  openProfile: string;
  compare: string;
  compareNote: string;
  compareLoaded: (className: string, learners: number) => string;
  compareMissing: (className: string) => string;
  compareRemove: string;
  compareErrors: Record<ReadFailure, string>;
  /** `diff` is you minus the class mean, rounded; `gap` its size as shown */
  youVsClass: (you: string, cls: string, diff: number, gap: string) => string;
  /** a reference group beside the class: "Incumbent KAMs 14 (−11)" */
  vsReference: (name: string, mean: string, diff: number, gap: string) => string;
  /** "you 3", when only a reference is loaded */
  youAre: (you: string) => string;
  referenceLoaded: (name: string, learners: number) => string;
  /** the second file: an earlier cohort, incumbent KAMs */
  reference: string;
  referenceNote: string;
  referenceRemove: string;
  /** the legend's names for the two groups, with the names their files give */
  legendClassNamed: (name: string) => string;
  legendReference: (name: string) => string;
  capabilities: {
    heading: string;
    intro: string;
    /** a capability no option of this scenario exercises */
    none: string;
  };
  self: {
    heading: string;
    intro: string;
    /** the two bars of a role */
    rated: string;
    played: string;
    ratedValue: (rating: string, percent: string) => string;
    playedValue: (percent: string) => string;
    over: (role: string) => string;
    under: (role: string) => string;
    even: string;
    missing: string;
    rate: string;
    rerate: string;
  };
  /** "Most points left: …", each item from pointsLeftItem, joined with " · " */
  mostPointsLeft: (items: string) => string;
  pointsLeftItem: (role: string, points: string) => string;
  legendYou: string;
  legendClass: string;
  notRecorded: string;
  problems: Record<ResultsProblem['kind'], string>;
  profile: {
    open: string;
    heading: string;
    intro: string;
    empty: string;
    emptyAction: string;
    back: string;
    /** the highest share of points possible (not points: see mostPointsLeft) */
    strongest: (role: string) => string;
    /** the lowest share of points possible */
    weakest: (role: string) => string;
    learner: (name: string) => string;
    count: (played: number, total: number) => string;
    even: string;
    radarLabel: string;
    barsHeading: string;
    shareOf: (earned: string, possible: number, percent: string) => string;
    scenariosHeading: string;
    /** the closing section: roles stage by stage of the account's year */
    stagesHeading: string;
    stagesIntro: string;
    stageScenarios: (titles: readonly string[]) => string;
    played: (date: string, minutes: number) => string;
    costlyHeading: string;
    noCostly: string;
    cost: (points: number) => string;
    exportAllJson: string;
    exportAllCsv: string;
    /** the eight capabilities summed across scenarios */
    capsHeading: string;
    capsIntro: string;
    /** a capability no scenario played exercises */
    capNone: string;
    /** results of format 1 (no capabilities) left out of the capability bars */
    capsLeftOut: (results: number) => string;
    /** every result played was of format 1 */
    capsMissing: string;
    /** a group's share on a bar: "class average 52%", "Incumbent KAMs 61%" */
    classShare: (percent: string) => string;
    referenceShare: (name: string, percent: string) => string;
    /** the learner over only the scenarios a group's file covers, in brackets after its share */
    sameScenarios: (percent: string, scenarios: number) => string;
    /** the legend's label ("Class average (cohort 12)") and how much of the learner's play it covers */
    groupCovers: (label: string, covered: number, played: number) => string;
    groupNone: (label: string) => string;
  };
  plan: PlanWording;
}

/** "a strategy leader", "an operations owner" */
function asA(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name.toLowerCase()}`;
}

/** An option's text inside a sentence of ours: no full stop of its own. */
function quoted(text: string): string {
  return text.trim().replace(/[.。]+$/u, '');
}

const chosenText = (d: ResultDecision) => quoted(d.options[d.chosen]?.text ?? '');

const EN_PREPARE = 'Where could this come up on my own account, and what do I need to find out first?';
const EN_ACT = 'On my account: what I will do, with whom, by when.';
const EN_REVIEW =
  'In two weeks I review it with my manager or my iron-triangle colleagues: what worked, what next?';

function enPlan(role: (r: Role) => string): PlanWording {
  return {
    prepare: (d) =>
      d.feedback
        ? `Coach's note on decision ${d.number}: “${d.feedback}” ${EN_PREPARE}`
        : `Decision ${d.number}${d.prompt ? ` (${d.prompt})` : ''}: ${EN_PREPARE}`,
    act: (_d, stronger) => {
      if (!stronger) return EN_ACT;
      const move = quoted(stronger);
      return `${EN_ACT} (In the game, the stronger move was: ${move}${/[?!]$/.test(move) ? '' : '.'})`;
    },
    reflect: (d, r) =>
      `Afterwards: what changed for the customer, my team and my company? Compared with decision ${d.number} in the game (I chose “${chosenText(d)}”), what do I now do differently as ${asA(role(r))}?`,
    review: () => EN_REVIEW,
    blank: (r) => ({
      prepare: '',
      act: '',
      reflect: r ? `What does it teach me as ${asA(role(r))}?` : '',
      review: EN_REVIEW,
    }),
  };
}

const ZH_PREPARE = '在我负责的系统部里，类似情况可能出现在哪里？我需要先弄清什么？';
const ZH_ACT = '在我负责的客户上：做什么、和谁、何时完成。';
const ZH_REVIEW = '两周后与主管或铁三角伙伴一起回顾：哪些做法有效？下一步做什么？';

function zhPlan(role: (r: Role) => string): PlanWording {
  return {
    prepare: (d) =>
      d.feedback
        ? `第 ${d.number} 个决定的教练点评：“${d.feedback}”${ZH_PREPARE}`
        : `第 ${d.number} 个决定${d.prompt ? `（${d.prompt}）` : ''}：${ZH_PREPARE}`,
    act: (_d, stronger) => (stronger ? `${ZH_ACT}（游戏中更好的做法是：${quoted(stronger)}）` : ZH_ACT),
    reflect: (d, r) =>
      `事后想一想：客户、团队和公司各有什么变化？对照游戏中的第 ${d.number} 个决定（我当时选了“${chosenText(d)}”），作为${role(r)}，我现在会怎么做？`,
    review: () => ZH_REVIEW,
    blank: (r) => ({
      prepare: '',
      act: '',
      reflect: r ? `作为${role(r)}，我学到了什么？` : '',
      review: ZH_REVIEW,
    }),
  };
}

const en: ResultStrings = {
  colon: ': ',
  nameLabel: 'Your name or nickname',
  nameHint: 'Your trainer sees this name on your results file.',
  nameMissing: 'Add a name so your trainer can tell your file from the others.',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  planHeading: 'Your on-the-job plan (PARR)',
  planIntro: (role) =>
    `One action for ${role}, the role where you left most points, started from the coach's note: rewrite it in your own words. Add more if you like (up to three).`,
  planIntroNone: 'You left no points on the table. Choose a role to work on and write one action.',
  planRole: 'Role to work on',
  planRoleNone: 'Choose a role',
  actionHeading: (n) => `Action ${n}`,
  fields: { prepare: 'Prepare', act: 'Act', reflect: 'Reflect', review: 'Review' },
  placeholders: {
    prepare: 'What do I need to know or line up first?',
    act: 'What exactly will I do, and when?',
    reflect: 'What will I ask myself afterwards?',
    review: 'When, and with whom, will I check the result?',
  },
  addAction: '+ Add an action',
  removeAction: (n) => `Remove action ${n}`,
  suggestAgain: "Suggest up to three from the coach's notes",
  maxActions: 'A plan holds at most three actions.',
  exportHeading: 'Your result',
  exportNote: 'Give the JSON file to your trainer for the class view. The CSV opens in Excel.',
  exportJson: 'Download result (JSON)',
  exportCsv: 'Download as CSV',
  print: 'Print',
  openProfile: 'My profile',
  compare: 'Compare with my class…',
  compareNote: 'Open the class average file your trainer shared with you.',
  compareLoaded: (className, learners) => `Compared with ${className} (${learners} learners).`,
  compareMissing: (className) => `The figures of ${className} do not include this scenario.`,
  compareRemove: 'Remove class average',
  compareErrors: {
    'not-json': 'This file could not be read: it is not a class average file.',
    'too-large': 'This file is too large to be a class average file.',
    'too-deep': 'This file is nested too deeply to be a class average file.',
    'results-file': "This is a learner's results file. Ask your trainer for the class average file.",
    'wrong-kind': "This is not a class average file from Wu Di's Turn.",
    'wrong-version': 'This class average file was made by another version of the game.',
    malformed: 'This class average file is damaged and could not be read.',
  },
  youVsClass: (you, cls, diff, gap) =>
    `you ${you} · class average ${cls} (${diff < 0 ? `−${gap}` : diff > 0 ? `+${gap}` : '±0'})`,
  mostPointsLeft: (items) => `Most points left: ${items}`,
  pointsLeftItem: (role, points) => `${role} (${points})`,
  vsReference: (name, mean, diff, gap) =>
    `${name} ${mean} (you ${diff < 0 ? `−${gap}` : diff > 0 ? `+${gap}` : '±0'})`,
  youAre: (you) => `you ${you}`,
  referenceLoaded: (name, learners) => `Reference: ${name} (${learners} players).`,
  reference: 'Add a reference group…',
  referenceNote:
    'A second figures file from your trainer to compare with: an earlier class, or KAMs already in the role who played the game.',
  referenceRemove: 'Remove reference',
  legendClassNamed: (name) => `Class average (${name})`,
  legendReference: (name) => `Reference (${name})`,
  capabilities: {
    heading: 'Your eight capabilities',
    intro:
      'The eight capabilities behind the five roles. Most decisions exercise one of them and add their points there; a costly choice takes points away. Each bar shows what you earned out of the most this scenario allows.',
    none: 'not exercised in this scenario',
  },
  self: {
    heading: 'How you see yourself, and what you did',
    intro:
      'Role by role: your self-rating beside the share of possible points your decisions earned. Your rating is put on the same scale (1 = 0%, 3 = 50%, 5 = 100%). The course sets colleagues’ 360 ratings beside your own view; here your decisions stand in for them. Read a gap as a question, not a verdict.',
    rated: 'You rated yourself',
    played: 'Your decisions',
    ratedValue: (rating, percent) => `${rating} of 5 (${percent})`,
    playedValue: (percent) => percent,
    over: (role) =>
      `Your rating is furthest above your decisions as ${role}. Worth asking: do you do this at work as often as you rated, or did you choose differently in the game than you would at work?`,
    under: (role) =>
      `Your decisions are furthest above your rating as ${role}: you know what good looks like there. Is something at work stopping you, or do you sell yourself short?`,
    even: 'Your self-rating and your decisions are within 10 percentage points of each other on every role.',
    missing: 'Rate yourself (two minutes) to see your view of yourself beside your play.',
    rate: 'Rate yourself…',
    rerate: 'Rate yourself again…',
  },
  legendYou: 'You',
  legendClass: 'Class average',
  notRecorded: 'Results are kept for the course scenarios played on your own.',
  problems: {
    'list-damaged': 'Your saved results could not be read. They are kept aside in this browser, untouched.',
    'saved-by-newer':
      'Your saved results were written by a newer version of the game. They are kept untouched; results from this page are not saved.',
    'result-damaged': 'One saved result could not be read and was left out; the others are safe.',
    'result-changed': 'One saved result was changed outside the game and was left out; the others are safe.',
    'class-average-damaged': 'The saved class average could not be read; open the file again.',
    'reference-damaged': 'The saved reference figures could not be read; open the file again.',
    'self-rating-damaged':
      'Your saved self-assessment could not be read; you can fill it in again from your profile.',
    unsaved:
      'This browser is not saving results (storage full or private browsing): export them before you leave.',
  },
  profile: {
    open: 'Profile',
    heading: 'My S-T-R-O-BE profile',
    intro: 'The latest play of each scenario: points earned as a share of points possible, role by role.',
    empty: 'Nothing here yet. Finish a scenario and your profile starts to take shape.',
    emptyAction: 'Choose a scenario',
    back: 'Back',
    strongest: (role) => `Highest share: ${role}`,
    weakest: (role) => `Lowest share: ${role}`,
    learner: (name) => `Learner: ${name}`,
    count: (played, total) =>
      `Based on ${played} of ${total} scenario${total === 1 ? '' : 's'}.${played < total ? ' Play the others to complete the picture.' : ''}`,
    even: 'Your roles are level so far.',
    radarLabel: 'Radar chart: share of points earned in each of the five roles',
    barsHeading: 'Role by role',
    shareOf: (earned, possible, percent) => `${earned} / ${possible} · ${percent}`,
    scenariosHeading: 'Scenario by scenario',
    stagesHeading: "Stage by stage of the account's year",
    stagesIntro:
      'Your roles in the scenarios of each stage the account goes through (expansion, growth, maturity), and the question the course asks about that stage.',
    stageScenarios: (titles) => `Scenarios: ${titles.join(' · ')}`,
    played: (date, minutes) => `Finished ${date} · ${minutes} min`,
    costlyHeading: 'Decisions that cost most',
    noCostly: 'No decision cost points: you took the strongest option every time.',
    cost: (points) => `−${points} points`,
    exportAllJson: 'Download all results (JSON)',
    exportAllCsv: 'Download all as CSV',
    capsHeading: 'Capabilities across scenarios',
    capsIntro:
      'The eight capabilities under the roles, over the latest play of each scenario: points earned by the options you chose, out of the most one path can earn.',
    capNone: 'not exercised in the scenarios played',
    capsLeftOut: (n) =>
      `${n === 1 ? 'One result was' : `${n} results were`} played before capabilities were counted and ${n === 1 ? 'is' : 'are'} left out of these bars.`,
    capsMissing:
      'Your results were played before capabilities were counted. Play a scenario again to see them.',
    classShare: (pct) => `class average ${pct}`,
    referenceShare: (name, pct) => `${name} ${pct}`,
    sameScenarios: (pct, n) => ` (you ${pct} in the same ${n === 1 ? 'scenario' : `${n} scenarios`})`,
    groupCovers: (label, covered, played) =>
      `${label}: ${covered === played ? `covers all ${played} of your scenarios` : `covers ${covered} of your ${played} scenarios`}.`,
    groupNone: (label) => `${label}: none of the scenarios you played.`,
  },
  plan: enPlan((r) => roleNames('en')[r]),
};

const zh: ResultStrings = {
  colon: '：',
  nameLabel: '你的姓名或昵称',
  nameHint: '讲师会在你的结果文件上看到这个名字。',
  nameMissing: '请填写名字，方便讲师区分你的文件。',
  saving: '正在保存…',
  saved: '已保存在本浏览器中',
  planHeading: '你的在岗实践计划（PARR）',
  planIntro: (role) =>
    `针对你失分最多的角色“${role}”，先写一项行动。内容取自教练点评，请改成你自己的话；需要的话可以再添加（最多三项）。`,
  planIntroNone: '你没有失分。请选择一个想继续加强的角色，写下一项行动。',
  planRole: '要加强的角色',
  planRoleNone: '选择角色',
  actionHeading: (n) => `行动 ${n}`,
  fields: { prepare: '准备', act: '执行', reflect: '反思', review: '回顾' },
  placeholders: {
    prepare: '我需要先了解或准备什么？',
    act: '我具体要做什么？什么时候做？',
    reflect: '事后我要问自己什么？',
    review: '什么时候、和谁一起检查结果？',
  },
  addAction: '+ 添加一项行动',
  removeAction: (n) => `删除行动 ${n}`,
  suggestAgain: '根据教练点评建议（最多三项）',
  maxActions: '一份计划最多三项行动。',
  exportHeading: '你的结果',
  exportNote: '把 JSON 文件交给讲师，用于班级视图。CSV 文件可以用 Excel 打开。',
  exportJson: '下载结果（JSON）',
  exportCsv: '下载 CSV',
  print: '打印',
  openProfile: '我的档案',
  compare: '与全班比较…',
  compareNote: '打开讲师分享给你的全班平均文件。',
  compareLoaded: (className, learners) => `对比对象：${className}（${learners} 名学员）。`,
  compareMissing: (className) => `${className}的数据中没有这个情境。`,
  compareRemove: '移除全班平均',
  compareErrors: {
    'not-json': '无法读取这个文件：它不是全班平均文件。',
    'too-large': '这个文件太大，不是全班平均文件。',
    'too-deep': '这个文件嵌套层级过深，不是全班平均文件。',
    'results-file': '这是学员的结果文件。请向讲师索取全班平均文件。',
    'wrong-kind': '这不是《吴迪的转身》的全班平均文件。',
    'wrong-version': '这个全班平均文件来自另一个版本的游戏。',
    malformed: '这个全班平均文件已损坏，无法读取。',
  },
  youVsClass: (you, cls, diff, gap) =>
    `你 ${you} · 全班平均 ${cls}（${diff < 0 ? `你低 ${gap}` : diff > 0 ? `你高 ${gap}` : '与你持平'}）`,
  mostPointsLeft: (items) => `失分最多：${items}`,
  pointsLeftItem: (role, points) => `${role}（${points} 分）`,
  vsReference: (name, mean, diff, gap) =>
    `${name} ${mean}（${diff < 0 ? `你低 ${gap}` : diff > 0 ? `你高 ${gap}` : '与你持平'}）`,
  youAre: (you) => `你 ${you}`,
  referenceLoaded: (name, learners) => `参照组：${name}（${learners} 人）。`,
  reference: '添加参照组…',
  referenceNote: '再加一组数据作对照：往届学员，或玩过本游戏的在岗大客户经理。',
  referenceRemove: '移除参照组',
  legendClassNamed: (name) => `全班平均（${name}）`,
  legendReference: (name) => `参照组（${name}）`,
  capabilities: {
    heading: '你的八项能力',
    intro:
      '五个角色背后的八项能力。大多数决定对应其中一项能力，得分计入该能力；失分的选择会扣分。每一条显示你的得分与本情境最多可得的分数。',
    none: '本情境未涉及',
  },
  self: {
    heading: '自评与决策表现',
    intro:
      '逐个角色对照：你的自评，与你的决策得分占可得分的比例。自评换算到同一刻度（1 分为 0%，3 分为 50%，5 分为 100%）。课程用 360 度调查做“他评”，这里由你的决策代替。差距是值得自问的问题，而不是结论。',
    rated: '你的自评',
    played: '决策得分',
    ratedValue: (rating, percent) => `${rating} / 5（${percent}）`,
    playedValue: (percent) => percent,
    over: (role) =>
      `自评高出决策得分最多的角色是${role}。值得自问：工作中你真的像自评的那样经常这样做吗？还是游戏里的选择与你平时的做法不同？`,
    under: (role) =>
      `决策得分高出自评最多的角色是${role}：你清楚这里该怎么做。是工作中有什么阻碍了你，还是你低估了自己？`,
    even: '每个角色的自评与决策得分相差都在 10 个百分点以内。',
    missing: '做一次自评（约两分钟），就能把你对自己的看法和决策得分放在一起对照。',
    rate: '开始自评…',
    rerate: '重新自评…',
  },
  legendYou: '你',
  legendClass: '全班平均',
  notRecorded: '只有独自完成的课程情境才会保存结果。',
  problems: {
    'list-damaged': '已保存的结果无法读取，已原样另行保留在此浏览器中。',
    'saved-by-newer': '已保存的结果由更新版本的游戏写入，已原样保留；本页产生的结果不会保存。',
    'result-damaged': '有一条已保存的结果无法读取，已略过；其他结果不受影响。',
    'result-changed': '有一条已保存的结果在游戏之外被修改过，已略过；其他结果不受影响。',
    'class-average-damaged': '已保存的全班平均无法读取，请重新打开文件。',
    'reference-damaged': '已保存的参照组数据无法读取，请重新打开文件。',
    'self-rating-damaged': '已保存的自评无法读取，可以从“我的档案”重新填写。',
    unsaved: '此浏览器无法保存结果（存储已满或处于隐私模式）：离开前请先导出。',
  },
  profile: {
    open: '我的档案',
    heading: '我的 S-T-R-O-BE 档案',
    intro: '取每个情境最近一次的结果：按角色计算得分占可得分的比例。',
    empty: '这里还没有内容。完成一个情境，你的档案就开始成形。',
    emptyAction: '选择情境',
    back: '返回',
    strongest: (role) => `得分率最高：${role}`,
    weakest: (role) => `得分率最低：${role}`,
    learner: (name) => `学员：${name}`,
    count: (played, total) =>
      `目前依据 ${played} 个情境（共 ${total} 个）。${played < total ? '完成其余情境，档案会更完整。' : ''}`,
    even: '目前各角色的表现持平。',
    radarLabel: '雷达图：五个角色各自的得分比例',
    barsHeading: '各角色得分',
    shareOf: (earned, possible, percent) => `${earned} / ${possible} · ${percent}`,
    scenariosHeading: '各情境复盘',
    stagesHeading: '按客户阶段看',
    stagesIntro:
      '客户要经历拓展期、成长期、成熟期：这里是你在每个阶段的情境中各角色的得分，以及课程针对这一阶段的讨论问题。',
    stageScenarios: (titles) => `情境：${titles.join(' · ')}`,
    played: (date, minutes) => `完成于 ${date} · ${minutes} 分钟`,
    costlyHeading: '失分最多的决定',
    noCostly: '没有失分的决定：你每次都选了最佳选项。',
    cost: (points) => `失 ${points} 分`,
    exportAllJson: '下载全部结果（JSON）',
    exportAllCsv: '下载全部（CSV）',
    capsHeading: '各项能力（全部情境）',
    capsIntro:
      '角色之下的八项能力，取每个情境最近一次的结果：你所选选项获得的分数，占单条路径最多可得分数的比例。',
    capNone: '已玩情境均未涉及',
    capsLeftOut: (n) => `有 ${n} 个结果来自尚未统计能力的版本，未计入这些能力条。`,
    capsMissing: '你的结果来自尚未统计能力的版本。再玩一次任一情境，即可看到各项能力。',
    classShare: (pct) => `全班平均 ${pct}`,
    referenceShare: (name, pct) => `${name} ${pct}`,
    sameScenarios: (pct, n) => `（你在相同的 ${n} 个情境中为 ${pct}）`,
    groupCovers: (label, covered, played) =>
      `${label}：${covered === played ? `涵盖你玩过的全部 ${played} 个情境` : `涵盖你玩过的 ${played} 个情境中的 ${covered} 个`}。`,
    groupNone: (label) => `${label}：不包含你玩过的任何情境。`,
  },
  plan: zhPlan((r) => roleNames('zh-CN')[r]),
};

export const RESULT_STRINGS: Catalogue<ResultStrings> = { en, 'zh-CN': zh };

/** A result carries its locale as text: anything unknown reads as English. */
export function resultStrings(locale: string | null): ResultStrings {
  return stringsFor(RESULT_STRINGS, locale);
}
