import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_RULE, readLaunch } from '../../src/lms/launch.ts';
import type { DecisionReport } from '../../src/lms/observe.ts';
import { courseStatus, keepBest, passed, type ScenarioOutcome, scaledScore } from '../../src/lms/rules.ts';
import {
  displayName,
  duration2004,
  interactionFields,
  scoreLine,
  statusFields,
  timespan12,
} from '../../src/lms/scorm-fields.ts';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMITS, type Suspended } from '../../src/lms/suspend.ts';

const outcome = (scenarioId: string, ending: ScenarioOutcome['ending'], score: number, pass: boolean) => ({
  scenarioId,
  ending,
  score,
  passed: pass,
});

describe('the documented score and pass rules', () => {
  it('scores the share of the focus role’s points possible, clamped and rounded', () => {
    expect(scaledScore('S', { S: 3, T: 9 }, { S: 4, T: 9 })).toBe(0.75);
    expect(scaledScore('S', { S: 2 }, { S: 3 })).toBe(0.67);
    expect(scaledScore('S', { S: -2 }, { S: 4 })).toBe(0);
    expect(scaledScore('S', { S: 9 }, { S: 4 })).toBe(1);
    expect(scaledScore(null, { S: 3 }, { S: 4 })).toBe(0);
    expect(scaledScore('BE', { BE: 3 }, { BE: 0 })).toBe(0);
  });

  it('passes strong and mixed by default, poor only by a minimum score the trainer set', () => {
    expect(passed('strong', 0, DEFAULT_PASS_RULE)).toBe(true);
    expect(passed('mixed', 0, DEFAULT_PASS_RULE)).toBe(true);
    expect(passed('poor', 1, DEFAULT_PASS_RULE)).toBe(false);
    const strict = { passWith: ['strong' as const], minScore: 0.8 };
    expect(passed('mixed', 0.79, strict)).toBe(false);
    expect(passed('poor', 0.8, strict)).toBe(true);
  });

  it('completes a course when every scenario ended, passes it when each passed, and means the scores', () => {
    const ids = ['s1', 's2'];
    const half = courseStatus(ids, [outcome('s1', 'strong', 0.8, true)]);
    expect(half).toEqual({ completed: false, passed: null, score: 0.4, done: 1, progress: 0.5 });
    const all = courseStatus(ids, [outcome('s1', 'strong', 0.8, true), outcome('s2', 'poor', 0.3, false)]);
    expect(all).toMatchObject({ completed: true, passed: false, score: 0.55, progress: 1 });
    // An outcome of a scenario outside the package does not count.
    expect(courseStatus(['s1'], [outcome('s9', 'strong', 1, true)]).completed).toBe(false);
  });

  it('keeps the best outcome: a later, worse branch never lowers what the LMS was told', () => {
    const first = [outcome('s1', 'strong', 0.7, true)];
    expect(keepBest(first, outcome('s1', 'poor', 0.9, false))).toEqual(first);
    expect(keepBest(first, outcome('s1', 'strong', 0.9, true))).toEqual([outcome('s1', 'strong', 0.9, true)]);
    expect(keepBest([outcome('s1', 'poor', 0.9, false)], outcome('s1', 'mixed', 0.2, true))[0]?.passed).toBe(
      true,
    );
  });

  it('reads the package’s launch settings, and refuses bad ones with a message', () => {
    expect(readLaunch(undefined)).toEqual({ launch: null, problem: null });
    const read = readLaunch('{"standard":"scorm12","locale":"zh-CN","scenarios":["s1_strategy"]}');
    expect(read.launch?.rule).toEqual(DEFAULT_PASS_RULE);
    expect(readLaunch('{')).toEqual({ launch: null, problem: expect.stringMatching(/JSON/) });
    expect(readLaunch('{"standard":"aicc","locale":"en","scenarios":["s1"]}')).toEqual({
      launch: null,
      problem: expect.stringMatching(/standard/),
    });
  });
});

