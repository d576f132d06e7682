import type { Role } from '../narrative/roles.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';
import { roleNames } from '../words/roles.ts';
import { ENDING_NAMES, type EndingNames } from '../words/story-words.ts';

/** Every word the presenter window shows, in the language the game window plays in. */
export interface PresenterStrings {
  windowTitle: string;
  heading: string;
  privateNote: string;
  waitingTitle: string;
  waitingBody: string;
  unpairedTitle: string;
  unpairedBody: string;
  soloTitle: string;
  soloBody: string;
  noScenarioTitle: string;
  noScenarioBody: string;
  connectionLost: string;
  roomBlanked: string;
  phonesHeading: string;
  phonesJoin: string;
  phonesCode: string;
  phonesIn: (n: number) => string;
  phonesConnecting: string;
  phonesReconnecting: string;
  phonesUnavailable: string;
  phoneVotes: (n: number) => string;
  phonesClosed: string;
  closePhoneVote: string;
  showCard: string;
  hideCard: string;
  hands: string;
  unreadable: (problem: string) => string;
  mainLine: string;
  whatIfFrom: (n: number) => string;
  lookBackAt: (n: number) => string;
  decisionOf: (n: number) => string;
  decisionsMade: (n: number) => string;
  onScreen: string;
  facilitatorHeading: string;
  noFacilitator: string;
  /** the link to the scenario's printable facilitator guide */
  guide: string;
  lineHeading: string;
  nextLine: string;
  endHeading: string;
  endings: EndingNames;
  optionsHeading: string;
  coachNote: string;
  noCoachNote: string;
  noScore: string;
  votes: (n: number) => string;
  voteAdd: (option: number) => string;
  voteRemove: (option: number) => string;
  selectOption: (option: number) => string;
  selected: string;
  enterPlays: (option: number) => string;
  playSelected: (option: number) => string;
  clearVotes: string;
  totalVotes: (n: number) => string;
  timerHeading: string;
  timerStart: string;
  timerPause: string;
  timerReset: string;
  timerRunning: string;
  timerPaused: string;
  timerDone: string;
  chaptersHeading: string;
  chosen: (option: number, text: string) => string;
  waitingHere: string;
  resume: (n: number) => string;
  resumeEnded: string;
  goToHint: string;
  returnToMain: string;
  ended: string;
  compareHeading: (n: number) => string;
  compareNote: string;
  role: string;
  mainColumn: string;
  whatIfColumn: string;
  difference: string;
  keysHeading: string;
  keys: [string, string][];
  roleNames: Record<Role, string>;
}

