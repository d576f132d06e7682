import { beforeAll, describe, expect, it } from 'vitest';
import { classifyDecision, debateFigures, debateWarnings, leadRoles } from '../../src/narrative/debate.ts';
import { exploreStory, policyWeights } from '../../src/narrative/explore.ts';
import { compileFixture } from '../helpers/compile.ts';

// debate.ink: three decisions of three options; strong only when all three take the best option.
describe('debate figures of a fixture with hand-computed answers', () => {
  let json: string;
  beforeAll(async () => {
    json = await compileFixture('debate.ink');
  });

  it('classifies each decision: one dilemma, one with one right answer, one clear best', () => {
    const f = debateFigures(exploreStory(json));
    expect(f.perDecision.map((d) => [d.id, d.kind])).toEqual([
      ['d1.0', 'dilemma'],
      ['d2.0', 'one-right-answer'],
      ['d3.0', 'clear-best'],
    ]);
    expect(f.dilemmaShare).toBeCloseTo(1 / 3);
    expect(f.oneRightShare).toBeCloseTo(1 / 3);
  });

  it('computes the strong-ending rate of always-best, 70% learner and random play exactly', () => {
    const { strongRates } = exploreStory(json);
    expect(strongRates.method).toBe('exact');
    expect(strongRates.best).toBe(1);
    expect(strongRates.learner).toBeCloseTo(0.7 ** 3, 10);
    expect(strongRates.random).toBeCloseTo(1 / 27, 10);
  });

  it('gives figures within sampling error from seeded walks when a story is too large to explore', () => {
    const sampled = exploreStory(json, { maxStates: 2, fallbackWalks: 1500 });
    expect(sampled.exact).toBe(false);
    expect(sampled.strongRates.method).toBe('walks');
    expect(sampled.strongRates.best).toBe(1);
    expect(Math.abs(sampled.strongRates.learner - 0.343)).toBeLessThan(0.04);
    expect(Math.abs(sampled.strongRates.random - 1 / 27)).toBeLessThan(0.02);
    // seeded: the same figures every time
    expect(exploreStory(json, { maxStates: 2, fallbackWalks: 1500 }).strongRates).toEqual(
      sampled.strongRates,
    );
  });

  it('measures the length tell: the best option strictly longest in d1, strictly shortest in d2', () => {
    const f = debateFigures(exploreStory(json));
    expect(f.perDecision.map((d) => [d.bestIsLongest, d.bestIsShortest])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(f.bestLongestShare).toBeCloseTo(1 / 3);
    expect(f.bestShortestShare).toBeCloseTo(1 / 3);
    // d3's best sits between the other two; a best always in between is a tell of its own
    expect(f.perDecision.map((d) => d.bestIsMiddle)).toEqual([false, false, true]);
    expect(f.bestMiddleShare).toBeCloseTo(1 / 3);
  });

  it('notices when the good options are the longest ones', () => {
    const f = debateFigures(exploreStory(json));
    // d1 has two good options, both longer than "Discount"; d2 has one good option, d3 no weak one
    expect(f.perDecision.map((d) => d.goodAreLongest)).toEqual([true, null, null]);
    expect(f.goodLongestShare).toBe(1);
    expect(debateWarnings(f).some((w) => w.includes('they are the longest ones in 100%'))).toBe(true);
  });

  it('lists the single slips that close the strong ending (here every non-best option)', () => {
    const f = debateFigures(exploreStory(json));
    expect(f.closesStrong.map((c) => c.option).sort()).toEqual(
      [
        'Argue for the whole catalogue',
        'Bring one',
        'Bring twelve small ideas',
        'Coach Lin Xiao',
        'Discount',
        'Wait for the tender',
      ].sort(),
    );
  });

  it('warns, in words, about each figure outside the targets', () => {
    const warnings = debateWarnings(debateFigures(exploreStory(json)));
    expect(warnings.some((w) => w.includes('1 of 3 decisions are dilemmas'))).toBe(true);
    expect(warnings.some((w) => w.includes('one right answer (33%'))).toBe(true);
    expect(warnings.some((w) => w.includes('70% of the time reaches strong in 34%'))).toBe(true);
    expect(warnings.some((w) => w.includes('random play'))).toBe(false);
    expect(warnings.some((w) => w.includes('always-best'))).toBe(false);
  });
});

describe('decision rules', () => {
  const point = (...scores: Record<string, number>[]) => ({
    id: 'x',
    branches: scores.map((score, i) => ({ text: `option ${i}`, score, conditional: false, targets: [] })),
  });

  it('a runner-up that leads with the same role is not a dilemma', () => {
    expect(classifyDecision(point({ S: 2 }, { S: 1, T: 1 }))?.kind).toBe('dilemma');
    expect(classifyDecision(point({ S: 2 }, { S: 1 }))?.kind).toBe('clear-best');
  });

  it('two best options tied on total with different roles are a dilemma', () => {
    expect(classifyDecision(point({ S: 2 }, { BE: 2 }, { O: -1 }))?.kind).toBe('dilemma');
  });

  it('a decision with one option is not counted', () => {
    expect(classifyDecision(point({ S: 2 }))).toBeNull();
  });

  it('names the role an option leads with, or none', () => {
    expect(leadRoles({ S: 2, BE: 2, T: 1 })).toEqual(['S', 'BE']);
    expect(leadRoles({ O: -1 })).toEqual([]);
  });

  it('the learner takes the best 70% of the time, shared between tied best options', () => {
    const w = policyWeights([2, 2, 0, -1]);
    expect(w.best).toEqual([0.5, 0.5, 0, 0]);
    expect(w.learner.map((x) => Number(x.toFixed(3)))).toEqual([0.35, 0.35, 0.15, 0.15]);
    expect(w.random).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(policyWeights([1, 1]).learner).toEqual([0.5, 0.5]);
  });
});
