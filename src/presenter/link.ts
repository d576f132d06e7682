import type { MirrorState, PresenterCommand, PresenterMessage } from '../classroom/mirror-protocol.ts';
import { readMirrorState } from './read-state.ts';

/** The part of a BroadcastChannel the presenter uses (a fake stands in for it in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface Clock {
  now(): number;
  every(ms: number, run: () => void): () => void;
}

export const HELLO_WHILE_WAITING_MS = 2000;
/** once connected, a hello now and then: the game window answers, so silence means it closed */
export const HELLO_WHILE_CONNECTED_MS = 5000;
export const SILENT_AFTER_MS = 12_000;

export interface LinkStatus {
  state: MirrorState | null;
  /** connected once, but nothing heard for a while (the game window may be closed) */
  silent: boolean;
  /** the last state message that did not fit, if any */
  problem: string | null;
}

export interface PresenterLink {
  send(command: PresenterCommand): void;
  status(): LinkStatus;
  close(): void;
}

/**
 * The presenter's end of the channel: says hello on load and every 2 s until a state
 * arrives, then keeps asking now and then to notice a game window that went away. Every
 * state is checked before it reaches `onChange`.
 */
export function connectPresenter(
  channel: ChannelLike,
  clock: Clock,
  onChange: (status: LinkStatus) => void,
): PresenterLink {
  let state: MirrorState | null = null;
  let problem: string | null = null;
  let heardAt = 0;
  let silent = false;
  let stop: () => void = () => {};
  const status = (): LinkStatus => ({ state, silent, problem });

  const post = (message: PresenterMessage) => channel.postMessage(message);
  const hello = () => post({ type: 'hello' });

  const waitLoop = () => {
    stop();
    stop = clock.every(HELLO_WHILE_WAITING_MS, hello);
  };
  const connectedLoop = () => {
    stop();
    stop = clock.every(HELLO_WHILE_CONNECTED_MS, () => {
      hello();
      const quiet = clock.now() - heardAt > SILENT_AFTER_MS;
      if (quiet !== silent) {
        silent = quiet;
        onChange(status());
      }
    });
  };

  channel.onmessage = (event: MessageEvent) => {
    const read = readMirrorState(event.data);
    if (!read) return;
    if (!read.ok) {
      problem = read.problem;
      onChange(status());
      return;
    }
    const first = state === null;
    state = read.state;
    problem = null;
    heardAt = clock.now();
    silent = false;
    if (first) connectedLoop();
    onChange(status());
  };

  hello();
  waitLoop();

  return {
    send(command) {
      post({ type: 'command', command });
    },
    status,
    close() {
      stop();
      channel.onmessage = null;
      channel.close();
    },
  };
}
