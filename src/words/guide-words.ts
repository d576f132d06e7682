import type { DecisionKind } from '../narrative/debate.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The words of the printed facilitator guide. The game's guide page and `npm run stories:docs`
 * both print them, so they live here rather than in a UI catalogue.
 */
export interface GuideWords {
  heading: string;
  docTitle: (story: string) => string;
  /** the guide shows every score: keep it from the learners */
  private: string;
  focusRole: string;
  stage: string;
  summary: string;
  goals: string;
  noGoals: string;
  map: string;
  mapNote: string;
  decisions: string;
  /** the option rows' signs */
  legend: string;
  timing: string;
  decision: (n: number) => string;
  onScreen: string;
  trainerNote: string;
  noTrainerNote: string;
  option: string;
  score: string;
  coachNote: string;
  leadsTo: string;
  /** where an option leads, as the option rows print it */
  short: { decision: (n: number) => string; strong: string; mixed: string; poor: string; other: string };
  strongest: string;
  conditional: string;
  closesStrong: string;
  kind: Record<DecisionKind, string>;
  kindShort: Record<DecisionKind, string>;
  minutes: (m: number | string) => string;
  /** one decision's time, split into its parts */
  timeParts: (read: number, debate: number, vote: number) => string;
  /** the whole scenario: a path through it, and every decision in the guide */
  timeTotal: (pathMin: number, pathMax: number, decisionsMin: number, decisionsMax: number) => string;
  timeAll: (all: number, decisions: number) => string;
  timeRule: string;
  print: string;
  otherLanguage: string;
  scenarios: string;
  noStory: (id: string) => string;
  loading: string;
  source: (file: string) => string;
}

const number = (m: number, locale: string) => m.toLocaleString(locale, { maximumFractionDigits: 1 });

