import type Cmi5Type from '@rusticisoftware/cmi5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answeredStatement,
  courseScore,
  INTERACTION_TYPE,
  isCmi5Launch,
  judgement,
  learnerNameOf,
  VERB_ANSWERED,
  xapiIris,
} from '../../src/lms/cmi5-statements.ts';
import type { DecisionReport } from '../../src/lms/observe.ts';
import type { CourseStatus } from '../../src/lms/rules.ts';
import { type Launch, SESSION_ID_EXT, startLrs, type TestLrs, xapiProblems } from '../lrs/lrs.ts';

/**
 * The statements the cmi5 side sends, built by the real cmi5.js against the test LRS (Node has
 * fetch), each checked with Learning Locker's xapi-validation and accepted by the LRS.
 */

// cmi5.js is a browser UMD bundle that names the global `self`.
(globalThis as { self?: unknown }).self ??= globalThis;
const { default: Cmi5 } = (await import('@rusticisoftware/cmi5')) as { default: typeof Cmi5Type };
const { outcomeOf } = await import('../../src/lms/cmi5.ts');

const ACTOR = {
  objectType: 'Agent' as const,
  name: 'Jun Dai',
  account: { homePage: 'https://lms.example.com', name: 'jdai' },
};
const AU = 'https://wudi-turn.example.org/xapi/s1_strategy/en/au';
const iris = xapiIris('https://wudi-turn.example.org/xapi/');

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startLrs();
});
afterAll(async () => {
  await lrs.close();
});

async function started(options: { masteryScore?: number } = {}): Promise<{ cmi: Cmi5Type; launch: Launch }> {
  const launch = lrs.launch({ actor: ACTOR, activityId: AU, ...options });
  const cmi = new Cmi5(`http://game.test/index.html?${launch.query}`);
  await cmi.start();
  return { cmi, launch };
}

const report: DecisionReport = {
  scenarioId: 's1_strategy',
  number: 2,
  point: 'planning.0',
  prompt: 'What do you bring to the meeting?',
  option: 'The account plan',
  index: 1,
  options: ['Nothing yet', 'The account plan', 'A discount'],
  score: { S: 2, R: -1 },
  latencyMs: 12_345,
  at: new Date('2026-03-01T10:00:00.000Z'),
};

const status = (score: number, passed: boolean | null, completed = true): CourseStatus => ({
  completed,
  passed,
  score,
  done: completed ? 1 : 0,
  progress: completed ? 1 : 0,
});

