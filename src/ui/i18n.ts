import type { Role } from '../narrative/roles.ts';
import type { Locale } from '../state/schema.ts';
import type { NoticeKind } from '../state/store.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';
import { whole } from '../words/format.ts';
import { roleNames } from '../words/roles.ts';
import { ENDING_NAMES, type EndingNames, MAP_WORDS, type MapWords } from '../words/story-words.ts';

export interface Strings {
  gameTitle: string;
  gameSubtitle: string;
  chooseLanguage: string;
  start: string;
  continueLabel: string;
  skip: string;
  next: string;
  prologueHeading: string;
  prologue: { heading: string; body: string[] }[];
  menuHeading: string;
  menuIntro: string;
  replayPrologue: string;
  profileOpen: string;
  classViewOpen: string;
  focusRole: string;
  /** the account stage on a scenario card: "Account stage: Growth" */
  accountStage: (stage: string) => string;
  status: { notStarted: string; inProgress: string; finished: string };
  bestEnding: string;
  play: string;
  resume: string;
  playAgain: string;
  decisionsRange: (min: number, max: number) => string;
  narration: string;
  choose: string;
  chooseHint: string;
  continueHint: string;
  confirmHint: (n: number) => string;
  decisionOf: (n: number) => string;
  decisionsMade: (n: number) => string;
  pause: string;
  pauseHeading: string;
  resumeGame: string;
  restart: string;
  backToMenu: string;
  settings: string;
  volume: string;
  mute: string;
  textSize: string;
  textSizes: { normal: string; large: string; xlarge: string };
  language: string;
  resetData: string;
  resetConfirm: string;
  resetYes: string;
  cancel: string;
  close: string;
  debriefHeading: string;
  endingLabel: string;
  endings: EndingNames;
  endingNotes: { strong: string; mixed: string; poor: string; none: string };
  rolesHeading: string;
  rolesNote: string;
  earnedOf: (earned: number, possible: number) => string;
  boundNote: string;
  possiblePending: string;
  decisionsHeading: string;
  youChose: string;
  bestWas: string;
  youChoseBest: string;
  coachNote: string;
  noScore: string;
  unscored: string;
  focusNext: (roles: string) => string;
  parrHeading: string;
  parr: string[];
  loading: string;
  dismiss: string;
  notices: Record<NoticeKind, string>;
  roleNames: Record<Role, string>;
  roleBlurbs: Record<Role, string>;
  scoreLabel: string;
  keyboardHelp: string;
  my: {
    heading: string;
    intro: string;
    open: string;
    compiling: (file: string) => string;
    failed: (file: string) => string;
    /** the file is over the size a story may have; sizes already worded ("1 MB") */
    tooLarge: (file: string, size: string, limit: string) => string;
    added: (file: string) => string;
    /** added, but the browser could not save it */
    addedUnsaved: (file: string) => string;
    remove: string;
    unscored: string;
  };
  glossary: {
    open: string;
    heading: string;
    search: string;
    back: string;
    categories: { role: string; capability: string; term: string; concept: string };
  };
  map: MapWords & {
    open: string;
    heading: string;
    intro: string;
    legend: string;
    unreachable: string;
    noneUnreachable: string;
    choose: string;
    /** the link to the scenario's printable facilitator guide */
    guide: string;
    guideHint: string;
  };
}

