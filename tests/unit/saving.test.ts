import { beforeAll, describe, expect, it } from 'vitest';
import { createMyStories, MY_STORIES_KEY } from '../../src/content/my-stories.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { CLASS_RESULTS_KEY, createClassResults } from '../../src/results/class-results.ts';
import { resultFile } from '../../src/results/export.ts';
import { recordResults } from '../../src/results/recorder.ts';
import { CLASS_AVERAGE_KEY, createResultsStore, RESULTS_KEY } from '../../src/results/results-store.ts';
import { type KeyValueStore, memoryStore, storageKey } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { ANN, BO, HASH_EN, HASH_ZH } from '../helpers/class-fixture.ts';
import { fakeLibrary } from '../helpers/library.ts';
import { realModule, savedFixture, tabsSharingStorage } from '../helpers/saved-data.ts';

let modules: StoryModule[];
const v1 = savedFixture('v1');
const KNOWN = { s1_strategy: [HASH_EN, HASH_ZH] };

beforeAll(async () => {
  modules = await Promise.all([
    realModule('s1_strategy', 'en'),
    realModule('s1_strategy', 'zh-CN'),
    realModule('s2_team', 'zh-CN'),
    realModule('s2_team', 'en'),
    realModule('s3_resources', 'en'),
  ]);
});

/**
 * The fixtures were saved on the stories as they were then. A story edited since (a header tag
 * added) makes a saved run replay with a notice, rightly, but that is not what these tests are
 * about: each saved run and session is pointed at today's version of its story.
 */
function onTodaysStories(keys: Map<string, string>): Map<string, string> {
  const repoint = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(repoint);
    if (value === null || typeof value !== 'object') return value;
    const entry = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repoint(v)]));
    const today = modules.find((m) => m.id === entry.scenarioId && m.locale === entry.locale);
    if (today && typeof entry.storyHash === 'string') entry.storyHash = today.hash;
    return entry;
  };
  const out = new Map(keys);
  for (const key of [storageKey('runs'), storageKey('sessions')]) {
    const raw = keys.get(key);
    if (raw !== undefined) out.set(key, JSON.stringify(repoint(JSON.parse(raw))));
  }
  return out;
}

function storageWith(keys: Map<string, string>): KeyValueStore {
  const storage = memoryStore();
  for (const [k, v] of keys) storage.setItem(k, v);
  return storage;
}

/** Everything main.ts creates over one storage: the game, its results, the class, My stories. */
async function openAll(storage: KeyValueStore) {
  const results = createResultsStore(storage);
  const klass = createClassResults(storage, () => KNOWN);
  const mine = createMyStories(storage, async (_f, _s, id) => ({
    module: { ...(modules[0] as StoryModule), id },
    messages: [],
    errors: 0,
  }));
  const game = createGame({ library: fakeLibrary(modules), storage, optionSeed: () => 7 });
  recordResults(game, results);
  await game.ready;
  return { game, results, klass, mine };
}

function play(game: Game, decisions = 99) {
  let made = 0;
  for (let guard = 0; guard < 3000; guard++) {
    const step = game.store.getState().step;
    if (!step || step.kind === 'end') return;
    if (step.kind === 'line') game.actions.advance();
    else if (made >= decisions) return;
    else game.actions.choose(made++ % step.options.length);
  }
  throw new Error('never ended');
}

const kinds = (game: Game) => game.store.getState().notices.map((n) => n.kind);

