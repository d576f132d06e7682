import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoryModule } from '../../src/content/story-module.ts';
import { type Command, dispatch, type ShellCommand } from '../../src/state/commands.ts';
import { readPresenterMessage, takePresenterMessage } from '../../src/state/mirror.ts';
import type { Game } from '../../src/state/store.ts';
import { miniAtDecision, miniModule } from '../helpers/mini-game.ts';

let mini: StoryModule;

beforeAll(async () => {
  mini = await miniModule();
});

async function atDecision(mode: 'solo' | 'class'): Promise<Game> {
  const game = await miniAtDecision(mini, mode);
  expect(game.store.getState().step?.kind).toBe('choices');
  return game;
}

const decisions = (game: Game) => game.store.getState().snapshot?.decisions.map((d) => d.chosen) ?? [];
const session = (game: Game) => game.store.getState().sessions.mini;

describe('dispatch', () => {
  it('alone: a selection made by keys lives in the store, and choose plays it', async () => {
    const game = await atDecision('solo');
    // nothing picked out: "choose the selection" decides nothing, "next" neither
    dispatch(game, { type: 'choose' });
    dispatch(game, { type: 'advance' });
    expect(decisions(game)).toEqual([]);
    dispatch(game, { type: 'move-selection', delta: -1 });
    expect(game.store.getState().selection).toBe(1); // Up from nothing: the last option
    dispatch(game, { type: 'move-selection', delta: 1 });
    expect(game.store.getState().selection).toBe(0); // and round to the first
    dispatch(game, { type: 'select', option: 7 });
    expect(game.store.getState().selection).toBe(0); // no such option: unchanged
    dispatch(game, { type: 'choose' });
    expect(decisions(game)).toEqual([0]);
    // the next decision starts with nothing picked out
    for (let i = 0; i < 20 && game.store.getState().step?.kind === 'line'; i++)
      dispatch(game, { type: 'advance' });
    expect(game.store.getState().selection).toBeNull();
    dispatch(game, { type: 'choose', option: 1 });
    expect(decisions(game)).toEqual([0, 1]);
  });

  it('in the room: the same selection, saved with the session; choose plays the leader and times it in one update', async () => {
    const game = await atDecision('class');
    dispatch(game, { type: 'vote', option: 1, delta: 1 });
    dispatch(game, { type: 'move-selection', delta: 1 });
    // from the leader (1), wrapping round to the first
    expect(game.store.getState().selection).toBe(0);
    expect(session(game)?.selection).toBe(0);
    dispatch(game, { type: 'select', option: 1 });
    expect(session(game)?.selection).toBe(1);
    let updates = 0;
    const stop = game.store.subscribe(() => updates++);
    dispatch(game, { type: 'choose' });
    stop();
    expect(updates).toBe(1);
    expect(decisions(game)).toEqual([1]);
    expect(session(game)?.timings.map((t) => t.number)).toEqual([1]);
    expect(game.store.getState().runs.mini).toBeUndefined();
  });

  it('keeps a learner’s pick and the room’s apart when the mode changes', async () => {
    const game = await atDecision('solo');
    dispatch(game, { type: 'select', option: 1 });
    game.classroom.enter();
    // no session of this scenario yet: the room has picked nothing, so Enter would play its leader
    expect(game.store.getState().selection).toBeNull();
    game.classroom.leave();
    expect(game.store.getState().selection).toBeNull();
  });

  it('passes the window’s own commands to the shell, and without one they change nothing', async () => {
    const game = await atDecision('class');
    const before = game.store.getState();
    const shell = vi.fn<(c: ShellCommand) => void>();
    for (const command of [{ type: 'pause' }, { type: 'key-map' }, { type: 'explain-enter' }] as Command[]) {
      dispatch(game, command);
      dispatch(game, command, shell);
    }
    expect(shell.mock.calls.map(([c]) => c.type)).toEqual(['pause', 'key-map', 'explain-enter']);
    expect(game.store.getState()).toBe(before);
    dispatch(game, { type: 'blank', on: true });
    expect(game.store.getState().roomBlank).toBe(true);
  });
});

describe('the presenter channel', () => {
  it('turns a presenter message into a Command and dispatches it in the room', async () => {
    const game = await atDecision('class');
    const publish = vi.fn();
    takePresenterMessage(game, { type: 'command', command: { type: 'vote', option: 1, delta: 1 } }, publish);
    takePresenterMessage(game, { type: 'command', command: { type: 'choose' } }, publish);
    expect(decisions(game)).toEqual([1]);
    takePresenterMessage(game, { type: 'hello' }, publish);
    expect(publish).toHaveBeenCalledTimes(1);
    expect(
      readPresenterMessage({ type: 'command', command: { type: 'go-to', branch: 'main', number: 1 } }),
    ).toEqual({
      type: 'command',
      command: { type: 'go-to', branch: 'main', number: 1 },
    });
  });

  it('ignores a bad message with a warning, and changes nothing', async () => {
    const game = await atDecision('class');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = game.store.getState();
    const bad: unknown[] = [
      null,
      'playSelected',
      { type: 'command' },
      { type: 'command', command: { type: 'format-disk' } },
      // the window's own commands are not another window's to send
      { type: 'command', command: { type: 'fullscreen' } },
      { type: 'command', command: { type: 'vote', option: 1, delta: 5 } },
      { type: 'command', command: { type: 'vote', option: 9, delta: 1 } },
      { type: 'command', command: { type: 'select', option: 0.5 } },
      { type: 'command', command: { type: 'choose', option: -1 } },
      { type: 'command', command: { type: 'go-to', branch: 3, number: 1 } },
      { type: 'command', command: { type: 'blank', on: 'yes' } },
      // the old wire format (commands by name) is not understood
      { type: 'command', command: { name: 'playSelected' } },
    ];
    for (const data of bad) takePresenterMessage(game, data, () => {});
    expect(game.store.getState()).toBe(before);
    expect(warn).toHaveBeenCalledTimes(bad.length);
    // another game tab's state on the same channel is not for this window: passed over quietly
    warn.mockClear();
    takePresenterMessage(game, { type: 'state', screen: 'menu' }, () => {});
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('leaves a learner’s solo play alone', async () => {
    const game = await atDecision('solo');
    const before = game.store.getState();
    takePresenterMessage(game, { type: 'command', command: { type: 'select', option: 1 } }, () => {});
    takePresenterMessage(game, { type: 'command', command: { type: 'choose' } }, () => {});
    expect(game.store.getState()).toBe(before);
  });
});
