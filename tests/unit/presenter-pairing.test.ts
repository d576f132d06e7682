import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MIRROR_CHANNEL,
  newPairingSecret,
  PAIR_ANSWER,
  PAIR_REQUEST,
  pairedChannelName,
} from '../../src/classroom/mirror-protocol.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { pairWithOpener } from '../../src/presenter/pairing.ts';
import { mirrorGame, mirrorSnapshot } from '../../src/state/mirror.ts';
import type { Game } from '../../src/state/store.ts';
import { answerPresenterPairing, type PairingWindow } from '../../src/ui/presenter-link.ts';
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

/** Node's BroadcastChannel delivers between instances a turn or two later. */
const delivered = () => new Promise((done) => setTimeout(done, 30));

const open: BroadcastChannel[] = [];
function listen(name: string): { channel: BroadcastChannel; heard: unknown[] } {
  const channel = new BroadcastChannel(name);
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  open.push(channel);
  return { channel, heard };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const channel of open.splice(0)) channel.close();
  vi.restoreAllMocks();
});

const forged = [
  { type: 'command', command: { type: 'vote', option: 1, delta: 1 } },
  { type: 'command', command: { type: 'blank', on: true } },
  { type: 'command', command: { type: 'choose', option: 0 } },
];

describe('the game window obeys only its paired presenter', () => {
  it('a forged vote, blank or choice on the shared channel or a wrong secret changes nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const game = await atDecision('class');
    const secret = newPairingSecret();
    stops.push(mirrorGame(game, secret));
    await delivered();
    const before = game.store.getState();
    for (const name of [MIRROR_CHANNEL, pairedChannelName('0'.repeat(32)), pairedChannelName(`${secret}x`)]) {
      const { channel } = listen(name);
      for (const message of forged) channel.postMessage(message);
    }
    await delivered();
    expect(game.store.getState()).toBe(before);
    // the shared channel's forgeries: one warning, not one per message
    expect(warn).toHaveBeenCalledTimes(1);

    // The same messages from the paired presenter are obeyed (so the ones above could have been).
    const { channel } = listen(pairedChannelName(secret));
    for (const message of forged) channel.postMessage(message);
    await delivered();
    const after = game.store.getState();
    expect(after.roomBlank).toBe(true);
    expect(after.snapshot?.decisions.map((d) => d.chosen)).toEqual([0]);
  });

  it('answers a hello only on the paired channel, in solo play too', async () => {
    for (const mode of ['class', 'solo'] as const) {
      const game = await atDecision(mode);
      const secret = newPairingSecret();
      const shared = listen(MIRROR_CHANNEL);
      const wrong = listen(pairedChannelName(newPairingSecret()));
      const paired = listen(pairedChannelName(secret));
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      stops.push(mirrorGame(game, secret));
      await delivered();
      paired.heard.length = 0;
      shared.channel.postMessage({ type: 'hello' });
      wrong.channel.postMessage({ type: 'hello' });
      await delivered();
      expect(shared.heard.filter((m) => (m as { type?: string }).type === 'state')).toEqual([]);
      expect(wrong.heard).toEqual([]);
      expect(paired.heard).toEqual([]);
      paired.channel.postMessage({ type: 'hello' });
      await delivered();
      expect(paired.heard).toHaveLength(1);
      expect((paired.heard[0] as { mode: string }).mode).toBe(mode);
      for (const stop of stops.splice(0)) stop();
    }
  });

  it('in solo play, the mirrored state carries no facilitator notes or scores', async () => {
    const solo = JSON.stringify(mirrorSnapshot((await atDecision('solo')).store.getState(), 0));
    const room = JSON.stringify(mirrorSnapshot((await atDecision('class')).store.getState(), 0));
    // The room's presenter sees them (the check below can fail)...
    expect(room).toContain('Ask the room.');
    expect(room).toContain('"score"');
    expect(room).toContain('Strategy first.');
    // ...a learner's solo game sends none of them.
    for (const secretOfTheRoom of ['Ask the room.', '"score"', 'Strategy first.', 'facilitator":"'])
      expect(solo).not.toContain(secretOfTheRoom);
    expect(JSON.parse(solo)).toMatchObject({ mode: 'solo', step: null, decisions: [], possible: null });
  });
});

