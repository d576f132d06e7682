import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryModule } from '../../src/content/story-module.ts';
import { ROLES } from '../../src/narrative/roles.ts';
import { type KeyValueStore, memoryStore, storageKey } from '../../src/state/persist.ts';
import { buildDebrief } from '../../src/state/scoring.ts';
import { createGame, type Game, type GameState } from '../../src/state/store.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

let source: string;
let mini: StoryModule;
let miniZh: StoryModule;

beforeAll(async () => {
  source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
  mini = moduleFrom(await compileSource(source), 'mini', 'en');
  miniZh = moduleFrom(await compileSource(source.replace('She nods.', '她点点头。')), 'mini', 'zh-CN');
});

async function newGame(storage: KeyValueStore, modules = [mini, miniZh]) {
  const library = fakeLibrary(modules);
  const game = createGame({ library, storage });
  await game.ready;
  return { game, library };
}

function text(state: GameState): string | null {
  return state.step?.kind === 'line' ? state.step.line.text : null;
}

/** Plays to the end by taking `pick(options)` at each decision. */
function playThrough(game: Game, pick: ((n: number) => number) | number[]) {
  let made = 0;
  for (let guard = 0; guard < 200; guard++) {
    const step = game.store.getState().step;
    if (!step || step.kind === 'end') return;
    if (step.kind === 'line') game.actions.advance();
    else game.actions.choose(Array.isArray(pick) ? (pick[made++] ?? 0) : pick(step.options.length));
  }
  throw new Error('never ended');
}

