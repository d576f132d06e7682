import type { Game } from '../state/store.ts';
import { watch } from '../state/watch.ts';
import { KEY_MAP } from './class-keys.ts';
import { el, replaceChildren } from './dom.ts';
import { classStrings } from './i18n-class.ts';
import { linkRoomWhenNeeded } from './room-lazy.ts';

/**
 * What classroom mode lays over every screen: the blank curtain, the key map and a toast.
 * What the room's keys do is in key-router.ts.
 */
export interface ClassOverlay {
  element: HTMLElement;
  readonly blanked: boolean;
  readonly keyMapOpen: boolean;
  toggleKeyMap(): void;
  /** a short message over the room view (why a key did nothing) */
  say(text: string): void;
}

export function createClassOverlay(game: Game): ClassOverlay {
  // Pure black, as PowerPoint's B: the room reads nothing. Screen readers still hear why.
  const curtain = el('div', {
    className: 'class-curtain',
    attrs: { hidden: true, 'data-testid': 'class-curtain', role: 'status' },
  });
  const keyMap = el('div', {
    className: 'class-keymap',
    attrs: {
      hidden: true,
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'keymap-heading',
      'data-testid': 'class-keymap',
      tabindex: -1,
    },
  });
  const toast = el('p', {
    className: 'class-toast',
    attrs: { 'aria-live': 'assertive', 'data-testid': 'class-toast' },
  });
  const element = el('div', { className: 'class-overlay' }, [toast, keyMap, curtain]);
  // The join card comes with the room link, when a room first opens (ui/room-lazy.ts).
  linkRoomWhenNeeded(game, (card) => toast.after(card));
  let keyMapOpen = false;
  let toastTimer: ReturnType<typeof setTimeout> | null = null;
  let returnFocus: HTMLElement | null = null;

  const renderKeyMap = () => {
    const s = classStrings(game.store.getState().settings.locale);
    replaceChildren(
      keyMap,
      el('h2', { text: s.keyMapHeading, attrs: { id: 'keymap-heading' } }),
      el(
        'dl',
        {},
        KEY_MAP.flatMap(([keys, what]) => [
          el('dt', {}, [el('kbd', { text: keys })]),
          el('dd', { text: s.keys[what] }),
        ]),
      ),
      el('p', { className: 'hint', text: s.keyMapClose }),
    );
  };

  const overlay: ClassOverlay = {
    element,
    get blanked() {
      return game.store.getState().roomBlank;
    },
    get keyMapOpen() {
      return keyMapOpen;
    },
    toggleKeyMap() {
      keyMapOpen = !keyMapOpen;
      if (keyMapOpen) {
        renderKeyMap();
        returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      }
      keyMap.hidden = !keyMapOpen;
      // A dialog takes focus when it opens, so a screen reader reads it; focus goes back on close.
      if (keyMapOpen) keyMap.focus();
      else returnFocus?.focus();
    },
    say(text) {
      toast.textContent = text;
      toast.classList.add('shown');
      if (toastTimer) clearTimeout(toastTimer);
      toastTimer = setTimeout(() => toast.classList.remove('shown'), 3500);
    },
  };

  const showBlank = (on: boolean) => {
    curtain.hidden = !on;
    curtain.replaceChildren(
      on
        ? el('span', {
            className: 'visually-hidden',
            text: classStrings(game.store.getState().settings.locale).blanked,
          })
        : '',
    );
    document.documentElement.classList.toggle('blanked', on);
  };
  // The presenter window can blank the room too: the curtain follows the store.
  watch(game.store, (state) => state.roomBlank, showBlank, Object.is);
  watch(
    game.store,
    (state) => state.settings.mode,
    (mode) => {
      if (mode !== 'class' && keyMapOpen) overlay.toggleKeyMap();
    },
    Object.is,
  );
  // A toast speaks of the moment ("Enter plays option 1"): a vote, a new pick or a new step outdates it.
  watch(
    game.store,
    (state) => [
      state.step,
      state.selection,
      state.scenario ? state.sessions[state.scenario.id]?.votes : null,
    ],
    () => {
      if (toastTimer) clearTimeout(toastTimer);
      toast.classList.remove('shown');
    },
  );
  return overlay;
}
