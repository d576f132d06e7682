/**
 * The room's key map as the `?` key shows it, in the order a trainer needs it. What each key
 * does is in key-router.ts; this is its legend.
 */
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
  ['V', 'closePhones'],
  ['J', 'joinCard'],
  ['M', 'main'],
  ['B · .', 'blank'],
  ['F', 'fullscreen'],
  ['Esc', 'escape'],
  ['?', 'keys'],
] as const;

export type KeyMapEntry = (typeof KEY_MAP)[number][1];