describe('data saved by format 1 (tests/fixtures/saved/v1)', () => {
  it('has a fixture for every key the game writes', () => {
    expect([...v1.keys()].sort()).toEqual(
      [
        CLASS_AVERAGE_KEY,
        CLASS_RESULTS_KEY,
        MY_STORIES_KEY,
        storageKey('progress'),
        RESULTS_KEY,
        storageKey('runs'),
        storageKey('sessions'),
        storageKey('settings'),
      ].sort(),
    );
  });

  it('loads every key, with nothing reported, and resumes the runs and the session', async () => {
    const storage = storageWith(onTodaysStories(v1));
    const { game, results, klass, mine } = await openAll(storage);
    const s = game.store.getState();
    expect(s.notices).toEqual([]);
    expect(s.settings).toMatchObject({
      learnerName: 'Li Na',
      volume: 0.5,
      mode: 'class',
      prologueSeen: true,
    });
    expect(s.progress.s1_strategy).toEqual({ status: 'finished', bestEnding: 'poor', plays: 1 });
    expect(s.runs.s1_strategy?.play.ended).toBe(true);
    expect(s.runs.s2_team?.play.choices).toHaveLength(4);
    // The room's session was on screen: it is back, on its what-if.
    expect(s.scenario?.id).toBe('s3_resources');
    expect(s.sessions.s3_resources?.branches.map((b) => b.kind)).toEqual(['main', 'what-if']);
    expect(results.list()).toHaveLength(1);
    expect(results.problems()).toEqual([]);
    expect(results.classAverage()?.className).toBe('Group A');
    expect(klass.get().results.map((r) => r.result.learner)).toEqual(['Ann', 'Bo', 'Cy']);
    expect(klass.get().className).toBe('Group A');
    expect(mine.list().map((m) => m.fileName)).toEqual(['my-story.ink']);
  });

  it('migrates a format 1 run: the same place in the story, saved in a fraction of the size', async () => {
    const old = JSON.parse(v1.get(storageKey('runs')) ?? '{}').data.s2_team;
    const storage = storageWith(
      onTodaysStories(new Map([[storageKey('runs'), v1.get(storageKey('runs')) ?? '']])),
    );
    const { game } = await openAll(storage);
    await game.actions.chooseLocale('zh-CN');
    await game.actions.openScenario('s2_team');
    const s = game.store.getState();
    expect(s.notices).toEqual([]);
    expect(s.step).toEqual(old.snapshot.step);
    const strip = (d: { stateBefore: string }) => ({
      ...d,
      stateBefore: d.stateBefore.replace(/"storySeed":\d+,/, ''),
    });
    expect(s.snapshot?.decisions.map(strip)).toEqual(old.snapshot.decisions.map(strip));
    // Rewinding still works: what it needs was derived again by replaying.
    game.actions.rewindTo(2);
    expect(game.store.getState().snapshot?.decisions).toHaveLength(1);
    const saved = storage.getItem(storageKey('runs')) ?? '';
    expect(JSON.parse(saved).v).toBe(2);
    expect(saved.length).toBeLessThan((v1.get(storageKey('runs')) ?? '').length / 5);
  });
});

describe('data saved by a newer version', () => {
  const bumped = (raw: string) => {
    const parsed = JSON.parse(raw);
    if (Array.isArray(parsed)) return JSON.stringify({ v: 99, data: parsed });
    if ('v' in parsed) return JSON.stringify({ ...parsed, v: 99 });
    return JSON.stringify({ ...parsed, version: 99 });
  };

  it('is never written or removed, whatever is played, reset or added; the player is told', async () => {
    const newer = new Map([...v1].map(([k, raw]) => [k, bumped(raw)]));
    const storage = storageWith(newer);
    const { game, results, klass, mine } = await openAll(storage);
    // One notice names every part kept as it is.
    const told = game.store.getState().notices.filter((n) => n.kind === 'saved-by-newer');
    expect(told).toHaveLength(1);
    for (const key of newer.keys()) expect(told[0]?.detail).toContain(key);
    expect(results.problems().map((p) => p.kind)).toEqual(['saved-by-newer', 'saved-by-newer']);
    // Play goes on in memory: a whole scenario, a result, a class, a story, even a reset.
    game.actions.updateSettings({ mode: 'solo', learnerName: 'Wang' });
    await game.actions.chooseLocale('en');
    await game.actions.openScenario('s1_strategy', { fresh: true });
    play(game);
    await new Promise((r) => setTimeout(r, 0));
    expect(game.store.getState().screen).toBe('debrief');
    expect(results.list()).toHaveLength(1);
    klass.add([{ name: 'ann.json', text: JSON.stringify(resultFile([ANN, BO], new Date())) }]);
    const added = await mine.add('new.ink', 'Hi.\n-> END\n');
    expect(added.kept).toBe(false);
    game.actions.resetData();
    results.clear();
    for (const [key, raw] of newer) expect(storage.getItem(key), key).toBe(raw);
  });
});

