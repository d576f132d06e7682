import { describe, expect, it } from 'vitest';
import { type ClassResultsState, createClassResults } from '../../src/results/class-results.ts';
import {
  averageExport,
  classAggregates,
  currentScenario,
  endingsLine,
  filesModel,
  highlightChoices,
  learnersExport,
  naming,
  readsFile,
  roleChart,
  roleTable,
  tabAfterKey,
  takesFile,
} from '../../src/ui/class-view/model.ts';
import { classViewStrings } from '../../src/ui/i18n-classview.ts';
import { ENDING_NAMES } from '../../src/words/story-words.ts';
import { ANN, BO, CY, DI, fileOf, KNOWN } from '../helpers/class-fixture.ts';

const s = classViewStrings('en');
const titleOf = (id: string) => (id === 's1_strategy' ? 'The strategy' : id);

/** The class as the trainer loaded it: two good files, one duplicate, one unreadable. */
function loaded(): ClassResultsState {
  const store = createClassResults(null, () => KNOWN);
  store.add([
    { name: 'wudi-Ann-s1.json', text: fileOf(ANN, BO) },
    { name: 'wudi-Cy-s1.json', text: fileOf(CY, DI) },
    { name: 'wudi-Ann-again.json', text: fileOf(ANN) },
    { name: 'notes.json', text: 'not json' },
  ]);
  return store.get();
}

describe('class view: names while projected', () => {
  it('shows numbered aliases for learners and files while names are hidden, and the names otherwise', () => {
    const st = loaded();
    const hidden = naming(st, true, s, 'en');
    const aliases = ['Ann', 'Bo', 'Cy', 'Di'].map((n) => hidden.learner(n));
    for (const a of aliases) expect(a).toMatch(/^Learner \d$/);
    expect(new Set(aliases).size).toBe(4);
    expect(hidden.file('wudi-Ann-s1.json')).toBe('File 1');
    const shown = naming(st, false, s, 'en');
    expect(shown.learner('Ann')).toBe('Ann');
    expect(shown.file('wudi-Ann-s1.json')).toBe('wudi-Ann-s1.json');
  });

  it('masks the learner and the other file a refusal names', () => {
    const st = loaded();
    const files = filesModel(st, naming(st, true, s, 'en'), s, titleOf);
    const text = files?.refused.flatMap((f) => f.faults.map((x) => x.text)).join(' ') ?? '';
    expect(text).not.toContain('Ann');
    expect(text).toContain('File 1');
    const open = filesModel(st, naming(st, false, s, 'en'), s, titleOf);
    expect(open?.refused.flatMap((f) => f.faults.map((x) => x.text)).join(' ')).toContain('wudi-Ann-s1.json');
  });
});

describe('class view: the files read', () => {
  it('lists refused files apart, and opens the loaded list only when names show and it is short', () => {
    const st = loaded();
    const files = filesModel(st, naming(st, true, s, 'en'), s, titleOf);
    expect(files?.summary).toBe(s.filesSummary(4, 4, 2));
    expect(files?.refused.map((f) => f.file)).toEqual(['wudi-Ann-again.json', 'notes.json']);
    expect(files?.loaded.map((f) => f.shownName)).toEqual(['File 1', 'File 2']);
    expect(files?.loadedOpen).toBe(false);
    expect(filesModel(st, naming(st, false, s, 'en'), s, titleOf)?.loadedOpen).toBe(true);
    expect(filesModel({ files: [], results: [] }, naming(st, true, s, 'en'), s, titleOf)).toBeNull();
  });

  it('takes only .json files from a folder, and does not read an oversized file', () => {
    expect(takesFile('cohort/notes.txt', true)).toBe(false);
    expect(takesFile('cohort/LEARNER.JSON', true)).toBe(true);
    expect(takesFile('picked.txt', false)).toBe(true);
    expect(readsFile({ name: 'a.json', size: 4000 })).toBe(true);
    expect(readsFile({ name: 'film.json', size: 200 * 1024 * 1024 })).toBe(false);
  });
});

