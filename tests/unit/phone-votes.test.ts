import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDecisionRef, roomCounts } from '../../src/classroom/phone-votes.ts';
import { roomSnapshot } from '../../src/classroom/room-snapshot.ts';
import type { ClassSession } from '../../src/classroom/session.ts';
import { parseSessionFile } from '../../src/classroom/session-schema.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { shownOrder } from '../../src/narrative/option-order.ts';
import { type Tally, tallySchema } from '../../src/room/protocol.ts';
import { dispatch } from '../../src/state/commands.ts';
import { mirrorSnapshot, readPresenterMessage } from '../../src/state/mirror.ts';
import { memoryStore, storageKey } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { fakeLibrary } from '../helpers/library.ts';
import { miniModule } from '../helpers/mini-game.ts';

/**
 * The phones' vote in the game window's record (src/classroom/phone-votes.ts): what phones are
 * shown, how the server's tallies are folded in beside the hand count, and how closing settles it.
 */
let mini: StoryModule;
/** A seed whose order shows mini's first decision reversed: phones' keys must follow the screen. */
let REVERSED = 0;
beforeAll(async () => {
  mini = await miniModule();
  for (let seed = 1; seed < 200 && !REVERSED; seed++)
    if (order(await roomAtDecision(seed))[0] === 1) REVERSED = seed;
  expect(REVERSED).toBeGreaterThan(0);
});

async function roomAtDecision(seed: number | null = REVERSED, storage = memoryStore()): Promise<Game> {
  const game = createGame({ library: fakeLibrary([mini]), storage, optionSeed: () => seed });
  await game.ready;
  await game.actions.chooseLocale('en');
  game.classroom.enter();
  await game.actions.openScenario('mini');
  toDecision(game);
  return game;
}

function toDecision(game: Game): void {
  for (let i = 0; i < 30 && game.store.getState().step?.kind === 'line'; i++) game.actions.advance();
  expect(game.store.getState().step?.kind).toBe('choices');
}

function session(game: Game): ClassSession {
  const s = game.store.getState().sessions.mini;
  if (!s) throw new Error('no session');
  return s;
}

/** The order the room sees (authored indices), at the decision on screen. */
function order(game: Game): number[] {
  const step = game.store.getState().step;
  if (step?.kind !== 'choices') throw new Error('no decision');
  return shownOrder(step);
}

/** A tally as the server sends it: ballots by voter tag, keys by place on screen. */
function tally(game: Game, ballots: Record<string, string>, open = true): Tally {
  const ref = openDecisionRef(session(game));
  const counts: Record<string, number> = {};
  for (const k of ['1', '2']) counts[k] = 0;
  for (const k of Object.values(ballots)) counts[k] = (counts[k] ?? 0) + 1;
  return {
    code: 'ABC234',
    decisionId: ref?.decisionId ?? 'none',
    open,
    counts,
    phones: 3,
    voters: Object.keys(ballots).length,
    ballots,
  };
}

const tag = (n: number) => `voter${String(n).padStart(17, '0')}`;

describe('what phones are shown', () => {
  it('the decision in the room’s order, keyed by place on screen, with no score, note or authored order', async () => {
    const game = await roomAtDecision();
    expect(order(game)).toEqual([1, 0]);
    const snap = roomSnapshot({
      session: session(game),
      locale: 'en',
      title: 'Mini',
      blank: false,
      promptFallback: 'Debate, then vote',
    });
    const step = game.store.getState().step;
    if (step?.kind !== 'choices') throw new Error('no decision');
    expect(snap.decision?.options).toEqual([
      { key: '1', text: step.options[1]?.text },
      { key: '2', text: step.options[0]?.text },
    ]);
    expect(snap.decision?.prompt).toBe(step.prompt ?? 'Debate, then vote');
    expect(snap.decision?.open).toBe(true);
    expect(snap.whatif).toBe(false);
    const wire = JSON.stringify(snap);
    expect(wire).not.toMatch(/feedback|score|facilitator|Strategy first|Ask the room/);
    // The decision id names the place without the authored indices of the options taken to it.
    expect(snap.decision?.decisionId).toMatch(/^mini-[a-z0-9]+\.main\.1\.[a-z0-9]+$/);
  });

  it('marks a what-if and the blank screen, and has no decision at a line', async () => {
    const game = await roomAtDecision();
    game.actions.choose();
    const atLine = roomSnapshot({
      session: session(game),
      locale: 'en',
      title: 'Mini',
      blank: true,
      promptFallback: '?',
    });
    expect(atLine).toMatchObject({ decision: null, blank: true, whatif: false });
    toDecision(game);
    game.classroom.previousDecision();
    const back = roomSnapshot({
      session: session(game),
      locale: 'en',
      title: 'Mini',
      blank: false,
      promptFallback: '?',
    });
    expect(back.whatif).toBe(true);
    // A decision debated again is a new vote for the phones: its id differs from the main line's.
    expect(back.decision?.decisionId).toContain('.w1.1.');
  });

  it('cuts an over-long title and drops control characters, so the server never refuses the room', () => {
    const snap = roomSnapshot({
      session: null,
      locale: 'zh-CN',
      title: `A\u0007${'x'.repeat(500)}`,
      blank: false,
      promptFallback: '?',
    });
    expect(snap.title.length).toBeLessThanOrEqual(120);
    expect(snap.title).not.toContain('\u0007');
  });
});