/** A window as the pairing sees it: its own origin, path, opener, and the messages it was sent. */
function fakeWindow(
  origin: string,
  pathname: string,
  opener: { postMessage(message: unknown, targetOrigin: string): void } | null = null,
) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const received: { message: unknown; targetOrigin: string }[] = [];
  return {
    opener,
    location: { origin, pathname, href: `${origin}${pathname}` },
    received,
    addEventListener: (_: 'message', l: (event: MessageEvent) => void) => void listeners.push(l),
    removeEventListener: (_: 'message', l: (event: MessageEvent) => void) =>
      void listeners.splice(listeners.indexOf(l), 1),
    postMessage(message: unknown, targetOrigin: string) {
      received.push({ message, targetOrigin });
    },
    /** a message arriving at this window from `source` on `from` */
    deliver(data: unknown, source: unknown, from: string) {
      for (const l of [...listeners]) l({ data, source, origin: from } as MessageEvent);
    },
  };
}

describe('pairing: the secret goes only to the presenter the game opened', () => {
  const ORIGIN = 'https://wudi.example.org';

  it('answers its own presenter window, and nobody else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const game = fakeWindow(ORIGIN, '/course/index.html');
    stops.push(answerPresenterPairing('s3cret-of-this-load', game as unknown as PairingWindow));
    const request = { type: PAIR_REQUEST };

    const strangers = [
      // a page of the origin in another tab: nobody's opened window
      { win: fakeWindow(ORIGIN, '/course/presenter.html', null), from: ORIGIN },
      // a window the game opened, now showing another page
      { win: fakeWindow(ORIGIN, '/other/page.html', game), from: ORIGIN },
      // the right window, but the message says it comes from another origin
      { win: fakeWindow(ORIGIN, '/course/presenter.html', game), from: 'https://evil.example.org' },
    ];
    for (const s of strangers) {
      game.deliver(request, s.win, s.from);
      game.deliver(request, s.win, s.from);
      expect(s.win.received).toEqual([]);
    }
    expect(warn).toHaveBeenCalledTimes(1);

    const presenter = fakeWindow(ORIGIN, '/course/presenter.html', game);
    game.deliver({ type: 'anything else' }, presenter, ORIGIN);
    expect(presenter.received).toEqual([]);
    game.deliver(request, presenter, ORIGIN);
    expect(presenter.received).toEqual([
      { message: { type: PAIR_ANSWER, secret: 's3cret-of-this-load' }, targetOrigin: ORIGIN },
    ]);
  });

  it('the presenter asks its opener, takes the answer only from it, and asks again', () => {
    const asks: (() => void)[] = [];
    const every = (_ms: number, run: () => void) => {
      asks.push(run);
      return () => {};
    };
    const alone = fakeWindow(ORIGIN, '/presenter.html', null);
    expect(pairWithOpener(alone, every, () => {})).toBeNull(); // opened by hand: cannot pair
    const closedGame = { ...fakeWindow(ORIGIN, '/index.html'), closed: true };
    const orphan = fakeWindow(ORIGIN, '/presenter.html', closedGame);
    expect(pairWithOpener(orphan, every, () => {})).toBeNull(); // its game window has closed
    expect(closedGame.received).toEqual([]);

    const game = fakeWindow(ORIGIN, '/index.html');
    const presenter = fakeWindow(ORIGIN, '/presenter.html', game);
    const secrets: string[] = [];
    const stop = pairWithOpener(presenter, every, (s) => secrets.push(s));
    expect(stop).not.toBeNull();
    expect(game.received).toEqual([{ message: { type: PAIR_REQUEST }, targetOrigin: ORIGIN }]);
    const good = newPairingSecret();
    presenter.deliver({ type: PAIR_ANSWER, secret: good }, fakeWindow(ORIGIN, '/x.html'), ORIGIN);
    presenter.deliver({ type: PAIR_ANSWER, secret: good }, game, 'https://evil.example.org');
    presenter.deliver({ type: PAIR_ANSWER, secret: 'short' }, game, ORIGIN);
    expect(secrets).toEqual([]);
    presenter.deliver({ type: PAIR_ANSWER, secret: good }, game, ORIGIN);
    expect(secrets).toEqual([good]);
    // and every 2 s again, for a reloaded game window's new secret
    asks[0]?.();
    expect(game.received).toHaveLength(2);
    stop?.();
  });
});
