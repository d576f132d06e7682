import { describe, expect, it } from 'vitest';
import type { ClassAverageFile } from '../../src/results/result.ts';
import {
  comparison,
  editPlan,
  planOf,
  resultExport,
  youVsClass,
} from '../../src/ui/debrief-results/model.ts';
import { strings } from '../../src/ui/i18n.ts';
import { resultStrings } from '../../src/ui/i18n-results.ts';
import { classExport, profileModel } from '../../src/ui/profile/model.ts';
import { ANN, BO, CY } from '../helpers/class-fixture.ts';

const s = strings('en');
const r = resultStrings('en');
const metas = [{ id: 's1_strategy', title: 'The strategy' }];

describe('profile model', () => {
  it('shows the latest play of each scenario, a role that lost points below zero', () => {
    // Cy played last: S −1 of 3 possible, O 4 of 4.
    const m = profileModel([ANN, BO, CY], { metas, learnerName: '', locale: 'en', s, r });
    expect(m.empty).toBe(false);
    expect(m.learner).toBe('Cy');
    const S = m.roles.find((x) => x.role === 'S');
    expect(S).toMatchObject({ name: 'Strategy leader', shareText: '−33%', value: '−1 / 3 · −33%' });
    expect(m.roles.find((x) => x.role === 'O')?.shareText).toBe('100%');
    expect(m.summary).toMatchObject({ strongest: 'O', weakest: 'S' });
    expect(m.radar.ariaLabel).toContain('S −33%');
    expect(m.scenarios.map((c) => [c.title, c.endingText])).toEqual([['The strategy', 'Poor ending']]);
    const chosen = m.scenarios[0]?.costly[0]?.chosen;
    expect(chosen?.chips.map((c) => c.text)).toEqual(['S−1']);
  });

  it('is empty, and names nobody, without results', () => {
    const m = profileModel([], { metas, learnerName: '', locale: 'en', s, r });
    expect(m.empty).toBe(true);
    expect(m.learner).toBe('');
    expect(m.count).toBe(r.profile.count(0, 1));
  });

  it('exports for the class only with a name, naming the results that have none', () => {
    const unnamed = { ...CY, learner: '' };
    expect(classExport([unnamed], '  ')).toBeNull();
    const file = classExport([ANN, unnamed], ' Cy ');
    expect(file?.name).toBe('Cy');
    expect(file?.results.map((x) => x.id)).toEqual([unnamed.id]);
    expect(file?.unnamed).toEqual([unnamed.id]);
  });
});

describe('debrief results model', () => {
  it('edits the plan without touching the saved result, and stops at the most actions', () => {
    const saved = { ...ANN, plan: { role: null, actions: [] } };
    let plan = planOf(saved);
    plan = editPlan(plan, { kind: 'role', role: 'T' });
    plan = editPlan(plan, { kind: 'add' });
    plan = editPlan(plan, { kind: 'field', index: 0, field: 'act', text: 'Call Mr Chen' });
    expect(plan).toEqual({
      role: 'T',
      actions: [{ prepare: '', act: 'Call Mr Chen', reflect: '', review: '' }],
    });
    expect(saved.plan.actions).toEqual([]);
    for (let i = 0; i < 10; i++) plan = editPlan(plan, { kind: 'add' });
    expect(plan.actions.length).toBe(3);
    expect(editPlan(plan, { kind: 'remove', index: 0 }).actions.length).toBe(2);
  });

  it('compares with the class: the gap rounded as the mean is shown', () => {
    expect(youVsClass(r, 0, 11.44)).toBe('you 0 · class average 11.4 (−11.4)');
    expect(youVsClass(r, 3, 3.02)).toBe('you 3 · class average 3 (±0)');
    const average = {
      className: 'Cohort 12',
      scenarios: {
        s1: {
          learners: 8,
          storyHashes: [],
          possible: { S: 10, T: 10, R: 10, O: 10, BE: 10 },
          roles: { S: { mean: 5, sd: 1, min: 2, max: 8, meanShare: 0.5 } },
        },
      },
    } as unknown as ClassAverageFile;
    const none = { average: null, reference: null };
    const shownS = [{ kind: 'role' as const, id: 'S', earned: 7, possible: 10 }];
    const c = comparison({ average, reference: null }, 's1', shownS, null, r);
    expect(c.status).toBe('Compared with Cohort 12 (8 learners).');
    expect(c.figures).toEqual([
      {
        kind: 'role',
        id: 'S',
        markers: [{ group: 'class', mean: 5, at: 0.5 }],
        text: 'you 7 · class average 5 (+2)',
      },
    ]);
    // A reference group sits beside the class, under the name its file gives.
    const reference = {
      ...average,
      className: 'Incumbent KAMs',
      scenarios: { s1: { ...average.scenarios.s1, learners: 30, roles: { S: { mean: 8.04 } } } },
    } as unknown as ClassAverageFile;
    const both = comparison({ average, reference }, 's1', shownS, null, r);
    expect(both.figures[0]?.markers.map((m) => [m.group, m.at.toFixed(3)])).toEqual([
      ['class', '0.500'],
      ['reference', '0.804'],
    ]);
    expect(both.figures[0]?.text).toBe('you 7 · class average 5 (+2) · Incumbent KAMs 8 (you −1)');
    expect(both.status).toBe('Compared with Cohort 12 (8 learners). Reference: Incumbent KAMs (30 players).');
    expect(both).toMatchObject({ classLabel: 'Cohort 12', referenceLabel: 'Incumbent KAMs' });
    expect(comparison({ average: null, reference }, 's1', shownS, null, r).figures[0]?.text).toBe(
      'you 7 · Incumbent KAMs 8 (you −1)',
    );
    expect(comparison({ average, reference: null }, 's2', [], null, r).status).toBe(
      r.compareMissing('Cohort 12'),
    );
    expect(comparison(none, 's1', [], 'bad file', r)).toMatchObject({
      status: 'bad file',
      error: true,
      loaded: false,
    });
  });

  it('names a result’s files after the learner and the scenario', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(resultExport(ANN, 'json', now).name).toBe('wudi-Ann-s1_strategy.json');
    expect(JSON.parse(resultExport(ANN, 'json', now).text).results[0].id).toBe(ANN.id);
    expect(resultExport(ANN, 'csv', now)).toMatchObject({
      name: 'wudi-Ann-s1_strategy.csv',
      type: 'text/csv;charset=utf-8',
    });
  });
});
