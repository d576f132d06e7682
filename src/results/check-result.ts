import { ENDINGS, ROLES, type Role } from '../narrative/roles.ts';
import { checkPartialScores, checkRoleScores } from '../state/schema.ts';
import { arrayOf, type Check, fail, isObject, nullable, num, obj, oneOf, str } from '../state/validate.ts';
import {
  type ActionPlan,
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type PlanAction,
  RESULT_FORMAT_VERSION,
  type ResultDecision,
  type ResultOption,
  type RoleAverage,
  type ScenarioAverage,
  sealOf,
} from './result.ts';

/** A plan holds one to three actions; more than this is not a plan the course would write. */

export const MAX_PLAN_ACTIONS = 3;

const checkOption: Check<ResultOption> = (v, p) => {
  const o = obj(v, p);
  return { text: str(o.text, `${p}.text`), score: checkPartialScores(o.score, `${p}.score`) };
};

const checkDecision: Check<ResultDecision> = (v, p) => {
  const o = obj(v, p);
  const options = arrayOf(checkOption)(o.options, `${p}.options`);
  const chosen = num(o.chosen, `${p}.chosen`);
  // Whether it is one of the options is a question of tampering, which the seal answers.
  if (!Number.isInteger(chosen) || chosen < 0) fail(`${p}.chosen`, 'a whole number');
  return {
    point: str(o.point, `${p}.point`),
    number: num(o.number, `${p}.number`),
    prompt: nullable(str)(o.prompt, `${p}.prompt`),
    options,
    chosen,
    feedback: nullable(str)(o.feedback, `${p}.feedback`),
  };
};

const checkAction: Check<PlanAction> = (v, p) => {
  const o = obj(v, p);
  return {
    prepare: str(o.prepare, `${p}.prepare`),
    act: str(o.act, `${p}.act`),
    reflect: str(o.reflect, `${p}.reflect`),
    review: str(o.review, `${p}.review`),
  };
};

export const checkPlan: Check<ActionPlan> = (v, p) => {
  const o = obj(v, p);
  const actions = arrayOf(checkAction)(o.actions, `${p}.actions`);
  if (actions.length > MAX_PLAN_ACTIONS) fail(`${p}.actions`, `at most ${MAX_PLAN_ACTIONS} actions`);
  return { role: nullable(oneOf(ROLES))(o.role, `${p}.role`), actions };
};

const isoTime: Check<string> = (v, p) => {
  const s = str(v, p);
  return Number.isNaN(Date.parse(s)) ? fail(p, 'a date and time') : s;
};

/** The shape of one result, without the seal check (see checkSealedResult). */
export const checkLearnerResult: Check<LearnerResult> = (v, p) => {
  const o = obj(v, p);
  const durationMs = num(o.durationMs, `${p}.durationMs`);
  if (durationMs < 0) fail(`${p}.durationMs`, 'zero or more');
  return {
    id: str(o.id, `${p}.id`),
    learner: str(o.learner, `${p}.learner`),
    scenarioId: str(o.scenarioId, `${p}.scenarioId`),
    locale: str(o.locale, `${p}.locale`),
    title: nullable(str)(o.title, `${p}.title`),
    storyHash: str(o.storyHash, `${p}.storyHash`),
    finishedAt: isoTime(o.finishedAt, `${p}.finishedAt`),
    durationMs,
    decisions: arrayOf(checkDecision)(o.decisions, `${p}.decisions`),
    scores: checkRoleScores(o.scores, `${p}.scores`),
    possible: nullable(checkRoleScores)(o.possible, `${p}.possible`),
    ending: nullable(oneOf(ENDINGS))(o.ending, `${p}.ending`),
    plan: checkPlan(o.plan, `${p}.plan`),
    seal: str(o.seal, `${p}.seal`),
  };
};

export class TamperedResult extends Error {}

/** A result whose shape is right and whose seal still matches its content. */
export const checkSealedResult: Check<LearnerResult> = (v, p) => {
  const result = checkLearnerResult(v, p);
  if (sealOf(result) !== result.seal) throw new TamperedResult(`${p} was changed outside the game`);
  return result;
};

const checkRoleAverage: Check<RoleAverage> = (v, p) => {
  const o = obj(v, p);
  return {
    mean: num(o.mean, `${p}.mean`),
    sd: num(o.sd, `${p}.sd`),
    min: num(o.min, `${p}.min`),
    max: num(o.max, `${p}.max`),
    meanShare: num(o.meanShare, `${p}.meanShare`),
  };
};

const checkScenarioAverage: Check<ScenarioAverage> = (v, p) => {
  const o = obj(v, p);
  const rolesObj = obj(o.roles, `${p}.roles`);
  const roles = {} as Record<Role, RoleAverage>;
  for (const role of ROLES) roles[role] = checkRoleAverage(rolesObj[role], `${p}.roles.${role}`);
  const learners = num(o.learners, `${p}.learners`);
  if (learners < 1) fail(`${p}.learners`, 'at least 1');
  return {
    learners,
    storyHashes: arrayOf(str)(o.storyHashes, `${p}.storyHashes`),
    possible: nullable(checkRoleScores)(o.possible, `${p}.possible`),
    roles,
  };
};

export type ClassAverageRead =
  | { ok: true; file: ClassAverageFile }
  | {
      ok: false;
      /** not-json: not a JSON file; results-file: a learner's results, not the class figures;
       * wrong-kind: another file altogether; wrong-version: a newer format; malformed: see detail */
      reason: 'not-json' | 'results-file' | 'wrong-kind' | 'wrong-version' | 'malformed';
      detail: string;
    };

/** Reads the class figures a trainer shares back; never throws. */
export function readClassAverage(text: string): ClassAverageRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(parsed)) return { ok: false, reason: 'wrong-kind', detail: 'not an object' };
  if (parsed.kind !== CLASS_AVERAGE_KIND) {
    return parsed.kind === 'wudi-turn/results'
      ? { ok: false, reason: 'results-file', detail: String(parsed.kind) }
      : { ok: false, reason: 'wrong-kind', detail: `kind: ${JSON.stringify(parsed.kind ?? null)}` };
  }
  if (parsed.version !== RESULT_FORMAT_VERSION) {
    return {
      ok: false,
      reason: 'wrong-version',
      detail: `version ${JSON.stringify(parsed.version ?? null)}`,
    };
  }
  try {
    return { ok: true, file: checkClassAverageFile(parsed, 'file') };
  } catch (error) {
    return { ok: false, reason: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}

export const checkClassAverageFile: Check<ClassAverageFile> = (v, p) => {
  const o = obj(v, p);
  if (o.kind !== CLASS_AVERAGE_KIND) fail(`${p}.kind`, CLASS_AVERAGE_KIND);
  if (o.version !== RESULT_FORMAT_VERSION) fail(`${p}.version`, String(RESULT_FORMAT_VERSION));
  const scenariosObj = obj(o.scenarios, `${p}.scenarios`);
  const scenarios: Record<string, ScenarioAverage> = {};
  for (const [id, s] of Object.entries(scenariosObj)) {
    scenarios[id] = checkScenarioAverage(s, `${p}.scenarios.${id}`);
  }
  return {
    kind: CLASS_AVERAGE_KIND,
    version: RESULT_FORMAT_VERSION,
    createdAt: isoTime(o.createdAt, `${p}.createdAt`),
    className: str(o.className, `${p}.className`),
    scenarios,
  };
};
