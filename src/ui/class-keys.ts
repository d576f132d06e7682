/**
 * What a key press means in classroom mode. Pure, so the rule that no single key plays an
 * option by accident is tested without a browser. Presenter clickers send PageDown/PageUp
 * (some also B or "." to blank the screen, F5 or Esc), so those carry the story.
 */
export interface ClassKeyContext {
  /** what is on screen: a line to read, a decision to debate, the debrief, or anything else */
  kind: 'line' | 'choices' | 'end' | 'other';
  optionCount: number;
  blanked: boolean;
  keyMapOpen: boolean;
  onWhatIf: boolean;
}

export interface ClassKey {
  key: string;
  /** KeyboardEvent.code: Shift+1 is "!" as a key but still "Digit1" as a code */
  code: string;
  shift: boolean;
  /** Ctrl, Alt or Meta: left to the browser */
  modifiers: boolean;
}

export type ClassKeyAction =
  | { type: 'continue' }
  | { type: 'vote'; index: number; delta: 1 | -1 }
  | { type: 'clear-votes' }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'play' }
  | { type: 'previous' }
  | { type: 'main' }
  | { type: 'timer-toggle' }
  | { type: 'timer-reset' }
  | { type: 'blank' }
  | { type: 'unblank' }
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'key-map' }
  | { type: 'close-key-map' }
  /** a "next" key at a decision: it must not choose, so the screen says how to play one */
  | { type: 'explain-enter'; optionCount: number }
  | { type: 'none' };

function digitOf(key: ClassKey): number | null {
  const m = /^(?:Digit|Numpad)([0-9])$/.exec(key.code) ?? /^([0-9])$/.exec(key.key);
  return m ? Number(m[1]) : null;
}

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', ' ', 'Spacebar']);
const BACK_KEYS = new Set(['PageUp', 'ArrowLeft']);

export function classKeyAction(key: ClassKey, ctx: ClassKeyContext): ClassKeyAction {
  if (key.modifiers) return { type: 'none' };
  // A blank screen wakes on any key, and that key does nothing else.
  if (ctx.blanked) return { type: 'unblank' };
  if (ctx.keyMapOpen) return { type: 'close-key-map' };
  const k = key.key;
  if (k === '?') return { type: 'key-map' };
  if (k === 'b' || k === 'B' || k === '.') return { type: 'blank' };
  // A clicker's slideshow button sends F5 (or Shift+F5): full screen, not a reload.
  if (k === 'f' || k === 'F' || k === 'F5') return { type: 'fullscreen' };
  // Elsewhere (the menu, the class view) Esc belongs to the screen itself.
  if (ctx.kind === 'other') return { type: 'none' };
  if (k === 'Escape') return { type: 'escape' };
  if (BACK_KEYS.has(k)) return { type: 'previous' };
  if ((k === 'm' || k === 'M') && ctx.onWhatIf) return { type: 'main' };
  // Enter only ever plays an option: an Enter meant for the last line must not play the next decision.
  if (ctx.kind === 'line') return NEXT_KEYS.has(k) ? { type: 'continue' } : { type: 'none' };
  if (ctx.kind !== 'choices') return { type: 'none' };
  if (k === 't' || k === 'T') return { type: 'timer-toggle' };
  if (k === 'r' || k === 'R') return { type: 'timer-reset' };
  const digit = digitOf(key);
  if (digit === 0) return key.shift ? { type: 'none' } : { type: 'clear-votes' };
  if (digit !== null) {
    if (digit > ctx.optionCount) return { type: 'none' };
    return { type: 'vote', index: digit - 1, delta: key.shift ? -1 : 1 };
  }
  if (k === 'ArrowDown') return { type: 'move', delta: 1 };
  if (k === 'ArrowUp') return { type: 'move', delta: -1 };
  if (k === 'Enter') return { type: 'play' };
  if (NEXT_KEYS.has(k)) return { type: 'explain-enter', optionCount: ctx.optionCount };
  return { type: 'none' };
}

/** The key map the `?` key shows, in the order a trainer needs it. */
export const KEY_MAP = [
  ['PageDown · → · Space', 'next'],
  ['PageUp · ←', 'previous'],
  ['1–9', 'vote'],
  ['Shift + 1–9', 'unvote'],
  ['0', 'clear'],
  ['↑ ↓', 'move'],
  ['Enter', 'play'],
  ['T', 'timer'],
  ['R', 'reset'],
  ['M', 'main'],
  ['B · .', 'blank'],
  ['F', 'fullscreen'],
  ['Esc', 'escape'],
  ['?', 'keys'],
] as const;

export type KeyMapEntry = (typeof KEY_MAP)[number][1];
