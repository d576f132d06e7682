import type { Game, StoryLibrary } from '../state/store.ts';
import type { LmsConnection } from './connection.ts';
import type { LmsLaunch } from './launch.ts';
import { observeLms } from './observe.ts';
import { restoreRun } from './resume.ts';

export interface LmsStart {
  stop(): void;
}

/**
 * The game as the package's LMS launches it: in the package's language, under the learner's
 * LMS name, at the decision the last session reached, and reporting from then on. Kept
 * progress that cannot be used is told, and the scenario starts afresh. A package of
 * one scenario opens straight into it.
 */
export async function startLms(
  game: Game,
  library: StoryLibrary,
  launch: LmsLaunch,
  connection: LmsConnection,
): Promise<LmsStart> {
  // The language first: a notice is worded when it is told.
  await game.actions.chooseLocale(launch.locale);
  if (connection.learnerName) game.actions.updateSettings({ learnerName: connection.learnerName });
  if (connection.problem) resumeFailed(game, connection.problem);
  const kept = connection.resume.run;
  let opened = false;
  if (kept && launch.scenarios.includes(kept.scenarioId)) {
    const module = await library.load(launch.locale, kept.scenarioId);
    const run = restoreRun(module, kept);
    if (run) {
      game.store.setState((s) => ({ runs: { ...s.runs, [kept.scenarioId]: run } }));
      await game.actions.openScenario(kept.scenarioId);
      game.actions.tell('lms-resumed');
      opened = true;
    } else resumeFailed(game, `the kept decisions do not replay on this version of ${kept.scenarioId}`);
  }
  const first = launch.scenarios[0];
  if (!opened && launch.scenarios.length === 1 && first) await game.actions.openScenario(first);
  else if (!opened) game.actions.begin();
  const stop = observeLms(game, launch, connection.sink, { outcomes: connection.resume.outcomes });
  return { stop };
}

/** The learner is told in their language; the technical reason goes to the console, for the LMS's support. */
function resumeFailed(game: Game, problem: string): void {
  console.warn('The LMS kept progress that cannot be used:', problem);
  game.actions.tell('lms-resume-failed');
}
