import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  biggestShift,
  type ClassSession,
  castVote,
  clearVotes,
  compareWithMain,
  currentBranch,
  forkOf,
  isRedundant,
  leadingOption,
  MAIN,
  mainBranch,
  positionKey,
  resetTimer,
  timerRemaining,
  toggleTimer,
  voteShares,
} from '../../src/classroom/session.ts';
import { checkSession, parseSessionFile } from '../../src/classroom/session-schema.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { type KeyValueStore, memoryStore, storageKey } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

// These tests name options by their authored place: option order is not shuffled here.
const authoredOrder = () => null;

let mini: StoryModule;
let miniZh: StoryModule;

beforeAll(async () => {
  const source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
  mini = moduleFrom(await compileSource(source), 'mini', 'en');
  miniZh = moduleFrom(await compileSource(source.replace('She nods.', '她点点头。')), 'mini', 'zh-CN');
});

describe('vote tally', () => {
  it('adds, removes (never below zero), clears, and gives shares and the leader', () => {
    let votes: Record<string, number[]> = {};
    votes = castVote(votes, '@1', 3, 1, 1);
    votes = castVote(votes, '@1', 3, 1, 1);
    votes = castVote(votes, '@1', 3, 2, 1);
    votes = castVote(votes, '@1', 3, 0, -1);
    expect(votes['@1']).toEqual([0, 2, 1]);
    expect(voteShares(votes['@1'] ?? [])).toEqual([0, 2 / 3, 1 / 3]);
    expect(leadingOption(votes['@1'] ?? [])).toBe(1);
    // A digit beyond the options on screen casts nothing.
    expect(castVote(votes, '@1', 3, 5, 1)).toBe(votes);
    expect(clearVotes(votes, '@1')['@1']).toBeUndefined();
    // Before anyone votes the first option leads, and ties go to the earlier option.
    expect(leadingOption([0, 0, 0])).toBe(0);
    expect(leadingOption([1, 3, 3])).toBe(1);
    expect(voteShares([0, 0])).toEqual([0, 0]);
  });

  it('keys a decision by the options taken to reach it, so two branches share its votes', () => {
    const decisions = [{ chosen: 0 }, { chosen: 2 }, { chosen: 1 }];
    expect(positionKey(decisions, 1)).toBe('@1');
    expect(positionKey(decisions, 3)).toBe('0.2@3');
  });
});

describe('debate timer', () => {
  it('starts, pauses, resumes, runs out and resets', () => {
    let timer = { durationMs: 60_000, elapsedMs: 0, runningSince: null as number | null };
    timer = toggleTimer(timer, 1000);
    expect(timerRemaining(timer, 11_000)).toBe(50_000);
    timer = toggleTimer(timer, 11_000);
    expect(timer.runningSince).toBeNull();
    expect(timerRemaining(timer, 99_000)).toBe(50_000);
    timer = toggleTimer(timer, 100_000);
    expect(timerRemaining(timer, 200_000)).toBe(0);
    // Starting again after it ran out starts a new debate.
    timer = toggleTimer(toggleTimer(timer, 200_000), 200_000);
    expect(timerRemaining(timer, 200_000)).toBe(60_000);
    expect(resetTimer(timer, 90_000)).toEqual({ durationMs: 90_000, elapsedMs: 0, runningSince: null });
  });
});

/** The game on this storage and clock, as a reload finds it. */
async function reopen(storage: KeyValueStore, clock: { t: number }) {
  const game = createGame({
    library: fakeLibrary([mini, miniZh]),
    optionSeed: authoredOrder,
    storage,
    now: () => clock.t,
  });
  await game.ready;
  return game;
}

async function classGame(storage = memoryStore(), clock = { t: Date.UTC(2026, 10, 23, 9) }) {
  const game = await reopen(storage, clock);
  await game.actions.chooseLocale('en');
  game.classroom.enter();
  await game.actions.openScenario('mini');
  return { game, storage, clock };
}

function toDecision(game: Game) {
  for (let i = 0; i < 50 && game.store.getState().step?.kind === 'line'; i++) game.actions.advance();
  expect(game.store.getState().step?.kind).toBe('choices');
}