const en: PresenterStrings = {
  windowTitle: "Presenter · Wu Di's Turn",
  heading: 'Presenter view',
  privateNote: 'For the trainer only: keep this window off the projector.',
  waitingTitle: 'Waiting for the game window…',
  waitingBody:
    'This view follows the game window that opened it as soon as that window answers. Keep the game open in classroom mode.',
  unpairedTitle: 'Not paired with a game window',
  unpairedBody:
    'Only the game window can open its presenter. In the game, in classroom mode, press Esc and choose “Open the presenter window”.',
  soloTitle: 'The game window is in solo mode',
  soloBody: 'Switch the game to classroom mode to run the room from here.',
  noScenarioTitle: 'No scenario on screen',
  noScenarioBody: 'Open a scenario in the game window; its decisions appear here.',
  connectionLost:
    'No word from the game window for a while: is it still open? If it was closed, open the presenter again from the game.',
  roomBlanked: 'The room screen is blanked (B or . brings it back).',
  phonesHeading: 'Phones',
  phonesJoin: 'Phones join at',
  phonesCode: 'Room code',
  phonesIn: (n) => (n === 1 ? '1 phone in the room' : `${n} phones in the room`),
  phonesConnecting: 'Opening the room…',
  phonesReconnecting: 'Reconnecting to the room server… votes already counted are kept.',
  phonesUnavailable: 'No room server answers here: run `npm run room` and open the game from its address.',
  phoneVotes: (n) => (n === 1 ? '1 phone' : `${n} phones`),
  phonesClosed: 'Phone vote closed',
  closePhoneVote: 'Close phone vote',
  showCard: 'Show QR on projector',
  hideCard: 'Hide QR on projector',
  hands: 'Hands',
  unreadable: (problem) =>
    `A message from the game window could not be read (${problem}); showing the last one that could.`,
  mainLine: 'Main line',
  whatIfFrom: (n) => `What if from decision ${n}`,
  lookBackAt: (n) => `Looking back at decision ${n} (M returns)`,
  decisionOf: (n) => `Decision ${n}`,
  decisionsMade: (n) => (n === 1 ? '1 decision made' : `${n} decisions made`),
  onScreen: 'On screen',
  facilitatorHeading: 'Facilitator note',
  noFacilitator: 'No facilitator note here.',
  guide: 'Facilitator guide',
  lineHeading: 'The room is reading',
  nextLine: 'Next line',
  endHeading: 'The story has ended',
  endings: ENDING_NAMES.en,
  optionsHeading: 'Options, scores and coach’s notes',
  coachNote: 'Coach',
  noCoachNote: 'No coach’s note.',
  noScore: 'no score',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  voteAdd: (o) => `Add a vote for option ${o}`,
  voteRemove: (o) => `Remove a vote for option ${o}`,
  selectOption: (o) => `Select option ${o}`,
  selected: 'Enter plays this',
  enterPlays: (o) => `Enter in the game plays option ${o}.`,
  playSelected: (o) => `Play option ${o}`,
  clearVotes: 'Clear votes',
  totalVotes: (n) => (n === 1 ? '1 vote cast' : `${n} votes cast`),
  timerHeading: 'Debate timer',
  timerStart: 'Start',
  timerPause: 'Pause',
  timerReset: 'Reset',
  timerRunning: 'running',
  timerPaused: 'paused',
  timerDone: 'time is up',
  chaptersHeading: 'Chapters',
  chosen: (o, text) => `chose ${o}: ${text}`,
  waitingHere: 'waiting',
  resume: (n) => `Resume at decision ${n}`,
  resumeEnded: 'Resume at the ending',
  goToHint: 'A decision already taken opens a what-if from it in the game window.',
  returnToMain: 'Return to main line',
  ended: 'ended',
  compareHeading: (n) => `What if against the main line, from decision ${n}`,
  compareNote: 'Points earned from the fork on; the decisions before it are the same on both.',
  role: 'Role',
  mainColumn: 'Main line',
  whatIfColumn: 'What if',
  difference: 'Difference',
  keysHeading: 'Keys',
  keys: [
    ['1–9', 'add a vote'],
    ['Shift+1–9', 'remove a vote'],
    ['0', 'clear votes'],
    ['↑ ↓', 'move the selection'],
    ['T / R', 'start or pause / reset the timer'],
    ['PageDown · → · Space · N', 'next line'],
    ['PageUp · ←', 'previous decision (what-if)'],
    ['B · .', 'blank the room screen'],
    ['M', 'return to the main line'],
  ],
  roleNames: roleNames('en', 'short'),
};