export const GUIDE_WORDS: Catalogue<GuideWords> = {
  en: {
    heading: 'Facilitator guide',
    docTitle: (story) => `Facilitator guide: ${story}`,
    private: 'For trainers: it shows every score. Do not hand it to learners before they play.',
    focusRole: 'Focus role',
    stage: 'Account stage',
    summary: 'Summary',
    goals: 'Learning goals',
    noGoals: 'The story names no learning goals (add "# goal:" lines to its header).',
    map: 'Branch map',
    mapNote:
      'Each box is a decision, numbered as below; each arrow an option, labelled with its number and score. Dashed: offered only on some paths.',
    decisions: 'Decisions',
    legend:
      'Beside each decision: dilemma (two good answers that cost different things), clear best, or one right answer, and its suggested time. Each option: its score; ★ the strongest (highest total); ◇ offered only on some paths; ✕ rules out the strong ending even if every later decision is played best; → where it leads (D = decision). Options are numbered as written in the story; the game shows them in a shuffled order.',
    timing: 'Suggested time',
    decision: (n) => `Decision ${n}`,
    onScreen: 'On screen',
    trainerNote: "Trainer's note",
    noTrainerNote: 'No trainer’s note in the story.',
    option: 'Option',
    score: 'Score',
    coachNote: "Coach's note",
    leadsTo: 'leads to',
    short: {
      decision: (n) => `D${n}`,
      strong: 'strong end',
      mixed: 'mixed end',
      poor: 'poor end',
      other: 'end',
    },
    strongest: 'strongest',
    conditional: 'only on some paths',
    closesStrong: 'rules out the strong ending',
    kind: {
      dilemma: 'Dilemma: two good answers that cost different things',
      'clear-best': 'One option is clearly best',
      'one-right-answer': 'One right answer',
    },
    kindShort: { dilemma: 'dilemma', 'clear-best': 'clear best', 'one-right-answer': 'one right answer' },
    minutes: (m) => `${typeof m === 'number' ? number(m, 'en') : m} min`,
    timeParts: (read, debate, vote) =>
      `read ${number(read, 'en')} + debate ${number(debate, 'en')} + vote ${number(vote, 'en')}`,
    timeTotal: (pathMin, pathMax, dMin, dMax) =>
      `One play-through (${dMin === dMax ? dMin : `${dMin}–${dMax}`} decisions): about ${pathMin === pathMax ? number(pathMin, 'en') : `${number(pathMin, 'en')}–${number(pathMax, 'en')}`} min.`,
    timeAll: (all, n) =>
      `All ${n} decisions in this guide, if the room tries every branch: ${number(all, 'en')} min.`,
    timeRule:
      'Rule: reading the prompt and the options aloud (150 words a minute), plus debate of 1 minute and up to 3 more the closer the two best options are (a dilemma gets all 3; a runner-up 1 point behind on the same role 2; 2 points behind 1; none with positive score 0), plus half a minute to vote and play; rounded up to the half minute.',
    print: 'Print',
    otherLanguage: '中文版',
    scenarios: 'Scenarios',
    noStory: (id) => `No scenario "${id}".`,
    loading: 'Loading…',
    source: (file) => `Built from ${file}`,
  },
  'zh-CN': {
    heading: '主持人指南',
    docTitle: (story) => `主持人指南：${story}`,
    private: '仅供讲师使用：本指南列出所有得分，学员上手之前请勿分发。',
    focusRole: '重点角色',
    stage: '客户阶段',
    summary: '情境简介',
    goals: '学习目标',
    noGoals: '故事文件没有写学习目标（在文件开头加 “# goal:” 行）。',
    map: '分支地图',
    mapNote:
      '每个方框是一个决定，编号与下文一致；每个箭头是一个选项，标有选项编号和得分。虚线：只在部分路径上出现。',
    decisions: '各个决定',
    legend:
      '每个决定旁标明：两难（两个好答案，代价各不相同）、明显更优或唯一正解，以及建议时间。每个选项列出得分；★ 最佳（总分最高）；◇ 只在部分路径上出现；✕ 选了以后，即使之后每步都选最佳，也到不了理想结局；→ 接下来通往哪里。选项按故事文件里的先后编号；游戏里显示的顺序是打乱的。',
    timing: '建议时间',
    decision: (n) => `第 ${n} 个决定`,
    onScreen: '画面上',
    trainerNote: '讲师备注',
    noTrainerNote: '故事里没有讲师备注。',
    option: '选项',
    score: '得分',
    coachNote: '教练点评',
    leadsTo: '通往',
    short: {
      decision: (n) => `决定${n}`,
      strong: '理想结局',
      mixed: '喜忧参半',
      poor: '不理想',
      other: '结局',
    },
    strongest: '最佳',
    conditional: '只在部分路径上出现',
    closesStrong: '选了就与理想结局无缘',
    kind: {
      dilemma: '两难：两个好答案，代价各不相同',
      'clear-best': '有一个明显更好的选项',
      'one-right-answer': '只有一个正确答案',
    },
    kindShort: { dilemma: '两难', 'clear-best': '明显更优', 'one-right-answer': '唯一正解' },
    minutes: (m) => `${typeof m === 'number' ? number(m, 'zh-CN') : m} 分钟`,
    timeParts: (read, debate, vote) =>
      `阅读 ${number(read, 'zh-CN')} + 讨论 ${number(debate, 'zh-CN')} + 投票 ${number(vote, 'zh-CN')}`,
    timeTotal: (pathMin, pathMax, dMin, dMax) =>
      `完整走一遍（${dMin === dMax ? dMin : `${dMin}–${dMax}`} 个决定）：约 ${pathMin === pathMax ? number(pathMin, 'zh-CN') : `${number(pathMin, 'zh-CN')}–${number(pathMax, 'zh-CN')}`} 分钟。`,
    timeAll: (all, n) => `本指南全部 ${n} 个决定（全班把每条分支都走一遍）：${number(all, 'zh-CN')} 分钟。`,
    timeRule:
      '计算方法：朗读情境和选项的时间（每分钟 250 字），加上讨论时间：基础 1 分钟，两个最好的选项越接近，最多再加 3 分钟（两难加 3 分钟；次优选项落后 1 分、且侧重同一角色加 2 分钟；落后 2 分加 1 分钟；没有其他正分选项不加），再加半分钟投票和执行；向上取整到半分钟。',
    print: '打印',
    otherLanguage: 'English',
    scenarios: '情境',
    noStory: (id) => `没有名为“${id}”的情境。`,
    loading: '加载中…',
    source: (file) => `根据 ${file} 生成`,
  },
};
