import { type Ending, ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import { type LearnerResult, type ResultDecision, withSeal } from '../../src/results/result.ts';

/**
 * A small hand-made class for the class-view tests: four learners, one scenario, three decision
 * points (c.0 reached by one learner only). Scores follow from the options chosen; the expected
 * figures are worked out by hand in the tests.
 */
export const HASH_EN = 'hash-en-1';
export const HASH_ZH = 'hash-zh-1';
export const KNOWN = { s1_strategy: [HASH_EN, HASH_ZH], s2_team: ['hash-s2'] };

const A: Point = {
  en: { prompt: 'Who first?', options: ['Call the CFO', 'Call the team', 'Wait'] },
  zh: { prompt: '先找谁？', options: ['打电话给财务总监', '召集团队', '等待'] },
  scores: [{ S: 2, T: 1 }, { T: 3 }, { S: -1 }],
};
const B: Point = {
  en: { prompt: 'Budget?', options: ['Ask for more', 'Reuse, of course'] },
  zh: { prompt: '预算？', options: ['申请追加', '复用现有'] },
  scores: [{ R: 2 }, { R: 0, S: 1 }],
};
const C: Point = {
  en: { prompt: 'Escalate?', options: ['Yes', 'No'] },
  zh: { prompt: '升级处理？', options: ['是', '否'] },
  scores: [{ O: 4 }, { O: 1, BE: 2 }],
};

interface Point {
  en: { prompt: string; options: string[] };
  zh: { prompt: string; options: string[] };
  scores: Partial<RoleScores>[];
}
function decision(point: string, def: Point, locale: 'en' | 'zh-CN', number: number, chosen: number) {
  const text = locale === 'en' ? def.en : def.zh;
  return {
    point,
    number,
    prompt: text.prompt,
    options: text.options.map((t, i) => ({ text: t, score: { ...def.scores[i] } })),
    chosen,
    feedback: null,
  } satisfies ResultDecision;
}

export function learner(
  name: string,
  locale: 'en' | 'zh-CN',
  picks: [string, number][],
  ending: Ending | null,
  minute = 0,
): LearnerResult {
  const defs: Record<string, Point> = { 'a.0': A, 'b.0': B, 'c.0': C };
  const decisions = picks.map(([point, chosen], i) =>
    decision(point, defs[point] ?? A, locale, i + 1, chosen),
  );
  const scores: RoleScores = { S: 0, T: 0, R: 0, O: 0, BE: 0 };
  for (const d of decisions) for (const role of ROLES) scores[role] += d.options[d.chosen]?.score[role] ?? 0;
  return withSeal({
    id: `s1_strategy:${name}-${minute}`,
    learner: name,
    scenarioId: 's1_strategy',
    locale,
    title: locale === 'en' ? 'The strategy' : '战略',
    storyHash: locale === 'en' ? HASH_EN : HASH_ZH,
    finishedAt: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
    durationMs: 600000 + minute * 60000,
    decisions,
    scores,
    possible: { S: 3, T: 3, R: 2, O: 4, BE: 2 },
    ending,
    plan: { role: null, actions: [] },
  });
}

export const ANN = learner(
  'Ann',
  'en',
  [
    ['a.0', 0],
    ['b.0', 0],
  ],
  'strong',
  1,
);
export const BO = learner(
  'Bo',
  'en',
  [
    ['a.0', 1],
    ['b.0', 1],
  ],
  'mixed',
  2,
);
export const CY = learner(
  'Cy',
  'zh-CN',
  [
    ['a.0', 2],
    ['c.0', 0],
  ],
  'poor',
  3,
);
export const DI = learner(
  'Di',
  'zh-CN',
  [
    ['a.0', 0],
    ['b.0', 1],
  ],
  'strong',
  4,
);
export const CLASS = [ANN, BO, CY, DI];

export function fileOf(...results: unknown[]): string {
  return JSON.stringify({
    kind: 'wudi-turn/results',
    version: 1,
    exportedAt: '2026-11-23T11:00:00.000Z',
    results,
  });
}
