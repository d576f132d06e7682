import { describe, expect, it } from 'vitest';
import { playKeyAction } from '../../src/ui/keyboard.ts';

const choices = (selected: number | null, optionCount = 3) => ({
  kind: 'choices' as const,
  optionCount,
  selected,
});

describe('play keys', () => {
  it('continues a line with Enter or Space, and nothing else', () => {
    expect(playKeyAction('Enter', { kind: 'line' })).toEqual({ type: 'continue' });
    expect(playKeyAction(' ', { kind: 'line' })).toEqual({ type: 'continue' });
    expect(playKeyAction('1', { kind: 'line' })).toEqual({ type: 'none' });
  });

  it('never commits a decision on a single key press', () => {
    for (const key of ['Enter', ' ', '1', '2', '3', 'ArrowDown']) {
      expect(playKeyAction(key, choices(null)).type).not.toBe('confirm');
    }
  });

  it('selects with a digit and confirms the selection with Enter', () => {
    expect(playKeyAction('2', choices(null))).toEqual({ type: 'select', index: 1 });
    expect(playKeyAction('Enter', choices(1))).toEqual({ type: 'confirm', index: 1 });
  });

  it('ignores digits beyond the options offered and keys with modifiers', () => {
    expect(playKeyAction('4', choices(null))).toEqual({ type: 'none' });
    expect(playKeyAction('1', choices(null), true)).toEqual({ type: 'none' });
  });

  it('moves the selection with the arrow keys, wrapping around', () => {
    expect(playKeyAction('ArrowDown', choices(null))).toEqual({ type: 'select', index: 0 });
    expect(playKeyAction('ArrowDown', choices(2))).toEqual({ type: 'select', index: 0 });
    expect(playKeyAction('ArrowUp', choices(0))).toEqual({ type: 'select', index: 2 });
  });

  it('opens the pause menu with Escape anywhere', () => {
    expect(playKeyAction('Escape', { kind: 'line' })).toEqual({ type: 'pause' });
    expect(playKeyAction('Escape', choices(1))).toEqual({ type: 'pause' });
  });
});
