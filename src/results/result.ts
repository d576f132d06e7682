import {
  type Capability,
  type CapabilityScores,
  capabilityTotals,
  isCapability,
} from '../narrative/capabilities.ts';
import type { DecisionRecord } from '../narrative/engine.ts';
import { hashText } from '../narrative/hash.ts';
import type { Ending, Role, RoleScores } from '../narrative/roles.ts';
import { totalsOf } from '../state/scoring.ts';

/**
 * A learner's result for one finished scenario, as kept in the browser and exported for the
 * trainer's class view. Everything the class view and the profile need travels in it, so a
 * trainer needs nothing but the files.
 */
export const RESULT_FILE_KIND = 'wudi-turn/results';
export const CLASS_AVERAGE_KIND = 'wudi-turn/class-average';
/**
 * 2 added capabilities (per option, earned and possible), the self-rating, and capability
 * figures in the class average; files of version 1 are still read, without them.
 */
export const RESULT_FORMAT_VERSION = 2;
export const READABLE_RESULT_VERSIONS: readonly number[] = [1, 2];

export interface ResultOption {
  text: string;
  score: Partial<RoleScores>;
  /**
   * the option's capability id (`# cap:`), when it has one; results of version 1 have none, and
   * an id this game does not know earns nothing
   */
  cap?: string;
}

/**
 * How the learner rated themselves before playing: each behavioural statement 1-5, and per
 * role the mean of its statements (see src/results/self-rating.ts).
 */
export interface SelfRating {
  ratedAt: string;
  /** statement id -> 1..5 */
  answers: Record<string, number>;
  /** per role, the mean of its statements' ratings, 1..5 */
  roles: RoleScores;
}

export interface ResultDecision {
  /** the decision's place in the story, the same in both languages ("d3_penalty.0") */
  point: string;
  number: number;
  prompt: string | null;
  options: ResultOption[];
  chosen: number;
  /** the coach's note on the option chosen */
  feedback: string | null;
}

/** PARR, the course's on-the-job plan: prepare, act, reflect, review. */
export interface PlanAction {
  prepare: string;
  act: string;
  reflect: string;
  review: string;
}

export interface ActionPlan {
  /** the role the plan works on (the learner's weakest, unless they changed it) */
  role: Role | null;
  actions: PlanAction[];
}

export interface LearnerResult {
  /** unique per finished play: learner, scenario and finishing time */
  id: string;
  learner: string;
  scenarioId: string;
  locale: string;
  title: string | null;
  /** hash of the compiled story played: tells one version of a scenario from another */
  storyHash: string;
  /** ISO time the scenario was finished */
  finishedAt: string;
  /** time spent playing, pauses longer than a few minutes left out */
  durationMs: number;
  decisions: ResultDecision[];
  scores: RoleScores;
  possible: RoleScores | null;
  /** capability points earned: each chosen option's total on its `# cap:` (absent before version 2) */
  capabilities?: CapabilityScores;
  /** per capability, the most any one path can earn (absent before version 2; null if unknown) */
  capabilityPossible?: CapabilityScores | null;
  /** the learner's self-rating when the scenario was finished (absent before version 2; null if none) */
  selfRating?: SelfRating | null;
  ending: Ending | null;
  plan: ActionPlan;
  /**
   * hashText of the rest of the result (see sealOf): not security, but a hand-edited score
   * shows up as "changed after export".
   */
  seal: string;
}

export interface ResultFile {
  kind: typeof RESULT_FILE_KIND;
  version: number;
  exportedAt: string;
  results: LearnerResult[];
}

/** Per-role figures for one scenario, as the trainer shares them back with the class. */
export interface RoleAverage {
  mean: number;
  /** population standard deviation */
  sd: number;
  min: number;
  max: number;
  /** the mean as a share (0..1) of points possible */
  meanShare: number;
}

export interface ScenarioAverage {
  learners: number;
  storyHashes: string[];
  possible: RoleScores | null;
  roles: Record<Role, RoleAverage>;
  /** per capability, over the learners whose results carry capabilities (absent before version 2) */
  capabilities?: Record<Capability, RoleAverage> | null;
  capabilityPossible?: CapabilityScores | null;
  /** per role, the class's mean self-rating as a share (0..1), over learners who rated themselves */
  selfShare?: RoleScores | null;
}

export interface ClassAverageFile {
  kind: typeof CLASS_AVERAGE_KIND;
  version: number;
  createdAt: string;
  /** a name the trainer gives the class, e.g. "KAM cohort 12, Shenzhen" */
  className: string;
  scenarios: Record<string, ScenarioAverage>;
}

/** A stable serialisation: keys sorted, so the seal does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sealOf(result: Omit<LearnerResult, 'seal'> | LearnerResult): string {
  const { seal: _seal, ...rest } = result as LearnerResult;
  return hashText(canonicalJson(rest), 0x5eed);
}

export function withSeal(result: Omit<LearnerResult, 'seal'>): LearnerResult {
  return { ...result, seal: sealOf(result) };
}

export interface ResultInput {
  learner: string;
  scenarioId: string;
  locale: string;
  title: string | null;
  storyHash: string;
  finishedAt: Date;
  durationMs: number;
  decisions: readonly DecisionRecord[];
  possible: RoleScores | null;
  capabilityPossible?: CapabilityScores | null;
  selfRating?: SelfRating | null;
  ending: Ending | null;
  plan?: ActionPlan;
}

/** A finished run as a result; the plan starts empty and is filled in on the debrief. */
export function buildResult(input: ResultInput): LearnerResult {
  const finishedAt = input.finishedAt.toISOString();
  return withSeal({
    id: `${input.scenarioId}:${hashText(`${input.learner}|${finishedAt}`)}`,
    learner: input.learner,
    scenarioId: input.scenarioId,
    locale: input.locale,
    title: input.title,
    storyHash: input.storyHash,
    finishedAt,
    durationMs: Math.max(0, Math.round(input.durationMs)),
    decisions: input.decisions.map((d) => ({
      point: d.point,
      number: d.number,
      prompt: d.prompt,
      options: d.options.map((o) => ({
        text: o.text,
        score: { ...o.score },
        ...(isCapability(o.cap) ? { cap: o.cap } : {}),
      })),
      chosen: d.chosen,
      feedback: d.options[d.chosen]?.feedback ?? null,
    })),
    scores: totalsOf(input.decisions),
    possible: input.possible ? { ...input.possible } : null,
    capabilities: capabilityTotals(input.decisions.map((d) => d.options[d.chosen])),
    capabilityPossible: input.capabilityPossible ? { ...input.capabilityPossible } : null,
    selfRating: input.selfRating ?? null,
    ending: input.ending,
    plan: input.plan ?? { role: null, actions: [] },
  });
}