const en: Strings = {
  gameTitle: "Wu Di's Turn",
  gameSubtitle: 'A key-account leadership simulation in five scenarios',
  chooseLanguage: 'Choose your language',
  start: 'Start',
  continueLabel: 'Continue',
  skip: 'Skip introduction',
  next: 'Next',
  prologueHeading: 'Before you begin',
  prologue: [
    {
      heading: 'Meet Wu Di',
      body: [
        'For six years Wu Di was the star sales director of one country: one market, one team, clear targets and the authority to match.',
        'This week Tianyu Networks made him key account manager for Meridian Telecom Group, an operator with companies in twenty countries.',
      ],
    },
    {
      heading: 'His turn',
      body: [
        'Nothing he used to rely on is enough now. He must move from one business to many, from revenue to profit and cash, from the front line to the mechanisms behind it,',
        'and above all from formal authority to influence: most of the people he needs do not report to him.',
      ],
    },
    {
      heading: 'Five roles',
      body: [
        'Every decision you make for him is scored against the five roles of the S-T-R-O-BE model. Each scenario puts one role in front, but the roles interlock: a choice that helps one can cost another.',
      ],
    },
  ],
  menuHeading: 'Scenarios',
  menuIntro: 'Each scenario takes 10 to 20 minutes and ends with a debrief of your decisions.',
  replayPrologue: 'Introduction',
  profileOpen: 'Profile',
  classViewOpen: 'Class view',
  focusRole: 'Focus role',
  accountStage: (stage) => `Account stage: ${stage}`,
  status: { notStarted: 'Not started', inProgress: 'In progress', finished: 'Finished' },
  bestEnding: 'Best ending',
  play: 'Play',
  resume: 'Resume',
  playAgain: 'Play again',
  decisionsRange: (min, max) => (min === max ? `${min} decisions` : `${min}–${max} decisions`),
  narration: 'Narration',
  choose: 'What does Wu Di do?',
  chooseHint: 'Press 1–9 to select, Enter to confirm, or click an option.',
  continueHint: 'Enter or Space to continue',
  confirmHint: (n) => `Option ${n} selected: press Enter to confirm.`,
  decisionOf: (n) => `Decision ${n}`,
  decisionsMade: (n) => (n === 0 ? 'No decisions yet' : n === 1 ? '1 decision made' : `${n} decisions made`),
  pause: 'Menu',
  pauseHeading: 'Paused',
  resumeGame: 'Resume',
  restart: 'Restart scenario',
  backToMenu: 'Back to scenarios',
  settings: 'Settings',
  volume: 'Volume',
  mute: 'Mute sound',
  textSize: 'Text size',
  textSizes: { normal: 'Normal', large: 'Large', xlarge: 'Projector' },
  language: 'Language',
  resetData: 'Reset my data',
  resetConfirm:
    'This deletes your progress, saved scenarios, results, classroom sessions and settings in this browser. It cannot be undone.',
  resetYes: 'Yes, delete everything',
  cancel: 'Cancel',
  close: 'Close',
  debriefHeading: 'Debrief',
  endingLabel: 'Ending',
  endings: ENDING_NAMES.en,
  endingNotes: {
    strong: 'You led across the roles: the account, the team and Wu Di came out stronger.',
    mixed: 'Some things held, some did not. Look at where the points slipped away.',
    poor: 'The account paid for it. Every poor ending here is a lesson a real account would charge more for.',
    none: 'This story has no tagged ending.',
  },
  rolesHeading: 'Your decisions against the five roles',
  rolesNote: 'Points earned out of the most any single path through this scenario can earn.',
  earnedOf: (earned, possible) => `${whole(earned)} / ${whole(possible)}`,
  boundNote: 'This story is too large to explore fully: points possible are an upper bound.',
  possiblePending:
    'Points possible are still being computed for this edited story; they appear after the next save or reload.',
  decisionsHeading: 'Decision by decision',
  youChose: 'You chose',
  bestWas: 'Strongest option',
  youChoseBest: 'You chose the strongest option.',
  coachNote: "Coach's note",
  noScore: 'not scored',
  unscored: 'This story has no scored decisions, so there is nothing to chart. It played to its end.',
  focusNext: (roles) => `Where to focus next: ${roles}.`,
  parrHeading: 'Your action plan (PARR)',
  parr: [
    'Prepare: which decision would you take differently on your own account, and what do you need to know first?',
    'Act: one step you will take in the next two weeks.',
    'Reflect: what did the customer, the team and your own company each need in this scenario?',
    'Review: when will you check the result, and with whom?',
  ],
  loading: 'Loading…',
  dismiss: 'Dismiss',
  notices: {
    'run-damaged':
      'Your saved scenario could not be read, so it starts again. What was saved is kept aside in this browser; your settings and progress are safe.',
    'settings-damaged':
      'Your saved settings could not be read, so the defaults apply. What was saved is kept aside in this browser; your progress is safe.',
    'progress-damaged':
      'Your saved progress could not be read, so it starts empty. What was saved is kept aside in this browser; your settings are safe.',
    'sessions-damaged':
      'The saved classroom sessions could not be read and were set aside in this browser. Your settings and progress are safe.',
    'data-damaged':
      'Some saved data could not be read. It is kept aside in this browser, untouched; the rest is safe.',
    'year-damaged':
      "Your saved year (Wu Di's year) could not be read. It is kept aside in this browser, untouched; your scenarios, results and settings are safe. Start a new year from the scenario menu.",
    'saved-by-newer':
      'Some saved data was written by a newer version of the game. It is kept untouched: this page plays on, but does not save that part.',
    'changed-in-another-tab':
      'The game is open in another tab too: what was saved there was taken up here, and nothing of either is lost.',
    'session-imported': 'Classroom session opened:',
    'session-import-failed': 'That classroom session could not be opened:',
    'storage-unavailable':
      'This browser is not saving anything (storage is full or private browsing). You can play, but progress is lost when you close the page.',
    'story-changed-replayed':
      'This scenario was edited since you saved. Your decisions were replayed on the new version.',
    'story-changed-restarted':
      'This scenario was edited since you saved and your decisions no longer fit it, so it starts again.',
    'story-load-failed': 'The scenario could not be loaded.',
    'story-updated': 'The story file changed: reloaded, with your decisions replayed.',
    'story-error': 'The story hit an error.',
    'lms-resume-failed':
      'The progress your learning system kept could not be used, so this starts from the beginning.',
    'lms-resumed': 'Welcome back: you carry on where you left off.',
  },
  roleNames: roleNames('en'),
  roleBlurbs: {
    S: "reads the customer's strategy and aligns the account to it",
    T: 'builds a cross-regional team that mirrors the customer',
    R: 'moves resources he does not own, by influence',
    O: 'owns profit, cash and compliance, not just orders',
    BE: 'grows a partnership between two organisations',
  },
  scoreLabel: 'Score',
  keyboardHelp: 'Keyboard: 1–9 select, Enter confirm or continue, Esc menu.',
  my: {
    heading: 'My stories',
    intro:
      'Open a .ink file, or drop one on this window, to play it here. It stays in this browser until you remove it.',
    open: 'Open a story file…',
    compiling: (file) => `Compiling ${file} and exploring its paths…`,
    failed: (file) => `${file} does not compile. Fix these lines and open it again:`,
    tooLarge: (file, size, limit) => `${file} is too large (${size}); a story file may be at most ${limit}.`,
    added: (file) => `${file} is ready to play.`,
    addedUnsaved: (file) =>
      `${file} can be played now, but this browser could not save it: it lasts only until the page closes.`,
    remove: 'Remove',
    unscored: 'Unscored story',
  },
  glossary: {
    open: 'Glossary',
    heading: 'Glossary',
    search: 'Search the glossary',
    back: 'Back',
    categories: {
      role: 'The five roles',
      capability: 'The eight capabilities',
      term: 'Terms',
      concept: 'Concepts in the coach’s notes',
    },
  },
  map: {
    open: 'Branch maps',
    heading: 'Branch maps (for facilitators)',
    intro:
      'Every decision of a scenario as a box, every option as an arrow labelled with its number and score; endings on the right. Dashed arrows are options offered only on some paths.',
    ...MAP_WORDS.en,
    legend: 'Hover an arrow to read its option, and a decision for its full text and the trainer’s note.',
    unreachable: 'Never reached (nothing diverts to it):',
    noneUnreachable: 'Every knot and stitch is reachable.',
    choose: 'Scenario',
    guide: 'Facilitator guide',
    guideHint: 'Opens a printable guide to this scenario (A4) in a new tab',
  },
};

