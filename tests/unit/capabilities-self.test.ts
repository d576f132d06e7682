import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../src/narrative/engine.ts';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import { aggregateScenario, classAverageFile } from '../../src/results/aggregate.ts';
import { readClassAverage } from '../../src/results/check-result.ts';
import { resultsCsv } from '../../src/results/csv.ts';
import { resultFile } from '../../src/results/export.ts';
import { buildResult, type LearnerResult, withSeal } from '../../src/results/result.ts';
import { knownScenarios, readResultFiles } from '../../src/results/result-files.ts';
import { createResultsStore, SELF_RATING_KEY } from '../../src/results/results-store.ts';
import { compareSelf, rateSelf, ratingShare } from '../../src/results/self-rating.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { SELF_ASSESSMENT_WORDS, SELF_STATEMENTS } from '../../src/words/self-assessment.ts';

const STAGE = { setting: null, music: null, cast: [] } as unknown as DecisionRecord['contextBefore'];

function decision(
  number: number,
  options: [Partial<RoleScores>, string | null][],
  chosen: number,
): DecisionRecord {
  return {
    number,
    point: `d${number}.0`,
    prompt: `Prompt ${number}`,
    facilitator: null,
    options: options.map(([score, cap], index) => ({
      index,
      text: `Option ${number}.${index + 1}`,
      score,
      hasScore: true,
      feedback: null,
      cap,
      problems: [],
    })),
    chosen,
    stateBefore: '',
    contextBefore: STAGE,
    linesBefore: 0,
  };
}

/** Every statement rated the same, except the ones given. */
function answersOf(all: number, overrides: Record<string, number> = {}): Record<string, number> {
  return { ...Object.fromEntries(SELF_STATEMENTS.map((s) => [s.id, all])), ...overrides };
}

const CAP_POSSIBLE = {
  strategic_thinking: 5,
  org_development: 2,
  collaborative_influence: 0,
  cross_cultural: 0,
  customer_partnering: 4,
  business_value: 0,
  strategic_risk: 0,
  business_acumen: 3,
};

function played(learner: string, chosen: [number, number, number], rating: Record<string, number> | null) {
  return buildResult({
    learner,
    scenarioId: 's1_strategy',
    locale: 'en',
    title: 'S1',
    storyHash: 'h1',
    finishedAt: new Date(`2026-12-0${chosen[0] + chosen[1] + 1}T10:00:00Z`),
    durationMs: 1000,
    decisions: [
      decision(
        1,
        [
          [{ S: 2, BE: 1 }, 'strategic_thinking'],
          [{ S: -1, BE: -1 }, 'customer_partnering'],
        ],
        chosen[0],
      ),
      decision(
        2,
        [
          [{ S: 3, BE: 1 }, 'customer_partnering'],
          [{ T: 2 }, 'org_development'],
        ],
        chosen[1],
      ),
      decision(
        3,
        [
          [{ O: 1 }, 'business_acumen'],
          [{ O: -2, BE: 1 }, null],
        ],
        chosen[2],
      ),
    ],
    possible: { S: 5, T: 2, R: 0, O: 1, BE: 2 },
    capabilityPossible: CAP_POSSIBLE,
    selfRating: rating ? rateSelf(SELF_STATEMENTS, rating, new Date('2026-12-01T09:00:00Z')) : null,
    ending: 'mixed',
  });
}

