import type {
  ChoiceOption,
  DecisionRecord,
  EngineSnapshot,
  StageContext,
  StoryLine,
  StoryStep,
} from '../narrative/engine.ts';
import { isPermutation } from '../narrative/option-order.ts';
import { ENDINGS, ROLES, type RoleScores } from '../narrative/roles.ts';
import type { TagProblem } from '../narrative/tags.ts';
import { arrayOf, bool, type Check, fail, nullable, num, obj, oneOf, recordOf, str } from './validate.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** solo: a learner on a laptop; class: a trainer projecting for a room */
export const MODES = ['solo', 'class'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  locale: Locale | null;
  volume: number;
  muted: boolean;
  textSize: TextSize;
  /** the prologue has been seen once; later visits go straight to the menu */
  prologueSeen: boolean;
  /** the scenario on screen when the page was left, so a reload resumes it */
  activeScenario: string | null;
  mode: Mode;
  /** the learner's name or nickname as they typed it, for their results */
  learnerName: string;
  /** default length of the room's debate at each decision (classroom mode) */
  debateSeconds: number;
}

export interface ScenarioProgress {
  status: 'in-progress' | 'finished';
  bestEnding: (typeof ENDINGS)[number] | null;
  plays: number;
}

export interface RunState {
  scenarioId: string;
  locale: Locale;
  /** hash of the compiled story the snapshot belongs to */
  storyHash: string;
  snapshot: EngineSnapshot;
  /** time spent playing this run so far (idle gaps left out), for the learner's result */
  activeMs: number;
}

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
};

const ending = nullable(oneOf(ENDINGS));

export const checkSettings: Check<Settings> = (v, p) => {
  const o = obj(v, p);
  const volume = num(o.volume, `${p}.volume`);
  if (volume < 0 || volume > 1) fail(`${p}.volume`, 'between 0 and 1');
  return {
    locale: nullable(oneOf(LOCALES))(o.locale, `${p}.locale`),
    volume,
    muted: bool(o.muted, `${p}.muted`),
    textSize: oneOf(TEXT_SIZES)(o.textSize, `${p}.textSize`),
    prologueSeen: o.prologueSeen === undefined ? false : bool(o.prologueSeen, `${p}.prologueSeen`),
    activeScenario: nullable(str)(o.activeScenario, `${p}.activeScenario`),
    // settings saved before these existed load with the defaults
    mode: o.mode === undefined ? 'solo' : oneOf(MODES)(o.mode, `${p}.mode`),
    learnerName: o.learnerName === undefined ? '' : str(o.learnerName, `${p}.learnerName`),
    debateSeconds:
      o.debateSeconds === undefined
        ? DEFAULT_SETTINGS.debateSeconds
        : num(o.debateSeconds, `${p}.debateSeconds`),
  };
};

export const checkProgress: Check<Record<string, ScenarioProgress>> = recordOf((v, p) => {
  const o = obj(v, p);
  return {
    status: oneOf(['in-progress', 'finished'] as const)(o.status, `${p}.status`),
    bestEnding: ending(o.bestEnding, `${p}.bestEnding`),
    plays: num(o.plays, `${p}.plays`),
  };
});

/** All five roles, each a number. */
export const checkRoleScores: Check<RoleScores> = (v, p) => {
  const o = obj(v, p);
  const out = {} as RoleScores;
  for (const role of ROLES) out[role] = num(o[role], `${p}.${role}`);
  return out;
};

/** Some roles, each a number; an unknown role is refused. */
export const checkPartialScores: Check<Partial<RoleScores>> = (v, p) => {
  const o = obj(v, p);
  const out: Partial<RoleScores> = {};
  for (const [k, n] of Object.entries(o)) {
    if (!(ROLES as readonly string[]).includes(k)) fail(`${p}.${k}`, 'a role (S, T, R, O, BE)');
    out[k as keyof RoleScores] = num(n, `${p}.${k}`);
  }
  return out;
};

const checkProblems: Check<TagProblem[]> = arrayOf((v, p) => {
  const o = obj(v, p);
  return { tag: str(o.tag, `${p}.tag`), message: str(o.message, `${p}.message`) };
});

export const checkOption: Check<ChoiceOption> = (v, p) => {
  const o = obj(v, p);
  return {
    index: num(o.index, `${p}.index`),
    text: str(o.text, `${p}.text`),
    score: checkPartialScores(o.score, `${p}.score`),
    hasScore: bool(o.hasScore, `${p}.hasScore`),
    feedback: nullable(str)(o.feedback, `${p}.feedback`),
    cap: nullable(str)(o.cap, `${p}.cap`),
    problems: checkProblems(o.problems ?? [], `${p}.problems`),
  };
};

