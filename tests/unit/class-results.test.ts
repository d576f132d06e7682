import { describe, expect, it } from 'vitest';
import { CLASS_RESULTS_KEY, createClassResults } from '../../src/results/class-results.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { ANN, BO, CY, fileOf, KNOWN } from '../helpers/class-fixture.ts';

const known = () => KNOWN;

describe('the class kept in the browser', () => {
  it('survives a reload: results, the status of each file and the class name', () => {
    const storage = memoryStore();
    const first = createClassResults(storage, known);
    first.add([
      { name: 'a.json', text: fileOf(ANN, BO) },
      { name: 'junk.json', text: 'nope' },
    ]);
    first.setClassName('Cohort 12');
    const again = createClassResults(storage, known).get();
    expect(again.results.map((r) => [r.file, r.result.learner])).toEqual([
      ['a.json', 'Ann'],
      ['a.json', 'Bo'],
    ]);
    expect(again.files.map((f) => [f.file, f.loaded, f.faults.map((x) => x.code)])).toEqual([
      ['a.json', 2, []],
      ['junk.json', 0, ['not-json']],
    ]);
    expect(again.className).toBe('Cohort 12');
  });

  it('checks what it reads back: a result edited in storage is dropped and reported, the rest kept', () => {
    const storage = memoryStore();
    createClassResults(storage, known).add([{ name: 'a.json', text: fileOf(ANN, CY) }]);
    const saved = JSON.parse(storage.getItem(CLASS_RESULTS_KEY) ?? '{}');
    saved.data.results[1].result.scores.O = 40;
    storage.setItem(CLASS_RESULTS_KEY, JSON.stringify(saved));
    const state = createClassResults(storage, known).get();
    expect(state.results.map((r) => r.result.learner)).toEqual(['Ann']);
    expect(state.files[0]?.loaded).toBe(1);
    expect(state.files[0]?.faults).toEqual([expect.objectContaining({ code: 'tampered', reason: 'scores' })]);
  });

  it('starts empty from damaged storage, and says so when it cannot save', () => {
    const storage = memoryStore();
    storage.setItem(CLASS_RESULTS_KEY, '{not json');
    expect(createClassResults(storage, known).get().results).toEqual([]);
    const full = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createClassResults(full, known);
    store.add([{ name: 'a.json', text: fileOf(ANN) }]);
    expect(store.get().results).toHaveLength(1);
    expect(store.get().unsaved).toBe(true);
  });

  it('refuses a file dropped a second time, and clears the class on request', () => {
    const storage = memoryStore();
    const store = createClassResults(storage, known);
    store.add([{ name: 'a.json', text: fileOf(ANN) }]);
    const [report] = store.add([{ name: 'a.json', text: fileOf(ANN) }]);
    expect(report?.faults.map((f) => f.code)).toEqual(['duplicate']);
    store.clear();
    expect(store.get().results).toEqual([]);
    expect(createClassResults(storage, known).get().files).toEqual([]);
  });
});
