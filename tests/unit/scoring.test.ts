import { describe, expect, it } from 'vitest';
import type { ChoiceOption, DecisionRecord } from '../../src/narrative/engine.ts';
import { bestOption, buildDebrief, totalsOf } from '../../src/state/scoring.ts';

const option = (index: number, score: ChoiceOption['score'], feedback = `note ${index}`): ChoiceOption => ({
  index,
  text: `option ${index}`,
  score,
  hasScore: true,
  feedback,
  cap: null,
  problems: [],
});

const decision = (number: number, options: ChoiceOption[], chosen: number): DecisionRecord => ({
  number,
  point: `d${number}.0`,
  prompt: `prompt ${number}`,
  facilitator: null,
  options,
  chosen,
  stateBefore: '{}',
  contextBefore: { scene: null, music: null },
  linesBefore: 1,
});

describe('scoring', () => {
  const d1 = decision(1, [option(0, { S: -1 }), option(1, { S: 2, BE: 1 })], 0);
  const d2 = decision(2, [option(0, { T: 2 }), option(1, { S: 2 })], 1);

  it('adds up the options chosen per role', () => {
    expect(totalsOf([d1, d2])).toEqual({ S: 1, T: 0, R: 0, O: 0, BE: 0 });
  });

  it('picks the strongest option, breaking ties by the focus role', () => {
    expect(bestOption(d1.options, 'S')?.index).toBe(1);
    expect(bestOption(d2.options, 'S')?.index).toBe(1);
    expect(bestOption(d2.options, 'T')?.index).toBe(0);
  });

  it('builds a debrief with every decision, the strongest alternative and its note', () => {
    const debrief = buildDebrief([d1, d2], { S: 4, T: 2, R: 0, O: 0, BE: 1 }, 'mixed', 'S');
    expect(debrief.decisions[0]).toMatchObject({ choseBest: false, best: { index: 1, feedback: 'note 1' } });
    expect(debrief.decisions[1]).toMatchObject({ choseBest: true });
    expect(debrief.roles.find((r) => r.role === 'S')).toEqual({
      role: 'S',
      earned: 1,
      possible: 4,
      share: 0.25,
    });
    // Points left on the table: S 3, T 2, BE 1.
    expect(debrief.focusNext).toEqual(['S', 'T']);
  });

  it('never reports more earned than possible, and says so when possible is unknown', () => {
    const stale = buildDebrief([d1, d2], { S: 0, T: 0, R: 0, O: 0, BE: 0 }, null, 'S');
    expect(stale.roles.every((r) => r.earned <= (r.possible ?? 0))).toBe(true);
    const pending = buildDebrief([d1, d2], null, null, 'S');
    expect(pending.roles[0]).toMatchObject({ earned: 1, possible: null });
  });

  it('knows a story with no scored options is unscored', () => {
    const plain = decision(1, [{ ...option(0, {}), hasScore: false }], 0);
    expect(buildDebrief([plain], null, null, null).scored).toBe(false);
  });
});