describe('damaged data', () => {
  it('is kept aside under <key>:damaged and reported, for every key', async () => {
    const damaged = new Map([...v1.keys()].map((k) => [k, `{damaged ${k}`]));
    const storage = storageWith(damaged);
    const { game, results, klass, mine } = await openAll(storage);
    for (const [key, raw] of damaged) expect(storage.getItem(`${key}:damaged`), key).toBe(raw);
    expect(kinds(game).sort()).toEqual(
      [
        'data-damaged', // results, class average, class results, My stories
        'progress-damaged',
        'run-damaged',
        'sessions-damaged',
        'settings-damaged',
      ].sort(),
    );
    expect(game.store.getState().notices.every((n) => n.detail?.includes(':damaged'))).toBe(true);
    const others = game.store.getState().notices.find((n) => n.kind === 'data-damaged')?.detail ?? '';
    for (const key of [RESULTS_KEY, CLASS_AVERAGE_KEY, CLASS_RESULTS_KEY, MY_STORIES_KEY])
      expect(others).toContain(`${key}:damaged`);
    expect(results.list()).toEqual([]);
    expect(klass.get().results).toEqual([]);
    expect(mine.list()).toEqual([]);
    // Nothing is written back until something changes; then the copies stay.
    for (const [key, raw] of damaged) expect(storage.getItem(key)).toBe(raw);
    game.actions.updateSettings({ volume: 0.2 });
    expect(JSON.parse(storage.getItem(storageKey('settings')) ?? '').data.volume).toBe(0.2);
    expect(storage.getItem(`${storageKey('settings')}:damaged`)).toBe(damaged.get(storageKey('settings')));
  });

  it('keeps a damaged result aside with its list, and the others', async () => {
    const list = JSON.parse(v1.get(RESULTS_KEY) ?? '');
    list.data.push({ id: 'broken' });
    const raw = JSON.stringify(list);
    const storage = storageWith(new Map([[RESULTS_KEY, raw]]));
    const { game, results } = await openAll(storage);
    expect(results.list()).toHaveLength(1);
    expect(kinds(game)).toEqual(['data-damaged']);
    expect(storage.getItem(`${RESULTS_KEY}:damaged`)).toBe(raw);
  });
});

describe('a full storage', () => {
  it('leaves no stale run to come back after a reload, and says so', async () => {
    const storage = memoryStore();
    let full = false;
    const filling: KeyValueStore = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(k, v);
      },
      removeItem: (k) => storage.removeItem(k),
    };
    const first = await openAll(filling);
    await first.game.actions.chooseLocale('en');
    await first.game.actions.openScenario('s1_strategy');
    play(first.game, 7);
    expect(JSON.parse(storage.getItem(storageKey('runs')) ?? '').data.s1_strategy.play.choices).toHaveLength(
      7,
    );
    full = true;
    play(first.game);
    expect(first.game.store.getState().screen).toBe('debrief');
    expect(kinds(first.game)).toEqual(['storage-unavailable']);
    full = false;
    const second = await openAll(storage);
    const s = second.game.store.getState();
    expect(s.runs.s1_strategy).toBeUndefined();
    await second.game.actions.openScenario('s1_strategy');
    expect(second.game.store.getState().snapshot?.decisions).toEqual([]);
  });

  it('says a story added now lasts only until the page closes', async () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const { mine } = await openAll(full);
    expect((await mine.add('a.ink', 'Hi.\n-> END\n')).kept).toBe(false);
    expect(mine.list()).toHaveLength(1);
  });
});