/** Main line past decision 1, then a what-if from decision 1 that took the other option. */
function whatIfFromFirstDecision(game: Game) {
  toDecision(game);
  game.actions.choose();
  toDecision(game);
  game.classroom.goTo(MAIN, 1);
  game.actions.select(1);
  game.actions.choose();
}

function session(game: Game): ClassSession {
  const s = game.store.getState().sessions.mini;
  if (!s) throw new Error('no session');
  return s;
}

function chosen(game: Game, branch = session(game).current): number[] {
  const b = session(game).branches.find((x) => x.id === branch);
  return b?.snapshot.decisions.map((d) => d.chosen) ?? [];
}

describe('classroom session in the store', () => {
  it('plays the option the trainer selected, which starts on the option the room voted for', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.classroom.vote(1, 1);
    game.classroom.vote(1, 1);
    game.classroom.vote(0, 1);
    expect(session(game).votes['main|@1']).toEqual([1, 2]);
    game.actions.choose();
    expect(chosen(game)).toEqual([1]);
    // Solo play on this machine is untouched by the room.
    expect(game.store.getState().runs.mini).toBeUndefined();
  });

  it('moves the selection with Up/Down from the leading option, and resets it at the next decision', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.classroom.vote(1, 1);
    game.actions.moveSelection(1);
    expect(session(game).selection).toBe(0); // from the leader (1), wrapping past the last (1)
    game.actions.moveSelection(-1);
    expect(session(game).selection).toBe(1);
    game.actions.choose();
    toDecision(game);
    expect(session(game).selection).toBeNull();
  });

  it('times the debate and resets the timer at each new decision', async () => {
    const { game, clock } = await classGame();
    toDecision(game);
    game.classroom.toggleTimer();
    clock.t += 45_000;
    game.classroom.toggleTimer();
    clock.t += 10_000;
    game.actions.choose();
    const timing = session(game).timings[0];
    expect(timing).toMatchObject({ branch: MAIN, number: 1, debateMs: 45_000, totalMs: 55_000 });
    toDecision(game);
    expect(session(game).timer.elapsedMs).toBe(0);
    expect(session(game).timer.durationMs).toBe(120_000);
  });

  it('goes back to an earlier decision as a what-if, compares it with the main line, and returns', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.actions.select(0); // ask about the board: S+2 BE+1
    game.actions.choose();
    toDecision(game);
    game.actions.select(2); // the workshop: S+3 BE+2
    game.actions.choose();
    toDecision(game);
    expect(chosen(game, MAIN)).toEqual([0, 2]);

    // PageUp at decision 3: back to decision 2, as a what-if; the main line keeps its place.
    game.classroom.previousDecision();
    expect(session(game).current).toBe('w1');
    expect(chosen(game)).toEqual([0]);
    expect(game.store.getState().step?.kind).toBe('choices');
    // Back again, to decision 1, in the same (still empty) what-if.
    game.classroom.previousDecision();
    expect(session(game).branches.map((b) => b.id)).toEqual([MAIN, 'w1']);
    expect(forkOf(session(game), currentBranch(session(game)))).toBe(1);
    game.actions.select(1); // pitch the catalogue: S-1
    game.actions.choose();
    toDecision(game);
    game.actions.select(0); // brief the team: T+2
    game.actions.choose();

    const comparison = compareWithMain(session(game), 'w1');
    expect(comparison?.forkAt).toBe(1);
    expect(comparison?.main.fromFork).toMatchObject({ S: 5, BE: 3, T: 0 });
    expect(comparison?.whatIf.fromFork).toMatchObject({ S: -1, T: 2, BE: 0 });
    expect(comparison?.difference).toMatchObject({ S: -6, T: 2, BE: -3 });
    expect(comparison && biggestShift(comparison)).toEqual({ role: 'S', delta: -6 });

    game.classroom.returnToMain();
    expect(session(game).current).toBe(MAIN);
    expect(chosen(game)).toEqual([0, 2]);
    expect(game.store.getState().step?.kind).toBe('choices');
    // The what-if is kept in the log, marked as such.
    expect(session(game).branches.map((b) => [b.id, b.kind])).toEqual([
      [MAIN, 'main'],
      ['w1', 'what-if'],
    ]);
  });

  it('drops a what-if left before any decision was played on it', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.actions.choose();
    toDecision(game);
    game.classroom.previousDecision();
    expect(session(game).current).toBe('w1');
    game.classroom.returnToMain();
    expect(session(game).branches.map((b) => b.id)).toEqual([MAIN]);
  });

  it('rewinding inside a what-if opens a new one, so no explored branch is lost', async () => {
    const { game } = await classGame();
    whatIfFromFirstDecision(game);
    toDecision(game);
    game.actions.choose();
    game.classroom.goTo('w1', 2);
    expect(session(game).current).toBe('w2');
    expect(chosen(game, 'w1')).toEqual([1, 0]);
    expect(chosen(game, 'w2')).toEqual([1]);
    expect(forkOf(session(game), currentBranch(session(game)))).toBe(1);
    // Going to a branch past its last decision resumes it where it stands.
    game.classroom.goTo('w1', 99);
    expect(session(game).current).toBe('w1');
    expect(session(game).branches.map((b) => b.id)).toEqual([MAIN, 'w1']);
  });

  it('survives a reload on the same line of the same branch, with its votes', async () => {
    const { game, storage, clock } = await classGame();
    toDecision(game);
    game.actions.choose();
    toDecision(game);
    game.classroom.vote(2, 1);
    game.classroom.goTo(MAIN, 1);
    game.actions.select(1);
    game.actions.choose();
    const before = game.store.getState();

    const again = await reopen(storage, clock);
    const after = again.store.getState();
    expect(after.settings.mode).toBe('class');
    expect(after.screen).toBe('play');
    expect(after.step).toEqual(before.step);
    expect(after.sessions.mini?.current).toBe('w1');
    expect(after.sessions.mini?.votes['main|0@2']).toEqual([0, 0, 1]);
  });

  it('keeps a damaged saved session from costing settings or progress', async () => {
    const storage = memoryStore();
    const { game } = await classGame(storage);
    toDecision(game);
    storage.setItem(storageKey('sessions'), JSON.stringify({ v: 1, data: { mini: { kind: 'nope' } } }));
    const again = createGame({ library: fakeLibrary([mini, miniZh]), optionSeed: authoredOrder, storage });
    await again.ready;
    const state = again.store.getState();
    expect(state.notices.map((n) => n.kind)).toContain('sessions-damaged');
    expect(state.settings.locale).toBe('en');
    expect(state.sessions).toEqual({});
  });

  it('exports a session that imports back, and rejects a file that is not one', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.classroom.vote(0, 1);
    game.actions.choose();
    const text = game.classroom.exportSession();
    expect(text).not.toBeNull();
    const parsed = parseSessionFile(text ?? '');
    expect('session' in parsed && parsed.session.votes['main|@1']).toEqual([1, 0]);

    const fresh = createGame({
      library: fakeLibrary([mini, miniZh]),
      optionSeed: authoredOrder,
      storage: memoryStore(),
    });
    await fresh.actions.chooseLocale('en');
    if ('session' in parsed) await fresh.actions.importSession(parsed.session);
    expect(fresh.store.getState().settings.mode).toBe('class');
    expect(fresh.store.getState().sessions.mini?.branches[0]?.snapshot.decisions).toHaveLength(1);

    expect(parseSessionFile('{')).toEqual({ error: 'not a JSON file' });
    const wrong = parseSessionFile(JSON.stringify({ kind: 'wudi-turn/results' }));
    expect('error' in wrong && wrong.error).toMatch(/not a classroom session/);
    expect(() => checkSession({ ...JSON.parse(text ?? '{}'), current: 'w9' }, 's')).toThrow(/current/);
  });

  it('carries every branch into the other language', async () => {
    const { game } = await classGame();
    whatIfFromFirstDecision(game);
    await game.actions.chooseLocale('zh-CN');
    const s = session(game);
    expect(s.locale).toBe('zh-CN');
    expect(s.storyHash).toBe(miniZh.hash);
    expect(mainBranch(s).snapshot.decisions.map((d) => d.chosen)).toEqual([0]);
    expect(chosen(game, 'w1')).toEqual([1]);
    expect(s.current).toBe('w1');
  });

  it('stays at the decision on screen when the language changes there, solo or in class', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.classroom.vote(1, 1);
    await game.actions.chooseLocale('zh-CN');
    expect(game.store.getState().step?.kind).toBe('choices');
    expect(session(game).votes['main|@1']).toEqual([0, 1]);

    const solo = createGame({
      library: fakeLibrary([mini, miniZh]),
      optionSeed: authoredOrder,
      storage: memoryStore(),
    });
    await solo.actions.chooseLocale('en');
    await solo.actions.openScenario('mini');
    toDecision(solo);
    await solo.actions.chooseLocale('zh-CN');
    expect(solo.store.getState().step?.kind).toBe('choices');
    expect(solo.store.getState().scenario?.locale).toBe('zh-CN');
  });

  it('gives a decision gone back to a fresh selection, timer and tally of its own', async () => {
    const { game, clock } = await classGame();
    toDecision(game);
    game.classroom.vote(1, 1);
    game.actions.choose();
    toDecision(game);
    game.actions.select(2);
    game.classroom.toggleTimer();
    clock.t += 30_000;
    game.classroom.previousDecision();
    const s = session(game);
    expect(s.selection).toBeNull();
    expect(s.timer).toEqual({ durationMs: 120_000, elapsedMs: 0, runningSince: null });
    // The what-if debates decision 1 afresh; the main line's record of the vote stays.
    game.classroom.vote(0, 1);
    game.classroom.clearVotes();
    game.classroom.vote(0, 1);
    expect(session(game).votes).toEqual({ 'main|@1': [0, 1], 'w1|@1': [1, 0] });
  });

  it('calls a look back a look back until the room plays something new', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.actions.select(0);
    game.actions.choose();
    toDecision(game);
    game.actions.choose();
    toDecision(game);
    game.classroom.previousDecision();
    game.classroom.previousDecision();
    // Replaying what the main line played is still only a look back at it.
    game.actions.select(0);
    game.actions.choose();
    expect(isRedundant(session(game), currentBranch(session(game)))).toBe(true);
    toDecision(game);
    game.actions.select(1);
    game.actions.choose();
    // Now it differs at decision 2: a what-if from there.
    expect(isRedundant(session(game), currentBranch(session(game)))).toBe(false);
    expect(forkOf(session(game), currentBranch(session(game)))).toBe(2);
    expect(compareWithMain(session(game), 'w1')?.forkAt).toBe(2);
  });

  it("opens a learner's unfinished run as the room's own session when the page asks for classroom mode", async () => {
    const storage = memoryStore();
    const solo = createGame({ library: fakeLibrary([mini, miniZh]), optionSeed: authoredOrder, storage });
    await solo.actions.chooseLocale('en');
    await solo.actions.openScenario('mini');
    solo.actions.advance();
    const room = createGame({
      library: fakeLibrary([mini, miniZh]),
      optionSeed: authoredOrder,
      storage,
      classroom: true,
    });
    await room.ready;
    const state = room.store.getState();
    expect(state.settings.mode).toBe('class');
    expect(state.screen).toBe('play');
    expect(state.sessions.mini?.branches[0]?.snapshot.decisions).toEqual([]);
  });

  it('pauses a running timer and restarts a stale decision clock when a session comes back', async () => {
    const { game, storage, clock } = await classGame();
    toDecision(game);
    game.classroom.toggleTimer();
    clock.t += 20_000;
    // The next morning.
    clock.t += 20 * 60 * 60 * 1000;
    const again = await reopen(storage, clock);
    const s = again.store.getState().sessions.mini;
    expect(s?.timer.runningSince).toBeNull();
    expect(s?.timer.elapsedMs).toBe(120_000);
    expect(s?.decisionShownAt).toBe(clock.t);
  });

  it('leaves classroom mode with the session kept for later', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.actions.choose();
    game.classroom.leave();
    game.actions.backToMenu();
    expect(game.store.getState().settings.mode).toBe('solo');
    game.classroom.enter();
    await game.actions.openScenario('mini');
    expect(chosen(game, MAIN)).toEqual([0]);
  });
});
