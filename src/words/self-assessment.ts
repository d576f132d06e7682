import type { Role } from '../narrative/roles.ts';
import type { SelfStatement } from '../results/self-rating.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The self-assessment before the first scenario: three behavioural statements per role, each
 * something a KAM does (or does not) do in an ordinary month, written from the roles' duties in
 * the course. Ids are stable: results carry the answers by id, so a reworded statement keeps its
 * id and a new one gets a new id.
 */
export const SELF_STATEMENTS: readonly SelfStatement[] = [
  { id: 'S.read-strategy', role: 'S' },
  { id: 'S.opco-conflict', role: 'S' },
  { id: 'S.review-rhythm', role: 'S' },
  { id: 'T.mirror-customer', role: 'T' },
  { id: 'T.local-talent', role: 'T' },
  { id: 'T.feedback', role: 'T' },
  { id: 'R.owners-goals', role: 'R' },
  { id: 'R.peers-first', role: 'R' },
  { id: 'R.ltc-early', role: 'R' },
  { id: 'O.pnl-cash', role: 'O' },
  { id: 'O.over-commit', role: 'O' },
  { id: 'O.compliance', role: 'O' },
  { id: 'BE.top-to-top', role: 'BE' },
  { id: 'BE.perception', role: 'BE' },
  { id: 'BE.partnership-routes', role: 'BE' },
];

export interface SelfAssessmentWords {
  title: string;
  intro: string;
  /** the five points of the scale, 1 to 5 */
  scale: readonly [string, string, string, string, string];
  statements: Record<string, string>;
  /** per role, a heading over its statements */
  roleHeading: Record<Role, string>;
  save: string;
  skip: string;
  unanswered: (count: number) => string;
  /** the menu's invitation before the first scenario */
  invite: string;
  inviteAction: string;
  inviteLater: string;
}

export const SELF_ASSESSMENT_WORDS: Catalogue<SelfAssessmentWords> = {
  en: {
    title: 'How do you work today?',
    save: 'Save my ratings',
    skip: 'Skip for now',
    unanswered: (count) =>
      count === 1 ? 'One statement is not rated yet.' : `${count} statements are not rated yet.`,
    invite:
      'Before your first scenario: rate how you work today (fifteen statements, two minutes). Your debrief will set it beside what you do in the game.',
    inviteAction: 'Rate myself',
    inviteLater: 'Not now',
    intro:
      'Before you play, rate how often each of these is true of you at work now. There are no right answers: your debrief sets what you rate here beside what your decisions show. Two minutes; you can skip it and come back from your profile.',
    scale: ['Rarely', 'Sometimes', 'About half the time', 'Usually', 'Almost always'],
    roleHeading: {
      S: 'Strategy',
      T: 'Team',
      R: 'Resources',
      O: 'Operations',
      BE: 'Partnership',
    },
    statements: {
      'S.read-strategy':
        'Before I propose anything to a customer, I have read their annual report and investor material and can say what their board holds them to.',
      'S.opco-conflict':
        'When an opco deal pulls against the group customer’s strategy, I raise it and settle it rather than let the deal decide.',
      'S.review-rhythm':
        'I review my account strategy on a fixed rhythm with my team, not only when a tender forces it.',
      'T.mirror-customer':
        'My team’s structure follows the customer’s: someone owns each group office and each opco, with clear roles in the iron triangle.',
      'T.local-talent':
        'I know who my best local people are, what they want next, and I push their promotions through before a competitor notices them.',
      'T.feedback':
        'When I give negative feedback, I describe the behaviour and its effect, not the person, and I do it soon.',
      'R.owners-goals':
        'For each resource my account depends on, I know who owns it and what that owner is measured on.',
      'R.peers-first':
        'When I need people from another department, I offer something they need (credit, data, a shared target) before I escalate.',
      'R.ltc-early':
        'I bring delivery, supply chain and finance into a deal before we commit dates to the customer.',
      'O.pnl-cash':
        'I read my account’s P&L, cash flow and overdue receivables every month, not only the order intake.',
      'O.over-commit':
        'I refuse delivery dates or penalty terms we have not costed, even when the order is at stake.',
      'O.compliance':
        'I stop any payment or favour I am not sure is compliant and ask, even when it would unblock money we are owed.',
      'BE.top-to-top':
        'My relationships reach the customer’s top team, not only its engineers and buyers; our executives meet theirs on a plan.',
      'BE.perception':
        'I find out how the customer sees us (surveys, direct questions) and act on the gap rather than argue with it.',
      'BE.partnership-routes':
        'I propose joint work beyond the contract (strategic dialogue, joint innovation, exchanges of people) that my company will actually fund.',
    },
  },
  'zh-CN': {
    title: '你现在是怎么工作的？',
    save: '保存自评',
    skip: '暂时跳过',
    unanswered: (count) => `还有 ${count} 项没有评分。`,
    invite:
      '开始第一个情境之前：评估一下你现在的工作方式（十五项，约两分钟）。复盘时会把它和你在游戏中的做法放在一起对照。',
    inviteAction: '开始自评',
    inviteLater: '以后再说',
    intro:
      '开始之前，请评估以下每一项在你目前的工作中有多常见。没有标准答案：复盘时会把你这里的自评和你的决策表现放在一起对照。大约两分钟；可以先跳过，之后从“我的档案”回来填写。',
    scale: ['很少', '有时', '约一半时间', '通常', '几乎总是'],
    roleHeading: {
      S: '战略',
      T: '团队',
      R: '资源',
      O: '运营',
      BE: '伙伴关系',
    },
    statements: {
      'S.read-strategy':
        '向客户提出任何方案之前，我已读过其年报和投资者材料，说得出其董事会考核他们的是什么。',
      'S.opco-conflict': '子网的单子与集团客户的战略相冲突时，我会提出来并推动解决，而不是让这单生意说了算。',
      'S.review-rhythm': '我和团队按固定节奏回顾客户战略，而不是等到招标逼上门才做。',
      'T.mirror-customer':
        '我的团队结构与客户的结构对应：集团的每个部门、每个子网都有人负责，铁三角分工清楚。',
      'T.local-talent':
        '我清楚谁是最好的本地员工、他们下一步想要什么，并在竞争对手注意到他们之前推动其晋升。',
      'T.feedback': '给负面反馈时，我讲具体行为及其影响，而不是评价这个人，并且及时反馈。',
      'R.owners-goals': '对客户所依赖的每一项资源，我都知道归谁管、这个人的考核目标是什么。',
      'R.peers-first': '需要其他部门的人时，我先拿出对方需要的东西（功劳、数据、共同目标），再考虑升级求助。',
      'R.ltc-early': '向客户承诺日期之前，我已让交付、供应链和财务参与进来。',
      'O.pnl-cash': '我每月看客户群的损益、现金流和逾期回款，而不只看订货。',
      'O.over-commit': '没有测算过的交付日期或罚则条款，即使订单有风险，我也不接受。',
      'O.compliance': '对任何拿不准是否合规的付款或好处，我都会先停下来请示，即使它能让欠款尽快到账。',
      'BE.top-to-top': '我的关系覆盖到客户的最高管理层，而不只是工程师和采购；双方高层按计划对接。',
      'BE.perception': '我会了解客户怎么看我们（满意度调查、直接询问），并针对差距采取行动，而不是与之争辩。',
      'BE.partnership-routes': '我会提出合同之外、公司确实愿意投入的合作（战略对话、联合创新、人员交流）。',
    },
  },
};
