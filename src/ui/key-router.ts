import type { Command } from '../state/commands.ts';

/**
 * What a key press means, as data: a table per context (key → Command) and one rule that
 * picks the tables in force. Pure, so "no single key plays an option by accident" and "a
 * blank screen wakes on any key" are tested without a browser.
 *
 * The rule, in order:
 *  1. Ctrl, Alt or Meta held: the browser's.
 *  2. In the room, a held key repeating does nothing (it must not run through lines into a
 *     decision, or play one); a "next" key's repeats are swallowed.
 *  3. A dialog open (the menu): its own.
 *  4. Typing in a field: the field's.
 *  5. In the room: a blank screen wakes on any key, and that key does nothing else; an open
 *     key map closes on any key; else the room's keys for the screen and the step on it.
 *     Alone: the play screen's keys for the step on it; other screens keep their own keys.
 *  6. A focused button answers Enter and Space itself (a click): acting here too would do it
 *     twice, so those go to the button (except to wake the screen or close the key map).
 */

export interface KeyPress {
  key: string;
  /** KeyboardEvent.code: Shift+1 is "!" as a key but still "Digit1" as a code */
  code: string;
  shift: boolean;
  /** Ctrl, Alt or Meta */
  modifiers: boolean;
  /** held down, repeating */
  repeat: boolean;
  /** what has focus: a button answers Enter and Space itself, a field takes typing */
  target: 'button' | 'field' | 'other';
}

export interface KeyContext {
  mode: 'solo' | 'class';
  /** the store's screen */
  screen: string;
  /** what the story has on screen */
  step: 'line' | 'choices' | 'end' | 'none';
  /** at a decision, the authored index of each option in the order shown */
  shown: readonly number[];
  /** the option picked out (authored index), as the store holds it */
  selection: number | null;
  dialogOpen: boolean;
  blanked: boolean;
  keyMapOpen: boolean;
  onWhatIf: boolean;
}

/** A command to dispatch, a key to swallow (its default stopped, nothing done), or null: not ours. */
export type KeyOutcome = { command: Command } | 'swallow' | null;

type Binding<C, K> = K | ((press: KeyPress, ctx: C) => K | null);
/**
 * Each row: the keys (KeyboardEvent.key; DIGIT for 0–9 however typed; '*' for any key) and
 * what they do. The presenter window keeps its own table of the same kind.
 */
export type KeyTable<C = KeyContext, K = Command> = ReadonlyArray<
  readonly [keys: readonly string[], to: Binding<C, K>]
>;

/** stands for a digit key in a table */
export const DIGIT = 'digit';

const NEXT = ['PageDown', 'ArrowRight', ' ', 'Spacebar'];
const BACK = ['PageUp', 'ArrowLeft'];

/** the option shown at 1-based number `n`, by its authored index */
const shownAt = (ctx: KeyContext, n: number): number | null =>
  n >= 1 && n <= ctx.shown.length ? (ctx.shown[n - 1] ?? null) : null;

/** A digit: the code says which (Shift+2 is "@"), the key when there is no code. */
export function digitOf(press: Pick<KeyPress, 'key' | 'code'>): number | null {
  const m = /^(?:Digit|Numpad)([0-9])$/.exec(press.code) ?? /^([0-9])$/.exec(press.key);
  return m ? Number(m[1]) : null;
}

// ---- alone ----

export const SOLO_PLAY: KeyTable = [[['Escape'], { type: 'pause' }]];

export const SOLO_LINE: KeyTable = [[['Enter', ' ', 'Spacebar'], { type: 'advance' }]];

/** A digit or an arrow picks out an option; only Enter on a picked-out option decides. */
export const SOLO_CHOICES: KeyTable = [
  [
    [DIGIT],
    // alone the digit typed counts (Shift+1 is "!", not 1)
    (press, ctx) => {
      const option = /^[1-9]$/.test(press.key) ? shownAt(ctx, Number(press.key)) : null;
      return option === null ? null : { type: 'select', option };
    },
  ],
  [['ArrowDown'], { type: 'move-selection', delta: 1 }],
  [['ArrowUp'], { type: 'move-selection', delta: -1 }],
  [['Enter'], (_, ctx) => (ctx.selection === null ? null : { type: 'choose' })],
];

// ---- the room (presenter clickers send PageDown/PageUp, some B or "." to blank, F5 or Esc) ----

export const ROOM_BLANK: KeyTable = [[['*'], { type: 'blank', on: false }]];

export const ROOM_KEY_MAP_OPEN: KeyTable = [[['*'], { type: 'key-map' }]];

/** on every screen of the room */
export const ROOM_ANYWHERE: KeyTable = [
  [['?'], { type: 'key-map' }],
  [['b', 'B', '.'], { type: 'blank', on: true }],
  // a clicker's slideshow button sends F5 (or Shift+F5): full screen, not a reload
  [['f', 'F', 'F5'], { type: 'fullscreen' }],
  [['j', 'J'], { type: 'room-card' }],
];

