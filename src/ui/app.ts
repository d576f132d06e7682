import { shallow } from 'zustand/vanilla/shallow';
import type { MyStories } from '../content/my-stories.ts';
import type { World } from '../content/world.ts';
import type { ClassResults } from '../results/class-results.ts';
import type { ResultsStore } from '../results/results-store.ts';
import { afterNextPaint } from '../schedule.ts';
import type { Game, GameState, StoryLibrary } from '../state/store.ts';
import { createClassOverlay } from './class-overlay.ts';
import type { Screen, UiContext } from './context.ts';
import { el } from './dom.ts';
import { listenForKeys } from './key-listener.ts';
import { lazyScreen } from './lazy-screen.ts';
import { mapsScreen } from './maps.ts';
import { menuScreen } from './menu.ts';
import { createNotices } from './notices.ts';
import { createPauseDialog } from './pause.ts';
import { playScreen } from './play.ts';
import { prologueScreen } from './prologue.ts';
import { titleScreen } from './title.ts';

const TEXT_SCALE = { normal: 1, large: 1.15, xlarge: 1.3 } as const;

export interface UiHandle {
  /** the story list changed (dev server): rebuild the menu */
  refresh(): void;
}

/** Mounts the DOM interface over the stage and keeps it in step with the store. */
export function mountUi(
  root: HTMLElement,
  game: Game,
  sources: {
    library: () => StoryLibrary;
    worlds: () => Record<string, World>;
    myStories: MyStories;
    results: ResultsStore;
    classResults: ClassResults;
  },
): UiHandle {
  const pause = createPauseDialog(game);
  const notices = createNotices(game);
  const screenHost = el('div', { className: 'screen-host' });
  const inScenario = () => ['play', 'debrief'].includes(game.store.getState().screen);
  const classOverlay = createClassOverlay(game);
  root.append(screenHost, notices.element, classOverlay.element, pause.element);
  listenForKeys(game, {
    overlay: classOverlay,
    dialogOpen: () => pause.element.open,
    openPause: () => pause.open({ inScenario: inScenario() }),
  });

  const ctx: UiContext = {
    game,
    library: sources.library,
    worlds: sources.worlds,
    myStories: sources.myStories,
    results: sources.results,
    classResults: sources.classResults,
    openPause: (options = { inScenario: true }) => pause.open(options),
    classOverlay,
  };

  let screen: Screen | null = null;
  let screenKey: readonly unknown[] = [];

  const build = (state: GameState): Screen => {
    switch (state.screen) {
      case 'title':
        return titleScreen(ctx, state);
      case 'prologue':
        return prologueScreen(ctx, state);
      case 'menu':
        return menuScreen(ctx, state);
      case 'play':
        // The room's screens load only for a trainer.
        return state.settings.mode === 'class'
          ? lazyScreen(() => import('./classroom.ts').then((m) => m.classroomScreen), ctx, state)
          : playScreen(ctx, state);
      case 'debrief':
        // The debrief loads at the end of a scenario, not with the title screen.
        return state.settings.mode === 'class'
          ? lazyScreen(() => import('./class-debrief.ts').then((m) => m.classDebriefScreen), ctx, state)
          : lazyScreen(() => import('./debrief.ts').then((m) => m.debriefScreen), ctx, state);
      case 'glossary':
        // Two languages of terms and concepts: loaded when first opened, not with the title.
        return lazyScreen(() => import('./glossary.ts').then((m) => m.glossaryScreen), ctx, state);
      case 'maps':
        return mapsScreen(ctx, state);
      case 'profile':
        return lazyScreen(() => import('./profile/view.ts').then((m) => m.profileScreen), ctx, state);
      case 'self-assessment':
        return lazyScreen(
          () => import('./self-assessment.ts').then((m) => m.selfAssessmentScreen),
          ctx,
          state,
        );
      case 'class-view':
        return lazyScreen(() => import('./class-view/view.ts').then((m) => m.classViewScreen), ctx, state);
      case 'year':
        return lazyScreen(() => import('./year/view.ts').then((m) => m.yearScreen), ctx, state);
    }
  };

  /** What decides which screen is built: when any of it changes, the screen is built anew. */
  const keyOf = (state: GameState): readonly unknown[] => [
    state.screen,
    state.settings.locale,
    state.settings.mode,
    // The room's debrief is redrawn when the trainer opens another branch.
    state.screen === 'debrief' && state.scenario ? (state.sessions[state.scenario.id]?.current ?? '') : '',
    // A new version of the story redraws the scenario's screens; so do points possible
    // arriving late for the debrief (dev server).
    state.screen === 'play' || state.screen === 'debrief' ? state.scenario?.meta.hash : '',
    state.screen === 'debrief' ? state.scenario?.meta.possible : null,
    // Wu Di's year: its step and debrief are drawn anew as the year moves on.
    state.screen === 'year' ? `${state.year?.phase ?? ''}:${state.year?.current ?? ''}` : '',
  ];

  const render = (state: GameState, previous: GameState, force = false) => {
    const html = document.documentElement;
    html.lang = state.settings.locale ?? 'en';
    html.style.setProperty('--text-scale', String(TEXT_SCALE[state.settings.textSize]));
    html.dataset.screen = state.screen;
    html.dataset.mode = state.settings.mode;
    notices.update(state);
    const key = keyOf(state);
    if (force || !shallow(key, screenKey) || !screen) {
      screen?.destroy?.();
      screenKey = key;
      screen = build(state);
      screenHost.replaceChildren(screen.root);
      if (pause.element.open) return;
      // The first screen takes focus after the first frame: focusing forces a layout, which here
      // would join the script's own run in one long task before anything is painted.
      if (previous === state && !force) focusAfterFirstFrame(screen);
      else screen.focus();
      return;
    }
    screen.update(state, previous);
  };

  const focusAfterFirstFrame = (first: Screen) =>
    afterNextPaint(() => {
      // unless the player has already clicked or tabbed somewhere, or the screen is gone
      if (screen === first && (document.activeElement === null || document.activeElement === document.body))
        first.focus();
    });

  const initial = game.store.getState();
  render(initial, initial);
  game.store.subscribe((state, previous) => render(state, previous));
  // The menu also lists progress, which changes without the screen changing.
  return {
    refresh() {
      const state = game.store.getState();
      render(state, state, true);
    },
  };
}
