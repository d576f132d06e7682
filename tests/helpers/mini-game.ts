import fs from 'node:fs';
import path from 'node:path';
import type { StoryModule } from '../../src/content/story-module.ts';
import { dispatch } from '../../src/state/commands.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { compileSource, FIXTURES } from './compile.ts';
import { fakeLibrary, moduleFrom } from './library.ts';

/** The mini fixture story, compiled as the game would load it. */
export async function miniModule(): Promise<StoryModule> {
  return moduleFrom(
    await compileSource(fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8')),
    'mini',
    'en',
  );
}

/**
 * A game on mini's first decision (facilitator note "Ask the room.", options scored S+2 BE+1
 * and more), options in authored order, alone or in the room.
 */
export async function miniAtDecision(mini: StoryModule, mode: 'solo' | 'class'): Promise<Game> {
  const game = createGame({ library: fakeLibrary([mini]), storage: memoryStore(), optionSeed: () => null });
  await game.ready;
  await game.actions.chooseLocale('en');
  if (mode === 'class') game.classroom.enter();
  await game.actions.openScenario('mini');
  for (let i = 0; i < 20 && game.store.getState().step?.kind === 'line'; i++)
    dispatch(game, { type: 'advance' });
  return game;
}