describe('tallies folded into the record', () => {
  it('keeps phones apart from hands, in authored order, and Enter weighs both', async () => {
    const game = await roomAtDecision();
    // Shown 1 is authored 1, shown 2 is authored 0.
    game.classroom.vote(0, 1);
    game.classroom.vote(0, 1);
    game.classroom.phoneTally(tally(game, { [tag(1)]: '1', [tag(2)]: '1', [tag(3)]: '1' }));
    const s = session(game);
    expect(s.votes['main|@1']).toEqual([2, 0]);
    expect(s.phoneVotes['main|@1']).toMatchObject({ counts: [0, 3], voters: 3, open: true, settled: false });
    expect(roomCounts(s)).toEqual([2, 3]);
    expect(game.store.getState().room.phones).toBe(3);
    game.actions.choose();
    // 3 phones beat 2 hands: authored option 1 is played.
    expect(session(game).branches[0]?.snapshot.decisions[0]?.chosen).toBe(1);
  });

  it('merges ballots: a changed vote moves, a ballot the server lost stays counted', async () => {
    const game = await roomAtDecision();
    game.classroom.phoneTally(tally(game, { [tag(1)]: '1', [tag(2)]: '2' }));
    // A restarted server that never heard from phone 2 again, and phone 1 changed its mind.
    game.classroom.phoneTally(tally(game, { [tag(1)]: '2' }));
    expect(session(game).phoneVotes['main|@1']).toMatchObject({ counts: [2, 0], voters: 2 });
    // A tally for another decision, or with a key no option has, changes nothing.
    const before = session(game);
    game.classroom.phoneTally({ ...tally(game, { [tag(9)]: '1' }), decisionId: 'elsewhere' });
    game.classroom.phoneTally(tally(game, { [tag(9)]: '7' }));
    expect(session(game).phoneVotes).toEqual(before.phoneVotes);
  });

  it('closing (V) stops the count; the frozen tally settles it and nothing changes it after', async () => {
    const game = await roomAtDecision();
    game.classroom.phoneTally(tally(game, { [tag(1)]: '1' }));
    dispatch(game, { type: 'close-phone-vote' });
    expect(session(game).phoneVotes['main|@1']).toMatchObject({ open: false, settled: false, voters: 1 });
    // A late open tally is ignored; the frozen one (with a vote that beat the close) settles it.
    game.classroom.phoneTally(tally(game, { [tag(1)]: '1', [tag(2)]: '1', [tag(3)]: '2' }));
    expect(session(game).phoneVotes['main|@1']?.voters).toBe(1);
    game.classroom.phoneTally(tally(game, { [tag(1)]: '1', [tag(2)]: '1' }, false));
    const settled = session(game).phoneVotes['main|@1'];
    expect(settled).toMatchObject({ counts: [0, 2], voters: 2, open: false, settled: true, ballots: {} });
    // A server that restarted and lost everything cannot wipe the record.
    game.classroom.phoneTally(tally(game, {}, false));
    expect(session(game).phoneVotes['main|@1']).toEqual(settled);
    const mirrored = mirrorSnapshot(game.store.getState(), 0).classroom?.phones;
    expect(mirrored).toEqual({ counts: [2, 0].reverse(), voters: 2, open: false });
  });

  it('playing the option closes its phone vote, and the frozen tally still lands after the story moved on', async () => {
    const game = await roomAtDecision();
    const first = tally(game, { [tag(1)]: '2' });
    game.classroom.phoneTally(first);
    game.actions.choose();
    expect(session(game).phoneVotes['main|@1']).toMatchObject({ open: false, settled: false });
    toDecision(game);
    game.classroom.phoneTally({ ...first, open: false, ballots: { [tag(1)]: '2', [tag(2)]: '2' } });
    expect(session(game).phoneVotes['main|@1']).toMatchObject({ counts: [2, 0], settled: true, voters: 2 });
    // Nothing was counted at the new decision.
    expect(Object.keys(session(game).phoneVotes)).toEqual(['main|@1']);
  });

  it('the presenter may close the phone vote and toggle the join card; nothing else it sends is new', () => {
    expect(readPresenterMessage({ type: 'command', command: { type: 'close-phone-vote' } })).not.toBeNull();
    expect(readPresenterMessage({ type: 'command', command: { type: 'room-card' } })).not.toBeNull();
    expect(readPresenterMessage({ type: 'command', command: { type: 'room-open' } })).toBeNull();
  });

  it('a tally that does not fit the schema is refused before it reaches the record', () => {
    const good = {
      code: 'ABC234',
      decisionId: 'd1',
      open: true,
      counts: { 1: 1 },
      phones: 1,
      voters: 1,
      ballots: { [tag(1)]: '1' },
    };
    expect(v.safeParse(tallySchema, good).success).toBe(true);
    for (const bad of [
      { ...good, counts: { 1: -1 } },
      { ...good, counts: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, 1])) },
      { ...good, code: 'abc' },
      { ...good, ballots: { short: '1' } },
      { ...good, phones: 1.5 },
    ])
      expect(v.safeParse(tallySchema, bad).success).toBe(false);
  });
});

