import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/state/commands.ts';
import { activeMap, type KeyContext, type KeyPress, routeKey } from '../../src/ui/key-router.ts';

const solo = (step: KeyContext['step'], patch: Partial<KeyContext> = {}): KeyContext => ({
  mode: 'solo',
  screen: 'play',
  step,
  shown: step === 'choices' ? [0, 1, 2] : [],
  selection: null,
  dialogOpen: false,
  blanked: false,
  keyMapOpen: false,
  onWhatIf: false,
  ...patch,
});
const room = (step: KeyContext['step'], patch: Partial<KeyContext> = {}): KeyContext =>
  solo(step, { mode: 'class', ...patch });

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : key,
  shift: false,
  modifiers: false,
  repeat: false,
  target: 'other',
  ...extra,
});

/** the command a key press dispatches here, or null */
const commandOf = (p: KeyPress, ctx: KeyContext): Command | null => {
  const outcome = routeKey(p, ctx);
  return outcome && outcome !== 'swallow' ? outcome.command : null;
};
const typeOf = (p: KeyPress, ctx: KeyContext) => commandOf(p, ctx)?.type ?? null;

describe('the key router picks one map by mode, screen and what is open', () => {
  it('follows the rule: dialog, then blank, then key map, then screen and step', () => {
    expect(activeMap(solo('line'))).toBe('solo-line');
    expect(activeMap(solo('choices'))).toBe('solo-choices');
    expect(activeMap(solo('end'))).toBe('solo-play');
    expect(activeMap(solo('line', { screen: 'menu' }))).toBe('none');
    expect(activeMap(solo('line', { dialogOpen: true }))).toBe('none');
    expect(activeMap(room('choices'))).toBe('room-choices');
    expect(activeMap(room('line'))).toBe('room-line');
    expect(activeMap(room('end', { screen: 'debrief' }))).toBe('room-story');
    expect(activeMap(room('none', { screen: 'debrief' }))).toBe('room-story');
    expect(activeMap(room('line', { screen: 'class-view' }))).toBe('room-anywhere');
    // a blank screen outranks the key map, and both outrank the screen
    expect(activeMap(room('choices', { blanked: true, keyMapOpen: true }))).toBe('room-blank');
    expect(activeMap(room('choices', { keyMapOpen: true }))).toBe('room-key-map');
    // the menu's dialog outranks everything
    expect(activeMap(room('choices', { blanked: true, dialogOpen: true }))).toBe('none');
  });

  it('leaves Enter and Space on a focused button to the button, but still wakes a blank room', () => {
    const onButton = { target: 'button' as const };
    expect(routeKey(press('Enter', onButton), solo('choices', { selection: 1 }))).toBeNull();
    expect(routeKey(press(' ', onButton), room('line'))).toBeNull();
    expect(typeOf(press('Enter', onButton), room('choices', { blanked: true }))).toBe('blank');
    expect(typeOf(press(' ', onButton), room('choices', { keyMapOpen: true }))).toBe('key-map');
    // typing in a field is the field's, even in a blank room
    expect(routeKey(press('b', { target: 'field' }), room('line', { blanked: true }))).toBeNull();
  });

  it('swallows a held "next" key in the room so it cannot run into a decision', () => {
    expect(routeKey(press('Enter', { repeat: true }), room('choices'))).toBe('swallow');
    expect(routeKey(press('PageDown', { repeat: true }), room('line'))).toBe('swallow');
    expect(routeKey(press('2', { repeat: true }), room('choices'))).toBeNull();
    // a held key alone is just a key, and a blank room still wakes on one
    expect(typeOf(press('Enter', { repeat: true }), solo('line'))).toBe('advance');
    expect(typeOf(press('x', { repeat: true }), room('line', { blanked: true }))).toBe('blank');
  });
});

describe('keys alone', () => {
  it('continues a line with Enter or Space, and nothing else', () => {
    expect(commandOf(press('Enter'), solo('line'))).toEqual({ type: 'advance' });
    expect(commandOf(press(' '), solo('line'))).toEqual({ type: 'advance' });
    expect(commandOf(press('1'), solo('line'))).toBeNull();
  });

  it('never commits a decision on a single key press', () => {
    for (const key of ['Enter', ' ', '1', '2', '3', 'ArrowDown']) {
      expect(typeOf(press(key), solo('choices'))).not.toBe('choose');
    }
  });

  it('selects the option shown under a digit, and plays the selection with Enter', () => {
    // shown in the order 2, 0, 1: the digit 1 is authored option 2
    const shuffled = solo('choices', { shown: [2, 0, 1] });
    expect(commandOf(press('1'), shuffled)).toEqual({ type: 'select', option: 2 });
    expect(commandOf(press('Enter'), solo('choices', { selection: 1 }))).toEqual({ type: 'choose' });
  });

  it('ignores digits beyond the options offered, Shift+digits and keys with modifiers', () => {
    expect(commandOf(press('4'), solo('choices'))).toBeNull();
    expect(commandOf(press('!', { code: 'Digit1', shift: true }), solo('choices'))).toBeNull();
    expect(commandOf(press('1', { modifiers: true }), solo('choices'))).toBeNull();
  });

  it('moves the selection with the arrow keys', () => {
    expect(commandOf(press('ArrowDown'), solo('choices'))).toEqual({ type: 'move-selection', delta: 1 });
    expect(commandOf(press('ArrowUp'), solo('choices'))).toEqual({ type: 'move-selection', delta: -1 });
  });

  it('opens the pause menu with Escape anywhere on the play screen, and nowhere else', () => {
    expect(typeOf(press('Escape'), solo('line'))).toBe('pause');
    expect(typeOf(press('Escape'), solo('choices', { selection: 1 }))).toBe('pause');
    expect(typeOf(press('Escape'), solo('end'))).toBe('pause');
    expect(typeOf(press('Escape'), solo('end', { screen: 'debrief' }))).toBeNull();
  });
});

