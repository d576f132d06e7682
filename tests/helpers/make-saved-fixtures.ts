/**
 * Writes tests/fixtures/saved/<version>/: every key the game saves, as the game of that version
 * wrote it, by playing real scenarios over an in-memory store. Run once per storage format change
 * (`npx tsx tests/helpers/make-saved-fixtures.ts v1`); the files are then kept as they are, so
 * tests prove that data saved by that version still loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMyStories } from '../../src/content/my-stories.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { aggregateClass, classAverageFile } from '../../src/results/aggregate.ts';
import { createClassResults } from '../../src/results/class-results.ts';
import { resultFile } from '../../src/results/export.ts';
import { recordResults } from '../../src/results/recorder.ts';
import { createResultsStore } from '../../src/results/results-store.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { ANN, BO, CY, HASH_EN, HASH_ZH } from './class-fixture.ts';
import { fakeLibrary } from './library.ts';
import { realModule } from './saved-data.ts';

const version = process.argv[2] ?? 'v1';
const out = path.resolve(import.meta.dirname, '../fixtures/saved', version);

function play(game: Game, decisions: number) {
  let made = 0;
  for (let guard = 0; guard < 2000; guard++) {
    const step = game.store.getState().step;
    if (!step || step.kind === 'end') return;
    if (step.kind === 'line') game.actions.advance();
    else if (made >= decisions) return;
    else game.actions.choose(made++ % step.options.length);
  }
  throw new Error('never ended');
}

const modules = await Promise.all([
  realModule('s1_strategy', 'en'),
  realModule('s2_team', 'zh-CN'),
  realModule('s3_resources', 'en'),
]);
const storage = memoryStore();
const keys = new Set<string>();
const recording = {
  getItem: (k: string) => storage.getItem(k),
  setItem: (k: string, v: string) => {
    keys.add(k);
    storage.setItem(k, v);
  },
  removeItem: (k: string) => storage.removeItem(k),
};
let clock = Date.parse('2026-11-20T09:00:00.000Z');
const now = () => (clock += 7_000);
const results = createResultsStore(recording);
const game = createGame({ library: fakeLibrary(modules), storage: recording, now, optionSeed: () => 424242 });
recordResults(game, results, { now: () => new Date(now()) });
await game.ready;
game.actions.updateSettings({ learnerName: 'Li Na', volume: 0.5 });
await game.actions.chooseLocale('en');
game.actions.begin();
game.actions.finishPrologue();
// A whole scenario, finished: its run, its progress and its result.
await game.actions.openScenario('s1_strategy');
play(game, 99);
game.actions.backToMenu();
// Another one half played in Chinese: a run in progress.
await game.actions.chooseLocale('zh-CN');
await game.actions.openScenario('s2_team');
play(game, 4);
game.actions.backToMenu();
await game.actions.chooseLocale('en');
// A classroom session with votes and a what-if.
game.actions.updateSettings({ mode: 'class' });
await game.actions.openScenario('s3_resources');
game.classroom.enter();
play(game, 0);
game.classroom.vote(1, 1);
game.classroom.vote(1, 1);
game.actions.choose();
play(game, 0);
game.actions.choose();
game.classroom.goTo('main', 1);
play(game, 0);
game.actions.choose();
// The class figures a trainer shared back, and a class the trainer loaded.
results.setClassAverage(classAverageFile(aggregateClass([ANN, BO, CY], 'en'), 'Group A', new Date(now())));
const known = { s1_strategy: [HASH_EN, HASH_ZH] };
const klass = createClassResults(recording, () => known);
klass.setClassName('Group A');
klass.add([
  { name: 'ann.json', text: JSON.stringify(resultFile([ANN], new Date(now()))) },
  { name: 'bo-cy.json', text: JSON.stringify(resultFile([BO, CY], new Date(now()))) },
  { name: 'notes.txt', text: 'not a result' },
]);
// A story a facilitator opened from a file.
const mine = createMyStories(recording, async (_fileName, _source, id) => ({
  module: { ...modules[0], id } as StoryModule,
  messages: [],
  errors: 0,
}));
await mine.add('my-story.ink', 'Hello.\n* [Go on] Bye.\n-> END\n');

fs.mkdirSync(out, { recursive: true });
for (const key of [...keys].sort()) {
  const raw = storage.getItem(key);
  if (raw === null) continue;
  fs.writeFileSync(path.join(out, `${key.replace(/[:/]/g, '_')}.json`), raw);
  console.log(`${key}: ${raw.length} chars`);
}