describe('cmi5 statements', () => {
  it('start() sends a valid initialized statement for the session', async () => {
    const { launch } = await started();
    const initialized = lrs.stored.find(
      (s) => s.verb.id.endsWith('/initialized') && s.context?.registration === launch.registration,
    );
    expect(initialized).toBeDefined();
    expect(xapiProblems(initialized)).toEqual([]);
  });

  it('builds a decision as a valid "answered" interaction with the role scores as a result extension', async () => {
    const { cmi, launch } = await started();
    const statement = answeredStatement(cmi.prepareStatement(VERB_ANSWERED), report, iris, 'en');
    expect(xapiProblems(statement)).toEqual([]);
    expect(statement.verb.id).toBe(VERB_ANSWERED);
    expect(statement.timestamp).toBe('2026-03-01T10:00:00.000Z');
    expect(statement.object).toMatchObject({
      id: 'https://wudi-turn.example.org/xapi/scenarios/s1_strategy/decisions/planning.0',
      definition: {
        type: INTERACTION_TYPE,
        interactionType: 'choice',
        name: { 'en-US': 'What do you bring to the meeting?' },
        choices: [
          { id: '0', description: { 'en-US': 'Nothing yet' } },
          { id: '1', description: { 'en-US': 'The account plan' } },
          { id: '2', description: { 'en-US': 'A discount' } },
        ],
      },
    });
    expect(statement.result).toMatchObject({
      response: '1',
      duration: 'PT12.35S',
      extensions: {
        'https://wudi-turn.example.org/xapi/extensions/role-scores': { S: 2, T: 0, R: -1, O: 0, BE: 0 },
      },
    });
    // A cmi5 "allowed" statement: the session's registration and context, no cmi5 category.
    expect(statement.context.registration).toBe(launch.registration);
    expect(statement.context.extensions?.[SESSION_ID_EXT]).toBe(launch.sessionId);
    expect(statement.context.contextActivities?.category).toBeUndefined();
    expect(statement.context.contextActivities?.parent).toEqual([{ id: AU }]);
    await cmi.sendStatement(statement);
    expect(lrs.stored.map((s) => s.id)).toContain(statement.id);
  });

  it('names a decision without a prompt by its place, in Chinese as zh-CN', async () => {
    const { cmi } = await started();
    const statement = answeredStatement(
      cmi.prepareStatement(VERB_ANSWERED),
      { ...report, prompt: null, options: ['甲', '乙'], index: 0 },
      iris,
      'zh-CN',
    );
    expect(xapiProblems(statement)).toEqual([]);
    expect(statement.object.definition).toMatchObject({
      name: { 'zh-CN': 's1_strategy planning.0' },
      choices: [{ description: { 'zh-CN': '甲' } }, { description: { 'zh-CN': '乙' } }],
    });
  });

  it('builds valid completed, passed, failed and terminated statements that the LRS accepts', async () => {
    const { cmi } = await started();
    const statements = [
      cmi.completedStatement(),
      cmi.passedStatement(courseScore(status(0.8, true))),
      cmi.failedStatement(courseScore(status(0.3, false))),
      cmi.terminatedStatement(),
    ];
    for (const statement of statements) {
      expect(xapiProblems(statement)).toEqual([]);
      await cmi.sendStatement(statement);
    }
    expect(statements[1]?.result?.score).toEqual({ scaled: 0.8, raw: 80, min: 0, max: 100 });
  });

  it('lets the LMS’s mastery score decide passed or failed when it gives one', async () => {
    const { cmi } = await started({ masteryScore: 0.7 });
    expect(cmi.getMasteryScore()).toBe(0.7);
    // Passed by the package's rule (its ending), failed by the mastery score: cmi5 follows the LMS.
    const verdict = judgement(status(0.5, true), cmi.getMasteryScore());
    expect(verdict).toBe('failed');
    const failed = cmi.failedStatement(courseScore(status(0.5, true)));
    expect(failed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
      0.7,
    );
    expect(xapiProblems(failed)).toEqual([]);
    expect(judgement(status(0.7, false), 0.7)).toBe('passed');
    expect(judgement(status(0.9, false), null)).toBe('failed');
    expect(judgement(status(0.9, null, false), 0.5)).toBeNull();
  });

  it('reads the launch and the learner', () => {
    const query = new URLSearchParams({
      endpoint: 'https://lrs.test/xapi/',
      fetch: 'https://lms.test/fetch/1',
      actor: JSON.stringify(ACTOR),
      registration: 'r',
      activityId: AU,
    });
    expect(isCmi5Launch(`https://game.test/index.html?${query}`)).toBe(true);
    query.delete('fetch');
    expect(isCmi5Launch(`https://game.test/index.html?${query}`)).toBe(false);
    expect(isCmi5Launch('https://game.test/index.html')).toBe(false);
    expect(learnerNameOf(ACTOR)).toBe('Jun Dai');
    expect(learnerNameOf({ account: { homePage: 'https://lms.example.com', name: 'jdai' } })).toBe('jdai');
    expect(learnerNameOf(null)).toBeNull();
  });

  it('reads the LRS’s answers for the queue', () => {
    expect([204, 200, 409, 400, 403, 401, 429, 500, 503].map(outcomeOf)).toEqual([
      'accepted',
      'accepted',
      'duplicate',
      'rejected',
      'rejected',
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
  });

  it('the test LRS refuses what the specification does not allow', async () => {
    const { cmi } = await started();
    const bad = { ...cmi.prepareStatement(VERB_ANSWERED), verb: { id: 'answered' } };
    await expect(cmi.sendStatement(bad)).rejects.toThrow(/400/);
    const good = cmi.prepareStatement(VERB_ANSWERED);
    await cmi.sendStatement(good);
    // The same statement again is stored once; another statement under its id is a conflict.
    await cmi.sendStatement(good);
    expect(lrs.stored.filter((s) => s.id === good.id)).toHaveLength(1);
    await expect(cmi.sendStatement({ ...good, timestamp: new Date(0).toISOString() })).rejects.toThrow(/409/);
  });
});
