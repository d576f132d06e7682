import * as v from 'valibot';
import { CAPABILITIES, type Capability, type CapabilityScores } from '../narrative/capabilities.ts';
import { ENDINGS, ROLES, type Role } from '../narrative/roles.ts';
import { errorText, readJson, tooLarge } from '../state/safe-json.ts';
import { partialScoresSchema, roleScoresSchema } from '../state/schema.ts';
import {
  isObject,
  isoTime,
  listOf,
  maybe,
  number,
  oneOf,
  parseWith,
  recordOf,
  shape,
  text,
} from '../state/schema-kit.ts';
import {
  type ActionPlan,
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  READABLE_RESULT_VERSIONS,
  type RoleAverage,
  type SelfRating,
  sealOf,
} from './result.ts';

/** A plan holds one to three actions; more than this is not a plan the course would write. */
export const MAX_PLAN_ACTIONS = 3;

export const capabilityScoresSchema: v.GenericSchema<unknown, CapabilityScores> = shape(
  Object.fromEntries(CAPABILITIES.map((cap) => [cap, number])) as Record<Capability, typeof number>,
);

/** A rating on the course's 1-5 scale. */
const rating = v.pipe(number, v.minValue(1, 'from 1 to 5'), v.maxValue(5, 'from 1 to 5'));

export const selfRatingSchema: v.GenericSchema<unknown, SelfRating> = shape({
  ratedAt: isoTime,
  answers: recordOf(v.pipe(rating, v.integer('a whole number from 1 to 5'))),
  roles: shape(Object.fromEntries(ROLES.map((role) => [role, rating])) as Record<Role, typeof rating>),
});

const decisionSchema = shape({
  point: text,
  number,
  prompt: maybe(text),
  // Version 1 options have no capability; an unknown one is a newer game's, read as none.
  options: listOf(shape({ text, score: partialScoresSchema, cap: v.optional(text) })),
  // Whether it is one of the options is a question of tampering, which the seal answers.
  chosen: v.pipe(number, v.integer('a whole number'), v.minValue(0, 'a whole number')),
  feedback: maybe(text),
});

export const planSchema: v.GenericSchema<unknown, ActionPlan> = shape({
  role: maybe(oneOf(ROLES)),
  actions: v.pipe(
    listOf(shape({ prepare: text, act: text, reflect: text, review: text })),
    v.maxLength(MAX_PLAN_ACTIONS, `at most ${MAX_PLAN_ACTIONS} actions`),
  ),
});

/** The shape of one result, without the seal check (see checkSealedResult). */
export const learnerResultSchema: v.GenericSchema<unknown, LearnerResult> = shape({
  id: text,
  learner: text,
  scenarioId: text,
  locale: text,
  title: maybe(text),
  storyHash: text,
  finishedAt: isoTime,
  durationMs: v.pipe(number, v.minValue(0, 'zero or more')),
  decisions: listOf(decisionSchema),
  scores: roleScoresSchema,
  possible: maybe(roleScoresSchema),
  capabilities: v.optional(capabilityScoresSchema),
  capabilityPossible: v.optional(maybe(capabilityScoresSchema)),
  selfRating: v.optional(maybe(selfRatingSchema)),
  ending: maybe(oneOf(ENDINGS)),
  plan: planSchema,
  seal: text,
});

export const checkPlan = (value: unknown, path: string): ActionPlan => parseWith(planSchema, value, path);
export const checkLearnerResult = (value: unknown, path: string): LearnerResult =>
  parseWith(learnerResultSchema, value, path);

export class TamperedResult extends Error {}

/** A result whose shape is right and whose seal still matches its content. */
export function checkSealedResult(value: unknown, path: string): LearnerResult {
  const result = checkLearnerResult(value, path);
  if (sealOf(result) !== result.seal) throw new TamperedResult(`${path} was changed outside the game`);
  return result;
}