describe('game store', () => {
  it('goes from title to prologue to menu, then plays and scores a scenario', async () => {
    const { game } = await newGame(memoryStore());
    await game.actions.chooseLocale('en');
    game.actions.begin();
    expect(game.store.getState().screen).toBe('prologue');
    game.actions.finishPrologue();
    expect(game.store.getState().screen).toBe('menu');
    await game.actions.openScenario('mini');
    let s = game.store.getState();
    expect(s.screen).toBe('play');
    expect(text(s)).toBe('Wu Di reads the annual report.');
    expect(s.stage.scene).toBe('tianyu_office');
    expect(s.progress.mini?.status).toBe('in-progress');
    playThrough(game, () => 0);
    s = game.store.getState();
    expect(s.screen).toBe('debrief');
    // Asking first earns trust, but promising a discount spends it again.
    expect(s.snapshot?.ending).toBe('poor');
    expect(s.progress.mini).toEqual({ status: 'finished', bestEnding: 'poor', plays: 1 });
    expect(s.snapshot?.decisions.map((d) => d.chosen)).toEqual([0, 0, 0]);
  });

  it('resumes at the same line after a reload', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) first.game.actions.advance();
    first.game.actions.choose(0);
    const before = first.game.store.getState();
    const second = await newGame(storage);
    const after = second.game.store.getState();
    expect(after.screen).toBe('play');
    expect(text(after)).toBe(text(before));
    expect(text(after)).toBe('She nods.');
    expect(after.snapshot?.decisions).toHaveLength(1);
    expect(after.stage).toEqual(before.stage);
  });

  it('drops a corrupt run with a notice and keeps settings and progress', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('zh-CN');
    first.game.actions.updateSettings({ volume: 0.3, textSize: 'large' });
    await first.game.actions.openScenario('mini');
    storage.setItem(storageKey('runs'), '{"v":1,"data":{"mini":{"scenarioId":"mini","locale":"en"}}}');
    const second = await newGame(storage);
    const s = second.game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['run-damaged']);
    expect(s.notices[0]?.detail).toMatch(/runs\.mini\.storyHash/);
    expect(s.settings).toMatchObject({ locale: 'zh-CN', volume: 0.3, textSize: 'large' });
    expect(s.progress.mini?.status).toBe('in-progress');
    expect(s.screen).toBe('title');
  });

  it('treats a foreign or unparseable save as damaged, never as a blank screen', async () => {
    const storage = memoryStore();
    storage.setItem(storageKey('settings'), 'not json at all');
    storage.setItem(storageKey('progress'), '{"hello":"another app"}');
    const { game } = await newGame(storage);
    const s = game.store.getState();
    expect(s.notices.map((n) => n.kind).sort()).toEqual(['progress-damaged', 'settings-damaged']);
    expect(s.screen).toBe('title');
    expect(s.settings.volume).toBe(0.7);
  });

  it('keeps playing in memory when storage is full, and says so once', async () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const { game } = await newGame(full);
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    game.actions.advance();
    const s = game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
    expect(text(s)).toBe('Eleanor looks up.');
  });

  it('replays a save made before the story was edited', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) first.game.actions.advance();
    first.game.actions.choose(0);
    first.game.actions.advance();
    const edited = moduleFrom(
      await compileSource(source.replace('Later, in the corridor.', 'Later, by the lifts.')),
      'mini',
      'en',
    );
    const second = await newGame(storage, [edited, miniZh]);
    const s = second.game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['story-changed-replayed']);
    expect(text(s)).toBe('Later, by the lifts.');
    expect(s.snapshot?.decisions).toHaveLength(1);
  });

  it('starts again with a notice when the option chosen was removed, even if another took its place', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) first.game.actions.advance();
    first.game.actions.choose(0); // "Ask about the board"
    // The edit removes it: "Pitch the catalogue" now stands first, under the same index.
    const edited = moduleFrom(
      await compileSource(source.replace(/\* \[Ask about the board[^\n]*\n[^\n]*\n[^\n]*\n/, '')),
      'mini',
      'en',
    );
    const second = await newGame(storage, [edited, miniZh]);
    const s = second.game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['story-changed-restarted']);
    expect(s.snapshot?.decisions).toHaveLength(0);
  });

  it('finds the option chosen where an edit moved it', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) first.game.actions.advance();
    first.game.actions.choose(1); // "Pitch the catalogue"
    const edited = moduleFrom(
      await compileSource(
        source.replace(
          '* [Ask about the board',
          '* [Wait and see # score: S+0 # feedback: Passive.]\n* [Ask about the board',
        ),
      ),
      'mini',
      'en',
    );
    const second = await newGame(storage, [edited, miniZh]);
    const s = second.game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['story-changed-replayed']);
    const d = s.snapshot?.decisions[0];
    expect(d?.chosen).toBe(2);
    expect(d?.options[d.chosen]?.text).toBe('Pitch the catalogue');
  });

  it('starts again with a notice when the edited story no longer fits the save', async () => {
    const storage = memoryStore();
    const first = await newGame(storage);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('mini');
    playThrough(first.game, (n) => n - 1);
    // Not finished: reopen a fresh run and take the second option at the first decision.
    await first.game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) first.game.actions.advance();
    first.game.actions.choose(1);
    const shrunk = moduleFrom(
      await compileSource(source.replace(/\* \[Pitch the catalogue[^\n]*\n[^\n]*\n/, '')),
      'mini',
      'en',
    );
    const second = await newGame(storage, [shrunk, miniZh]);
    const s = second.game.store.getState();
    expect(s.notices.map((n) => n.kind)).toEqual(['story-changed-restarted']);
    expect(text(s)).toBe('Wu Di reads the annual report.');
    expect(s.snapshot?.decisions).toHaveLength(0);
  });

  it('switches language mid-scenario by replaying the decisions on the other version', async () => {
    const { game } = await newGame(memoryStore());
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    for (let i = 0; i < 4; i++) game.actions.advance();
    game.actions.choose(0);
    await game.actions.chooseLocale('zh-CN');
    const s = game.store.getState();
    expect(s.scenario?.locale).toBe('zh-CN');
    expect(text(s)).toBe('她点点头。');
  });

  it('rewinds to an earlier decision', async () => {
    const { game } = await newGame(memoryStore());
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    playThrough(game, () => 0);
    game.actions.rewindTo(2);
    const s = game.store.getState();
    expect(s.screen).toBe('play');
    expect(s.step?.kind).toBe('choices');
    expect(s.snapshot?.decisions).toHaveLength(1);
  });

  it('keeps the best ending across plays and resets everything on request', async () => {
    const { game } = await newGame(memoryStore());
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('mini');
    playThrough(game, () => 0);
    await game.actions.restartScenario();
    // Ask (unlocks the workshop), workshop, hold the price: the strong ending.
    playThrough(game, [0, 2, 1]);
    expect(game.store.getState().snapshot?.ending).toBe('strong');
    expect(game.store.getState().progress.mini).toMatchObject({ bestEnding: 'strong', plays: 2 });
    await game.actions.restartScenario();
    playThrough(game, () => 1);
    expect(game.store.getState().progress.mini).toMatchObject({ bestEnding: 'strong', plays: 3 });
    game.actions.resetData();
    const s = game.store.getState();
    expect(s.progress).toEqual({});
    expect(s.runs).toEqual({});
    expect(s.settings.locale).toBe('en');
  });

  it('never shows more points earned than possible, on any path', async () => {
    const { game } = await newGame(memoryStore());
    await game.actions.chooseLocale('en');
    for (const pick of [() => 0, (n: number) => n - 1, () => 1]) {
      await game.actions.openScenario('mini', { fresh: true });
      playThrough(game, pick);
      const s = game.store.getState();
      const debrief = buildDebrief(
        s.snapshot?.decisions ?? [],
        s.scenario?.meta.possible ?? null,
        s.snapshot?.ending ?? null,
        'S',
      );
      for (const r of debrief.roles)
        expect(r.earned).toBeLessThanOrEqual(r.possible ?? Number.NEGATIVE_INFINITY);
      expect(debrief.roles.map((r) => r.role)).toEqual([...ROLES]);
    }
  });
});