const checkLine: Check<StoryLine> = (v, p) => {
  const o = obj(v, p);
  return {
    text: str(o.text, `${p}.text`),
    speaker: nullable(str)(o.speaker, `${p}.speaker`),
    mood: nullable(str)(o.mood, `${p}.mood`),
    sfx: nullable(str)(o.sfx, `${p}.sfx`),
    facilitator: nullable(str)(o.facilitator, `${p}.facilitator`),
    ending: ending(o.ending, `${p}.ending`),
    problems: checkProblems(o.problems ?? [], `${p}.problems`),
  };
};

function checkOrder(v: unknown, p: string, count: number): number[] {
  const order = arrayOf(num)(v, p);
  return isPermutation(order, count) ? order : fail(p, `an order of the ${count} options`);
}

export const checkStep: Check<StoryStep> = (v, p) => {
  const o = obj(v, p);
  switch (o.kind) {
    case 'line':
      return { kind: 'line', line: checkLine(o.line, `${p}.line`) };
    case 'choices': {
      const options = arrayOf(checkOption)(o.options, `${p}.options`);
      return {
        kind: 'choices',
        // saves from before decision points were recorded have none; they still load
        point: o.point === undefined ? '' : str(o.point, `${p}.point`),
        options,
        // saves from before options were shuffled have no order: they keep authored order
        ...(o.order === undefined ? {} : { order: checkOrder(o.order, `${p}.order`, options.length) }),
        facilitator: nullable(str)(o.facilitator, `${p}.facilitator`),
        prompt: nullable(str)(o.prompt, `${p}.prompt`),
      };
    }
    case 'end':
      return { kind: 'end', ending: ending(o.ending, `${p}.ending`) };
    default:
      return fail(`${p}.kind`, 'line, choices or end');
  }
};

const checkContext: Check<StageContext> = (v, p) => {
  const o = obj(v, p);
  return { scene: nullable(str)(o.scene, `${p}.scene`), music: nullable(str)(o.music, `${p}.music`) };
};

const checkDecision: Check<DecisionRecord> = (v, p) => {
  const o = obj(v, p);
  const options = arrayOf(checkOption)(o.options, `${p}.options`);
  const chosen = num(o.chosen, `${p}.chosen`);
  if (!options[chosen]) fail(`${p}.chosen`, 'one of the options offered');
  return {
    number: num(o.number, `${p}.number`),
    point: o.point === undefined ? '' : str(o.point, `${p}.point`),
    prompt: nullable(str)(o.prompt, `${p}.prompt`),
    facilitator: nullable(str)(o.facilitator, `${p}.facilitator`),
    options,
    chosen,
    stateBefore: str(o.stateBefore, `${p}.stateBefore`),
    contextBefore: checkContext(o.contextBefore, `${p}.contextBefore`),
    linesBefore: num(o.linesBefore, `${p}.linesBefore`),
  };
};

export const checkSnapshot: Check<EngineSnapshot> = (v, p) => {
  const o = obj(v, p);
  return {
    inkState: str(o.inkState, `${p}.inkState`),
    step: checkStep(o.step, `${p}.step`),
    context: checkContext(o.context, `${p}.context`),
    decisions: arrayOf(checkDecision)(o.decisions, `${p}.decisions`),
    linesSinceDecision: num(o.linesSinceDecision, `${p}.linesSinceDecision`),
    lastLineText: nullable(str)(o.lastLineText, `${p}.lastLineText`),
    lastFacilitator: nullable(str)(o.lastFacilitator, `${p}.lastFacilitator`),
    ending: ending(o.ending, `${p}.ending`),
    optionSeed: nullable(num)(o.optionSeed, `${p}.optionSeed`),
  };
};

export const checkRuns: Check<Record<string, RunState>> = recordOf((v, p) => {
  const o = obj(v, p);
  return {
    scenarioId: str(o.scenarioId, `${p}.scenarioId`),
    locale: oneOf(LOCALES)(o.locale, `${p}.locale`),
    storyHash: str(o.storyHash, `${p}.storyHash`),
    snapshot: checkSnapshot(o.snapshot, `${p}.snapshot`),
    activeMs: o.activeMs === undefined ? 0 : num(o.activeMs, `${p}.activeMs`),
  };
});
