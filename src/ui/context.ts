import type { MyStories } from '../content/my-stories.ts';
import type { World } from '../content/world.ts';
import type { ClassResults } from '../results/class-results.ts';
import type { ResultsStore } from '../results/results-store.ts';
import type { Locale } from '../state/schema.ts';
import type { Game, GameState, StoryLibrary } from '../state/store.ts';
import type { ClassOverlay } from './class-overlay.ts';
import { type Strings, strings } from './i18n.ts';

export interface UiContext {
  game: Game;
  library(): StoryLibrary;
  worlds(): Record<string, World>;
  myStories: MyStories;
  /** the learner's finished scenarios and the class figures, kept in this browser */
  results: ResultsStore;
  /** the class a trainer has loaded into the class view */
  classResults: ClassResults;
  openPause(options?: { inScenario: boolean }): void;
  /** the blank curtain and key map of classroom mode */
  classOverlay?: ClassOverlay;
}

export interface Screen {
  root: HTMLElement;
  update(state: GameState, previous: GameState): void;
  /** where keyboard focus goes when the screen appears */
  focus(): void;
  destroy?(): void;
}

export function localeOf(state: GameState): Locale {
  return state.settings.locale ?? 'en';
}

export function t(state: GameState): Strings {
  return strings(state.settings.locale);
}
