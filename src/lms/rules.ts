import type { Ending, Role, RoleScores } from '../narrative/roles.ts';
import type { PassRule } from './launch.ts';

/**
 * What an LMS is told about a scenario: the documented rules (docs/LMS.md). They are pure so
 * SCORM and cmi5 report the same figures, and so the tests can state them.
 */

/**
 * The scaled score: the share of the points possible in the scenario's focus role that the
 * learner earned, 0 to 1, rounded to 2 places (a net loss in the role is 0). A scenario with no
 * points possible in its role scores 0.
 */
export function scaledScore(
  focus: Role | null,
  totals: Partial<RoleScores>,
  possible: Partial<RoleScores> | null,
): number {
  if (!focus || !possible) return 0;
  const most = possible[focus] ?? 0;
  if (most <= 0) return 0;
  const share = (totals[focus] ?? 0) / most;
  return Math.round(Math.min(1, Math.max(0, share)) * 100) / 100;
}

/** Passed: the ending is one the rule lists, or the score reaches the rule's minimum. */
export function passed(ending: Ending | null, score: number, rule: PassRule): boolean {
  if (ending !== null && rule.passWith.includes(ending)) return true;
  return rule.minScore !== null && score >= rule.minScore;
}

export interface ScenarioOutcome {
  scenarioId: string;
  ending: Ending | null;
  /** scaled score, 0–1 */
  score: number;
  passed: boolean;
}

export interface CourseStatus {
  completed: boolean;
  /** null while not every scenario has an outcome */
  passed: boolean | null;
  /** the mean of the scenarios' scaled scores, the unplayed counting 0 */
  score: number;
  /** scenarios with an outcome */
  done: number;
  /** the share of the package's scenarios with an outcome, 0–1 */
  progress: number;
}

/**
 * A package's status from its scenarios' outcomes: complete when each has ended, passed when
 * each has passed. A single-scenario package is the case of one.
 */
export function courseStatus(
  scenarios: readonly string[],
  outcomes: readonly ScenarioOutcome[],
): CourseStatus {
  const latest = new Map<string, ScenarioOutcome>();
  for (const outcome of outcomes)
    if (scenarios.includes(outcome.scenarioId)) latest.set(outcome.scenarioId, outcome);
  const all = scenarios.map((id) => latest.get(id));
  const completed = all.every((o) => o !== undefined);
  const sum = all.reduce((total, o) => total + (o?.score ?? 0), 0);
  return {
    completed,
    passed: completed ? all.every((o) => o?.passed) : null,
    score: scenarios.length ? Math.round((sum / scenarios.length) * 100) / 100 : 0,
    done: latest.size,
    progress: scenarios.length ? Math.round((latest.size / scenarios.length) * 100) / 100 : 0,
  };
}

/**
 * Outcomes with `next` kept: one per scenario, the better of the two (passed over not, then the
 * higher score), so exploring another branch after passing never lowers what the LMS was told.
 */
export function keepBest(outcomes: readonly ScenarioOutcome[], next: ScenarioOutcome): ScenarioOutcome[] {
  const before = outcomes.find((o) => o.scenarioId === next.scenarioId);
  const better =
    !before ||
    (next.passed && !before.passed) ||
    (next.passed === before.passed && next.score > before.score);
  if (!better) return [...outcomes];
  return [...outcomes.filter((o) => o.scenarioId !== next.scenarioId), next];
}