const zh: PresenterStrings = {
  windowTitle: '讲师视图 · 吴迪的转身',
  heading: '讲师视图',
  privateNote: '仅供讲师查看：请勿投影此窗口。',
  waitingTitle: '正在等待游戏窗口……',
  waitingBody: '游戏窗口一响应，本视图就会跟随打开它的游戏窗口。请让游戏保持课堂模式。',
  unpairedTitle: '尚未与游戏窗口配对',
  unpairedBody: '讲师视图只能由游戏窗口打开。请在游戏中（课堂模式）按 Esc，然后选择“打开讲师视图”。',
  soloTitle: '游戏窗口处于个人模式',
  soloBody: '请将游戏切换到课堂模式，即可在这里主持课堂。',
  noScenarioTitle: '当前没有打开情境',
  noScenarioBody: '请在游戏窗口中打开一个情境，它的决定会显示在这里。',
  connectionLost: '游戏窗口已有一段时间没有响应：它还开着吗？如果已关闭，请从游戏中重新打开讲师视图。',
  roomBlanked: '投影已黑屏（按 B 或 . 恢复）。',
  phonesHeading: '手机投票',
  phonesJoin: '手机打开',
  phonesCode: '房间码',
  phonesIn: (n) => `房间里有 ${n} 部手机`,
  phonesConnecting: '正在开启房间……',
  phonesReconnecting: '正在重新连接投票服务器……已计入的票不会丢失。',
  phonesUnavailable: '这里没有课堂投票服务器：运行 `npm run room`，再用它显示的地址打开游戏。',
  phoneVotes: (n) => `手机 ${n} 票`,
  phonesClosed: '手机投票已结束',
  closePhoneVote: '结束手机投票',
  showCard: '在投影上显示二维码',
  hideCard: '隐藏投影上的二维码',
  hands: '举手',
  unreadable: (problem) => `无法读取游戏窗口发来的一条消息（${problem}），仍显示上一条可读的状态。`,
  mainLine: '主线',
  whatIfFrom: (n) => `从第 ${n} 个决定起的假如`,
  lookBackAt: (n) => `回看第 ${n} 个决定（按 M 返回主线）`,
  decisionOf: (n) => `第 ${n} 个决定`,
  decisionsMade: (n) => `已做出 ${n} 个决定`,
  onScreen: '当前画面',
  facilitatorHeading: '讲师提示',
  noFacilitator: '此处没有讲师提示。',
  guide: '主持人指南',
  lineHeading: '学员正在阅读',
  nextLine: '下一句',
  endHeading: '故事已结束',
  endings: ENDING_NAMES['zh-CN'],
  optionsHeading: '选项、得分与教练点评',
  coachNote: '教练',
  noCoachNote: '没有教练点评。',
  noScore: '不计分',
  votes: (n) => `${n} 票`,
  voteAdd: (o) => `为选项 ${o} 加一票`,
  voteRemove: (o) => `为选项 ${o} 撤回一票`,
  selectOption: (o) => `选中选项 ${o}`,
  selected: '回车将采用此项',
  enterPlays: (o) => `在游戏中按回车将采用选项 ${o}。`,
  playSelected: (o) => `采用选项 ${o}`,
  clearVotes: '清空票数',
  totalVotes: (n) => `共 ${n} 票`,
  timerHeading: '讨论计时',
  timerStart: '开始',
  timerPause: '暂停',
  timerReset: '重置',
  timerRunning: '计时中',
  timerPaused: '已暂停',
  timerDone: '时间到',
  chaptersHeading: '章节',
  chosen: (o, text) => `选了 ${o}：${text}`,
  waitingHere: '待决定',
  resume: (n) => `回到第 ${n} 个决定`,
  resumeEnded: '回到结局',
  goToHint: '点击已做出的决定，会在游戏窗口中从该处开启一个“假如”分支。',
  returnToMain: '返回主线',
  ended: '已结束',
  compareHeading: (n) => `“假如”分支与主线对比（自第 ${n} 个决定起）`,
  compareNote: '只计分岔点之后的得分；分岔点之前的决定两条线相同。',
  role: '角色',
  mainColumn: '主线',
  whatIfColumn: '假如',
  difference: '差值',
  keysHeading: '快捷键',
  keys: [
    ['1–9', '加一票'],
    ['Shift+1–9', '撤回一票'],
    ['0', '清空票数'],
    ['↑ ↓', '移动选中项'],
    ['T / R', '开始或暂停／重置计时'],
    ['PageDown · → · 空格 · N', '下一句'],
    ['PageUp · ←', '回到上一个决定（假如分支）'],
    ['B · .', '投影黑屏'],
    ['M', '回到主线'],
  ],
  roleNames: roleNames('zh-CN', 'short'),
};

export const PRESENTER_STRINGS: Catalogue<PresenterStrings> = { en, 'zh-CN': zh };

/** The game window sends its locale as plain text; anything unknown falls back to English. */
export function presenterStrings(locale: string | null | undefined): PresenterStrings {
  return stringsFor(PRESENTER_STRINGS, locale);
}
