import type { Locale } from '../state/schema.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';
import type { KeyMapEntry } from './class-keys.ts';

/** Classroom mode's words: the projected room view, its controls and the trainer's menus. */
export interface ClassStrings {
  enter: string;
  enterHint: string;
  badge: string;
  leave: string;
  mainLine: string;
  whatIfFrom: (n: number) => string;
  decision: (n: number) => string;
  debate: string;
  votes: (n: number) => string;
  voteFor: (n: number) => string;
  unvoteFor: (n: number) => string;
  willPlay: string;
  playOption: (n: number) => string;
  mainTook: string;
  enterToPlay: (n: number) => string;
  timerStart: string;
  timerPause: string;
  timerReset: string;
  timeUp: string;
  previous: string;
  returnToMain: string;
  compareHeading: (n: number) => string;
  compareMain: string;
  compareWhatIf: string;
  compareDiff: string;
  compareNote: string;
  ended: string;
  stillPlaying: string;
  keyMapHeading: string;
  keyMapClose: string;
  keys: Record<KeyMapEntry, string>;
  keysButton: string;
  blanked: string;
  presenter: string;
  presenterBlocked: string;
  exportSession: string;
  importSession: string;
  importFailed: string;
  importReplaces: string;
  importReplaceYes: string;
  debateLength: string;
  minutes: (n: number) => string;
  branchesHeading: string;
  openBranch: string;
  /** time the room spent on a branch's decisions, from each decision appearing to its choice */
  timeSpent: (minutes: number) => string;
  roomChose: string;
  restartHeading: string;
  restartWarning: string;
  restartYes: string;
  roomChoseBest: string;
  roomVote: (counts: readonly number[], played: number) => string;
  /** a decision's vote in the room's debrief: hands and phones apart, either may be missing */
  roomStart: string;
  roomStartHint: string;
  roomStop: string;
  roomShowCard: string;
  roomUnavailable: string;
  closingHeading: string;
  closing: string[];
  reviewing: (n: number) => string;
  unknownEnding: string;
}

const en: ClassStrings = {
  enter: 'Classroom mode',
  enterHint: 'For trainers: project a scenario and let the room debate each decision.',
  badge: 'Classroom',
  leave: 'Leave classroom mode',
  mainLine: 'Main line',
  whatIfFrom: (n) => `What if · from decision ${n}`,
  decision: (n) => `Decision ${n}`,
  debate: 'Debate, then vote',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  voteFor: (n) => `Add a vote for option ${n}`,
  unvoteFor: (n) => `Take back a vote for option ${n}`,
  willPlay: 'Enter plays this',
  playOption: (n) => `Play option ${n} (Enter)`,
  mainTook: 'main line',
  enterToPlay: (n) => `Enter plays option ${n} · ↑↓ to change`,
  timerStart: 'Start timer (T)',
  timerPause: 'Pause timer (T)',
  timerReset: 'Reset timer (R)',
  timeUp: "Time's up",
  previous: 'Previous decision (PageUp)',
  returnToMain: '⤺ Main line (M)',
  compareHeading: (n) => `Side by side, from decision ${n}`,
  compareMain: 'Main line',
  compareWhatIf: 'What if',
  compareDiff: 'What if − main line',
  compareNote: 'Points earned from the decision where the two branches part.',
  ended: 'ended',
  stillPlaying: 'still playing',
  keyMapHeading: 'Keys for the trainer',
  keyMapClose: 'Any key closes this.',
  keys: {
    next: 'next line (never plays an option)',
    previous: 'back to the previous decision (a look back; a what-if once the room plays something else)',
    vote: 'add a vote for that option',
    unvote: 'remove a vote',
    clear: 'clear the votes',
    move: 'move the selection',
    play: 'play the selected option',
    timer: 'start or pause the debate timer',
    reset: 'reset the timer',
    main: 'return to the main line',
    blank: 'blank the screen (any key brings it back)',
    fullscreen: "full screen on or off (a clicker's F5 too)",
    escape: 'leave full screen, or open the menu',
    keys: 'show or hide this list',
    closePhones: "close the phones' vote at this decision",
    joinCard: 'show or hide the QR code for phones',
  },
  keysButton: 'Keys (?)',
  blanked: 'Screen blanked. Press any key to return.',
  presenter: 'Open the presenter window',
  presenterBlocked: 'The browser blocked the presenter window: allow pop-ups for this page.',
  exportSession: 'Save this session as a file',
  importSession: 'Open a saved session…',
  importFailed: 'That file is not a classroom session:',
  importReplaces:
    'This browser already holds a session of that scenario, with votes or decisions in it. Opening the file replaces it (save it as a file first to keep it). ',
  importReplaceYes: 'Replace it',
  debateLength: 'Debate timer',
  minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
  branchesHeading: 'Branches the room explored',
  openBranch: 'Open',
  timeSpent: (m) => (m < 1 ? 'under a minute of debate' : `${m} min of debate`),
  roomChose: 'The room chose',
  restartHeading: 'Start a new session?',
  restartWarning:
    "This session's branches, votes and timings are replaced. Save them as a file first if you want to keep them.",
  restartYes: 'Start a new session',
  roomChoseBest: 'The room chose the strongest option.',
  roomVote: (counts, played) => `Room vote: ${counts.join(' · ')} → played ${played}`,
  roomStart: 'Let the room vote from phones',
  roomStartHint: 'Learners scan a QR code and vote on each decision; you can still add hand votes.',
  roomStop: 'Stop phone voting',
  roomShowCard: 'Show the QR code (J)',
  roomUnavailable:
    'Phones need the room server. On this laptop run `npm run room`, then open the game from the address it prints.',
  closingHeading: 'To close the debrief',
  closing: [
    'The five roles interlock: where did helping one role cost another?',
    'Is your account in expansion, growth or maturity? Which role does that stage stress?',
    'What will each of you do on your own account in the next two weeks (prepare, act, reflect, review)?',
  ],
  reviewing: (n) => `Back at decision ${n} · M returns`,
  unknownEnding: 'no ending tag',
};

