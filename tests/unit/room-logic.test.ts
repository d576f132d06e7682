import { createHash } from 'node:crypto';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AddressLimits, allow, ConnectionLimits, TokenBucket } from '../../server/rate-limit.ts';
import {
  castVote,
  closeDecision,
  createRoom,
  instancesOf,
  isExpired,
  joinPhone,
  leavePhone,
  openDecision,
  phoneView,
  pruneInstances,
  type Room,
  resumeRoom,
  setBlank,
  setWhatif,
  tallyOf,
} from '../../server/room-logic.ts';
import {
  codeFromDigest,
  mayResume,
  newHostSecret,
  roomSecrets,
  secretHash,
  secretMatches,
} from '../../server/room-secrets.ts';
import { resolveInside } from '../../server/static-files.ts';
import {
  CODE_ALPHABET,
  decisionOpen,
  LIMITS,
  phoneJoin,
  ROOM_LOCALES,
  type RoomSnapshot,
  roomCode,
  roomResume,
  vote,
} from '../../src/room/protocol.ts';
import { LOCALES } from '../../src/state/schema.ts';

const T0 = 1_700_000_000_000;
const view = {
  decisionId: 'main:3',
  prompt: 'Who do you call first?',
  options: [
    { key: 'b', text: 'The buyer' },
    { key: 'a', text: 'The CFO' },
    { key: 'c', text: 'Nobody yet' },
  ],
};