describe('capabilities in a result', () => {
  it('counts each chosen option’s total for its capability, and keeps the capability on every option', () => {
    const r = played('Ann', [0, 0, 1], null);
    expect(r.capabilities).toMatchObject({
      strategic_thinking: 3,
      customer_partnering: 4,
      org_development: 0,
      business_acumen: 0,
    });
    expect(r.decisions[0]?.options.map((o) => o.cap)).toEqual(['strategic_thinking', 'customer_partnering']);
    // An option without a capability earns none, and carries no `cap` field.
    expect(r.decisions[2]?.options[1]).not.toHaveProperty('cap');
    expect(r.capabilityPossible).toEqual(CAP_POSSIBLE);
    expect(played('Bob', [1, 1, 0], null).capabilities).toMatchObject({
      customer_partnering: -2,
      org_development: 2,
      business_acumen: 1,
    });
  });

  it('round-trips through a format-2 file; a format-1 file still loads; a hand-edited capability is caught', () => {
    const known = knownScenarios([[{ id: 's1_strategy', hash: 'h1' }]]);
    const ann = played('Ann', [0, 0, 1], answersOf(4));
    const file = resultFile([ann], new Date('2026-12-02T00:00:00Z'));
    expect(file.version).toBe(2);
    const back = readResultFiles([{ name: 'ann.json', text: JSON.stringify(file) }], known);
    expect(back.reports[0]?.faults).toEqual([]);
    expect(back.loaded[0]?.result.capabilities?.strategic_thinking).toBe(3);
    expect(back.loaded[0]?.result.selfRating?.roles.S).toBe(4);

    // Format 1: no capabilities, no self-rating; sealed without them.
    const {
      capabilities: _c,
      capabilityPossible: _p,
      selfRating: _s,
      seal: _seal,
      ...v1
    } = played('Cy', [0, 1, 0], null);
    const v1Result = withSeal({
      ...v1,
      decisions: v1.decisions.map((d) => ({
        ...d,
        options: d.options.map(({ text, score }) => ({ text, score })),
      })),
    });
    const old = readResultFiles(
      [
        {
          name: 'old.json',
          text: JSON.stringify({
            kind: 'wudi-turn/results',
            version: 1,
            exportedAt: file.exportedAt,
            results: [v1Result],
          }),
        },
      ],
      known,
    );
    expect(old.reports[0]?.faults).toEqual([]);
    expect(old.loaded[0]?.result.capabilities).toBeUndefined();

    const edited = structuredClone(ann);
    if (edited.capabilities) edited.capabilities.strategic_thinking = 5;
    const caught = readResultFiles(
      [{ name: 'edited.json', text: JSON.stringify(resultFile([withSeal(edited)], new Date())) }],
      known,
    );
    expect(caught.reports[0]?.faults[0]).toMatchObject({
      code: 'tampered',
      reason: 'capabilities',
      role: 'strategic_thinking',
    });
  });

  it('writes capabilities and the self-rating as CSV columns after the earlier ones', () => {
    const csv = resultsCsv([played('Ann', [0, 0, 1], answersOf(3, { 'S.read-strategy': 5 }))]);
    const [header, row] = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const col = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(header?.indexOf('cap_strategic_thinking')).toBeGreaterThan(
      header?.indexOf('action3_review') ?? 99,
    );
    expect(col('cap_strategic_thinking')).toBe('3');
    expect(col('cap_strategic_thinking_possible')).toBe('5');
    expect(col('cap_business_value')).toBe('0');
    expect(col('self_S')).toBe('3.67');
    expect(col('self_T')).toBe('3');
  });
});