const zh: ClassStrings = {
  enter: '课堂模式',
  enterHint: '讲师专用：投影一个情境，让全班就每个决定展开讨论。',
  badge: '课堂',
  leave: '退出课堂模式',
  mainLine: '主线',
  whatIfFrom: (n) => `假如 · 从第 ${n} 个决定起`,
  decision: (n) => `第 ${n} 个决定`,
  debate: '先讨论，再投票',
  votes: (n) => `${n} 票`,
  voteFor: (n) => `为选项 ${n} 加一票`,
  unvoteFor: (n) => `为选项 ${n} 撤回一票`,
  willPlay: '按 Enter 采用此项',
  playOption: (n) => `采用选项 ${n}（Enter）`,
  mainTook: '主线选择',
  enterToPlay: (n) => `按 Enter 采用选项 ${n} · ↑↓ 更换`,
  timerStart: '开始计时（T）',
  timerPause: '暂停计时（T）',
  timerReset: '重置计时（R）',
  timeUp: '时间到',
  previous: '上一个决定（PageUp）',
  returnToMain: '⤺ 回到主线（M）',
  compareHeading: (n) => `并排对比：从第 ${n} 个决定起`,
  compareMain: '主线',
  compareWhatIf: '假如',
  compareDiff: '假如 − 主线',
  compareNote: '只计两条分支分开之后获得的分数。',
  ended: '已结束',
  stillPlaying: '进行中',
  keyMapHeading: '讲师按键',
  keyMapClose: '按任意键关闭。',
  keys: {
    next: '下一句（不会采用选项）',
    previous: '回到上一个决定（先是回看；采用不同选项后成为“假如”分支）',
    vote: '为该选项加一票',
    unvote: '撤回一票',
    clear: '清空投票',
    move: '移动选择',
    play: '采用选中的选项',
    timer: '开始或暂停讨论计时',
    reset: '重置计时',
    main: '回到主线',
    blank: '黑屏（按任意键恢复）',
    fullscreen: '切换全屏（翻页笔的 F5 也可以）',
    escape: '退出全屏，或打开菜单',
    keys: '显示或隐藏本列表',
    closePhones: '结束本决定的手机投票',
    joinCard: '显示或隐藏手机扫码加入的二维码',
  },
  keysButton: '按键（?）',
  blanked: '屏幕已黑屏。按任意键恢复。',
  presenter: '打开讲师视图',
  presenterBlocked: '浏览器拦截了讲师视图窗口：请允许本页面弹出窗口。',
  exportSession: '将本次课堂保存为文件',
  importSession: '打开已保存的课堂……',
  importFailed: '这个文件不是课堂记录：',
  importReplaces:
    '本浏览器里已有这个情境的课堂记录，其中已有投票或决定。打开文件会替换它（如需保留，请先保存为文件）。',
  importReplaceYes: '替换',
  debateLength: '讨论计时',
  minutes: (n) => `${n} 分钟`,
  branchesHeading: '全班探索过的分支',
  openBranch: '打开',
  timeSpent: (m) => (m < 1 ? '讨论不到 1 分钟' : `讨论 ${m} 分钟`),
  roomChose: '全班的选择',
  restartHeading: '开始新的课堂？',
  restartWarning: '本次课堂的分支、投票和计时将被替换。如需保留，请先保存为文件。',
  restartYes: '开始新的课堂',
  roomChoseBest: '全班选了最佳选项。',
  roomVote: (counts, played) => `全班投票：${counts.join(' · ')} → 采用 ${played}`,
  roomStart: '让学员用手机投票',
  roomStartHint: '学员扫二维码，在每个决定上用手机投票；你仍可以加上举手的票数。',
  roomStop: '结束手机投票',
  roomShowCard: '显示二维码（J）',
  roomUnavailable: '手机投票需要课堂投票服务器：在这台电脑上运行 `npm run room`，再用它显示的地址打开游戏。',
  closingHeading: '复盘收尾',
  closing: [
    '五个角色环环相扣：哪一步帮了一个角色、伤了另一个？',
    '你的系统部处在拓展期、成长期还是成熟期？这个阶段转身的重点是哪个角色？',
    '接下来两周，每个人在自己的客户上准备做什么（准备、执行、反思、回顾）？',
  ],
  reviewing: (n) => `回看第 ${n} 个决定 · 按 M 返回主线`,
  unknownEnding: '未标注结局',
};

export const CLASS_STRINGS: Catalogue<ClassStrings> = { en, 'zh-CN': zh };

export function classStrings(locale: Locale | null): ClassStrings {
  return stringsFor(CLASS_STRINGS, locale);
}
