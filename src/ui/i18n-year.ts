import { type Catalogue, stringsFor } from '../words/catalogue.ts';

/** Texts of Wu Di's year: its menu card, the step between scenarios and the year's debrief. */
export interface YearStrings {
  /** a label's colon: ": " or "：" */
  colon: string;
  heading: string;
  intro: string;
  start: string;
  resume: string;
  startAgain: string;
  seeYear: string;
  /** "Scenario 2 of 5: Title" */
  progress: (n: number, total: number, title: string) => string;
  finished: string;
  notStarted: string;
  /** on a year scenario's debrief */
  next: string;
  stepHeading: string;
  stepIntro: string;
  factsHeading: string;
  noFacts: string;
  /** "from scenario 1" */
  factFrom: (title: string) => string;
  yes: string;
  no: string;
  playNext: (n: number, title: string) => string;
  toYearDebrief: string;
  debriefHeading: string;
  debriefIntro: string;
  rolesHeading: string;
  rolesNote: string;
  scenarioCol: string;
  endingCol: string;
  notPlayed: string;
  turningHeading: string;
  noTurning: string;
  /** a turning point: "Decision 3: you chose …" */
  turningDecision: (n: number) => string;
  youChose: string;
  /** "Priya stayed with the team: no → yes" */
  turned: (label: string, before: string, after: string) => string;
  backToMenu: string;
  restartConfirm: string;
  restartYes: string;
}

const en: YearStrings = {
  colon: ': ',
  heading: "Wu Di's year",
  intro:
    'The five scenarios in order, as one account’s year: what happens in one carries into the next. Your solo scenarios stay as they are.',
  start: 'Start the year',
  resume: 'Resume the year',
  startAgain: 'Start a new year',
  seeYear: 'See the year',
  progress: (n, total, title) => `Scenario ${n} of ${total}: ${title}`,
  finished: 'Year finished',
  notStarted: 'Not started',
  next: 'Next in the year',
  stepHeading: 'Next in the year',
  stepIntro: 'What the account carries into the next scenario:',
  factsHeading: 'Facts carried',
  noFacts: 'Nothing carried yet.',
  factFrom: (title) => `from ${title}`,
  yes: 'yes',
  no: 'no',
  playNext: (n, title) => `Play scenario ${n}: ${title}`,
  toYearDebrief: 'See the year',
  debriefHeading: 'The year',
  debriefIntro:
    'How you played each of the five roles, scenario by scenario, and what carried through the year.',
  rolesHeading: 'Roles, scenario by scenario',
  rolesNote: 'Each cell: points earned of points possible for that role in that scenario.',
  scenarioCol: 'Scenario',
  endingCol: 'Ending',
  notPlayed: 'not played',
  turningHeading: 'Turning points',
  noTurning: 'No decision changed a carried fact.',
  turningDecision: (n) => `Decision ${n}`,
  youChose: 'You chose',
  turned: (label, before, after) => `${label}: ${before} → ${after}`,
  backToMenu: 'Back to scenarios',
  restartConfirm: 'Start a new year? The year you are playing will be replaced.',
  restartYes: 'Yes, start a new year',
};

const zh: YearStrings = {
  colon: '：',
  heading: '吴迪的一年',
  intro: '按顺序完成五个情境，作为同一个客户的一年：前一个情境发生的事会带到下一个。单独游玩的情境不受影响。',
  start: '开始这一年',
  resume: '继续这一年',
  startAgain: '重新开始一年',
  seeYear: '查看这一年',
  progress: (n, total, title) => `第 ${n} / ${total} 个情境：${title}`,
  finished: '这一年已完成',
  notStarted: '尚未开始',
  next: '这一年的下一步',
  stepHeading: '这一年的下一步',
  stepIntro: '带入下一个情境的事实：',
  factsHeading: '延续的事实',
  noFacts: '目前还没有延续的事实。',
  factFrom: (title) => `来自《${title}》`,
  yes: '是',
  no: '否',
  playNext: (n, title) => `进入第 ${n} 个情境：${title}`,
  toYearDebrief: '查看这一年',
  debriefHeading: '这一年',
  debriefIntro: '逐个情境回顾你在五个角色上的表现，以及贯穿这一年的事实。',
  rolesHeading: '各情境的角色表现',
  rolesNote: '每格：该情境中该角色获得的分数 / 可得分数。',
  scenarioCol: '情境',
  endingCol: '结局',
  notPlayed: '未进行',
  turningHeading: '转折点',
  noTurning: '没有哪个决定改变了延续的事实。',
  turningDecision: (n) => `第 ${n} 个决定`,
  youChose: '你的选择',
  turned: (label, before, after) => `${label}：${before} → ${after}`,
  backToMenu: '返回情境列表',
  restartConfirm: '重新开始一年？正在进行的这一年将被替换。',
  restartYes: '是的，重新开始',
};

export const YEAR_STRINGS: Catalogue<YearStrings> = { en, 'zh-CN': zh };

export function yearStrings(locale: string | null): YearStrings {
  return stringsFor(YEAR_STRINGS, locale);
}
