import { describe, expect, it } from 'vitest';
import { type LearnerResult, sealOf } from '../../src/results/result.ts';
import { knownScenarios, learnerKey, readResultFiles } from '../../src/results/result-files.ts';
import { ANN, BO, CY, DI, fileOf, KNOWN } from '../helpers/class-fixture.ts';

const read = (
  files: { name: string; text: string }[],
  already = [] as { file: string; result: LearnerResult }[],
) => readResultFiles(files, KNOWN, already);

const clone = (r: LearnerResult): LearnerResult => JSON.parse(JSON.stringify(r));

describe('reading learner result files', () => {
  it('loads every result of good files, BOM or not, and reports the count per file', () => {
    const { loaded, reports } = read([
      { name: 'ann.json', text: fileOf(ANN) },
      { name: 'pair.json', text: `\uFEFF${fileOf(BO, CY)}` },
    ]);
    expect(loaded.map((l) => [l.file, l.result.learner])).toEqual([
      ['ann.json', 'Ann'],
      ['pair.json', 'Bo'],
      ['pair.json', 'Cy'],
    ]);
    expect(reports).toEqual([
      { file: 'ann.json', loaded: 1, faults: [] },
      { file: 'pair.json', loaded: 2, faults: [] },
    ]);
  });

  it('refuses a file that is not JSON, naming it, and still loads the others', () => {
    const { loaded, reports } = read([
      { name: 'broken.json', text: '{"kind": "wudi-turn/results", ' },
      { name: 'di.json', text: fileOf(DI) },
    ]);
    expect(loaded).toHaveLength(1);
    expect(reports[0]).toMatchObject({ file: 'broken.json', loaded: 0 });
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'not-json', file: 'broken.json', index: null }),
    ]);
  });

  it('refuses another game’s file, and this game’s class-average file, as the wrong game', () => {
    const { reports } = read([
      { name: 'other.json', text: JSON.stringify({ kind: 'someone-else/save', results: [] }) },
      { name: 'avg.json', text: JSON.stringify({ kind: 'wudi-turn/class-average', version: 1 }) },
      { name: 'list.json', text: '[1,2]' },
    ]);
    expect(reports.map((r) => r.faults.map((f) => [f.code, 'found' in f ? f.found : '']))).toEqual([
      [['wrong-game', 'someone-else/save']],
      [['wrong-game', 'wudi-turn/class-average']],
      [['wrong-game', null]],
    ]);
  });

  it('refuses a format version it does not know', () => {
    const text = JSON.stringify({ ...JSON.parse(fileOf(ANN)), version: 3 });
    const { loaded, reports } = read([{ name: 'future.json', text }]);
    expect(loaded).toEqual([]);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'unsupported-version', found: '3', file: 'future.json' }),
    ]);
  });

  it('names the malformed field, and loads the well-formed results beside it', () => {
    const bad = clone(BO) as unknown as Record<string, unknown>;
    (bad.scores as Record<string, unknown>).T = 'three';
    const nameless = { ...clone(CY), learner: '   ' };
    const { loaded, reports } = read([{ name: 'mixed.json', text: fileOf(ANN, bad, nameless) }]);
    expect(loaded.map((l) => l.result.learner)).toEqual(['Ann']);
    expect(reports[0]?.loaded).toBe(1);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({
        code: 'malformed',
        field: 'results[1].scores.T',
        expected: 'a number',
        index: 1,
        learner: 'Bo',
      }),
      expect.objectContaining({
        code: 'malformed',
        field: 'results[2].learner',
        expected: 'a name',
        index: 2,
      }),
    ]);
  });

  it('refuses a file without results as malformed', () => {
    const { reports } = read([
      { name: 'empty.json', text: JSON.stringify({ kind: 'wudi-turn/results', version: 1, results: [] }) },
      { name: 'none.json', text: JSON.stringify({ kind: 'wudi-turn/results', version: 1 }) },
    ]);
    expect(reports.map((r) => r.faults.map((f) => f.code))).toEqual([['malformed'], ['malformed']]);
    expect(reports[1]?.faults[0]).toMatchObject({ field: 'results', expected: 'a list' });
  });

  it('refuses a scenario it does not know', () => {
    const other = { ...clone(ANN), scenarioId: 's9_unknown' };
    const { reports } = read([{ name: 'x.json', text: fileOf({ ...other, seal: sealOf(other) }) }]);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'unknown-scenario', scenarioId: 's9_unknown', learner: 'Ann' }),
    ]);
  });

  it('refuses a result from another version of the scenario, in either language', () => {
    const old = { ...clone(ANN), storyHash: 'hash-en-0' };
    const { loaded, reports } = read([{ name: 'old.json', text: fileOf({ ...old, seal: sealOf(old) }, CY) }]);
    expect(loaded.map((l) => l.result.learner)).toEqual(['Cy']);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'wrong-version', scenarioId: 's1_strategy', storyHash: 'hash-en-0' }),
    ]);
  });

  it('refuses a second result for the same learner and scenario, names compared loosely', () => {
    const again = { ...clone(BO), id: 's1_strategy:other', learner: '  bo ' };
    const sealed = { ...again, seal: sealOf(again) };
    const { loaded, reports } = read([
      { name: 'bo.json', text: fileOf(BO) },
      { name: 'bo-again.json', text: fileOf(sealed) },
    ]);
    expect(loaded).toHaveLength(1);
    expect(reports[1]?.faults).toEqual([
      expect.objectContaining({ code: 'duplicate', otherFile: 'bo.json', sameId: false, learner: '  bo ' }),
    ]);
  });

  it('refuses a result already loaded earlier (same id), and the same file dropped twice', () => {
    const first = read([{ name: 'ann.json', text: fileOf(ANN) }]);
    const second = read([{ name: 'ann (1).json', text: fileOf(ANN) }], first.loaded);
    expect(second.loaded).toEqual([]);
    expect(second.reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'duplicate', otherFile: 'ann.json', sameId: true }),
    ]);
  });

  it('lets one learner bring results for different scenarios', () => {
    const s2 = { ...clone(ANN), id: 's2_team:x', scenarioId: 's2_team', storyHash: 'hash-s2' };
    const { loaded } = read([{ name: 'ann.json', text: fileOf(ANN, { ...s2, seal: sealOf(s2) }) }]);
    expect(loaded).toHaveLength(2);
  });

  it('refuses a hand-edited score as tampered, whether or not the seal was redone', () => {
    const edited = clone(BO);
    edited.scores.T = 9;
    const resealed = { ...edited, seal: sealOf(edited) };
    const { reports } = read([{ name: 'bo.json', text: fileOf(edited, resealed) }]);
    expect(
      reports[0]?.faults.map((f) => [f.code, 'reason' in f ? f.reason : '', 'role' in f ? f.role : '']),
    ).toEqual([
      ['tampered', 'scores', 'T'],
      ['tampered', 'scores', 'T'],
    ]);
  });

  it('refuses a result changed after export (the seal), and a chosen option that does not exist', () => {
    const renamed = { ...clone(ANN), title: 'Something else' };
    const outOfRange = clone(DI);
    const d = outOfRange.decisions[1];
    if (d) d.chosen = 5;
    const { loaded, reports } = read([
      { name: 'two.json', text: fileOf(renamed, { ...outOfRange, seal: sealOf(outOfRange) }) },
    ]);
    expect(loaded).toEqual([]);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'tampered', reason: 'seal', index: 0 }),
      expect.objectContaining({ code: 'tampered', reason: 'chosen', decision: 2, index: 1 }),
    ]);
  });

  it('keeps fields a newer learner app adds, so their seal still matches', () => {
    const extended = { ...clone(ANN), note: 'added later', plan: { role: 'S', actions: [], extra: 1 } };
    const { loaded } = read([
      { name: 'ann.json', text: fileOf({ ...extended, seal: sealOf(extended as never) }) },
    ]);
    expect(loaded).toHaveLength(1);
  });

  it('gathers the known versions of each scenario from both languages', () => {
    expect(
      knownScenarios([
        [
          { id: 'a', hash: '1' },
          { id: 'b', hash: '2' },
        ],
        [{ id: 'a', hash: '3' }],
      ]),
    ).toEqual({ a: ['1', '3'], b: ['2'] });
    expect(learnerKey('  Wang   Fang ')).toBe(learnerKey('wang fang'));
  });
});
