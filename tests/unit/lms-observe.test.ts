import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_RULE, type LmsLaunch } from '../../src/lms/launch.ts';
import { type DecisionReport, observeLms } from '../../src/lms/observe.ts';
import { dispatch } from '../../src/state/commands.ts';
import { miniAtDecision, miniModule } from '../helpers/mini-game.ts';

const launch: LmsLaunch = {
  standard: 'cmi5',
  locale: 'en',
  scenarios: ['mini'],
  rule: DEFAULT_PASS_RULE,
  title: 'mini',
};

describe('observeLms', () => {
  // Regression: each state's snapshot copies the decision records, so a new decision must be
  // recognised by what was decided, not by the records' identity (none was ever reported).
  it('reports each decision taken live, once, in order', async () => {
    const game = await miniAtDecision(await miniModule(), 'solo');
    const reports: DecisionReport[] = [];
    const stop = observeLms(game, launch, {
      decision: (r) => reports.push(r),
      ended: () => {},
      progress: () => {},
    });
    for (let n = 0; n < 2 && game.store.getState().step?.kind === 'choices'; n++) {
      dispatch(game, { type: 'choose', option: 0 });
      for (let i = 0; i < 40 && game.store.getState().step?.kind === 'line'; i++)
        dispatch(game, { type: 'advance' });
    }
    stop();
    const made = game.store.getState().snapshot?.decisions ?? [];
    expect(made.length).toBeGreaterThan(0);
    expect(reports.map((r) => [r.scenarioId, r.number, r.point, r.index])).toEqual(
      made.map((d) => ['mini', d.number, d.point, d.chosen]),
    );
    expect(reports[0]?.score).toEqual(made[0]?.options[0]?.score);
  });
});