describe('suspend data: the decision log an LMS keeps', () => {
  const run = (choices: number[]): Suspended => ({
    outcomes: [outcome('s1_strategy', 'mixed', 0.5, true), outcome('s2_team', null, 0, false)],
    run: {
      scenarioId: 's3_resources',
      hash: 'abcdef123',
      optionSeed: 123456,
      choices,
      linesAfter: 2,
      atDecision: false,
      activeMs: 81234,
    },
  });

  it('round-trips outcomes and the run in a few dozen characters', () => {
    const state = run([0, 2, 1, 3, 0, 1, 2, 0, 1, 10]);
    const { data, dropped } = encodeSuspend(state, SUSPEND_LIMITS.scorm12);
    expect(dropped).toBe(0);
    expect(data.length).toBeLessThanOrEqual(80);
    const back = decodeSuspend(data);
    expect(back.ok && back.value).toEqual({
      ...state,
      run: { ...state.run, hash: 'abcdef' },
    });
  });

  it('keeps a log too long for SCORM 1.2 within 4,096 characters: the first decisions, the rest dropped', () => {
    const long = Array.from({ length: 5000 }, (_, i) => i % 4);
    const { data, dropped } = encodeSuspend(run(long), SUSPEND_LIMITS.scorm12);
    expect(data.length).toBeLessThanOrEqual(4096);
    const back = decodeSuspend(data);
    if (!back.ok) throw new Error(back.problem);
    const kept = back.value.run?.choices ?? [];
    expect(kept.length + dropped).toBe(5000);
    expect(kept.length).toBeGreaterThan(3900);
    expect(kept).toEqual(long.slice(0, kept.length));
    // It resumes at the first decision left out: at a decision, no lines read after it.
    expect(back.value.run).toMatchObject({ atDecision: true, linesAfter: 0 });
    // SCORM 2004 keeps it all.
    expect(encodeSuspend(run(long), SUSPEND_LIMITS.scorm2004).dropped).toBe(0);
  });

  it('reads empty data as a first launch and refuses anything else that does not read', () => {
    expect(decodeSuspend('')).toEqual({ ok: true, value: { outcomes: [], run: null } });
    for (const bad of ['x', 'w9||', 'w1|s1,q,50,1|', 'w1|s1,s,500,1|', 'w1||s1,abc,-,0,1,0,0A', 'w1|||'])
      expect(decodeSuspend(bad).ok, bad).toBe(false);
  });

  it('keeps ids with the separators in them', () => {
    const state: Suspended = { outcomes: [outcome('a,b|c;d', 'poor', 0.1, false)], run: null };
    const back = decodeSuspend(encodeSuspend(state, 4096).data);
    expect(back.ok && back.value.outcomes[0]?.scenarioId).toBe('a,b|c;d');
  });

  it('refuses a decision with more options than one character can name', () => {
    expect(() => encodeSuspend(run([36]), 4096)).toThrow(/36 options/);
  });
});

describe('SCORM fields', () => {
  const report: DecisionReport = {
    scenarioId: 's1_strategy',
    point: 'first_meeting',
    number: 3,
    index: 1,
    options: ['Present the plan', 'Ask Chen Hao what {the client} values'],
    option: 'Ask Chen Hao what {the client} values',
    prompt: 'How do you open?',
    score: { S: 2, R: -1, BE: 1 },
    latencyMs: 83_450,
    at: new Date('2026-12-02T09:05:07.250Z'),
  };

  it('writes times as each version spells them', () => {
    expect(timespan12(83_450)).toBe('0000:01:23.45');
    expect(timespan12(3_725_000)).toBe('0001:02:05.00');
    expect(duration2004(83_450)).toBe('PT1M23.45S');
    expect(duration2004(3_725_000)).toBe('PT1H2M5S');
  });

  it('shows the learner’s name as people write it', () => {
    expect(displayName('Dai, Jun')).toBe('Jun Dai');
    expect(displayName('王芳')).toBe('王芳');
    expect(displayName('戴, 军')).toBe('戴军');
    expect(displayName('欧阳，明')).toBe('欧阳明');
    expect(displayName('  ')).toBeNull();
  });

  it('records a decision as the option authored, its per-role scores and the time taken', () => {
    expect(scoreLine(report.score)).toBe('S+2 T0 R-1 O0 BE+1');
    const v12 = Object.fromEntries(interactionFields('1.2', 4, report, 'en'));
    expect(v12['cmi.interactions.4.id']).toBe('s1_strategy.d03.first_meeting');
    expect(v12['cmi.interactions.4.type']).toBe('fill-in');
    expect(v12['cmi.interactions.4.student_response']).toBe(
      'Ask Chen Hao what {the client} values [S+2 T0 R-1 O0 BE+1]',
    );
    expect(v12['cmi.interactions.4.result']).toBe('2');
    const loss = { ...report, score: { S: -2, T: 0, R: 0, O: 1, BE: 0 } };
    expect(Object.fromEntries(interactionFields('1.2', 0, loss, 'en'))['cmi.interactions.0.result']).toBe(
      'neutral',
    );
    expect(Object.fromEntries(interactionFields('2004', 0, loss, 'en'))['cmi.interactions.0.result']).toBe(
      '-1',
    );
    expect(v12['cmi.interactions.4.latency']).toBe('0000:01:23.45');
    const v2004 = Object.fromEntries(interactionFields('2004', 0, report, 'zh-CN'));
    expect(v2004['cmi.interactions.0.id']).toBe('urn:wudi-turn:s1_strategy.d03.first_meeting');
    expect(v2004['cmi.interactions.0.learner_response']).toBe(
      '{lang=zh-CN}Ask Chen Hao what (the client) values [S+2 T0 R-1 O0 BE+1]',
    );
    expect(v2004['cmi.interactions.0.timestamp']).toBe('2026-12-02T09:05:07.25Z');
    expect(v2004['cmi.interactions.0.latency']).toBe('PT1M23.45S');
  });

  it('reports status, success and score in both versions', () => {
    const done = { completed: true, passed: true, score: 0.75, done: 1, progress: 1 };
    expect(Object.fromEntries(statusFields('1.2', done))).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '75',
    });
    const half = { completed: false, passed: null, score: 0.2, done: 1, progress: 0.2 };
    expect(Object.fromEntries(statusFields('1.2', half))['cmi.core.lesson_status']).toBe('incomplete');
    expect(Object.fromEntries(statusFields('2004', half))).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.score.scaled': '0.2',
      'cmi.progress_measure': '0.2',
    });
  });
});
