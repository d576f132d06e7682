import { describe, expect, it } from 'vitest';
import type { RoleScores } from '../../src/narrative/roles.ts';
import {
  aggregateClass,
  aggregateScenario,
  classAverageFile,
  learnerNumbers,
} from '../../src/results/aggregate.ts';
import { decisionsCsv, learnersCsv } from '../../src/results/class-csv.ts';
import { csvCell as csvField } from '../../src/results/csv.ts';
import { withSeal } from '../../src/results/result.ts';
import { ANN, BO as BO_FIRST, CLASS, learner } from '../helpers/class-fixture.ts';

// Scores of the hand-made class (see tests/helpers/class-fixture.ts):
//        S   T   R   O  BE   points possible S3 T3 R2 O4 BE2
//  Ann   2   1   2   0   0
//  Bo    1   3   0   0   0
//  Cy   -1   0   0   4   0
//  Di    3   1   0   0   0
// S: mean 5/4 = 1.25; squared deviations .5625 + .0625 + 5.0625 + 3.0625 = 8.75; /4 = 2.1875
// T: mean 1.25; .0625 + 3.0625 + 1.5625 + .0625 = 4.75; /4 = 1.1875
// R: mean .5; 2.25 + .25 + .25 + .25 = 3; /4 = .75
// O: mean 1; 9 + 1 + 1 + 1 = 12; /4 = 3
describe('class aggregate', () => {
  const agg = aggregateScenario(CLASS, 'en');

  it('gives each role the class mean, population sd, min, max and mean share of points possible', () => {
    expect(agg.learners).toBe(4);
    expect(agg.roles.S.mean).toBeCloseTo(1.25, 12);
    expect(agg.roles.S.sd).toBeCloseTo(Math.sqrt(2.1875), 12);
    expect(agg.roles.S.min).toBe(-1);
    expect(agg.roles.S.max).toBe(3);
    expect(agg.roles.S.meanShare).toBeCloseTo(1.25 / 3, 12);
    expect(agg.roles.T.mean).toBeCloseTo(1.25, 12);
    expect(agg.roles.T.sd).toBeCloseTo(Math.sqrt(1.1875), 12);
    expect(agg.roles.R.mean).toBeCloseTo(0.5, 12);
    expect(agg.roles.R.sd).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(agg.roles.R.meanShare).toBeCloseTo(0.25, 12);
    expect(agg.roles.O).toMatchObject({ mean: 1, min: 0, max: 4, meanShare: 0.25, possible: 4 });
    expect(agg.roles.O.sd).toBeCloseTo(Math.sqrt(3), 12);
    expect(agg.roles.BE).toEqual({ mean: 0, sd: 0, min: 0, max: 0, meanShare: 0, possible: 2 });
  });

  it('sets each learner against the mean, as points and as a share of points possible', () => {
    const ann = agg.rows.find((r) => r.learner === 'Ann');
    expect(ann?.scores).toEqual({ S: 2, T: 1, R: 2, O: 0, BE: 0 });
    expect(ann?.vsMean.S).toBeCloseTo(0.75, 12);
    expect(ann?.vsMean.R).toBeCloseTo(1.5, 12);
    expect(ann?.shares.S).toBeCloseTo(2 / 3, 12);
    expect(ann?.shares.R).toBe(1);
    const cy = agg.rows.find((r) => r.learner === 'Cy');
    expect(cy?.vsMean.S).toBeCloseTo(-2.25, 12);
    expect(cy?.vsMean.O).toBeCloseTo(3, 12);
  });

  it('counts, per decision, who reached it and the share choosing each option, in story order', () => {
    expect(agg.decisions.map((d) => [d.point, d.reached, d.options.map((o) => o.count)])).toEqual([
      ['a.0', 4, [2, 1, 1]],
      ['b.0', 3, [1, 2]],
      ['c.0', 1, [1, 0]],
    ]);
    expect(agg.decisions[0]?.options.map((o) => o.share)).toEqual([0.5, 0.25, 0.25]);
    expect(agg.decisions[1]?.options[1]?.share).toBeCloseTo(2 / 3, 12);
  });

  it('marks the strongest option of each decision and counts how often the class took it', () => {
    // a.0 totals 3, 3, −1: the first two tie as strongest. Ann 1st ✓, Bo 2nd ✓, Cy 3rd ✗, Di 1st ✓.
    // b.0 totals 2, 1: Ann ✓, Bo ✗, Di ✗.  c.0 totals 4, 3: Cy ✓.  5 of 8 decisions.
    expect(agg.decisions.map((d) => d.options.map((o) => o.strongest))).toEqual([
      [true, true, false],
      [true, false],
      [true, false],
    ]);
    expect(agg.decisions[1]?.options[1]?.score).toEqual({ R: 0, S: 1 });
    expect(agg.strongestChosen).toEqual({ chosen: 5, decisions: 8, share: 0.625 });
    // A decision whose options all total the same has nothing to get right: it counts for neither.
    const level = withSeal({
      ...ANN,
      id: 's1_strategy:level',
      decisions: [
        {
          point: 'e.0',
          number: 1,
          prompt: null,
          options: [
            { text: 'P', score: { S: 1 } },
            { text: 'Q', score: { T: 1 } },
          ],
          chosen: 1,
          feedback: null,
        },
      ],
      scores: { S: 0, T: 1, R: 0, O: 0, BE: 0 },
    });
    const withLevel = aggregateScenario([...CLASS, level], 'en');
    expect(withLevel.strongestChosen).toEqual({ chosen: 5, decisions: 8, share: 0.625 });
    expect(withLevel.decisions.find((d) => d.point === 'e.0')?.options.map((o) => o.strongest)).toEqual([
      false,
      false,
    ]);
    expect(aggregateScenario([level], 'en').strongestChosen).toEqual({
      chosen: 0,
      decisions: 0,
      share: null,
    });
  });

  it('words prompts and options in the view’s language when some learner played in it', () => {
    expect(agg.decisions[0]?.prompt).toBe('Who first?');
    expect(agg.decisions[0]?.options[0]?.text).toBe('Call the CFO');
    // Only Cy (Chinese) reached c.0: their words are better than none.
    expect(agg.decisions[2]?.prompt).toBe('升级处理？');
    const zh = aggregateScenario(CLASS, 'zh-CN');
    expect(zh.decisions[0]?.options.map((o) => o.text)).toEqual(['打电话给财务总监', '召集团队', '等待']);
    expect(zh.title).toBe('战略');
  });

  it('tells options apart by what they score, not their place, when a conditional option was hidden', () => {
    const run = (
      name: string,
      locale: 'en' | 'zh-CN',
      options: [string, Partial<RoleScores>][],
      chosen: number,
    ) =>
      withSeal({
        ...ANN,
        id: `s1_strategy:${name}`,
        learner: name,
        locale,
        decisions: [
          {
            point: 'd.0',
            number: 1,
            prompt: 'Which?',
            options: options.map(([text, score]) => ({ text, score })),
            chosen,
            feedback: null,
          },
        ],
        scores: { S: 0, T: 0, R: 0, O: 0, BE: 0, ...options[chosen]?.[1] },
      });
    const X: [string, Partial<RoleScores>] = ['X', { S: 1 }];
    const Y: [string, Partial<RoleScores>] = ['Y (only if earned)', { T: 2 }];
    const Z: [string, Partial<RoleScores>] = ['Z', { S: -1 }];
    const zhZ: [string, Partial<RoleScores>] = ['丙', { S: -1 }];
    const zhX: [string, Partial<RoleScores>] = ['甲', { S: 1 }];
    // Saw all three and chose Z (place 3); saw two and chose Z (place 2); in Chinese, saw two, chose X.
    const agg = aggregateScenario(
      [run('a', 'en', [X, Y, Z], 2), run('b', 'en', [X, Z], 1), run('c', 'zh-CN', [zhX, zhZ], 0)],
      'en',
    );
    expect(agg.decisions[0]?.options.map((o) => [o.index, o.text, o.count, o.strongest])).toEqual([
      [0, 'X', 1, false],
      [1, 'Y (only if earned)', 0, true],
      [2, 'Z', 2, false],
    ]);
    // Each learner is judged on the options they saw: c had no Y, so X was their strongest.
    expect(agg.strongestChosen).toEqual({ chosen: 1, decisions: 3, share: 1 / 3 });
  });

  it('numbers learners 1…n in the order loaded, one number per name across scenarios', () => {
    const s2 = withSeal({
      ...learner('Bo', 'en', [['a.0', 0]], null, 7),
      id: 's2_team:Bo',
      scenarioId: 's2_team',
    });
    const spaced = withSeal({ ...s2, id: 's2_team:ann', learner: '  ANN ' });
    const numbers = learnerNumbers([BO_FIRST, ...CLASS, s2, spaced]);
    expect([...numbers.entries()]).toEqual([
      ['bo', 1],
      ['ann', 2],
      ['cy', 3],
      ['di', 4],
    ]);
  });

  it('counts endings', () => {
    expect(agg.endings).toEqual({ strong: 2, mixed: 1, poor: 1, none: 0 });
  });

  it('builds the class-average file to share back, per scenario', () => {
    const file = classAverageFile(
      aggregateClass(CLASS, 'en'),
      '  Cohort 12  ',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(file.kind).toBe('wudi-turn/class-average');
    expect(file.version).toBe(2);
    expect(file.className).toBe('Cohort 12');
    expect(file.createdAt).toBe('2026-11-23T12:00:00.000Z');
    const s1 = file.scenarios.s1_strategy;
    expect(s1?.learners).toBe(4);
    expect(s1?.storyHashes).toEqual(['hash-en-1', 'hash-zh-1']);
    expect(s1?.possible).toEqual({ S: 3, T: 3, R: 2, O: 4, BE: 2 });
    expect(s1?.roles.S.mean).toBeCloseTo(1.25, 12);
    expect(Object.keys(s1?.roles.S ?? {}).sort()).toEqual(['max', 'mean', 'meanShare', 'min', 'sd']);
  });
});

describe('class CSV', () => {
  const parse = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');

  it('starts with a byte-order mark and gives one row per learner per role', () => {
    const csv = learnersCsv(aggregateClass(CLASS, 'en'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = parse(csv);
    expect(lines).toHaveLength(1 + 4 * 5);
    // The columns of format 1 first, as they always were (those of format 2 follow: class-csv.test.ts).
    expect(
      lines[0]?.startsWith(
        'scenario,title,learner,language,role,score,points possible,share of possible,class mean,class sd,vs class mean,ending,minutes,',
      ),
    ).toBe(true);
    // Ann, S: 2 of 3, class mean 1.25, sd sqrt(2.1875) = 1.4790, +0.75, 11 minutes
    expect(
      lines[1]?.startsWith('s1_strategy,The strategy,Ann,en,S,2,3,0.6667,1.25,1.479,0.75,strong,11,'),
    ).toBe(true);
  });

  it('gives one row per decision option with count and share', () => {
    const lines = parse(decisionsCsv(aggregateClass(CLASS, 'en')));
    expect(lines).toHaveLength(1 + 3 + 2 + 2);
    expect(lines[1]).toBe('s1_strategy,The strategy,1,a.0,Who first?,4,1,Call the CFO,2,0.5');
    expect(lines[5]).toBe('s1_strategy,The strategy,2,b.0,Budget?,3,2,"Reuse, of course",2,0.6667');
  });

  it('quotes what needs quoting and never lets a name run as a formula', () => {
    expect(csvField('He said "go"')).toBe('"He said ""go"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(null)).toBe('');
    const odd = learner('=cmd|x', 'en', [['a.0', 0]], null, 9);
    expect(parse(learnersCsv([aggregateScenario([odd], 'en')]))[1]).toContain(",'=cmd|x,");
  });
});