function ok(outcome: ReturnType<typeof castVote>): Room {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error}`);
  return outcome.room;
}

function roomWithPhones(...voters: string[]): Room {
  let room = createRoom({ code: 'ABCDEF', secretHash: 'h', locale: 'en', title: 'Scenario 1', now: T0 });
  for (const voter of voters) room = ok(joinPhone(room, voter, null));
  return openDecision(room, view, T0);
}

describe('room logic: votes', () => {
  it('counts one ballot per phone, every option listed, in the room order', () => {
    let room = roomWithPhones('p1', 'p2', 'p3');
    room = ok(castVote(room, 'p1', 'main:3', 'a'));
    room = ok(castVote(room, 'p2', 'main:3', 'a'));
    room = ok(castVote(room, 'p3', 'main:3', 'c'));
    const tally = tallyOf(room);
    expect(tally?.counts).toEqual({ b: 0, a: 2, c: 1 });
    expect(Object.keys(tally?.counts ?? {})).toEqual(['b', 'a', 'c']);
    expect(tally).toMatchObject({ voters: 3, phones: 3, open: true, decisionId: 'main:3' });
  });

  it('a new vote replaces the old one, and the same vote twice counts once', () => {
    let room = roomWithPhones('p1');
    room = ok(castVote(room, 'p1', 'main:3', 'a'));
    room = ok(castVote(room, 'p1', 'main:3', 'a'));
    expect(tallyOf(room)?.counts).toEqual({ b: 0, a: 1, c: 0 });
    room = ok(castVote(room, 'p1', 'main:3', 'b'));
    expect(tallyOf(room)?.counts).toEqual({ b: 1, a: 0, c: 0 });
    expect(phoneView(room, 'p1').yourVote).toBe('b');
  });

  it('refuses a vote from a phone that has not joined, for another decision, or an unknown option', () => {
    const room = roomWithPhones('p1');
    expect(castVote(room, 'stranger', 'main:3', 'a')).toEqual({ ok: false, error: 'not-joined' });
    expect(castVote(room, 'p1', 'main:4', 'a')).toEqual({ ok: false, error: 'no-decision' });
    expect(castVote(room, 'p1', 'main:3', 'z')).toEqual({ ok: false, error: 'no-option' });
  });

  it('closing freezes the tally: later votes are refused', () => {
    let room = roomWithPhones('p1', 'p2');
    room = ok(castVote(room, 'p1', 'main:3', 'a'));
    room = ok(closeDecision(room, 'main:3', T0 + 1));
    expect(castVote(room, 'p2', 'main:3', 'b')).toEqual({ ok: false, error: 'closed' });
    expect(castVote(room, 'p1', 'main:3', 'b')).toEqual({ ok: false, error: 'closed' });
    expect(tallyOf(room)).toMatchObject({ open: false, counts: { a: 1, b: 0, c: 0 }, voters: 1 });
    expect(phoneView(room, 'p1').decision?.open).toBe(false);
    expect(closeDecision(room, 'other', T0)).toEqual({ ok: false, error: 'no-decision' });
  });

  it('a new decision starts with no ballots; opening the same one again keeps them', () => {
    let room = ok(castVote(roomWithPhones('p1'), 'p1', 'main:3', 'a'));
    expect(tallyOf(openDecision(room, view, T0))?.voters).toBe(1);
    room = openDecision(room, { ...view, decisionId: 'main:4' }, T0);
    expect(tallyOf(room)).toMatchObject({ decisionId: 'main:4', voters: 0, counts: { a: 0, b: 0, c: 0 } });
  });
});

describe('room logic: phones', () => {
  it('a phone with two connections is one phone until both go; its ballot outlives it', () => {
    let room = roomWithPhones('p1');
    room = ok(joinPhone(room, 'p1', 'Mei'));
    expect(tallyOf(room)?.phones).toBe(1);
    room = ok(castVote(room, 'p1', 'main:3', 'c'));
    room = leavePhone(room, 'p1');
    expect(tallyOf(room)?.phones).toBe(1);
    room = leavePhone(room, 'p1');
    expect(tallyOf(room)).toMatchObject({ phones: 0, voters: 1, counts: { c: 1 } });
    expect(leavePhone(room, 'p1')).toBe(room);
  });

  it('a dead instance’s connections are taken out; a phone connected elsewhere too stays', () => {
    let room = createRoom({ code: 'ABCDEF', secretHash: 'h', locale: 'en', title: 'T', now: 0 });
    room = ok(joinPhone(room, 'p1', null, 'A'));
    room = ok(joinPhone(room, 'p2', null, 'B'));
    room = ok(joinPhone(room, 'p2', null, 'A'));
    room = ok(joinPhone(room, 'p3', null, 'B'));
    expect(instancesOf(room).sort()).toEqual(['A', 'B']);
    expect(pruneInstances(room, new Set(['A', 'B']))).toBe(room);
    const pruned = pruneInstances(room, new Set(['A']));
    expect(Object.keys(pruned.phones).sort()).toEqual(['p1', 'p2']);
    expect(pruned.phones.p2?.connections).toEqual({ A: 1 });
    expect(leavePhone(leavePhone(room, 'p2', 'A'), 'p2', 'B').phones.p2).toBeUndefined();
    // A room written before connections were counted per instance.
    const legacy: Room = {
      ...room,
      phones: { old: { nickname: null, connections: 2 as unknown as Record<string, number> } },
    };
    expect(pruneInstances(legacy, new Set(['A'])).phones).toEqual({});
  });

  it('refuses a phone beyond the room limit', () => {
    let room = roomWithPhones();
    for (let i = 0; i < LIMITS.phones; i++) room = ok(joinPhone(room, `p${i}`, null));
    expect(joinPhone(room, 'one-more', null)).toEqual({ ok: false, error: 'full' });
    expect(joinPhone(room, 'p0', null).ok).toBe(true);
  });

  it('phones see the prompt and options, never anything else, and the what-if and blank switches', () => {
    let room = ok(castVote(roomWithPhones('p1'), 'p1', 'main:3', 'a'));
    room = setBlank(setWhatif(room, true, T0), true, T0);
    expect(phoneView(room, 'p1')).toEqual({
      code: 'ABCDEF',
      title: 'Scenario 1',
      locale: 'en',
      decision: { ...view, open: true },
      yourVote: 'a',
      whatif: true,
      blank: true,
    });
    expect(phoneView(room, 'p2').yourVote).toBeNull();
    expect(JSON.stringify(phoneView(room, 'p1'))).not.toContain('p1');
  });
});

describe('room logic: resume after a restart', () => {
  const snapshot = (ballots: Record<string, string>, open = true): RoomSnapshot => ({
    locale: 'zh-CN',
    title: '情景一',
    whatif: true,
    blank: false,
    decision: { ...view, open, ballots },
  });

  it('rebuilds a room the server forgot from what the host knew', () => {
    const room = resumeRoom(undefined, {
      code: 'ABCDEF',
      secretHash: 'h',
      state: snapshot({ t1: 'a', t2: 'b' }),
      now: T0,
    });
    expect(tallyOf(room)).toMatchObject({ counts: { a: 1, b: 1, c: 0 }, voters: 2, phones: 0 });
    expect(phoneView(room, null)).toMatchObject({ locale: 'zh-CN', title: '情景一', whatif: true });
  });

  it('merges by voter: phones re-sending the votes the host knew count once', () => {
    let room = resumeRoom(undefined, {
      code: 'ABCDEF',
      secretHash: 'h',
      state: snapshot({ t1: 'a' }),
      now: T0,
    });
    room = ok(joinPhone(room, 't1', null));
    room = ok(joinPhone(room, 't2', null));
    room = ok(castVote(room, 't1', 'main:3', 'a'));
    room = ok(castVote(room, 't2', 'main:3', 'c'));
    expect(tallyOf(room)?.counts).toEqual({ b: 0, a: 1, c: 1 });
    // The host reconnects again with its older picture: the newer ballots on the server stay.
    room = resumeRoom(room, { code: 'ABCDEF', secretHash: 'h', state: snapshot({ t1: 'b' }), now: T0 });
    expect(tallyOf(room)).toMatchObject({ counts: { b: 0, a: 1, c: 1 }, voters: 2, phones: 2 });
  });

  it('the host decides what is on screen: another decision replaces the held one', () => {
    let room = ok(castVote(roomWithPhones('p1'), 'p1', 'main:3', 'a'));
    room = resumeRoom(room, {
      code: 'ABCDEF',
      secretHash: 'h',
      state: { ...snapshot({}), decision: { ...view, decisionId: 'main:5', open: true, ballots: {} } },
      now: T0,
    });
    expect(tallyOf(room)).toMatchObject({ decisionId: 'main:5', voters: 0 });
    expect(
      resumeRoom(room, {
        code: 'ABCDEF',
        secretHash: 'h',
        state: { ...snapshot({}), decision: null },
        now: T0,
      }).decision,
    ).toBeNull();
  });

  it('a closed decision resumes closed, and stays frozen', () => {
    let room = resumeRoom(undefined, {
      code: 'ABCDEF',
      secretHash: 'h',
      state: snapshot({ t1: 'a' }, false),
      now: T0,
    });
    room = ok(joinPhone(room, 't2', null));
    expect(castVote(room, 't2', 'main:3', 'b')).toEqual({ ok: false, error: 'closed' });
  });
});

describe('room logic: expiry', () => {
  it('a room expires some time after the host last spoke, and each host message renews it', () => {
    const hour = 3_600_000;
    let room = roomWithPhones('p1');
    expect(isExpired(room, T0 + 8 * hour, 8 * hour)).toBe(false);
    expect(isExpired(room, T0 + 8 * hour + 1, 8 * hour)).toBe(true);
    room = setWhatif(room, false, T0 + 5 * hour);
    expect(isExpired(room, T0 + 8 * hour + 1, 8 * hour)).toBe(false);
    // Phones voting do not keep a room alive: only its host does.
    room = ok(castVote(room, 'p1', 'main:3', 'a'));
    expect(isExpired(room, T0 + 13 * hour + 1, 8 * hour)).toBe(true);
  });
});

describe('room secrets', () => {
  const { codeForSecret, voterTagFor } = roomSecrets(Buffer.alloc(32, 7));
  const other = roomSecrets(Buffer.alloc(32, 8));

  it('the code comes from the secret, in the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const secret = newHostSecret();
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const code = codeForSecret(secret);
      expect(v.is(roomCode, code)).toBe(true);
      expect(code).not.toMatch(/[01OI]/);
      expect(codeForSecret(secret)).toBe(code);
    }
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('only the secret matches its hash; voter tags differ between rooms', () => {
    const secret = newHostSecret();
    expect(secretMatches(secret, secretHash(secret))).toBe(true);
    expect(secretMatches(newHostSecret(), secretHash(secret))).toBe(false);
    expect(secretMatches(secret, 'short')).toBe(false);
    const id = 'phone-id-0123456789';
    expect(voterTagFor('ABCDEF', id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(voterTagFor('ABCDEF', id)).toBe(voterTagFor('ABCDEF', id));
    expect(voterTagFor('ABCDEF', id)).not.toBe(voterTagFor('ABCDEG', id));
  });

  it('codes and voter tags depend on the server key: a plain SHA-256 of the secret tells nothing', () => {
    const secret = newHostSecret();
    const plain = (text: string) => createHash('sha256').update(text).digest();
    // What the code was before the server key, and what an offline search would aim at.
    const plainCode = codeFromDigest(plain(`room-code:${secret}`));
    expect(codeForSecret(secret)).not.toBe(plainCode);
    expect(codeForSecret(secret)).not.toBe(other.codeForSecret(secret));
    const id = 'phone-id-0123456789';
    expect(voterTagFor('ABCDEF', id)).not.toBe(other.voterTagFor('ABCDEF', id));
    expect(voterTagFor('ABCDEF', id)).not.toBe(
      plain(`voter:ABCDEF:${id}`).toString('base64url').slice(0, 22),
    );
    expect(() => roomSecrets(Buffer.alloc(16))).toThrow();
  });

  it('a room the server forgot resumes for its host only, and only under the same key', () => {
    const secrets = roomSecrets(Buffer.alloc(32, 7));
    const secret = newHostSecret();
    const code = secrets.codeForSecret(secret);
    expect(mayResume(secrets, code, secret, undefined)).toBe(true);
    // A forger who found a secret whose plain SHA-256 gives the code on the projector is refused.
    const forged = newHostSecret();
    const forgedCode = codeFromDigest(createHash('sha256').update(`room-code:${forged}`).digest());
    expect(mayResume(secrets, forgedCode, forged, undefined)).toBe(false);
    expect(mayResume(secrets, code, newHostSecret(), undefined)).toBe(false);
    // After a restart with another key, even the real host cannot resume (it opens a new room).
    expect(mayResume(other, code, secret, undefined)).toBe(false);
    // A room the server holds is checked against its stored hash, whatever the code says.
    expect(mayResume(secrets, code, secret, { secretHash: secretHash(secret) })).toBe(true);
    expect(mayResume(secrets, code, secret, { secretHash: secretHash(newHostSecret()) })).toBe(false);
  });
});

describe('room protocol schemas', () => {
  const auth = { code: 'ABCDEF', hostSecret: 'a'.repeat(43) };

  it('the room locales are the game locales', () => {
    expect([...ROOM_LOCALES]).toEqual([...LOCALES]);
  });

  it('accepts a decision of up to nine options with distinct keys, nothing more', () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({ key: `o${i}`, text: `Option ${i}` }));
    expect(v.is(decisionOpen, { ...auth, ...view, options: nine })).toBe(true);
    expect(v.is(decisionOpen, { ...auth, ...view, options: [...nine, { key: 'x', text: 'ten' }] })).toBe(
      false,
    );
    expect(v.is(decisionOpen, { ...auth, ...view, options: [] })).toBe(false);
    expect(v.is(decisionOpen, { ...auth, ...view, options: [view.options[0], view.options[0]] })).toBe(false);
    expect(v.is(decisionOpen, { ...auth, ...view, prompt: 'x'.repeat(LIMITS.prompt + 1) })).toBe(false);
    expect(v.is(decisionOpen, { ...auth, ...view, code: 'ABCDE0' })).toBe(false);
  });

  it('refuses control characters, long nicknames and malformed ids', () => {
    const join = { code: 'ABCDEF', phoneId: 'p'.repeat(16) };
    expect(v.is(phoneJoin, join)).toBe(true);
    expect(v.is(phoneJoin, { ...join, nickname: 'Mei' })).toBe(true);
    expect(v.is(phoneJoin, { ...join, nickname: 'x'.repeat(LIMITS.nickname + 1) })).toBe(false);
    expect(v.is(phoneJoin, { ...join, nickname: 'a\u0007b' })).toBe(false);
    expect(v.is(phoneJoin, { ...join, phoneId: 'short' })).toBe(false);
    expect(v.is(vote, { decisionId: 'd', key: 'a b' })).toBe(false);
    expect(v.is(vote, 'vote')).toBe(false);
    expect(v.is(vote, null)).toBe(false);
  });

  it('a resumed state carries only ballots for its own options, and no more than a room holds', () => {
    const state = { locale: 'en', title: 'S', whatif: false, blank: false };
    const decision = { ...view, open: true };
    const tag = (i: number) => `t${String(i).padStart(21, '0')}`;
    expect(
      v.is(roomResume, {
        ...auth,
        state: { ...state, decision: { ...decision, ballots: { [tag(1)]: 'a' } } },
      }),
    ).toBe(true);
    expect(
      v.is(roomResume, {
        ...auth,
        state: { ...state, decision: { ...decision, ballots: { [tag(1)]: 'z' } } },
      }),
    ).toBe(false);
    const many = Object.fromEntries(Array.from({ length: LIMITS.phones + 1 }, (_, i) => [tag(i), 'a']));
    expect(v.is(roomResume, { ...auth, state: { ...state, decision: { ...decision, ballots: many } } })).toBe(
      false,
    );
  });
});

describe('rate limits', () => {
  it('a bucket allows a burst, then refills at its rate', () => {
    const bucket = new TokenBucket({ capacity: 3, perSecond: 2 }, T0);
    expect([1, 2, 3, 4].map(() => bucket.take(T0))).toEqual([true, true, true, false]);
    expect(bucket.take(T0 + 400)).toBe(false);
    expect(bucket.take(T0 + 500)).toBe(true);
    expect(bucket.isFull(T0 + 60_000)).toBe(true);
  });

  it('a connection over its limit does not spend its address budget; an address over its limit refuses every connection', () => {
    const rule = { capacity: 2, perSecond: 0 };
    const rules = { any: rule, join: rule, vote: rule, open: rule };
    const addresses = new AddressLimits({ ...rules, vote: { capacity: 3, perSecond: 0 } });
    const noisy = new ConnectionLimits(T0, rules);
    const results = Array.from({ length: 5 }, () => allow(noisy, addresses, '10.0.0.1', 'vote', T0));
    expect(results).toEqual([true, true, false, false, false]);
    const other = new ConnectionLimits(T0, rules);
    expect(allow(other, addresses, '10.0.0.1', 'vote', T0)).toBe(true);
    expect(allow(other, addresses, '10.0.0.1', 'vote', T0)).toBe(false);
    expect(allow(new ConnectionLimits(T0, rules), addresses, '10.0.0.2', 'vote', T0)).toBe(true);
  });
});

describe('static files', () => {
  const root = path.resolve('/srv/dist');
  it('maps paths inside the build and nothing outside it', () => {
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/a.js')).toBe(path.join(root, 'assets/a.js'));
    expect(resolveInside(root, '/../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    for (const bad of ['/%2e%2e/%2e%2e/etc/passwd', '/a/%2E%2E/../../x', '/..%2f..%2fx', '/..%5c..%5cx']) {
      const file = resolveInside(root, bad);
      expect(file === null || file.startsWith(root + path.sep), `${bad} → ${file}`).toBe(true);
    }
    expect(resolveInside(root, '/..%5c..%5cx')).toBeNull();
    expect(resolveInside(root, '/%00')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});
