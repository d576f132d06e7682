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
  | 'self-assessment'
  | 'class-view'
  /** Wu Di's year: the step between two of its scenarios, or the year's debrief */
  | 'year';

/** Screens opened from anywhere that lead back to where they were opened from. */
export type ReferenceScreen = 'glossary' | 'maps' | 'profile' | 'self-assessment' | 'class-view';
const REFERENCE_SCREENS: readonly Screen[] = ['glossary', 'maps', 'profile', 'self-assessment', 'class-view'];
const isReference = (screen: Screen): screen is ReferenceScreen => REFERENCE_SCREENS.includes(screen);

/** The router slice: which screen is up, and where "back" leads from a reference screen. */
export interface RouterSlice {
  screen: Screen;
  returnTo: Screen;
  /**
   * the reference screen the self-assessment was opened from (the profile), where its "back"
   * and "save" return; null otherwise
   */
  returnVia: ReferenceScreen | null;
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
      const from = s.screen;
      // The self-assessment is a step inside the profile: it returns there, and the profile's
      // own "back" still leads to where the profile was opened.
      if (screen === 'self-assessment' && isReference(from)) {
        store.setState({ screen, returnVia: from });
        return;
      }
      // From one reference screen to another, "back" still leads to where the first was opened.
      store.setState({ screen, returnTo: isReference(from) ? s.returnTo : from, returnVia: null });
    },
    goBack() {
      const s = store.getState();
      if (s.screen === 'self-assessment' && s.returnVia) {
        store.setState({ screen: s.returnVia, returnVia: null });
        return;
      }
      const back =
        s.returnTo === 'play' || s.returnTo === 'debrief' ? (s.scenario ? s.returnTo : 'menu') : s.returnTo;
      store.setState({ screen: REFERENCE_SCREENS.includes(back) ? 'menu' : back });
    },
  };
}
