import * as v from 'valibot';
import type {
  ChoiceOption,
  DecisionRecord,
  EngineSnapshot,
  StageContext,
  StoryLine,
  StoryStep,
} from '../narrative/engine.ts';
import { isPermutation } from '../narrative/option-order.ts';
import { ENDINGS, ROLES, type Role, type RoleScores } from '../narrative/roles.ts';
import type { SavedPlay } from '../narrative/saved-play.ts';
import { flag, listOf, maybe, number, oneOf, parseWith, recordOf, shape, text } from './schema-kit.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** solo: a learner on a laptop; class: a trainer projecting for a room */
export const MODES = ['solo', 'class'] as const;
export type Mode = (typeof MODES)[number];

export const settingsSchema = shape({
  locale: maybe(oneOf(LOCALES)),
  volume: v.pipe(number, v.minValue(0, 'between 0 and 1'), v.maxValue(1, 'between 0 and 1')),
  muted: flag,
  textSize: oneOf(TEXT_SIZES),
  /** the prologue has been seen once; later visits go straight to the menu */
  prologueSeen: v.optional(flag, false),
  /** the scenario on screen when the page was left, so a reload resumes it */
  activeScenario: maybe(text),
  // settings saved before these existed load with the defaults
  mode: v.optional(oneOf(MODES), 'solo'),
  /** the learner's name or nickname as they typed it, for their results */
  learnerName: v.optional(text, ''),
  /** default length of the room's debate at each decision (classroom mode) */
  debateSeconds: v.optional(number, 120),
  /** the scenario on screen is the one Wu Di's year is at (its run is the year's, not the solo one) */
  activeYear: v.optional(flag, false),
});
export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  volume: 0.7,
  muted: false,
  textSize: 'normal',
  prologueSeen: false,
  activeScenario: null,
  mode: 'solo',
  learnerName: '',
  debateSeconds: 120,
  activeYear: false,
};

const ending = maybe(oneOf(ENDINGS));

export const progressEntrySchema = shape({
  status: oneOf(['in-progress', 'finished']),
  bestEnding: ending,
  plays: number,
});
export type ScenarioProgress = v.InferOutput<typeof progressEntrySchema>;
export const progressSchema = recordOf(progressEntrySchema);

/** All five roles, each a number. */
export const roleScoresSchema: v.GenericSchema<unknown, RoleScores> = shape({
  S: number,
  T: number,
  R: number,
  O: number,
  BE: number,
});

/** Some roles, each a number; an unknown role is refused. */
export const partialScoresSchema: v.GenericSchema<unknown, Partial<RoleScores>> = v.pipe(
  recordOf(number),
  v.check(
    (o) => Object.keys(o).every((k) => (ROLES as readonly string[]).includes(k)),
    'roles only (S, T, R, O, BE)',
  ),
  v.transform((o) => o as Partial<Record<Role, number>>),
);

const problems = v.optional(listOf(shape({ tag: text, message: text })), []);

export const optionSchema: v.GenericSchema<unknown, ChoiceOption> = shape({
  index: number,
  text,
  score: partialScoresSchema,
  hasScore: flag,
  feedback: maybe(text),
  cap: maybe(text),
  problems,
});

const lineSchema: v.GenericSchema<unknown, StoryLine> = shape({
  text,
  speaker: maybe(text),
  mood: maybe(text),
  sfx: maybe(text),
  facilitator: maybe(text),
  ending,
  problems,
});

const choicesSchema = v.pipe(
  shape({
    kind: v.literal('choices'),
    // saves from before decision points were recorded have none; they still load
    point: v.optional(text, ''),
    options: listOf(optionSchema),
    // saves from before options were shuffled have no order: they keep authored order
    order: v.optional(listOf(number)),
    facilitator: maybe(text),
    prompt: maybe(text),
  }),
  v.forward(
    v.check(
      (s) => s.order === undefined || isPermutation(s.order, s.options.length),
      'an order of the options',
    ),
    ['order'],
  ),
  v.transform(({ order, ...rest }) => (order === undefined ? rest : { ...rest, order })),
);

export const stepSchema: v.GenericSchema<unknown, StoryStep> = v.variant(
  'kind',
  [
    shape({ kind: v.literal('line'), line: lineSchema }),
    choicesSchema,
    shape({ kind: v.literal('end'), ending }),
  ],
  'line, choices or end',
);

const contextSchema: v.GenericSchema<unknown, StageContext> = shape({
  scene: maybe(text),
  music: maybe(text),
});

const decisionSchema: v.GenericSchema<unknown, DecisionRecord> = v.pipe(
  shape({
    number,
    point: v.optional(text, ''),
    prompt: maybe(text),
    facilitator: maybe(text),
    options: listOf(optionSchema),
    chosen: number,
    stateBefore: text,
    contextBefore: contextSchema,
    linesBefore: number,
  }),
  v.forward(
    v.check((d) => d.options[d.chosen] !== undefined, 'one of the options offered'),
    ['chosen'],
  ),
);

/** An engine's whole position: what a classroom branch keeps, and what a run kept in format 1. */
export const snapshotSchema: v.GenericSchema<unknown, EngineSnapshot> = shape({
  inkState: text,
  step: stepSchema,
  context: contextSchema,
  decisions: listOf(decisionSchema),
  linesSinceDecision: number,
  lastLineText: maybe(text),
  lastFacilitator: maybe(text),
  ending,
  optionSeed: maybe(number),
});

/** What replays a run (see narrative/saved-play.ts). */
export const savedPlaySchema: v.GenericSchema<unknown, SavedPlay> = shape({
  optionSeed: maybe(number),
  choices: listOf(shape({ index: number, text, score: partialScoresSchema })),
  linesAfter: number,
  atDecision: flag,
  ended: flag,
});

export const runSchema = shape({
  scenarioId: text,
  locale: oneOf(LOCALES),
  /** hash of the compiled story the play belongs to */
  storyHash: text,
  play: savedPlaySchema,
  /** time spent playing this run so far (idle gaps left out), for the learner's result */
  activeMs: v.optional(number, 0),
});
export type RunState = v.InferOutput<typeof runSchema>;
export const runsSchema = recordOf(runSchema);

/** Runs as format 1 saved them: the engine's whole snapshot, with an ink state per decision. */
export const runsV1Schema = recordOf(
  shape({
    scenarioId: text,
    locale: oneOf(LOCALES),
    storyHash: text,
    snapshot: snapshotSchema,
    activeMs: v.optional(number, 0),
  }),
);

// The names other modules check with; each throws InvalidData with the path and what was expected.
export const checkRoleScores = (value: unknown, path: string) => parseWith(roleScoresSchema, value, path);
export const checkPartialScores = (value: unknown, path: string) =>
  parseWith(partialScoresSchema, value, path);
export const checkOption = (value: unknown, path: string) => parseWith(optionSchema, value, path);
export const checkStep = (value: unknown, path: string) => parseWith(stepSchema, value, path);
export const checkSnapshot = (value: unknown, path: string) => parseWith(snapshotSchema, value, path);
