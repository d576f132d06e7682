import type { Locale } from '../state/schema.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';

/**
 * The words of phones voting in the room (the join card, phone counts, the room's debrief line).
 * Apart from the classroom's catalogue: they load with the room link, not with the first page.
 */
export interface RoomStrings {
  roomVotes: (hands: readonly number[] | null, phones: readonly number[] | null, played: number) => string;
  roomConnecting: string;
  roomReconnecting: string;
  roomLive: (code: string, phones: number) => string;
  joinHeading: string;
  joinScan: string;
  joinOpen: string;
  joinCode: string;
  joinHide: string;
  phones: (n: number) => string;
  phoneVotes: (n: number) => string;
  phoneVoting: string;
  phoneClosed: string;
  closePhoneVote: string;
  hands: string;
  phonesLabel: string;
}

const en: RoomStrings = {
  roomVotes: (hands, phones, played) => {
    const parts = [
      hands ? `Hands: ${hands.join(' · ')}` : null,
      phones ? `Phones: ${phones.join(' · ')}` : null,
    ];
    return `${parts.filter(Boolean).join('; ')} → played ${played}`;
  },
  roomConnecting: 'Opening the room…',
  roomReconnecting: 'Reconnecting to the room server… votes already counted are kept.',
  roomLive: (code, phones) => `Room ${code} · ${phones === 1 ? '1 phone' : `${phones} phones`}`,
  joinHeading: 'Vote from your phone',
  joinScan: 'Scan the code with your phone camera',
  joinOpen: 'or open',
  joinCode: 'Room code',
  joinHide: 'Hide (J)',
  phones: (n) => (n === 1 ? '1 phone' : `${n} phones`),
  phoneVotes: (n) => (n === 1 ? '1 phone vote' : `${n} phone votes`),
  phoneVoting: 'Phones are voting',
  phoneClosed: 'Phone vote closed',
  closePhoneVote: 'Close the phone vote (V)',
  hands: 'Hands',
  phonesLabel: 'Phones',
};

const zh: RoomStrings = {
  roomVotes: (hands, phones, played) => {
    const parts = [
      hands ? `举手：${hands.join(' · ')}` : null,
      phones ? `手机：${phones.join(' · ')}` : null,
    ];
    return `${parts.filter(Boolean).join('；')} → 采用 ${played}`;
  },
  roomConnecting: '正在开启房间……',
  roomReconnecting: '正在重新连接投票服务器……已计入的票不会丢失。',
  roomLive: (code, phones) => `房间 ${code} · ${phones} 部手机`,
  joinHeading: '用手机投票',
  joinScan: '用手机相机扫描二维码',
  joinOpen: '或打开',
  joinCode: '房间码',
  joinHide: '隐藏（J）',
  phones: (n) => `${n} 部手机`,
  phoneVotes: (n) => `手机 ${n} 票`,
  phoneVoting: '手机投票中',
  phoneClosed: '手机投票已结束',
  closePhoneVote: '结束手机投票（V）',
  hands: '举手',
  phonesLabel: '手机',
};

export const ROOM_STRINGS: Catalogue<RoomStrings> = { en, 'zh-CN': zh };

export function roomStrings(locale: Locale | null): RoomStrings {
  return stringsFor(ROOM_STRINGS, locale);
}
