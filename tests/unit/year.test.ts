import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { advanceYear, finishScenario, heldFacts, presetFor, startYear } from '../../src/campaign/year.ts';
import { YEAR_KEY, yearSliceSpec } from '../../src/campaign/year-save.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { zeroScores } from '../../src/narrative/roles.ts';
import { memoryStore, storageKey } from '../../src/state/persist.ts';
import { decode } from '../../src/state/persisted-slice.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { compileSource } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

const YEAR = path.resolve(import.meta.dirname, '../fixtures/year');
const scenario = (id: string) => ({
  scenarioId: id,
  title: id,
  ending: 'strong' as const,
  scores: zeroScores(),
  possible: null,
});
const carryA = [{ name: 'a', label: 'A happened' }];

describe("Wu Di's year: the rules", () => {
  it('starts, carries a fact, advances and finishes', () => {
    let year = startYear(['s1', 's2'], 100);
    expect(year).toMatchObject({ current: 0, phase: 'playing', facts: {}, played: [], run: null });
    expect(presetFor(year, carryA)).toEqual({});
    year = finishScenario(year, {
      scenario: scenario('s1'),
      turningPoints: [],
      values: { a: true },
      carry: carryA,
    });
    expect(year.phase).toBe('between');
    expect(year.facts).toEqual({ a: { value: true, label: 'A happened', from: 's1', setBy: 's1' } });
    // an ending read again (a reload of the debrief) changes nothing
    expect(
      finishScenario(year, {
        scenario: scenario('s1'),
        turningPoints: [],
        values: { a: false },
        carry: carryA,
      }),
    ).toBe(year);
    year = advanceYear(year, 200);
    expect(year).toMatchObject({ current: 1, phase: 'playing', run: null });
    expect(presetFor(year, [...carryA, { name: 'b', label: 'B' }])).toEqual({ a: true });
    year = finishScenario(year, {
      scenario: scenario('s2'),
      turningPoints: [],
      values: { a: false, b: 3 },
      carry: [...carryA, { name: 'b', label: 'B' }],
    });
    expect(heldFacts(year).map((f) => [f.name, f.value, f.from, f.setBy])).toEqual([
      ['a', false, 's1', 's2'],
      ['b', 3, 's2', 's2'],
    ]);
    year = advanceYear(year, 300);
    expect(year).toMatchObject({ phase: 'done', finishedAt: 300 });
    expect(year.played.map((p) => p.scenarioId)).toEqual(['s1', 's2']);
  });

  it('refuses a year with no scenarios', () => {
    expect(() => startYear([], 0)).toThrow();
  });
});

describe("Wu Di's year: saved", () => {
  it('a saved year reads back; a damaged one names what is wrong', () => {
    const year = startYear(['s1', 's2'], 1);
    const raw = JSON.stringify({ v: 1, data: year });
    expect(decode(yearSliceSpec, raw)).toEqual({ status: 'ok', value: year });
    const bad = JSON.stringify({ v: 1, data: { ...year, current: 5 } });
    expect(decode(yearSliceSpec, bad)).toEqual({
      status: 'damaged',
      detail: "year.current should be the place of one of the year's scenarios",
    });
    const wrongFact = JSON.stringify({
      v: 1,
      data: { ...year, facts: { a: { value: [1], label: 'x', from: 's1', setBy: 's1' } } },
    });
    expect(decode(yearSliceSpec, wrongFact)).toMatchObject({
      status: 'damaged',
      detail: 'year.facts.a.value should be true, false, a number or text',
    });
    // a year saved before the opening values were kept reads with none
    const { preset: _preset, ...older } = year;
    expect(decode(yearSliceSpec, JSON.stringify({ v: 1, data: older }))).toEqual({
      status: 'ok',
      value: year,
    });
    expect(decode(yearSliceSpec, JSON.stringify({ v: 2, data: {} }))).toEqual({
      status: 'newer',
      version: 2,
    });
  });
});

async function yearModules(locale: 'en' | 'zh-CN' = 'en'): Promise<StoryModule[]> {
  const out: StoryModule[] = [];
  for (const id of ['y1_first', 'y2_second']) {
    const file = path.join(YEAR, locale, `${id}.ink`);
    out.push(moduleFrom(await compileSource(fs.readFileSync(file, 'utf8'), `${id}.ink`), id, locale));
  }
  return out;
}

/** Reads on until a decision or the end. */
function readOn(game: Game): void {
  for (let i = 0; i < 50 && game.store.getState().step?.kind === 'line'; i++) game.actions.advance();
}

