import type { DecisionRecord } from '../narrative/engine.ts';
import type { Role, RoleScores } from '../narrative/roles.ts';
import { totalsOf } from '../state/scoring.ts';
import type { Game, GameState } from '../state/store.ts';
import type { LmsLaunch } from './launch.ts';
import {
  type CourseStatus,
  courseStatus,
  keepBest,
  passed,
  type ScenarioOutcome,
  scaledScore,
} from './rules.ts';
import type { Suspended, SuspendedRun } from './suspend.ts';

/** One decision, as an LMS records it (a SCORM interaction, an xAPI "answered"). */
export interface DecisionReport {
  scenarioId: string;
  /** 1-based place in the run: a decision rewound and taken again is reported again */
  number: number;
  /** the decision's place in the story, the same in both languages ("knot.0") */
  point: string;
  prompt: string | null;
  /** the option as authored */
  option: string;
  /** the option's authored index */
  index: number;
  /** every option offered, as authored (a cmi5 statement lists them) */
  options: string[];
  score: Partial<RoleScores>;
  /** from the options appearing to the choice */
  latencyMs: number;
  at: Date;
}

export interface EndReport {
  outcome: ScenarioOutcome;
  focus: Role | null;
  totals: RoleScores;
  possible: RoleScores | null;
  title: string | null;
  /** the package as a whole after this ending (a scenario's best outcome counts) */
  course: CourseStatus;
  durationMs: number;
}

/** Where the package's reports go: SCORM's API, or cmi5's LRS. */
export interface LearningRecordSink {
  decision(report: DecisionReport): void;
  ended(report: EndReport): void;
  /** what resumes the package, after every change of the run in play */
  progress(state: Suspended): void;
}

export interface ObserveOptions {
  now?: () => number;
  /** outcomes kept from earlier sessions */
  outcomes?: readonly ScenarioOutcome[];
}

const suspendedRun = (state: GameState, id: string): SuspendedRun | null => {
  const run = state.runs[id];
  if (!run || run.play.ended) return null;
  return {
    scenarioId: id,
    hash: run.storyHash.slice(0, 6),
    optionSeed: run.play.optionSeed,
    choices: run.play.choices.map((c) => c.index),
    linesAfter: run.play.linesAfter,
    atDecision: run.play.atDecision,
    activeMs: run.activeMs,
  };
};

/**
 * True when `after` is `before` with one decision more. Each state's snapshot holds copies of
 * the records, so they are compared by what was decided, not by identity.
 */
function extendsLog(before: readonly DecisionRecord[], after: readonly DecisionRecord[]): boolean {
  if (after.length !== before.length + 1) return false;
  return before.every((d, i) => {
    const a = after[i];
    return a !== undefined && a.point === d.point && a.chosen === d.chosen && a.number === d.number;
  });
}

/**
 * Turns the game's solo play of the package's scenarios into reports. Classroom play and Wu Di's
 * year are not one learner's attempt at the package, and stay out. A position restored on
 * opening (a resume) reports nothing: only decisions taken live do.
 */
export function observeLms(
  game: Game,
  launch: LmsLaunch,
  sink: LearningRecordSink,
  options: ObserveOptions = {},
) {
  const now = options.now ?? (() => Date.now());
  let outcomes: ScenarioOutcome[] = [...(options.outcomes ?? [])];
  /** the open scenario and how many decisions its log had when last seen */
  let seen: { id: string; decisions: DecisionRecord[] } | null = null;
  let shownAt: number | null = null;
  let shownPoint: string | null = null;
  let lastProgress = '';
  let activeRun: string | null = null;

  const counts = (state: GameState) =>
    state.settings.mode === 'solo' &&
    state.scenario !== null &&
    !state.scenario.year &&
    launch.scenarios.includes(state.scenario.id);

  const progress = (state: GameState) => {
    if (state.scenario && counts(state)) activeRun = state.scenario.id;
    const run = activeRun ? suspendedRun(state, activeRun) : null;
    const next: Suspended = { outcomes: [...outcomes], run };
    const key = JSON.stringify(next);
    if (key === lastProgress) return;
    lastProgress = key;
    sink.progress(next);
  };

  const onState = (state: GameState) => {
    if (!counts(state) || !state.scenario || !state.snapshot) {
      seen = null;
      shownAt = null;
      return;
    }
    const id = state.scenario.id;
    const decisions = state.snapshot.decisions;
    const step = state.step;
    if (step?.kind === 'choices' && step.point !== shownPoint) {
      shownPoint = step.point;
      shownAt = now();
    } else if (step?.kind !== 'choices') shownPoint = null;
    if (seen && seen.id === id && extendsLog(seen.decisions, decisions)) {
      const record = decisions[decisions.length - 1] as DecisionRecord;
      const option = record.options[record.chosen];
      const at = now();
      sink.decision({
        scenarioId: id,
        number: record.number,
        point: record.point,
        prompt: record.prompt,
        option: option?.text ?? '',
        index: record.chosen,
        options: record.options.map((o) => o.text),
        score: option?.score ?? {},
        latencyMs: shownAt === null ? 0 : Math.max(0, at - shownAt),
        at: new Date(at),
      });
      // The next decision's clock starts when its options show.
      if (step?.kind !== 'choices') shownAt = null;
    }
    seen = { id, decisions };
    progress(state);
  };

  const unsubscribe = game.store.subscribe(onState);
  const offCue = game.onCue((cue) => {
    if (cue.type !== 'ending') return;
    const state = game.store.getState();
    if (!counts(state) || !state.scenario || !state.snapshot) return;
    const meta = state.scenario.meta;
    const focus = meta.header?.role ?? null;
    const totals = totalsOf(state.snapshot.decisions);
    const score = scaledScore(focus, totals, meta.possible);
    const outcome: ScenarioOutcome = {
      scenarioId: state.scenario.id,
      ending: cue.ending,
      score,
      passed: passed(cue.ending, score, launch.rule),
    };
    outcomes = keepBest(outcomes, outcome);
    activeRun = null;
    sink.ended({
      outcome,
      focus,
      totals,
      possible: meta.possible,
      title: meta.header?.title ?? null,
      course: courseStatus(launch.scenarios, outcomes),
      durationMs: state.runs[state.scenario.id]?.activeMs ?? 0,
    });
    progress(state);
  });
  onState(game.store.getState());
  return () => {
    unsubscribe();
    offCue();
  };
}
