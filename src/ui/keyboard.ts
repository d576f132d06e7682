/**
 * What a key press means on the play screen. Pure, so the "one stray key commits nothing"
 * rule is tested without a browser.
 */
export type PlayKeyContext =
  | { kind: 'line' }
  | { kind: 'choices'; optionCount: number; selected: number | null }
  | { kind: 'other' };

export type PlayKeyAction =
  | { type: 'continue' }
  | { type: 'select'; index: number }
  | { type: 'confirm'; index: number }
  | { type: 'pause' }
  | { type: 'none' };

export function playKeyAction(key: string, ctx: PlayKeyContext, modifiers = false): PlayKeyAction {
  if (modifiers) return { type: 'none' };
  if (key === 'Escape') return { type: 'pause' };
  if (ctx.kind === 'line') {
    return key === 'Enter' || key === ' ' || key === 'Spacebar' ? { type: 'continue' } : { type: 'none' };
  }
  if (ctx.kind !== 'choices') return { type: 'none' };
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    return index < ctx.optionCount ? { type: 'select', index } : { type: 'none' };
  }
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const step = key === 'ArrowDown' ? 1 : -1;
    const from = ctx.selected ?? (step === 1 ? -1 : ctx.optionCount);
    const index = (from + step + ctx.optionCount) % ctx.optionCount;
    return { type: 'select', index };
  }
  if (key === 'Enter' && ctx.selected !== null) return { type: 'confirm', index: ctx.selected };
  return { type: 'none' };
}
