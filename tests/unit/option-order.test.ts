import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  currentBranch,
  moveSelection,
  openTally,
  selectedOption,
  voteAsShown,
  votesAt,
} from '../../src/classroom/session.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { isPermutation, optionOrder, shownOptions, shownOrder } from '../../src/narrative/option-order.ts';
import { chaptersOf, commandForKey, decisionOf, type KeyPress } from '../../src/presenter/model.ts';
import { readMirrorState } from '../../src/presenter/read-state.ts';
import { buildResult } from '../../src/results/result.ts';
import { mirrorSnapshot, takePresenterMessage } from '../../src/state/mirror.ts';
import { type KeyValueStore, memoryStore } from '../../src/state/persist.ts';
import { checkSnapshot } from '../../src/state/schema.ts';
import { createGame, type Game, type GameState } from '../../src/state/store.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

let source: string;
let mini: StoryModule;
let miniZh: StoryModule;
let miniEdited: StoryModule;

beforeAll(async () => {
  source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
  mini = moduleFrom(await compileSource(source), 'mini', 'en');
  miniZh = moduleFrom(await compileSource(source.replace('She nods.', '她点点头。')), 'mini', 'zh-CN');
  miniEdited = moduleFrom(
    await compileSource(source.replace('Later, in the corridor.', 'Later, by the lifts.')),
    'mini',
    'en',
  );
});

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
// mini.ink's second decision offers three options (after asking about the board) at "0.c-2"'s container
const SECOND = { point: '0', count: 3 };

/** A seed whose order for mini's second decision is not the authored one, found the same way every run. */
function shuffledSeed(): number {
  for (let seed = 1; seed < 1000; seed++) {
    const order = optionOrder(seed, SECOND.point, SECOND.count);
    if (order[0] !== 0 && order[2] !== 2) return seed;
  }
  throw new Error('no seed');
}

async function newGame(
  storage: KeyValueStore,
  seeds: (number | null)[],
  modules = [mini, miniZh],
  classroom = false,
) {
  const queue = [...seeds];
  const game = createGame({
    library: fakeLibrary(modules),
    storage,
    optionSeed: () => queue.shift() ?? null,
    classroom,
  });
  await game.ready;
  return game;
}

function toDecision(game: Game): Extract<NonNullable<GameState['step']>, { kind: 'choices' }> {
  for (let i = 0; i < 50 && game.store.getState().step?.kind === 'line'; i++) game.actions.advance();
  const step = game.store.getState().step;
  if (step?.kind !== 'choices') throw new Error('no decision');
  return step;
}