describe('keys in the room', () => {
  it('advances the narration with clicker keys, and never chooses with them at a decision', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) {
      expect(commandOf(press(key), room('line'))).toEqual({ type: 'advance' });
    }
    // Enter only plays options: one meant for a line cannot fall through to the next decision.
    expect(commandOf(press('Enter'), room('line'))).toBeNull();
    // A clicker's slideshow button (F5) goes full screen instead of reloading the page.
    expect(typeOf(press('F5'), room('line'))).toBe('fullscreen');
    for (const key of ['PageDown', 'ArrowRight', ' ']) {
      expect(typeOf(press(key), room('choices'))).toBe('explain-enter');
    }
    // No key but Enter plays, and Enter plays only the selection.
    const played = ['1', '2', '3', '0', 'ArrowUp', 'ArrowDown', 't', 'r', 'PageDown', ' ', 'x'].filter(
      (key) => typeOf(press(key), room('choices')) === 'choose',
    );
    expect(played).toEqual([]);
    expect(commandOf(press('Enter'), room('choices'))).toEqual({ type: 'choose' });
  });

  it('counts votes with digits, takes one back with Shift+digit, and clears with 0', () => {
    expect(commandOf(press('2'), room('choices'))).toEqual({ type: 'vote', option: 1, delta: 1 });
    // Shift+2 is "@" on a US keyboard: the key code still says which digit.
    expect(commandOf(press('@', { code: 'Digit2', shift: true }), room('choices'))).toEqual({
      type: 'vote',
      option: 1,
      delta: -1,
    });
    expect(commandOf(press('3', { code: 'Numpad3' }), room('choices'))).toEqual({
      type: 'vote',
      option: 2,
      delta: 1,
    });
    // digits count options as shown; the vote goes to the option itself
    expect(commandOf(press('1'), room('choices', { shown: [2, 0, 1] }))).toEqual({
      type: 'vote',
      option: 2,
      delta: 1,
    });
    expect(commandOf(press('0'), room('choices'))).toEqual({ type: 'clear-votes' });
    expect(commandOf(press('4'), room('choices'))).toBeNull();
    expect(commandOf(press('2'), room('line'))).toBeNull();
  });

  it('moves the selection, runs the timer and goes back a decision', () => {
    expect(commandOf(press('ArrowDown'), room('choices'))).toEqual({ type: 'move-selection', delta: 1 });
    expect(commandOf(press('ArrowUp'), room('choices'))).toEqual({ type: 'move-selection', delta: -1 });
    expect(typeOf(press('t'), room('choices'))).toBe('timer-toggle');
    expect(typeOf(press('R'), room('choices'))).toBe('timer-reset');
    for (const step of ['line', 'choices', 'end'] as const) {
      expect(typeOf(press('PageUp'), room(step))).toBe('previous-decision');
      expect(typeOf(press('ArrowLeft'), room(step))).toBe('previous-decision');
    }
    expect(typeOf(press('m'), room('line', { onWhatIf: true }))).toBe('return-to-main');
    expect(typeOf(press('m'), room('line'))).toBeNull();
  });

  it('blanks the screen with B or ".", and any key only brings it back', () => {
    expect(commandOf(press('b'), room('line'))).toEqual({ type: 'blank', on: true });
    expect(commandOf(press('.'), room('choices'))).toEqual({ type: 'blank', on: true });
    for (const key of ['Enter', '1', 'PageDown', 'b', 'Escape']) {
      expect(commandOf(press(key), room('choices', { blanked: true }))).toEqual({ type: 'blank', on: false });
    }
  });

  it('opens the key map with ?, closes it with any key, and leaves browser shortcuts alone', () => {
    expect(typeOf(press('?'), room('none', { screen: 'menu' }))).toBe('key-map');
    expect(typeOf(press('Enter'), room('choices', { keyMapOpen: true }))).toBe('key-map');
    expect(typeOf(press('f'), room('line'))).toBe('fullscreen');
    expect(typeOf(press('Escape'), room('line'))).toBe('escape');
    expect(typeOf(press('r', { modifiers: true }), room('choices'))).toBeNull();
    expect(typeOf(press('PageDown'), room('none', { screen: 'menu' }))).toBeNull();
    // On the menu or the class view, Esc is the screen's own.
    expect(typeOf(press('Escape'), room('none', { screen: 'class-view' }))).toBeNull();
  });
});
