import type { Cmi5Agent, Cmi5Score, Cmi5Statement } from '@rusticisoftware/cmi5';
import { ROLES, type RoleScores } from '../narrative/roles.ts';
import type { Locale } from '../state/schema.ts';
import type { DecisionReport } from './observe.ts';
import type { CourseStatus } from './rules.ts';
import { duration2004 } from './scorm-fields.ts';

/**
 * What the cmi5 side adds to the statements Rustici's cmi5.js builds: pure, so the statements
 * are checked against the xAPI specification in Node (tests/unit/cmi5-statements.test.ts).
 * docs/LMS.md lists the IRIs.
 */

/** package.config.json's default activityIdBase, for a package built without one */
export const DEFAULT_XAPI_BASE = 'https://wudi-turn.example.org/xapi/';

export const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** the launch parameters cmi5 puts on the AU's URL */
export const LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** True when the page was opened by a cmi5 LMS: every launch parameter is there. */
export function isCmi5Launch(pageUrl: string): boolean {
  let params: URLSearchParams;
  try {
    params = new URL(pageUrl).searchParams;
  } catch {
    return false;
  }
  return LAUNCH_PARAMS.every((name) => (params.get(name) ?? '') !== '');
}

export interface XapiIris {
  /** result extension: the chosen option's points per role, {"S":2,"T":0,"R":-1,"O":0,"BE":1} */
  roleScores: string;
  /** context extension: the scenario the decision belongs to */
  scenario: string;
  /** a decision point's activity id */
  decision(scenarioId: string, point: string): string;
}

export function xapiIris(base: string | undefined): XapiIris {
  const root = (base ?? DEFAULT_XAPI_BASE).replace(/\/*$/, '/');
  return {
    roleScores: `${root}extensions/role-scores`,
    scenario: `${root}extensions/scenario`,
    decision: (scenarioId, point) =>
      `${root}scenarios/${encodeURIComponent(scenarioId)}/decisions/${encodeURIComponent(point)}`,
  };
}

/** The learner's name as the LRS gives it: the actor's name, else its account name. */
export function learnerNameOf(actor: Cmi5Agent | null | undefined): string | null {
  const name = actor?.name?.trim() || actor?.account?.name?.trim() || '';
  return name === '' ? null : name;
}

/** xAPI language maps want a region for English as LMSs show it; Chinese is zh-CN already. */
export const langTag = (locale: Locale) => (locale === 'zh-CN' ? 'zh-CN' : 'en-US');

/** Every role, zeros included, so an analyst's query never meets a missing key. */
export function roleScores(score: Partial<RoleScores>): RoleScores {
  return Object.fromEntries(ROLES.map((role) => [role, score[role] ?? 0])) as RoleScores;
}

/**
 * A decision as an "answered" statement, from the library's allowed statement (`base`: the AU's
 * activity, the launch's context template and registration, no cmi5 category). The object
 * becomes the decision point, a cmi.interaction of type choice with the options offered; the AU
 * moves to the context's parent.
 */
export function answeredStatement(
  base: Cmi5Statement,
  report: DecisionReport,
  iris: XapiIris,
  locale: Locale,
): Cmi5Statement {
  const lang = langTag(locale);
  const au = base.object.id;
  const activities = base.context.contextActivities ?? {};
  const name = report.prompt?.trim() || `${report.scenarioId} ${report.point}`;
  return {
    ...base,
    timestamp: report.at.toISOString(),
    verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: iris.decision(report.scenarioId, report.point),
      definition: {
        type: INTERACTION_TYPE,
        name: { [lang]: name },
        interactionType: 'choice',
        choices: report.options.map((text, i) => ({ id: String(i), description: { [lang]: text } })),
      },
    },
    result: {
      ...base.result,
      response: String(report.index),
      duration: duration2004(report.latencyMs),
      extensions: { ...base.result?.extensions, [iris.roleScores]: roleScores(report.score) },
    },
    context: {
      ...base.context,
      contextActivities: { ...activities, parent: [...(activities.parent ?? []), { id: au }] },
      extensions: { ...base.context.extensions, [iris.scenario]: report.scenarioId },
    },
  };
}

/** The package's score as cmi5 reports it: scaled 0–1, and the same out of 100. */
export function courseScore(status: CourseStatus): Required<Cmi5Score> {
  return { scaled: status.score, raw: Math.round(status.score * 100), min: 0, max: 100 };
}

/**
 * Passed or failed, once every scenario has an outcome. cmi5 makes the LMS's
 * mastery score decide when it gives one; otherwise the package's own rule does.
 */
export function judgement(status: CourseStatus, masteryScore: number | null): 'passed' | 'failed' | null {
  if (!status.completed || status.passed === null) return null;
  if (masteryScore !== null) return status.score >= masteryScore ? 'passed' : 'failed';
  return status.passed ? 'passed' : 'failed';
}
