import { describe, expect, it } from 'vitest';
import { type ClassKeyContext, classKeyAction } from '../../src/ui/class-keys.ts';

const at = (kind: ClassKeyContext['kind'], patch: Partial<ClassKeyContext> = {}): ClassKeyContext => ({
  kind,
  optionCount: 3,
  blanked: false,
  keyMapOpen: false,
  onWhatIf: false,
  ...patch,
});
const press = (key: string, extra: { code?: string; shift?: boolean; modifiers?: boolean } = {}) => ({
  key,
  code: extra.code ?? (/^[0-9]$/.test(key) ? `Digit${key}` : key),
  shift: extra.shift ?? false,
  modifiers: extra.modifiers ?? false,
});

describe('classroom keys', () => {
  it('advances the narration with clicker keys, and never chooses with them at a decision', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) {
      expect(classKeyAction(press(key), at('line'))).toEqual({ type: 'continue' });
    }
    // Enter only plays options: one meant for a line cannot fall through to the next decision.
    expect(classKeyAction(press('Enter'), at('line'))).toEqual({ type: 'none' });
    // A clicker's slideshow button (F5) goes full screen instead of reloading the page.
    expect(classKeyAction(press('F5'), at('line'))).toEqual({ type: 'fullscreen' });
    for (const key of ['PageDown', 'ArrowRight', ' ']) {
      expect(classKeyAction(press(key), at('choices'))).toEqual({ type: 'explain-enter', optionCount: 3 });
    }
    // No key but Enter plays, and Enter plays only the selection.
    const played = ['1', '2', '3', '0', 'ArrowUp', 'ArrowDown', 't', 'r', 'PageDown', ' ', 'x'].filter(
      (key) => classKeyAction(press(key), at('choices')).type === 'play',
    );
    expect(played).toEqual([]);
    expect(classKeyAction(press('Enter'), at('choices'))).toEqual({ type: 'play' });
  });

  it('counts votes with digits, takes one back with Shift+digit, and clears with 0', () => {
    expect(classKeyAction(press('2'), at('choices'))).toEqual({ type: 'vote', index: 1, delta: 1 });
    // Shift+2 is "@" on a US keyboard: the key code still says which digit.
    expect(classKeyAction(press('@', { code: 'Digit2', shift: true }), at('choices'))).toEqual({
      type: 'vote',
      index: 1,
      delta: -1,
    });
    expect(classKeyAction(press('3', { code: 'Numpad3' }), at('choices'))).toEqual({
      type: 'vote',
      index: 2,
      delta: 1,
    });
    expect(classKeyAction(press('0'), at('choices'))).toEqual({ type: 'clear-votes' });
    expect(classKeyAction(press('4'), at('choices'))).toEqual({ type: 'none' });
    expect(classKeyAction(press('2'), at('line'))).toEqual({ type: 'none' });
  });

  it('moves the selection, runs the timer and goes back a decision', () => {
    expect(classKeyAction(press('ArrowDown'), at('choices'))).toEqual({ type: 'move', delta: 1 });
    expect(classKeyAction(press('ArrowUp'), at('choices'))).toEqual({ type: 'move', delta: -1 });
    expect(classKeyAction(press('t'), at('choices')).type).toBe('timer-toggle');
    expect(classKeyAction(press('R'), at('choices')).type).toBe('timer-reset');
    for (const kind of ['line', 'choices', 'end'] as const) {
      expect(classKeyAction(press('PageUp'), at(kind)).type).toBe('previous');
      expect(classKeyAction(press('ArrowLeft'), at(kind)).type).toBe('previous');
    }
    expect(classKeyAction(press('m'), at('line', { onWhatIf: true })).type).toBe('main');
    expect(classKeyAction(press('m'), at('line')).type).toBe('none');
  });

  it('blanks the screen with B or ".", and any key only brings it back', () => {
    expect(classKeyAction(press('b'), at('line')).type).toBe('blank');
    expect(classKeyAction(press('.'), at('choices')).type).toBe('blank');
    for (const key of ['Enter', '1', 'PageDown', 'b', 'Escape']) {
      expect(classKeyAction(press(key), at('choices', { blanked: true })).type).toBe('unblank');
    }
  });

  it('opens the key map with ?, closes it with any key, and leaves browser shortcuts alone', () => {
    expect(classKeyAction(press('?'), at('other')).type).toBe('key-map');
    expect(classKeyAction(press('Enter'), at('choices', { keyMapOpen: true })).type).toBe('close-key-map');
    expect(classKeyAction(press('f'), at('line')).type).toBe('fullscreen');
    expect(classKeyAction(press('Escape'), at('line')).type).toBe('escape');
    expect(classKeyAction(press('r', { modifiers: true }), at('choices')).type).toBe('none');
    expect(classKeyAction(press('PageDown'), at('other')).type).toBe('none');
    // On the menu or the class view, Esc is the screen's own.
    expect(classKeyAction(press('Escape'), at('other')).type).toBe('none');
  });
});
