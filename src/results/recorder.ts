import { MY_STORY_PREFIX } from '../content/my-stories.ts';
import type { Game } from '../state/store.ts';
import { type ActionPlan, buildResult, type LearnerResult, withSeal } from './result.ts';
import type { ResultsStore } from './results-store.ts';

export interface RecorderOptions {
  /** the clock, replaceable in tests */
  now?: () => Date;
  /** the PARR plan the result starts with (suggested from the coach's notes) */
  suggestPlan?: (result: LearnerResult) => ActionPlan | Promise<ActionPlan>;
}

/**
 * Keeps a result each time a learner reaches the end of a scored library scenario in solo
 * play. The ending cue fires only when the end is reached live, so a reload of the debrief
 * records nothing twice. Stories opened from a file ("My stories") and classroom sessions
 * (the room's result is not one learner's) are not recorded.
 */
export function recordResults(game: Game, results: ResultsStore, options: RecorderOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  return game.onCue((cue) => {
    if (cue.type !== 'ending') return;
    const state = game.store.getState();
    const scenario = state.scenario;
    const snapshot = state.snapshot;
    if (state.settings.mode !== 'solo' || !scenario || !snapshot) return;
    if (scenario.id.startsWith(MY_STORY_PREFIX) || !scenario.meta.header?.scored) return;
    const result = buildResult({
      learner: state.settings.learnerName,
      scenarioId: scenario.id,
      locale: scenario.locale,
      title: scenario.meta.header.title,
      storyHash: scenario.meta.hash,
      finishedAt: now(),
      // A scenario of Wu Di's year is timed on the year's own run.
      durationMs: (scenario.year ? state.year?.run?.activeMs : state.runs[scenario.id]?.activeMs) ?? 0,
      decisions: snapshot.decisions,
      possible: scenario.meta.possible,
      capabilityPossible: scenario.meta.capabilityPossible,
      selfRating: results.selfRating(),
      ending: cue.ending,
    });
    const withPlan = (plan: ActionPlan) => {
      const { seal: _seal, ...rest } = result;
      results.add(withSeal({ ...rest, plan }));
    };
    const plan = options.suggestPlan?.(result);
    if (!plan) results.add(result);
    else if (plan instanceof Promise) {
      // The suggestion's wording loads with the debrief; the result waits for it, and is kept
      // without a suggestion if it cannot come.
      plan.then(withPlan, () => results.add(result));
    } else withPlan(plan);
  });
}
