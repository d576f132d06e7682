import type { RoomLocale } from '../room/protocol.ts';

/**
 * Every word the phone page shows, in both languages. The room's locale decides once the phone has
 * joined; before that (the code form) the phone's own language does.
 */
export interface PhoneStrings {
  pageTitle: string;
  joinHeading: string;
  joinHint: string;
  codeLabel: string;
  nicknameLabel: string;
  nicknameHint: string;
  join: string;
  codeInvalid: string;
  notFound: string;
  full: string;
  room: (code: string) => string;
  connecting: string;
  joining: string;
  reconnecting: string;
  waitingHost: string;
  live: string;
  waitingDecision: string;
  voteOpen: string;
  voted: string;
  closed: string;
  closedNoVote: string;
  yourVote: string;
  whatif: string;
  blank: string;
  ended: string;
  tooLate: string;
  tooFast: string;
  notSent: string;
  nicknameSave: string;
  nicknameSaved: string;
}

const en: PhoneStrings = {
  pageTitle: "Vote · Wu Di's Turn",
  joinHeading: 'Join the room',
  joinHint: 'Type the code shown on the projector.',
  codeLabel: 'Room code',
  nicknameLabel: 'Nickname (optional)',
  nicknameHint: 'Leave it empty to vote anonymously.',
  join: 'Join',
  codeInvalid: 'A room code is 6 letters and digits, as on the projector.',
  notFound: 'No room has this code. Check the code on the projector.',
  full: 'This room is full.',
  room: (code) => `Room ${code}`,
  connecting: 'Connecting…',
  joining: 'Joining the room…',
  reconnecting: 'Reconnecting…',
  waitingHost: 'Waiting for the trainer’s screen…',
  live: 'Connected',
  waitingDecision: 'Waiting for the next decision…',
  voteOpen: 'Tap your choice. You can change it until voting closes.',
  voted: 'Your vote is in. You can change it until voting closes.',
  closed: 'Voting closed.',
  closedNoVote: 'Voting closed. You did not vote on this one.',
  yourVote: 'Your vote',
  whatif: 'What if… the trainer is exploring another path.',
  blank: 'The trainer has blanked the screen.',
  ended: 'This session has ended. Thank you for taking part!',
  tooLate: 'Too late: voting had already closed.',
  tooFast: 'Too fast: wait a moment and tap again.',
  notSent: 'Your vote did not arrive. Tap again.',
  nicknameSave: 'Save',
  nicknameSaved: 'Saved.',
};

const zh: PhoneStrings = {
  pageTitle: '投票 · 吴迪的转身',
  joinHeading: '加入课堂',
  joinHint: '请输入投影屏幕上显示的房间码。',
  codeLabel: '房间码',
  nicknameLabel: '昵称（选填）',
  nicknameHint: '不填即为匿名投票。',
  join: '加入',
  codeInvalid: '房间码由 6 位字母或数字组成，请按投影屏幕输入。',
  notFound: '没有找到这个房间，请核对投影屏幕上的房间码。',
  full: '这个房间已满。',
  room: (code) => `房间 ${code}`,
  connecting: '正在连接…',
  joining: '正在加入房间…',
  reconnecting: '正在重新连接…',
  waitingHost: '正在等待讲师的屏幕…',
  live: '已连接',
  waitingDecision: '请稍候，下一个决策马上就来…',
  voteOpen: '请点选你的答案。投票结束前可以更改。',
  voted: '已投票。投票结束前可以更改。',
  closed: '投票已结束。',
  closedNoVote: '投票已结束，你这一题没有投票。',
  yourVote: '你的选择',
  whatif: '假设推演：讲师正在探讨另一种走向。',
  blank: '讲师暂时关闭了屏幕。',
  ended: '本次课程已结束，感谢参与！',
  tooLate: '晚了一步：投票已经结束。',
  tooFast: '操作太快了，请稍等片刻再点。',
  notSent: '投票没有送达，请再点一次。',
  nicknameSave: '保存',
  nicknameSaved: '已保存。',
};

export const PHONE_STRINGS: Record<RoomLocale, PhoneStrings> = { en, 'zh-CN': zh };

/** Before the room says which: Chinese for a phone set to any Chinese, English otherwise. */
export function guessLocale(languages: readonly string[]): RoomLocale {
  const first = languages[0] ?? 'en';
  return /^zh\b/i.test(first) ? 'zh-CN' : 'en';
}