const roleAverageSchema: v.GenericSchema<unknown, RoleAverage> = shape({
  mean: number,
  sd: number,
  min: number,
  max: number,
  meanShare: number,
});

const rolesSchema = shape(
  Object.fromEntries(ROLES.map((role) => [role, roleAverageSchema])) as Record<
    Role,
    typeof roleAverageSchema
  >,
);

const capabilityAveragesSchema = shape(
  Object.fromEntries(CAPABILITIES.map((cap) => [cap, roleAverageSchema])) as Record<
    Capability,
    typeof roleAverageSchema
  >,
);

export const classAverageFileSchema: v.GenericSchema<unknown, ClassAverageFile> = shape({
  kind: v.literal(CLASS_AVERAGE_KIND, CLASS_AVERAGE_KIND),
  version: v.picklist(READABLE_RESULT_VERSIONS, READABLE_RESULT_VERSIONS.join(' or ')),
  createdAt: isoTime,
  className: text,
  scenarios: recordOf(
    shape({
      learners: v.pipe(number, v.minValue(1, 'at least 1')),
      storyHashes: listOf(text),
      possible: maybe(roleScoresSchema),
      roles: rolesSchema,
      capabilities: v.optional(maybe(capabilityAveragesSchema)),
      capabilityPossible: v.optional(maybe(capabilityScoresSchema)),
      selfShare: v.optional(maybe(roleScoresSchema)),
    }),
  ),
});

export const checkClassAverageFile = (value: unknown, path: string): ClassAverageFile =>
  parseWith(classAverageFileSchema, value, path);

export type ClassAverageRead =
  | { ok: true; file: ClassAverageFile }
  | {
      ok: false;
      /** not-json: not a JSON file; too-large / too-deep: over the limits (safe-json.ts);
       * results-file: a learner's results, not the class figures; wrong-kind: another file
       * altogether; wrong-version: a newer format; malformed: see detail */
      reason:
        | 'not-json'
        | 'too-large'
        | 'too-deep'
        | 'results-file'
        | 'wrong-kind'
        | 'wrong-version'
        | 'malformed';
      detail: string;
    };

const clip = (value: string, max = 80) => (value.length > max ? `${value.slice(0, max)}…` : value);

/** Reads the class figures a trainer shares back; never throws. `size`: the file's bytes, if known. */
export function readClassAverage(text: string, size?: number): ClassAverageRead {
  try {
    const read = (size === undefined ? null : tooLarge(size)) ?? readJson(text);
    if (!read.ok) return { ok: false, reason: read.reason, detail: read.detail };
    const parsed = read.value;
    if (!isObject(parsed)) return { ok: false, reason: 'wrong-kind', detail: 'not an object' };
    if (parsed.kind !== CLASS_AVERAGE_KIND) {
      return parsed.kind === 'wudi-turn/results'
        ? { ok: false, reason: 'results-file', detail: String(parsed.kind) }
        : {
            ok: false,
            reason: 'wrong-kind',
            detail: `kind: ${clip(JSON.stringify(parsed.kind ?? null) ?? 'null')}`,
          };
    }
    if (!READABLE_RESULT_VERSIONS.includes(parsed.version as number)) {
      return {
        ok: false,
        reason: 'wrong-version',
        detail: `version ${clip(JSON.stringify(parsed.version ?? null) ?? 'null')}`,
      };
    }
    return { ok: true, file: checkClassAverageFile(parsed, 'file') };
  } catch (error) {
    return { ok: false, reason: 'malformed', detail: errorText(error) };
  }
}

/** The class figures for one scenario, or null; only the file's own keys count ("constructor"). */
export function averageFor(
  file: ClassAverageFile,
  scenarioId: string,
): ClassAverageFile['scenarios'][string] | null {
  return Object.hasOwn(file.scenarios, scenarioId) ? (file.scenarios[scenarioId] ?? null) : null;
}
