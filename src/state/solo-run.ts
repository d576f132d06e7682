import type { EngineSnapshot } from '../narrative/engine.ts';
import { type Ending, endingRank } from '../narrative/roles.ts';
import { compactSnapshot } from '../narrative/saved-play.ts';
import type { Locale, RunState, ScenarioProgress } from './schema.ts';

/**
 * The solo policy: a learner's play is saved as a run per scenario, and finishing one counts in
 * their progress. (The room's policy, a session with branches, is in classroom-actions.ts.)
 */
export function runAt(
  previous: RunState | undefined,
  scenario: { id: string; locale: Locale; hash: string },
  snapshot: EngineSnapshot,
  activeMsGained: number,
): RunState {
  return {
    scenarioId: scenario.id,
    locale: scenario.locale,
    storyHash: scenario.hash,
    // what replays the run, not an ink state per decision: a whole scenario stays a few KB
    play: compactSnapshot(snapshot),
    activeMs: (previous?.activeMs ?? 0) + activeMsGained,
  };
}

/** Opening a scenario marks it in progress, unless it was finished before. */
export function progressOnOpen(previous: ScenarioProgress | undefined): ScenarioProgress | null {
  return previous?.status === 'finished' ? null : { status: 'in-progress', bestEnding: null, plays: 0 };
}

/** Finishing keeps the best ending ever reached and counts the play. */
export function progressOnEnd(
  previous: ScenarioProgress | undefined,
  ending: Ending | null,
): ScenarioProgress {
  const best =
    previous && endingRank(previous.bestEnding) > endingRank(ending) ? previous.bestEnding : ending;
  return { status: 'finished', bestEnding: best, plays: (previous?.plays ?? 0) + 1 };
}

/** A pause longer than this is not counted as time spent playing (a learner left for lunch). */
export const IDLE_GAP_MS = 5 * 60 * 1000;

/** Time spent playing since the last step, idle gaps left out. */
export function playClock(now: () => number): () => number {
  let last: number | null = null;
  return () => {
    const t = now();
    const gap = last === null ? 0 : t - last;
    last = t;
    return gap > 0 && gap <= IDLE_GAP_MS ? gap : 0;
  };
}