describe('class view: figures', () => {
  it('keeps the chosen scenario while it is loaded, and moves through tabs with the arrow keys', () => {
    const all = classAggregates(loaded(), 'en');
    expect(currentScenario(all, 'gone')?.scenarioId).toBe('s1_strategy');
    expect(currentScenario([], null)).toBeNull();
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('a', 1, 3)).toBeNull();
  });

  it('puts the mean, the range and every learner on one share scale, the highlighted learner on top', () => {
    const a = classAggregates(loaded(), 'en')[0];
    if (!a) throw new Error('no scenario');
    const names = naming(loaded(), true, s, 'en');
    const ann = a.rows.find((r) => r.learner === 'Ann')?.resultId ?? null;
    const chart = roleChart(a, ann, names);
    expect(chart.ticks.find((t) => t.zero)?.text).toBe('0%');
    expect(chart.ticks.at(-1)?.text).toBe('100%');
    const s1 = chart.rows[0];
    // S: scores 2, 1, −1, 3 of 3 possible; the mean 1.25 is 42% of the way.
    expect(s1?.meanText).toBe('42%');
    expect(s1?.range.x).toBeLessThan(s1?.meanX ?? 0);
    expect(s1?.dots.at(-1)).toMatchObject({ resultId: ann, on: true, r: 11 });
    expect(s1?.dots.some((d) => d.title.includes('Ann'))).toBe(false);
    expect(s1?.dots.some((d) => d.title.endsWith(': −1'))).toBe(true);
  });

  it('tables the class: means to one place with their share, each learner against the mean', () => {
    const a = classAggregates(loaded(), 'en')[0];
    if (!a) throw new Error('no scenario');
    const table = roleTable(a, null, naming(loaded(), false, s, 'en'));
    expect(table.stats.map((x) => x.key)).toEqual(['mean', 'sd', 'min', 'max']);
    expect(table.stats[0]?.cells[0]?.text).toBe('1.3 (42%)');
    expect(table.stats[2]?.cells[0]?.text).toBe('−1');
    expect(table.rows.map((r) => r.shownName)).toEqual(['Ann', 'Bo', 'Cy', 'Di']);
    const cy = table.rows.find((r) => r.learner === 'Cy')?.cells[0];
    expect(cy).toMatchObject({ text: '−1', vsMean: ' (−2.3)', trend: 'down' });
    expect(highlightChoices(a, naming(loaded(), true, s, 'en')).map((c) => c.label)).toEqual(
      table.rows.map((_, i) => `Learner ${i + 1}`),
    );
    expect(endingsLine(a, ENDING_NAMES.en)).toBe('Strong ending 2 · Mixed ending 1 · Poor ending 1');
  });
});

describe('the class store the screens are handed', () => {
  it('leaves nothing stored after a reset through its own API (class name included), as main.ts does it', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    };
    const store = createClassResults(storage, () => KNOWN);
    store.add([{ name: 'a.json', text: fileOf(ANN, BO) }]);
    store.setClassName('Cohort 12');
    expect(saved.size).toBe(1);
    store.forget();
    expect(saved.size).toBe(0);
    expect(store.get()).toMatchObject({ className: '', files: [], results: [] });
  });
});

describe('class view: exports', () => {
  it('names the class average file after the class, and refuses it without a name', () => {
    const all = classAggregates(loaded(), 'en');
    const now = new Date('2026-11-23T12:00:00Z');
    expect(averageExport(all, '  ', now)).toBeNull();
    const file = averageExport(all, 'KAM cohort 12', now);
    expect(file?.name).toBe('class-average-KAM-cohort-12.json');
    expect(JSON.parse(file?.text ?? '{}')).toMatchObject({
      kind: 'wudi-turn/class-average',
      className: 'KAM cohort 12',
    });
    const csv = learnersExport(all, s, ENDING_NAMES.en, now);
    expect(csv.name).toBe('class-learners-2026-11-23.csv');
    expect(csv.text).toContain('Strong ending');
    expect(csv.text).toContain('Ann');
  });
});
