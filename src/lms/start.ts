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
  if (connection.problem) game.actions.tell('lms-resume-failed', connection.problem);
  if (connection.learnerName) game.actions.updateSettings({ learnerName: connection.learnerName });
  await game.actions.chooseLocale(launch.locale);
  const kept = connection.resume.run;
  let opened = false;
  if (kept && launch.scenarios.includes(kept.scenarioId)) {
    const module = await library.load(launch.locale, kept.scenarioId);
    const run = restoreRun(module, kept);
    if (run) {
      game.store.setState((s) => ({ runs: { ...s.runs, [kept.scenarioId]: run } }));
      await game.actions.openScenario(kept.scenarioId);
      opened = true;
    } else
      game.actions.tell(
        'lms-resume-failed',
        `the kept decisions do not replay on this version of ${kept.scenarioId}`,
      );
  }
  const first = launch.scenarios[0];
  if (!opened && launch.scenarios.length === 1 && first) await game.actions.openScenario(first);
  else if (!opened) game.actions.begin();
  const stop = observeLms(game, launch, connection.sink, { outcomes: connection.resume.outcomes });
  return { stop };
}
