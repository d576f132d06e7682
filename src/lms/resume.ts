import type { StoryModule } from '../content/story-module.ts';
import { StoryEngine } from '../narrative/engine.ts';
import { compactSnapshot } from '../narrative/saved-play.ts';
import type { Locale, RunState } from '../state/schema.ts';
import type { SuspendedRun } from './suspend.ts';

/**
 * The run an LMS kept, as the game saves runs: its choices, by authored index, replayed on the
 * package's own story, which gives back each option's words and scores. Null when the kept
 * log belongs to another version of the story or no longer replays on it.
 */
export function restoreRun(module: StoryModule, run: SuspendedRun): RunState | null {
  if (!module.hash.startsWith(run.hash)) return null;
  try {
    const engine = new StoryEngine(module.json, { optionSeed: run.optionSeed });
    engine.replay(run.choices, run.linesAfter, run.atDecision);
    return {
      scenarioId: module.id,
      locale: module.locale as Locale,
      storyHash: module.hash,
      play: compactSnapshot(engine.snapshot()),
      activeMs: run.activeMs,
    };
  } catch {
    return null;
  }
}