/** in a scenario (its decisions or its debrief); elsewhere Esc belongs to the screen itself */
export const ROOM_STORY: KeyTable = [
  [['Escape'], { type: 'escape' }],
  [BACK, { type: 'previous-decision' }],
  [['m', 'M'], (_, ctx) => (ctx.onWhatIf ? { type: 'return-to-main' } : null)],
];

/** Enter only ever plays an option: one meant for the last line must not play the next decision. */
export const ROOM_LINE: KeyTable = [[NEXT, { type: 'advance' }]];

export const ROOM_CHOICES: KeyTable = [
  [['t', 'T'], { type: 'timer-toggle' }],
  [['r', 'R'], { type: 'timer-reset' }],
  [['v', 'V'], { type: 'close-phone-vote' }],
  [
    [DIGIT],
    // a digit adds a vote for the option shown under it, Shift+digit takes one back, 0 clears
    (press, ctx) => {
      const digit = digitOf(press);
      if (digit === 0) return press.shift ? null : { type: 'clear-votes' };
      const option = digit === null ? null : shownAt(ctx, digit);
      return option === null ? null : { type: 'vote', option, delta: press.shift ? -1 : 1 };
    },
  ],
  [['ArrowDown'], { type: 'move-selection', delta: 1 }],
  [['ArrowUp'], { type: 'move-selection', delta: -1 }],
  [['Enter'], { type: 'choose' }],
  // "next" at a decision must not choose: the screen says how to play one
  [NEXT, { type: 'explain-enter' }],
];

export type MapName =
  | 'none'
  | 'solo-play'
  | 'solo-line'
  | 'solo-choices'
  | 'room-blank'
  | 'room-key-map'
  | 'room-anywhere'
  | 'room-story'
  | 'room-line'
  | 'room-choices';

const TABLES: Record<MapName, readonly KeyTable[]> = {
  none: [],
  'solo-play': [SOLO_PLAY],
  'solo-line': [SOLO_PLAY, SOLO_LINE],
  'solo-choices': [SOLO_PLAY, SOLO_CHOICES],
  'room-blank': [ROOM_BLANK],
  'room-key-map': [ROOM_KEY_MAP_OPEN],
  'room-anywhere': [ROOM_ANYWHERE],
  'room-story': [ROOM_ANYWHERE, ROOM_STORY],
  'room-line': [ROOM_ANYWHERE, ROOM_STORY, ROOM_LINE],
  'room-choices': [ROOM_ANYWHERE, ROOM_STORY, ROOM_CHOICES],
};

/** Rules 3 and 5: the key map in force for the screen, the mode and what is open. */
export function activeMap(ctx: KeyContext): MapName {
  if (ctx.dialogOpen) return 'none';
  if (ctx.mode === 'class') {
    if (ctx.blanked) return 'room-blank';
    if (ctx.keyMapOpen) return 'room-key-map';
    if (ctx.screen === 'debrief') return 'room-story';
    if (ctx.screen !== 'play' || ctx.step === 'none') return 'room-anywhere';
    if (ctx.step === 'line') return 'room-line';
    if (ctx.step === 'choices') return 'room-choices';
    return 'room-story';
  }
  if (ctx.screen !== 'play') return 'none';
  if (ctx.step === 'line') return 'solo-line';
  if (ctx.step === 'choices') return 'solo-choices';
  return 'solo-play';
}

/** the keys that wake the room or close its key map even on a focused button */
const OVERRIDES_BUTTON: ReadonlySet<MapName> = new Set(['room-blank', 'room-key-map']);
/** a held "next" key in the room: swallowed, not passed to the page */
const SWALLOW_WHEN_HELD = new Set(['Enter', 'PageDown', 'ArrowRight', ' ']);

/** The first command the tables give for this key press, in the tables' order. */
export function lookUp<C, K>(tables: readonly KeyTable<C, K>[], press: KeyPress, ctx: C): K | null {
  const isDigit = digitOf(press) !== null;
  for (const table of tables) {
    for (const [keys, to] of table) {
      const hit = keys.includes('*') || keys.includes(press.key) || (isDigit && keys.includes(DIGIT));
      if (!hit) continue;
      const command =
        typeof to === 'function' ? (to as (press: KeyPress, ctx: C) => K | null)(press, ctx) : to;
      if (command) return command;
    }
  }
  return null;
}

/** The one router: what this key press does here, by the rule above. */
export function routeKey(press: KeyPress, ctx: KeyContext): KeyOutcome {
  if (press.modifiers) return null;
  if (ctx.mode === 'class' && press.repeat && !ctx.blanked) {
    return SWALLOW_WHEN_HELD.has(press.key) ? 'swallow' : null;
  }
  if (press.target === 'field') return null;
  const map = activeMap(ctx);
  const pressesButton = press.target === 'button' && (press.key === 'Enter' || press.key === ' ');
  if (pressesButton && !OVERRIDES_BUTTON.has(map)) return null;
  const command = lookUp(TABLES[map], press, ctx);
  return command ? { command } : null;
}
