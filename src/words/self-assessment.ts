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
}

export const SELF_ASSESSMENT_WORDS: Catalogue<SelfAssessmentWords> = {
  en: {
    title: 'How do you work today?',
    save: 'Save my ratings',
    skip: 'Skip for now',
    unanswered: (count) =>
      count === 1 ? 'One statement is not rated yet.' : `${count} statements are not rated yet.`,
    intro:
      'Before you play, rate how often each of these is true of you at work now. There are no right answers: rate what you actually do, not what you know you should. Your debrief sets your ratings beside what your decisions show. Two minutes; you can skip this and come back from your profile.',
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
        'Before I propose a solution to a customer, I can say what their top management is held to this year (from their annual report, investor material or leaders’ speeches).',
      'S.opco-conflict':
        'When an opco deal pulls against our account strategy for the group, I take it to group level to decide, even if that delays the deal.',
      'S.review-rhythm':
        'I review my account strategy on a fixed rhythm with my team, not only when a tender forces it.',
      'T.mirror-customer':
        'When the customer’s organisation or decision makers change, I change who on my team covers them.',
      'T.local-talent':
        'I talk with each of my strongest local people about their next step and give them work that prepares them for it.',
      'T.feedback':
        'When someone on my team falls short, I tell them directly within the week, naming what they did and its effect.',
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
        'Each quarter I check my account’s open contracts, payments and customer hospitality against our internal-control and business-conduct rules.',
      'BE.top-to-top':
        'I arrange for our executives to meet the customer’s top team on an agreed plan, not only when a deal needs them.',
      'BE.perception':
        'I ask the customer how we compare with what they expected, and follow each gap through until they notice the change.',
      'BE.partnership-routes':
        'I propose work with the customer beyond the contract (strategic dialogue, joint innovation, staff exchanges) and win my company’s backing for it.',
    },
  },
  'zh-CN': {
    title: '你现在是怎么工作的？',
    save: '保存自评',
    skip: '暂时跳过',
    unanswered: (count) => `还有 ${count} 项没有评分。`,
    intro:
      '开始之前，请评估以下每一项在你目前工作中出现的频率。没有标准答案：按你实际的做法打分，而不是按你认为应该怎么做。复盘时会把自评和你在游戏中的决策放在一起对照。大约两分钟；可以先跳过，之后从“我的档案”回来填写。',
    scale: ['很少', '有时', '一半左右', '通常', '几乎总是'],
    roleHeading: {
      S: '战略',
      T: '团队',
      R: '资源',
      O: '运营',
      BE: '伙伴关系',
    },
    statements: {
      'S.read-strategy':
        '向客户提方案之前，我能说清客户高层今年被考核的重点（依据其年报、投资者材料或高层讲话）。',
      'S.opco-conflict':
        '子网的项目与我们对集团客户的整体战略相冲突时，即使会拖慢这单，我也会拿到集团层面协调决定。',
      'S.review-rhythm': '我和团队按固定节奏回顾客户战略，而不是等到招标逼上门才做。',
      'T.mirror-customer': '客户的组织或决策人一有变化，我就调整团队中的对口负责人。',
      'T.local-talent': '我会和团队里最优秀的本地员工谈他们的下一步发展，并安排能为此做准备的任务。',
      'T.feedback': '团队成员的工作不到位时，我会在一周之内当面指出，讲清具体行为及其影响。',
      'R.owners-goals': '对我的客户群业务所依赖的每一项关键资源，我都知道归谁管、对方的考核指标是什么。',
      'R.peers-first': '需要其他部门的人时，我先拿出对方需要的东西（功劳、数据、共同目标），再考虑升级求助。',
      'R.ltc-early': '向客户承诺交付日期之前，我会先让交付、供应链和财务参与进来。',
      'O.pnl-cash': '我每月看客户群的损益、现金流和逾期回款，而不只看订货。',
      'O.over-commit': '没有测算过成本的交付日期或罚则条款，即使可能因此丢单，我也不接受。',
      'O.compliance': '我每季度对照内控和商业行为准则，检查客户群在执行的合同、付款和客户招待。',
      'BE.top-to-top': '我会安排我方高层按商定的计划与客户高层会面，而不只是在项目需要时才请他们出面。',
      'BE.perception': '我会向客户了解我们与他们期望之间的差距，并逐项跟进，直到客户感受到改进。',
      'BE.partnership-routes':
        '我会向客户提出合同之外的合作（战略对话、联合创新、人员交流），并争取到公司的资源支持。',
    },
  },
};
