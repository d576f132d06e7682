import type { StoreApi } from 'zustand/vanilla';
import type { Settings } from './schema.ts';

export type Screen =
  | 'title'
  | 'prologue'
  | 'menu'
  | 'play'
  | 'debrief'
  | 'glossary'
  | 'maps'
  | 'profile'
  | 'class-view'
  /** Wu Di's year: the step between two of its scenarios, or the year's debrief */
  | 'year';

/** Screens opened from anywhere that lead back to where they were opened from. */
export type ReferenceScreen = 'glossary' | 'maps' | 'profile' | 'class-view';
const REFERENCE_SCREENS: readonly Screen[] = ['glossary', 'maps', 'profile', 'class-view'];

/** The router slice: which screen is up, and where "back" leads from a reference screen. */
export interface RouterSlice {
  screen: Screen;
  returnTo: Screen;
}

export interface RouterActions {
  begin(): void;
  showPrologue(): void;
  finishPrologue(): void;
  /** the learner's profile, the trainer's class view, the glossary, the branch maps */
  show(screen: ReferenceScreen): void;
  goBack(): void;
}

type RouterHost = RouterSlice & { settings: Settings; scenario: unknown };

export function createRouter(store: StoreApi<RouterHost>): RouterActions {
  return {
    begin() {
      store.setState((s) => ({ screen: s.settings.prologueSeen ? 'menu' : 'prologue' }));
    },
    showPrologue() {
      store.setState({ screen: 'prologue' });
    },
    finishPrologue() {
      store.setState((s) => ({ screen: 'menu', settings: { ...s.settings, prologueSeen: true } }));
    },
    show(screen) {
      const s = store.getState();
      if (s.screen === screen) return;
      // From one reference screen to another, "back" still leads to where the first was opened.
      store.setState({ screen, returnTo: REFERENCE_SCREENS.includes(s.screen) ? s.returnTo : s.screen });
    },
    goBack() {
      const s = store.getState();
      const back =
        s.returnTo === 'play' || s.returnTo === 'debrief' ? (s.scenario ? s.returnTo : 'menu') : s.returnTo;
      store.setState({ screen: REFERENCE_SCREENS.includes(back) ? 'menu' : back });
    },
  };
}