describe('option order', () => {
  it('is a permutation drawn from the seed, the decision and its option count; no seed keeps authored order', () => {
    for (let seed = 0; seed < 50; seed++) {
      const order = optionOrder(seed, 'd1.0', 4);
      expect(isPermutation(order, 4)).toBe(true);
      expect(optionOrder(seed, 'd1.0', 4)).toEqual(order);
    }
    expect(optionOrder(null, 'd1.0', 4)).toEqual([0, 1, 2, 3]);
    expect(shownOrder({ options: [1, 2, 3] })).toEqual([0, 1, 2]);
    // a damaged order is never trusted
    expect(shownOrder({ options: [1, 2, 3], order: [0, 0, 1] })).toEqual([0, 1, 2]);
    expect(shownOptions({ options: ['a', 'b', 'c'], order: [2, 0, 1] })).toEqual(['c', 'a', 'b']);
  });

  it('puts the authored first option in every place about equally often across runs', () => {
    const firstAt = [0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) {
      const at = optionOrder(seed * 7919, 'd3_procurement.0', 3).indexOf(0);
      firstAt[at] = (firstAt[at] ?? 0) + 1;
    }
    for (const n of firstAt) expect(Math.abs(n - 1000)).toBeLessThan(120);
  });

  it('a solo run keeps its order across reload, language switch, rewind and replay, and records the option as authored', async () => {
    const seed = shuffledSeed();
    const storage = memoryStore();
    const game = await newGame(storage, [seed]);
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    toDecision(game);
    game.actions.choose(0); // "Ask about the board" unlocks the third option
    const second = toDecision(game);
    const order = optionOrder(seed, second.point, 3);
    expect(order).not.toEqual(identity(3));
    expect(second.order).toEqual(order);
    expect(game.store.getState().snapshot?.optionSeed).toBe(seed);

    // reload: the saved run brings its own seed back; a fresh one is not drawn
    const reloaded = await newGame(storage, [12345]);
    expect((reloaded.store.getState().step as typeof second).order).toEqual(order);

    // language switch: the other version shows the same order at the same decision
    await reloaded.actions.chooseLocale('zh-CN');
    const zh = reloaded.store.getState().step as typeof second;
    expect(zh.kind).toBe('choices');
    expect(zh.order).toEqual(order);

    // the option shown first is recorded as authored
    reloaded.actions.choose(order[0] as number);
    const log = reloaded.store.getState().snapshot?.decisions ?? [];
    expect(log[1]?.chosen).toBe(order[0]);
    expect(log[1]?.options[log[1].chosen]?.text).toBe(second.options[order[0] as number]?.text);

    // rewind: back at the decision, the same order
    reloaded.actions.rewindTo(2);
    expect((reloaded.store.getState().step as typeof second).order).toEqual(order);

    // replay on an edited story: the same order
    const edited = await newGame(storage, [777], [miniEdited, miniZh]);
    await edited.actions.chooseLocale('en');
    const replayed = edited.store.getState().step as typeof second;
    expect(replayed.kind).toBe('choices');
    expect(replayed.order).toEqual(order);
  });

  it("a learner's result file records options as authored, whatever order they were shown in", async () => {
    const seed = shuffledSeed();
    const game = await newGame(memoryStore(), [seed]);
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    // always the option shown first
    for (let guard = 0; guard < 50; guard++) {
      const step = game.store.getState().step;
      if (!step || step.kind === 'end') break;
      if (step.kind === 'line') game.actions.advance();
      else game.actions.choose(shownOrder(step)[0] as number);
    }
    const decisions = game.store.getState().snapshot?.decisions ?? [];
    const result = buildResult({
      learner: 'Ana',
      scenarioId: 'mini',
      locale: 'en',
      title: 'Mini',
      storyHash: mini.hash,
      finishedAt: new Date(Date.UTC(2026, 11, 2)),
      durationMs: 1000,
      decisions,
      possible: null,
      ending: game.store.getState().snapshot?.ending ?? null,
    });
    const second = result.decisions[1];
    expect(second?.options.map((o) => o.text)).toEqual([
      'Brief the team',
      'Call procurement',
      ...(second?.options.length === 3 ? ['Propose a strategy workshop'] : []),
    ]);
    expect(result.decisions.map((d) => d.chosen)).toEqual(
      decisions.map((d) => optionOrder(seed, d.point, d.options.length)[0]),
    );
    expect(result.decisions.some((d) => d.chosen !== 0)).toBe(true);
  });

  it('a new run of the same scenario draws a new order', async () => {
    const seed = shuffledSeed();
    const game = await newGame(memoryStore(), [seed, seed + 1]);
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    expect(game.store.getState().snapshot?.optionSeed).toBe(seed);
    await game.actions.restartScenario();
    expect(game.store.getState().snapshot?.optionSeed).toBe(seed + 1);
  });

  it('a run saved before options were shuffled loads and keeps authored order', () => {
    const old = {
      inkState: '{}',
      step: {
        kind: 'choices',
        point: '0',
        options: [
          { index: 0, text: 'A', score: {}, hasScore: true, feedback: null, cap: null },
          { index: 1, text: 'B', score: {}, hasScore: true, feedback: null, cap: null },
        ],
        facilitator: null,
        prompt: null,
      },
      context: { scene: null, music: null },
      decisions: [],
      linesSinceDecision: 0,
      lastLineText: null,
      lastFacilitator: null,
      ending: null,
    };
    const read = checkSnapshot(old, 'run');
    expect(read.optionSeed).toBeNull();
    expect(read.step.kind === 'choices' && shownOrder(read.step)).toEqual([0, 1]);
    expect(() => checkSnapshot({ ...old, step: { ...old.step, order: [1, 1] } }, 'run')).toThrow(/order/);
  });
});

const press = (key: string, code: string): KeyPress => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
});

describe('option order in the classroom', () => {
  it('the room, its keys and the presenter window share the session order; votes and the log stay authored', async () => {
    const seed = shuffledSeed();
    const game = await newGame(memoryStore(), [seed], [mini, miniZh], true);
    await game.actions.chooseLocale('en');
    game.classroom.enter();
    await game.actions.openScenario('mini');
    toDecision(game);
    game.actions.choose();
    const step = toDecision(game);
    const order = optionOrder(seed, step.point, 3);
    expect(step.order).toEqual(order);

    const received = () => {
      const read = readMirrorState(structuredClone(mirrorSnapshot(game.store.getState(), Date.now())));
      if (!read?.ok) throw new Error('not read');
      return read.state;
    };
    // the presenter lists the options in the room's order, numbered as the room sees them
    const view = decisionOf(received());
    expect(view?.options.map((o) => o.index)).toEqual(order);
    expect(view?.options.map((o) => o.number)).toEqual([1, 2, 3]);

    // before any vote, Enter would play the option shown first; Down moves to the one shown second
    const session = () => game.store.getState().sessions.mini;
    const s = session();
    if (!s) throw new Error('no session');
    expect(selectedOption(s, openTally(s).counts)).toBe(order[0]);
    expect(moveSelection(s, openTally(s).counts, 1)).toBe(order[1]);

    // digit 3 on the presenter votes for the option shown third
    const vote = commandForKey(press('3', 'Digit3'), received());
    expect(vote).toEqual({ type: 'vote', option: order[2], delta: 1 });
    if (vote) takePresenterMessage(game, { type: 'command', command: vote }, () => {});
    const after = session();
    if (!after) throw new Error('no session');
    expect(openTally(after).counts[order[2] as number]).toBe(1);

    // the room plays its vote; the log keeps the authored index, the presenter's chapter the shown place
    game.actions.choose();
    const decisions = currentBranch(session() ?? after).snapshot.decisions;
    expect(decisions[1]?.chosen).toBe(order[2]);
    const chapter = chaptersOf(received())[0];
    expect(chapter?.entries[1]?.chosen).toBe(3);

    // the room's debrief numbers the vote as the room saw it: one vote for the third shown, played 3
    const final = session();
    if (!final) throw new Error('no session');
    const counts = votesAt(final, 'main', 2) ?? [];
    expect(voteAsShown(currentBranch(final), 2, counts)).toEqual({ counts: [0, 0, 1], played: 3 });
  });
});
