import type { Game } from './store.ts';

/**
 * Everything a player, a trainer or the presenter window can ask of the game, as data. Keys,
 * clicks and the presenter's messages all become a Command and go through `dispatch`, so one
 * table says what each input does and the game's own rules still decide whether it may.
 * Options are named by their authored index (as the story counts them), never by where they
 * stood on screen: key maps turn "the second option shown" into an option before dispatch.
 */
export type Command =
  // the story
  /** the next line; nothing unless a line is on screen */
  | { type: 'advance' }
  /** decide: the option named, or without one the option to play (the selection's rule) */
  | { type: 'choose'; option?: number }
  /** pick out an option at the decision on screen */
  | { type: 'select'; option: number }
  /** Up (-1) or Down (+1) through the options as shown */
  | { type: 'move-selection'; delta: 1 | -1 }
  // the room (classroom mode; elsewhere these change nothing)
  | { type: 'vote'; option: number; delta: 1 | -1 }
  | { type: 'clear-votes' }
  | { type: 'timer-toggle' }
  | { type: 'timer-reset' }
  /** back to the previous decision, as a what-if */
  | { type: 'previous-decision' }
  /** decision `number` of a branch: a what-if from it, or the branch resumed where it stands */
  | { type: 'go-to'; branch: string; number: number }
  | { type: 'return-to-main' }
  /** blank the projected screen, or bring it back */
  | { type: 'blank'; on: boolean }
  /** phones can no longer vote at the decision on screen */
  | { type: 'close-phone-vote' }
  /** show or hide the join card (QR code and room code) */
  | { type: 'room-card' }
  // the window's own (no game state: the shell carries them out)
  | ShellCommand;

/** What only the window on screen can do: open its menu, go full screen, show the keys. */
export type ShellCommand =
  | { type: 'pause' }
  /** leave full screen if in it, else open the menu */
  | { type: 'escape' }
  | { type: 'fullscreen' }
  /** show or hide the room's key map */
  | { type: 'key-map' }
  /** a "next" key at a decision: say that Enter plays one */
  | { type: 'explain-enter' };

const SHELL_TYPES: ReadonlySet<Command['type']> = new Set<ShellCommand['type']>([
  'pause',
  'escape',
  'fullscreen',
  'key-map',
  'explain-enter',
]);

export function isShellCommand(command: Command): command is ShellCommand {
  return SHELL_TYPES.has(command.type);
}

/** The commands that change the game: the ones another window (the presenter) may send. */
export type GameCommand = Exclude<Command, ShellCommand>;

/** The action each game command goes to; the game's rules decide the rest. */
const HANDLERS: { [T in GameCommand['type']]: (game: Game, command: Extract<Command, { type: T }>) => void } =
  {
    // "next" never decides: at a decision, or at the end, it does nothing
    advance: (g) => g.store.getState().step?.kind === 'line' && g.actions.advance(),
    choose: (g, c) => g.actions.choose(c.option),
    select: (g, c) => g.actions.select(c.option),
    'move-selection': (g, c) => g.actions.moveSelection(c.delta),
    vote: (g, c) => g.classroom.vote(c.option, c.delta),
    'clear-votes': (g) => g.classroom.clearVotes(),
    'timer-toggle': (g) => g.classroom.toggleTimer(),
    'timer-reset': (g) => g.classroom.resetTimer(),
    'previous-decision': (g) => g.classroom.previousDecision(),
    'go-to': (g, c) => g.classroom.goTo(c.branch, c.number),
    'return-to-main': (g) => g.classroom.returnToMain(),
    blank: (g, c) => g.classroom.setBlank(c.on),
    'close-phone-vote': (g) => g.classroom.closePhoneVote(),
    'room-card': (g) => g.classroom.toggleRoomCard(),
  };

/**
 * Carries out a command. The game's commands go to its actions; the shell's go to `shell`
 * (the DOM window), and without one (in Node, or from another window) they change nothing.
 */
export function dispatch(game: Game, command: Command, shell?: (command: ShellCommand) => void): void {
  if (isShellCommand(command)) shell?.(command);
  else (HANDLERS[command.type] as (game: Game, command: GameCommand) => void)(game, command);
}