describe("Wu Di's year: played in the store", () => {
  let modules: StoryModule[];
  beforeAll(async () => {
    modules = [...(await yearModules('en')), ...(await yearModules('zh-CN'))];
  });

  const newGame = (storage = memoryStore()) =>
    createGame({ library: fakeLibrary(modules), storage, optionSeed: () => null, now: () => 1000 });

  it('plays the first scenario, carries its facts into the second, resumes after a reload, and ends the year', async () => {
    const storage = memoryStore();
    const game = newGame(storage);
    await game.ready;
    await game.actions.chooseLocale('en');
    await game.actions.startYear();
    let s = game.store.getState();
    expect(s.scenario).toMatchObject({ id: 'y1_first', year: true });
    expect(s.settings.activeYear).toBe(true);
    readOn(game);
    game.actions.choose(0); // ally_won = true
    readOn(game);
    game.actions.choose(1); // keeps the budget
    readOn(game);
    s = game.store.getState();
    expect(s.screen).toBe('debrief');
    expect(s.year?.phase).toBe('between');
    expect(s.year?.facts).toEqual({
      ally_won: { value: true, label: 'Eleanor backed Wu Di', from: 'y1_first', setBy: 'y1_first' },
      budget: { value: 2, label: 'Budget left', from: 'y1_first', setBy: 'y1_first' },
    });
    expect(s.year?.played[0]).toMatchObject({
      scenarioId: 'y1_first',
      ending: 'strong',
      scores: { S: 2, O: 1 },
      turningPoints: [
        {
          decision: 1,
          fact: 'ally_won',
          option: 'Ask what she is measured on',
          prompt: 'Eleanor waits.',
          before: false,
          after: true,
        },
      ],
    });
    // solo play is untouched
    expect(s.runs).toEqual({});
    expect(s.progress).toEqual({});

    // a reload on the year scenario's debrief shows that debrief again, and reads nothing twice
    const onDebrief = newGame(storage);
    await onDebrief.ready;
    expect(onDebrief.store.getState()).toMatchObject({
      screen: 'debrief',
      scenario: { id: 'y1_first', year: true },
      year: { phase: 'between', current: 0 },
    });
    expect(onDebrief.store.getState().year?.played).toHaveLength(1);

    game.actions.showYearStep();
    expect(game.store.getState().screen).toBe('year');
    await game.actions.continueYear();
    s = game.store.getState();
    expect(s.scenario).toMatchObject({ id: 'y2_second', year: true });
    expect(s.step?.kind === 'line' && s.step.line.text).toBe('Eleanor greets you by name.');
    readOn(game);
    // the option only a backer offers is there
    expect(game.store.getState().step).toMatchObject({ kind: 'choices' });
    const options = (game.store.getState().step as { options: { text: string }[] }).options;
    expect(options.map((o) => o.text)).toContain('Ask Eleanor to sponsor the team');

    // a reload mid-scenario resumes the year's scenario on the same values
    const again = newGame(storage);
    await again.ready;
    s = again.store.getState();
    expect(s.scenario).toMatchObject({ id: 'y2_second', year: true });
    expect(s.step).toMatchObject({ kind: 'choices' });
    const sponsor = (s.step as { options: { text: string }[] }).options.findIndex((o) =>
      o.text.startsWith('Ask Eleanor'),
    );
    again.actions.choose(sponsor);
    readOn(again);
    s = again.store.getState();
    expect(s.year?.phase).toBe('between');
    expect(s.year?.facts.team_kept).toMatchObject({ value: true, from: 'y2_second' });
    await again.actions.continueYear();
    s = again.store.getState();
    expect(s.screen).toBe('year');
    expect(s.year?.phase).toBe('done');
    expect(s.year?.played.map((p) => [p.scenarioId, p.ending])).toEqual([
      ['y1_first', 'strong'],
      ['y2_second', 'strong'],
    ]);
    expect(JSON.parse(storage.getItem(YEAR_KEY) ?? 'null')).toMatchObject({ v: 1, data: { phase: 'done' } });
  });

  it('a damaged saved year is kept aside with a message; the rest of the save loads', async () => {
    const storage = memoryStore();
    storage.setItem(YEAR_KEY, '{"v":1,"data":{"order":"s1"}}');
    storage.setItem(
      storageKey('settings'),
      JSON.stringify({ v: 1, data: { locale: 'en', volume: 0.5, muted: false, textSize: 'large' } }),
    );
    const game = newGame(storage);
    await game.ready;
    const s = game.store.getState();
    expect(s.year).toBeNull();
    expect(s.settings.textSize).toBe('large');
    expect(s.notices.map((n) => [n.kind, n.detail])).toEqual([
      [
        'year-damaged',
        expect.stringMatching(/^year\.startedAt should be a number; kept as wudi-turn:year:damaged$/),
      ],
    ]);
    expect(storage.getItem(`${YEAR_KEY}:damaged`)).toBe('{"v":1,"data":{"order":"s1"}}');
  });

  it('the year is played in the language chosen, and a language switch carries the run over', async () => {
    const game = newGame();
    await game.ready;
    await game.actions.chooseLocale('zh-CN');
    await game.actions.startYear();
    readOn(game);
    game.actions.choose(0);
    await game.actions.chooseLocale('en');
    const s = game.store.getState();
    expect(s.scenario).toMatchObject({ id: 'y1_first', locale: 'en', year: true });
    expect(s.snapshot?.decisions.length).toBe(1);
  });
});
