import { describe, expect, it } from 'vitest';
import { advanceYear, finishScenario, startYear, type YearState } from '../../src/campaign/year.ts';
import { yearStrings } from '../../src/ui/i18n-year.ts';
import { valueWords, yearCardModel, yearDebriefModel, yearStepModel } from '../../src/ui/year/model.ts';

const en = yearStrings('en');
const zh = yearStrings('zh-CN');
const titles = { s1: 'First', s2: 'Second' };

function playedFirst(): YearState {
  const year = startYear(['s1', 's2'], 0);
  return finishScenario(year, {
    scenario: {
      scenarioId: 's1',
      title: 'First',
      ending: 'mixed',
      scores: { S: 6, T: -1, R: 0, O: 2, BE: 1 },
      possible: { S: 12, T: 4, R: 0, O: 2, BE: 4 },
    },
    turningPoints: [
      {
        scenarioId: 's1',
        decision: 3,
        prompt: 'She waits.',
        option: 'Ask first',
        fact: 'trusted',
        label: 'Eleanor trusts Wu Di',
        before: false,
        after: true,
      },
    ],
    values: { trusted: true, budget: 3 },
    carry: [
      { name: 'trusted', label: 'Eleanor trusts Wu Di' },
      { name: 'budget', label: 'Budget left' },
    ],
  });
}

describe("the year's screens, as models", () => {
  it('words values: yes/no for a true/false fact, numbers as numbers', () => {
    expect([true, false, 3, 'text', null].map((v) => valueWords(v, en))).toEqual([
      'yes',
      'no',
      '3',
      'text',
      '–',
    ]);
    expect(valueWords(true, zh)).toBe('是');
  });

  it('the menu card says where the year stands', () => {
    expect(yearCardModel(null, titles, en)).toEqual({
      status: 'Not started',
      primary: 'Start the year',
      again: null,
    });
    const year = playedFirst();
    expect(yearCardModel(year, titles, en)).toMatchObject({
      status: 'Scenario 1 of 2: First',
      primary: 'Resume the year',
    });
    const done = advanceYear(advanceYear(year, 1), 2);
    expect(yearCardModel(done, titles, zh).status).toBe('第 2 / 2 个情境：Second');
  });

  it('the step between scenarios shows the facts carried and what comes next', () => {
    const m = yearStepModel(playedFirst(), titles, en);
    expect(m.facts).toEqual([
      { name: 'trusted', label: 'Eleanor trusts Wu Di', value: 'yes', from: 'from First' },
      { name: 'budget', label: 'Budget left', value: '3', from: 'from First' },
    ]);
    expect(m.next).toBe('Play scenario 2: Second');
  });

  it("the year's debrief: roles scenario by scenario, turning points, scenarios not played", () => {
    const m = yearDebriefModel(playedFirst(), titles, en);
    expect(m.rows[0]).toMatchObject({ number: 1, title: 'First', ending: 'mixed' });
    expect(m.rows[0]?.cells?.map((c) => [c.role, c.text, c.share])).toEqual([
      ['S', '6 / 12', 0.5],
      ['T', '−1 / 4', 0],
      ['R', '0 / 0', 0],
      ['O', '2 / 2', 1],
      ['BE', '1 / 4', 0.25],
    ]);
    expect(m.rows[1]).toMatchObject({ title: 'Second', ending: null, cells: null });
    expect(m.turning).toEqual([
      {
        scenario: 'First',
        decision: 'Decision 3',
        prompt: 'She waits.',
        option: 'Ask first',
        change: 'Eleanor trusts Wu Di: no → yes',
      },
    ]);
  });
});
