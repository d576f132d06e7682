import { randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  castVote,
  closeDecision,
  createRoom,
  joinPhone,
  openDecision,
  phoneView,
} from '../../server/room-logic.ts';
import {
  cleanNickname,
  isPhoneId,
  newPhoneId,
  normalizeCode,
  shownVote,
  voteStatus,
} from '../../src/phone/model.ts';
import { guessLocale, PHONE_STRINGS } from '../../src/phone/strings.ts';
import { phoneId, type RoomState, roomState } from '../../src/room/protocol.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function stateWith(overrides: Partial<RoomState> = {}): RoomState {
  return {
    code: 'ABCDEF',
    title: 'Scenario 1',
    locale: 'en',
    decision: {
      decisionId: 'd1',
      prompt: 'Which?',
      options: [
        { key: 'a', text: 'A' },
        { key: 'b', text: 'B' },
      ],
      open: true,
    },
    yourVote: null,
    whatif: false,
    blank: false,
    ...overrides,
  };
}

describe('phone page: the code and the phone id', () => {
  it('reads a room code forgivingly, and nothing that is not one', () => {
    expect(normalizeCode('abc-def')).toBe('ABCDEF');
    expect(normalizeCode(' 7x9 k2m ')).toBe('7X9K2M');
    expect(normalizeCode('ABCDE')).toBeNull();
    expect(normalizeCode('ABCDEFG')).toBeNull();
    // 0, O, 1 and I are not in the alphabet: a code with them was misread
    expect(normalizeCode('ABCDE0')).toBeNull();
    expect(normalizeCode('ABCDEI')).toBeNull();
    expect(normalizeCode('<b>AB')).toBeNull();
  });

  it('makes a phone id of 22 base64url characters from 16 random bytes, as the protocol asks', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = newPhoneId((bytes) => randomFillSync(bytes));
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(v.is(phoneId, id)).toBe(true);
      expect(isPhoneId(id)).toBe(true);
      ids.add(id);
    }
    expect(ids.size).toBe(200);
    // every byte value maps to the url-safe alphabet (0xfb 0xff → '-' and '_')
    expect(newPhoneId((bytes) => bytes.fill(0xff))).toBe('_____________________w');
    expect(newPhoneId((bytes) => bytes.fill(0xfb))).toBe('-_v7-_v7-_v7-_v7-_v7-w');
    expect(isPhoneId('short')).toBe(false);
    expect(isPhoneId(null)).toBe(false);
  });

  it('keeps a nickname optional, one line and within the limit', () => {
    expect(cleanNickname('   ')).toBeNull();
    expect(cleanNickname(' Lin \n')).toBe('Lin');
    expect(cleanNickname('a\u0007b')).toBe('ab');
    expect(cleanNickname('x'.repeat(40))).toHaveLength(24);
    // never half a character
    const emoji = cleanNickname('😀'.repeat(20));
    expect(emoji).toBe('😀'.repeat(12));
  });
});

describe('phone page: what it shows', () => {
  it('shows the tapped option until the server answers, then the server’s ballot', () => {
    expect(shownVote(stateWith(), 'b')).toBe('b');
    expect(voteStatus(stateWith(), null)).toBe('open');
    expect(voteStatus(stateWith(), 'a')).toBe('voted');
    expect(voteStatus(stateWith({ yourVote: 'a' }), null)).toBe('voted');
    // an option the decision does not have is never shown as chosen
    expect(shownVote(stateWith({ yourVote: 'a' }), 'zz')).toBe('a');
  });

  it('after closing, only the server’s ballot counts', () => {
    const open = stateWith();
    if (!open.decision) throw new Error('a decision');
    const closed = stateWith({ decision: { ...open.decision, open: false }, yourVote: 'a' });
    expect(shownVote(closed, 'b')).toBe('a');
    expect(voteStatus(closed, 'b')).toBe('closed');
    expect(voteStatus({ ...closed, yourVote: null }, null)).toBe('closed-no-vote');
    expect(voteStatus(stateWith({ decision: null }), null)).toBe('waiting');
  });

  it('has every string in both languages, the Chinese in Chinese', () => {
    const en = PHONE_STRINGS.en;
    const zh = PHONE_STRINGS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh)) {
      const text = typeof value === 'function' ? value('ABCDEF') : value;
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      const english = en[key as keyof typeof en];
      expect(typeof english === 'function' ? english('ABCDEF') : english, key).not.toBe('');
    }
    expect(guessLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(guessLocale(['zh'])).toBe('zh-CN');
    expect(guessLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(guessLocale([])).toBe('en');
  });

  it('uses the game’s colours', () => {
    const vars = (file: string) => {
      const css = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
      return Object.fromEntries(
        [...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
      );
    };
    const game = vars('src/ui/styles.css');
    const phone = vars('src/phone/phone.css');
    const colours = Object.keys(phone).filter((k) => /^#|rgba?\(/.test(phone[k] ?? ''));
    expect(colours.length).toBeGreaterThanOrEqual(8);
    for (const name of colours) expect(phone[name], name).toBe(game[name]);
    expect(phone['--font']).toBe(game['--font']);
  });
});

describe('phone page: the room state it accepts', () => {
  it('accepts what the server sends, and keeps its type', () => {
    // what the schema gives is what the server's RoomState says (a compile-time check)
    expectTypeOf<v.InferOutput<typeof roomState>>().toExtend<RoomState>();
    expectTypeOf<RoomState>().toExtend<v.InferOutput<typeof roomState>>();
    let room = createRoom({ code: 'ABCDEF', secretHash: 'h', locale: 'zh-CN', title: '情景一', now: 0 });
    expect(v.parse(roomState, phoneView(room, null))).toEqual(phoneView(room, null));
    room = openDecision(
      room,
      {
        decisionId: 'd1',
        prompt: '怎么办？\n第二行',
        options: [
          { key: 'a', text: '甲' },
          { key: 'b', text: '乙' },
        ],
      },
      0,
    );
    const voter = 'v'.repeat(22);
    const joined = joinPhone(room, voter, null);
    if (!joined.ok) throw new Error(joined.error);
    const voted = castVote(joined.room, voter, 'd1', 'b');
    if (!voted.ok) throw new Error(voted.error);
    const closed = closeDecision(voted.room, 'd1', 0);
    if (!closed.ok) throw new Error(closed.error);
    const view = phoneView(closed.room, voter);
    expect(view.yourVote).toBe('b');
    expect(v.parse(roomState, view)).toEqual(view);
  });

  it('refuses a state that breaks the protocol, and drops fields the protocol does not carry', () => {
    const good = stateWith();
    expect(v.is(roomState, { ...good, code: 'abcdef' })).toBe(false);
    expect(v.is(roomState, { ...good, title: 'x'.repeat(121) })).toBe(false);
    expect(v.is(roomState, { ...good, locale: 'fr' })).toBe(false);
    expect(v.is(roomState, { ...good, yourVote: '<script>' })).toBe(false);
    expect(v.is(roomState, { ...good, decision: { ...good.decision, options: [] } })).toBe(false);
    const withScores = {
      ...good,
      decision: { ...good.decision, options: [{ key: 'a', text: 'A', score: 3, note: 'best' }] },
    };
    const parsed = v.parse(roomState, withScores);
    expect(parsed.decision?.options).toEqual([{ key: 'a', text: 'A' }]);
  });
});