describe('the room link in the store', () => {
  it('opens only in classroom mode, and leaving classroom mode closes it', async () => {
    const game = await roomAtDecision();
    game.classroom.openRoom();
    expect(game.store.getState().room).toMatchObject({ status: 'connecting', card: true });
    game.classroom.linkRoom({
      status: 'live',
      code: 'ABC234',
      joinUrl: 'http://10.0.0.2:8787/phone.html?room=ABC234',
    });
    dispatch(game, { type: 'room-card' });
    expect(game.store.getState().room.card).toBe(false);
    expect(mirrorSnapshot(game.store.getState(), 0).room).toMatchObject({ code: 'ABC234', card: false });
    game.classroom.leave();
    expect(game.store.getState().room.status).toBe('off');
    game.classroom.openRoom();
    expect(game.store.getState().room.status).toBe('off');
  });
});

describe('session format 2', () => {
  it('reads a format 1 session file (before phones) as one with no phone votes', async () => {
    const game = await roomAtDecision(null);
    const file = JSON.parse(game.classroom.exportSession() ?? '{}') as Record<string, unknown>;
    expect(file.version).toBe(2);
    const { phoneVotes: _gone, ...old } = { ...file, version: 1 } as Record<string, unknown>;
    const read = parseSessionFile(JSON.stringify(old));
    expect('session' in read && read.session.phoneVotes).toEqual({});
    expect('session' in read && read.session.version).toBe(2);
    // A format 2 file without its phone votes is damaged, not silently mended.
    const broken = parseSessionFile(JSON.stringify({ ...file, phoneVotes: undefined }));
    expect('error' in broken && broken.error).toMatch(/phoneVotes/);
  });

  it('migrates sessions saved by format 1, and keeps their votes', async () => {
    const storage = memoryStore();
    const first = await roomAtDecision(null, storage);
    first.classroom.vote(1, 1);
    const saved = JSON.parse(storage.getItem(storageKey('sessions')) ?? '{}') as {
      v: number;
      data: Record<string, Record<string, unknown>>;
    };
    expect(saved.v).toBe(2);
    const v1 = Object.fromEntries(
      Object.entries(saved.data).map(([id, { phoneVotes: _p, ...s }]) => [id, { ...s, version: 1 }]),
    );
    storage.setItem(storageKey('sessions'), JSON.stringify({ v: 1, data: v1 }));
    const again = createGame({ library: fakeLibrary([mini]), storage, optionSeed: () => null });
    await again.ready;
    const s = again.store.getState().sessions.mini;
    expect(s?.version).toBe(2);
    expect(s?.phoneVotes).toEqual({});
    expect(s?.votes['main|@1']).toEqual([0, 1]);
    expect(again.store.getState().notices).toEqual([]);
  });
});

describe('the room debrief line', () => {
  it('names hands and phones apart, in both languages, and leaves out what was not used', async () => {
    const { roomStrings } = await import('../../src/ui/i18n-room.ts');
    expect(roomStrings('en').roomVotes([3, 1], [12, 5], 1)).toBe('Hands: 3 · 1; Phones: 12 · 5 → played 1');
    expect(roomStrings('en').roomVotes(null, [0, 4], 2)).toBe('Phones: 0 · 4 → played 2');
    expect(roomStrings('zh-CN').roomVotes([3, 1], [12, 5], 1)).toBe('举手：3 · 1；手机：12 · 5 → 采用 1');
  });
});