const zh: Strings = {
  gameTitle: '吴迪的转身',
  gameSubtitle: '五个情境里的大客户领导力模拟',
  chooseLanguage: '选择语言',
  start: '开始',
  continueLabel: '继续',
  skip: '跳过介绍',
  next: '下一页',
  prologueHeading: '开始之前',
  prologue: [
    {
      heading: '认识吴迪',
      body: [
        '过去六年，吴迪是一个国家的明星销售总监：一个市场、一支队伍，目标清楚，手里有相应的权力。',
        '这一周，天宇网络任命他为子午电信集团的系统部部长。子午在二十个国家有运营公司。',
      ],
    },
    {
      heading: '他的转身',
      body: [
        '过去靠得住的那一套，现在不够用了。他要从单一业务走向多元业务，从收入走向利润和现金，从前线走到机制的后方，',
        '更要从正式授权走向影响力：他需要的大多数人，并不向他汇报。',
      ],
    },
    {
      heading: '五个角色',
      body: [
        '你替他做的每个决定，都会按 S-T-R-O-BE 模型的五个角色计分。每个情境突出一个角色，但五个角色环环相扣：帮了这个，可能伤了那个。',
      ],
    },
  ],
  menuHeading: '情境',
  menuIntro: '每个情境约 10 到 20 分钟，结束后逐一复盘你的决定。',
  replayPrologue: '介绍',
  profileOpen: '我的档案',
  classViewOpen: '班级视图',
  focusRole: '核心角色',
  accountStage: (stage) => `客户阶段：${stage}`,
  status: { notStarted: '未开始', inProgress: '进行中', finished: '已完成' },
  bestEnding: '最佳结局',
  play: '开始',
  resume: '继续',
  playAgain: '再玩一次',
  decisionsRange: (min, max) => (min === max ? `${min} 个决定` : `${min}–${max} 个决定`),
  narration: '旁白',
  choose: '吴迪会怎么做？',
  chooseHint: '按 1–9 选择，回车确认，或直接点击选项。',
  continueHint: '回车或空格继续',
  confirmHint: (n) => `已选中第 ${n} 项：按回车确认。`,
  decisionOf: (n) => `第 ${n} 个决定`,
  decisionsMade: (n) => (n === 0 ? '尚未做决定' : `已做 ${n} 个决定`),
  pause: '菜单',
  pauseHeading: '已暂停',
  resumeGame: '继续',
  restart: '重新开始本情境',
  backToMenu: '返回情境列表',
  settings: '设置',
  volume: '音量',
  mute: '静音',
  textSize: '字号',
  textSizes: { normal: '标准', large: '大', xlarge: '投影' },
  language: '语言',
  resetData: '清除我的数据',
  resetConfirm: '这会删除本浏览器中你的进度、存档、成绩记录、课堂记录和设置，且无法恢复。',
  resetYes: '确定，全部删除',
  cancel: '取消',
  close: '关闭',
  debriefHeading: '复盘',
  endingLabel: '结局',
  endings: ENDING_NAMES['zh-CN'],
  endingNotes: {
    strong: '你在五个角色之间都担起了领导：客户、团队和吴迪都更强了。',
    mixed: '有些守住了，有些没有。看看分数在哪里流失。',
    poor: '客户为此付出了代价。这里的每个不理想结局，真实的客户都会收更高的学费。',
    none: '这个故事没有标注结局。',
  },
  rolesHeading: '你的决定在五个角色上的得分',
  rolesNote: '得分 / 本情境任意一条路径可得的最高分。',
  earnedOf: (earned, possible) => `${whole(earned)} / ${whole(possible)}`,
  boundNote: '这个故事太大，无法穷举：可得分是上限估计。',
  possiblePending: '这个故事刚被修改，可得分还在计算中；下次保存或刷新后显示。',
  decisionsHeading: '逐个决定复盘',
  youChose: '你的选择',
  bestWas: '最佳选项',
  youChoseBest: '你选了最佳选项。',
  coachNote: '教练点评',
  noScore: '不计分',
  unscored: '这个故事没有计分的决定，所以没有图表。故事已经走到结尾。',
  focusNext: (roles) => `下一步重点：${roles}。`,
  parrHeading: '你的行动计划（PARR）',
  parr: [
    '准备：在你自己的客户上，哪个决定你会换一种做法？先要弄清什么？',
    '执行：未来两周你要迈出的一步。',
    '反思：这个情境里，客户、团队和公司各自需要什么？',
    '回顾：你什么时候、和谁一起检查结果？',
  ],
  loading: '加载中……',
  dismiss: '知道了',
  notices: {
    'run-damaged': '存档无法读取，本情境将重新开始。原存档已在此浏览器中另行保留，你的设置和进度没有受影响。',
    'settings-damaged': '设置无法读取，暂用默认设置。原数据已在此浏览器中另行保留，你的进度没有受影响。',
    'progress-damaged': '进度记录无法读取，暂从空白开始。原数据已在此浏览器中另行保留，你的设置没有受影响。',
    'sessions-damaged': '保存的课堂记录无法读取，已在此浏览器中另行保留。你的设置和进度没有受影响。',
    'data-damaged': '部分存档无法读取，已原样另行保留在此浏览器中；其他数据不受影响。',
    'year-damaged':
      '“吴迪的一年”的存档无法读取，已原样另行保留在此浏览器中；你的情境、成绩和设置不受影响。可在情境列表中重新开始一年。',
    'saved-by-newer': '部分存档由更新版本的游戏写入，已原样保留：本页可以继续使用，但不会保存这部分数据。',
    'changed-in-another-tab':
      '游戏也在另一个标签页中打开：那里保存的内容已同步到这里，双方的数据都不会丢失。',
    'session-imported': '已打开课堂记录：',
    'session-import-failed': '无法打开这份课堂记录：',
    'storage-unavailable':
      '此浏览器无法保存数据（存储已满或处于隐私模式）。可以继续玩，但关闭页面后进度会丢失。',
    'story-changed-replayed': '存档之后这个情境被修改过，已在新版本上重放你的决定。',
    'story-changed-restarted': '存档之后这个情境被修改过，你的决定已不适用，将重新开始。',
    'story-load-failed': '情境加载失败。',
    'story-updated': '故事文件已更新：已重新加载并重放你的决定。',
    'story-error': '故事运行出错。',
    'lms-resume-failed': '学习平台保存的进度无法使用，因此从头开始。',
    'lms-resumed': '欢迎回来：从上次离开的地方继续。',
  },
  roleNames: roleNames('zh-CN'),
  roleBlurbs: {
    S: '读懂客户战略，让客户战略与公司战略对齐',
    T: '打造与客户组织相匹配的跨区域团队',
    R: '调动不归自己管的资源，靠影响力',
    O: '对利润、现金和合规负责，而不只是订单',
    BE: '经营两个组织之间的伙伴关系',
  },
  scoreLabel: '得分',
  keyboardHelp: '键盘：1–9 选择，回车确认或继续，Esc 打开菜单。',
  my: {
    heading: '我的故事',
    intro: '打开一个 .ink 文件，或把文件拖到窗口里，就能在这里试玩。它会保留在本浏览器中，直到你删除。',
    open: '打开故事文件……',
    compiling: (file) => `正在编译 ${file} 并遍历所有路径……`,
    failed: (file) => `${file} 无法编译。请修改以下几行后重新打开：`,
    tooLarge: (file, size, limit) => `${file} 太大（${size}），故事文件最大为 ${limit}。`,
    added: (file) => `${file} 已可试玩。`,
    addedUnsaved: (file) => `${file} 现在可以试玩，但此浏览器无法保存它：关闭页面后就会消失。`,
    remove: '删除',
    unscored: '不计分的故事',
  },
  glossary: {
    open: '术语表',
    heading: '术语表',
    search: '搜索术语',
    back: '返回',
    categories: { role: '五个角色', capability: '八项能力', term: '术语', concept: '教练点评中的概念' },
  },
  map: {
    open: '分支地图',
    heading: '分支地图（供引导师使用）',
    intro:
      '每个决定是一个方框，每个选项是一条箭头，标有序号和得分；结局在最右侧。虚线箭头表示只在部分路径上出现的选项。',
    ...MAP_WORDS['zh-CN'],
    legend: '把鼠标移到箭头上可查看选项全文，移到决定上可查看完整台词和引导师提示。',
    unreachable: '永远走不到（没有任何跳转指向它）：',
    noneUnreachable: '所有段落都可以走到。',
    choose: '情境',
    guide: '主持人指南',
    guideHint: '在新标签页打开本情境的可打印指南（A4）',
  },
};

export const STRINGS: Catalogue<Strings> = { en, 'zh-CN': zh };

export function strings(locale: Locale | null): Strings {
  return stringsFor(STRINGS, locale);
}
