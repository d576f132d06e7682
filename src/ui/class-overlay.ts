import { currentBranch, openPosition, selectedOption, tallyAt } from '../classroom/session.ts';
import { authoredAt, positionOf } from '../narrative/option-order.ts';
import type { Game, GameState } from '../state/store.ts';
import { type ClassKeyContext, classKeyAction, KEY_MAP } from './class-keys.ts';
import { el, replaceChildren } from './dom.ts';
import { classStrings } from './i18n-class.ts';

/**
 * What classroom mode lays over every screen: the blank curtain, the key map and full screen,
 * and the keys that work the same everywhere in the room. The play screen adds the decision's
 * own keys through `handleClassKey`.
 */
export interface ClassOverlay {
  element: HTMLElement;
  readonly blanked: boolean;
  readonly keyMapOpen: boolean;
  toggleKeyMap(): void;
  /** a short message over the room view (why a key did nothing) */
  say(text: string): void;
}

export function createClassOverlay(game: Game, openPause: () => void): ClassOverlay {
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
    },
  });
  const toast = el('p', {
    className: 'class-toast',
    attrs: { 'aria-live': 'assertive', 'data-testid': 'class-toast' },
  });
  const element = el('div', { className: 'class-overlay' }, [toast, keyMap, curtain]);
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
      if (!keyMapOpen) returnFocus?.focus();
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
  const setBlank = (on: boolean) => game.classroom.setBlank(on);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  const onKey = (event: KeyboardEvent) => {
    const state = game.store.getState();
    if (state.settings.mode !== 'class' || event.defaultPrevented) return;
    // A held key repeats: it must not run through lines into a decision, or play one.
    if (event.repeat && !game.store.getState().roomBlank) {
      if (['Enter', 'PageDown', 'ArrowRight', ' '].includes(event.key)) event.preventDefault();
      return;
    }
    if (document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    const action = classKeyAction(
      {
        key: event.key,
        code: event.code,
        shift: event.shiftKey,
        modifiers: event.ctrlKey || event.metaKey || event.altKey,
      },
      contextOf(state, overlay),
    );
    // A focused button answers Enter and Space itself; acting here too would do it twice.
    if (target?.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) {
      if (action.type !== 'unblank' && action.type !== 'close-key-map') return;
    }
    if (action.type === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    const c = game.classroom;
    switch (action.type) {
      case 'unblank':
        setBlank(false);
        break;
      case 'blank':
        setBlank(true);
        break;
      case 'key-map':
      case 'close-key-map':
        overlay.toggleKeyMap();
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'escape':
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else openPause();
        return;
      case 'continue':
        game.actions.advance();
        break;
      case 'previous':
        c.previousDecision();
        break;
      case 'main':
        c.returnToMain();
        break;
      case 'vote': {
        // digits count options as the room sees them; votes are kept per authored option
        const step = state.step;
        const index = step?.kind === 'choices' ? authoredAt(step, action.index) : null;
        if (index !== null) c.vote(index, action.delta);
        break;
      }
      case 'clear-votes':
        c.clearVotes();
        break;
      case 'move':
        c.moveSelection(action.delta);
        break;
      case 'play':
        c.playSelected();
        break;
      case 'timer-toggle':
        c.toggleTimer();
        break;
      case 'timer-reset':
        c.resetTimer();
        break;
      case 'explain-enter': {
        const session = state.scenario ? state.sessions[state.scenario.id] : undefined;
        const counts = session
          ? tallyAt(session, openPosition(currentBranch(session).snapshot), action.optionCount)
          : [];
        const step = state.step;
        const n =
          session && step?.kind === 'choices' ? positionOf(step, selectedOption(session, counts)) + 1 : 1;
        overlay.say(classStrings(state.settings.locale).enterToPlay(n));
        break;
      }
    }
  };
  // Capture: the room's keys win over the solo play screen's, which classroom mode replaces.
  document.addEventListener('keydown', onKey, { capture: true });
  game.store.subscribe((state, previous) => {
    // The presenter window can blank the room too: the curtain follows the store.
    if (state.roomBlank !== previous.roomBlank) showBlank(state.roomBlank);
    if (state.settings.mode !== 'class' && keyMapOpen) overlay.toggleKeyMap();
  });
  return overlay;
}

function contextOf(state: GameState, overlay: ClassOverlay): ClassKeyContext {
  const session = state.scenario ? state.sessions[state.scenario.id] : undefined;
  const step = state.step;
  const inStory = state.screen === 'play' || state.screen === 'debrief';
  const kind: ClassKeyContext['kind'] = !inStory
    ? 'other'
    : state.screen === 'debrief' || step?.kind === 'end'
      ? 'end'
      : step?.kind === 'choices'
        ? 'choices'
        : step?.kind === 'line'
          ? 'line'
          : 'other';
  return {
    kind,
    optionCount: step?.kind === 'choices' ? step.options.length : 0,
    blanked: overlay.blanked,
    keyMapOpen: overlay.keyMapOpen,
    onWhatIf: session ? currentBranch(session).kind === 'what-if' : false,
  };
}
