import { currentBranch } from '../classroom/session.ts';
import { shownOrder } from '../narrative/option-order.ts';
import { type Command, dispatch, type ShellCommand } from '../state/commands.ts';
import { optionToPlay } from '../state/selection.ts';
import type { Game, GameState } from '../state/store.ts';
import type { ClassOverlay } from './class-overlay.ts';
import { classStrings } from './i18n-class.ts';
import { type KeyContext, type KeyPress, routeKey } from './key-router.ts';

/** What the window on screen offers the keys beyond the game's own state. */
export interface KeyShell {
  overlay: ClassOverlay;
  /** the menu (a modal dialog) is open: the keys are its own */
  dialogOpen(): boolean;
  openPause(): void;
}

export function keyContext(state: GameState, shell: Pick<KeyShell, 'overlay' | 'dialogOpen'>): KeyContext {
  const step = state.step;
  const session =
    state.settings.mode === 'class' && state.scenario ? state.sessions[state.scenario.id] : undefined;
  return {
    mode: state.settings.mode,
    screen: state.screen,
    step: step?.kind ?? 'none',
    shown: step?.kind === 'choices' ? shownOrder(step) : [],
    selection: state.selection,
    dialogOpen: shell.dialogOpen(),
    blanked: state.roomBlank,
    keyMapOpen: shell.overlay.keyMapOpen,
    onWhatIf: session ? currentBranch(session).kind === 'what-if' : false,
  };
}

function pressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const tag = target?.tagName ?? '';
  return {
    key: event.key,
    code: event.code,
    shift: event.shiftKey,
    modifiers: event.ctrlKey || event.metaKey || event.altKey,
    repeat: event.repeat,
    target: tag === 'BUTTON' ? 'button' : ['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) ? 'field' : 'other',
  };
}

const leaveFullscreen = () => void document.exitFullscreen().catch(() => {});

/**
 * The one keydown listener: the router says which command a key press is, and it is
 * dispatched like a click or a presenter's message. Returns a function that stops listening.
 */
export function listenForKeys(game: Game, shell: KeyShell): () => void {
  const runShell = (command: ShellCommand) => {
    switch (command.type) {
      case 'pause':
        shell.openPause();
        return;
      case 'escape':
        if (document.fullscreenElement) leaveFullscreen();
        else shell.openPause();
        return;
      case 'fullscreen':
        if (document.fullscreenElement) leaveFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => {});
        return;
      case 'key-map':
        shell.overlay.toggleKeyMap();
        return;
      case 'explain-enter': {
        const state = game.store.getState();
        const session = state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
        const step = state.step;
        const option = optionToPlay(step, state.selection, session);
        const n = step?.kind === 'choices' && option !== null ? shownOrder(step).indexOf(option) + 1 : 1;
        shell.overlay.say(classStrings(state.settings.locale).enterToPlay(n));
        return;
      }
    }
  };
  const run = (command: Command) => dispatch(game, command, runShell);
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const outcome = routeKey(pressOf(event), keyContext(game.store.getState(), shell));
    if (!outcome) return;
    event.preventDefault();
    if (outcome !== 'swallow') run(outcome.command);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