describe('two tabs', () => {
  it('both keep their results, progress and runs when they finish different scenarios', async () => {
    const { tabs, map } = tabsSharingStorage(2);
    const [a, b] = await Promise.all(tabs.map((t) => openAll(t)));
    if (!a || !b) throw new Error('two tabs');
    await a.game.actions.chooseLocale('en');
    await b.game.actions.chooseLocale('en');
    await a.game.actions.openScenario('s1_strategy');
    await b.game.actions.openScenario('s2_team');
    play(a.game, 3);
    play(b.game, 3);
    // Each tab keeps its own run, and has taken up the other's.
    expect(a.game.store.getState().runs.s2_team?.play.choices).toHaveLength(3);
    play(a.game);
    play(b.game);
    await new Promise((r) => setTimeout(r, 0));
    expect(
      a.results
        .list()
        .map((r) => r.scenarioId)
        .sort(),
    ).toEqual(['s1_strategy', 's2_team']);
    expect(
      b.results
        .list()
        .map((r) => r.scenarioId)
        .sort(),
    ).toEqual(['s1_strategy', 's2_team']);
    expect(kinds(a.game)).toContain('changed-in-another-tab');
    const reloaded = await openAll(storageWith(map));
    expect(reloaded.results.list()).toHaveLength(2);
    const progress = reloaded.game.store.getState().progress;
    expect(progress.s1_strategy).toMatchObject({ status: 'finished', plays: 1 });
    expect(progress.s2_team).toMatchObject({ status: 'finished', plays: 1 });
  });

  it('adds up plays and keeps the better ending of the same scenario', async () => {
    const { tabs, map } = tabsSharingStorage(2);
    const [a, b] = await Promise.all(tabs.map((t) => openAll(t)));
    if (!a || !b) throw new Error('two tabs');
    for (const tab of [a, b]) {
      await tab.game.actions.chooseLocale('en');
      await tab.game.actions.openScenario('s1_strategy');
      play(tab.game);
    }
    const reloaded = await openAll(storageWith(map));
    expect(reloaded.game.store.getState().progress.s1_strategy?.plays).toBe(2);
  });

  it('only ever adds results, even from a tab that loaded before the other saved', () => {
    const { tabs, map } = tabsSharingStorage(2);
    // No storage events here: each store re-reads before it writes.
    const quiet = tabs.map((t) => ({ getItem: t.getItem, setItem: t.setItem, removeItem: t.removeItem }));
    const a = createResultsStore(quiet[0] ?? null);
    const b = createResultsStore(quiet[1] ?? null);
    a.add(ANN);
    b.add(BO);
    expect(
      createResultsStore(storageWith(map))
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual([ANN.id, BO.id].sort());
    // Until the learner resets: then everything goes.
    b.clear();
    expect(createResultsStore(storageWith(map)).list()).toEqual([]);
  });
});

describe('the size of a saved run', () => {
  it.each([['en' as const], ['zh-CN' as const]])(
    'stays under 20 KB for a whole scenario (%s)',
    async (locale) => {
      const storage = memoryStore();
      const { game } = await openAll(storage);
      await game.actions.chooseLocale(locale);
      await game.actions.openScenario('s1_strategy');
      play(game);
      expect(game.store.getState().screen).toBe('debrief');
      const raw = storage.getItem(storageKey('runs')) ?? '';
      const bytes = new TextEncoder().encode(raw).length;
      expect(bytes).toBeLessThan(20_000);
      // localStorage counts UTF-16 code units: two bytes each.
      expect(raw.length * 2).toBeLessThan(20_000);
    },
  );
});