describe('the self-rating', () => {
  it('averages each role’s statements; a role left unrated gives no rating', () => {
    expect(SELF_STATEMENTS.length).toBeGreaterThanOrEqual(ROLES.length * 2);
    for (const role of ROLES) {
      const n = SELF_STATEMENTS.filter((s) => s.role === role).length;
      expect(n, role).toBeGreaterThanOrEqual(2);
      expect(n, role).toBeLessThanOrEqual(3);
    }
    // Both languages word every statement.
    for (const locale of ['en', 'zh-CN'] as const)
      for (const s of SELF_STATEMENTS)
        expect(SELF_ASSESSMENT_WORDS[locale].statements[s.id], `${locale} ${s.id}`).toBeTruthy();
    const rating = rateSelf(
      SELF_STATEMENTS,
      answersOf(2, { 'O.pnl-cash': 5 }),
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(rating?.roles.O).toBe(3);
    expect(rating?.roles.S).toBe(2);
    const partial = answersOf(4);
    for (const s of SELF_STATEMENTS.filter((x) => x.role === 'BE')) delete partial[s.id];
    expect(rateSelf(SELF_STATEMENTS, partial, new Date())).toBeNull();
    expect([1, 3, 5].map(ratingShare)).toEqual([0, 0.5, 1]);
  });

  it('names the largest gap both ways, and none under a tenth', () => {
    const rating = rateSelf(
      SELF_STATEMENTS,
      answersOf(3, {
        'S.read-strategy': 5,
        'S.opco-conflict': 5,
        'S.review-rhythm': 5,
        'T.feedback': 1,
        'T.local-talent': 1,
        'T.mirror-customer': 1,
      }),
      new Date(),
    );
    if (!rating) throw new Error('no rating');
    const c = compareSelf(rating, { S: 0.4, T: 0.9, R: 0.5, O: 0.55, BE: null });
    expect(c.overRated?.role).toBe('S'); // rated 1.0, played 0.4
    expect(c.underRated?.role).toBe('T'); // rated 0, played 0.9
    expect(c.roles.map((r) => r.role)).toEqual(['S', 'T', 'R', 'O']); // nothing possible in BE: left out
    const even = compareSelf(rating, { S: 0.95, T: 0.05, R: 0.5, O: 0.45, BE: 0.5 });
    expect(even.overRated).toBeNull();
    expect(even.underRated).toBeNull();
  });

  it('is kept in the browser, survives a reload, and goes with "reset my data"', () => {
    const storage = memoryStore();
    const store = createResultsStore(storage);
    const rating = rateSelf(SELF_STATEMENTS, answersOf(4), new Date('2026-12-01T00:00:00Z'));
    store.setSelfRating(rating);
    expect(createResultsStore(storage).selfRating()).toEqual(rating);
    storage.setItem(SELF_RATING_KEY, '{"v":1,"data":{"ratedAt":"nope"}}');
    const damaged = createResultsStore(storage);
    expect(damaged.selfRating()).toBeNull();
    expect(damaged.problems().map((p) => p.kind)).toContain('self-rating-damaged');
    store.setSelfRating(rating);
    store.clear();
    expect(createResultsStore(storage).selfRating()).toBeNull();
  });
});

describe('the class’s capabilities, self-rating and a named reference', () => {
  const results: LearnerResult[] = [
    played('Ann', [0, 0, 1], answersOf(5)),
    played('Bob', [1, 1, 0], answersOf(1)),
    played('Cy', [0, 1, 0], null),
  ];

  it('averages capabilities and the self-vs-played gap, and exports them in the class figures', () => {
    const a = aggregateScenario(results, 'en');
    expect(a.capabilities?.strategic_thinking.mean).toBeCloseTo((3 + 0 + 3) / 3, 9);
    expect(a.capabilities?.customer_partnering).toMatchObject({ min: -2, max: 4 });
    expect(a.capabilityPossible).toEqual(CAP_POSSIBLE);
    // Two learners rated themselves: Ann all 5 (share 1), Bob all 1 (share 0).
    expect(a.self?.learners).toBe(2);
    expect(a.self?.self.S).toBeCloseTo(0.5, 9);
    const file = classAverageFile([a], 'Incumbent KAMs 2025', new Date('2026-12-02T00:00:00Z'));
    const read = readClassAverage(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.className).toBe('Incumbent KAMs 2025');
    expect(read.file.scenarios.s1_strategy?.capabilities?.strategic_thinking.mean).toBeCloseTo(2, 9);
    expect(read.file.scenarios.s1_strategy?.selfShare?.S).toBeCloseTo(0.5, 9);
  });

  it('still reads class figures of format 1, and keeps a reference beside the class across a reload', () => {
    const a = aggregateScenario(results, 'en');
    const v2 = classAverageFile([a], 'Cohort 12', new Date('2026-12-02T00:00:00Z'));
    const {
      capabilities: _c,
      capabilityPossible: _p,
      selfShare: _s,
      ...v1Scenario
    } = v2.scenarios.s1_strategy ?? {};
    const v1 = { ...v2, version: 1, scenarios: { s1_strategy: v1Scenario } };
    expect(readClassAverage(JSON.stringify(v1)).ok).toBe(true);
    const storage = memoryStore();
    const store = createResultsStore(storage);
    store.setClassAverage(v2);
    store.setReference({ ...v2, className: 'Incumbent KAMs 2025' });
    const again = createResultsStore(storage);
    expect(again.classAverage()?.className).toBe('Cohort 12');
    expect(again.reference()?.className).toBe('Incumbent KAMs 2025');
  });
});
