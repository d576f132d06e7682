import * as v from 'valibot';
import { PAIR_ANSWER, PAIR_REQUEST } from '../classroom/mirror-protocol.ts';

/** How often the presenter asks its opener for the secret: a reloaded game window has a new one. */
export const PAIR_EVERY_MS = 2000;

const PairAnswerSchema = v.object({
  type: v.literal(PAIR_ANSWER),
  secret: v.pipe(v.string(), v.minLength(16), v.maxLength(200)),
});

/** What of its window the presenter's pairing reads (a fake stands in for it in tests). */
export interface PresenterWindow {
  opener: { postMessage(message: unknown, targetOrigin: string): void; closed?: boolean } | null;
  location: { origin: string };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Asks the game window that opened this one for the session's secret, now and every 2 s (the
 * game window may reload and make a new one), and passes on each secret it answers with. Only
 * an answer from the opener, on this origin, is taken. Returns null when no game window opened
 * this one, or it has closed: then nothing can pair it, and the trainer must open it from the game.
 */
export function pairWithOpener(
  win: PresenterWindow,
  every: (ms: number, run: () => void) => () => void,
  onSecret: (secret: string) => void,
): (() => void) | null {
  const opener = win.opener;
  // (A presenter reloaded after its game window closed still has that closed window as opener.)
  if (!opener || opener.closed) return null;
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== win.location.origin || event.source !== opener) return;
    const read = v.safeParse(PairAnswerSchema, event.data);
    if (read.success) onSecret(read.output.secret);
  };
  win.addEventListener('message', onMessage);
  const ask = () => {
    try {
      opener.postMessage({ type: PAIR_REQUEST }, win.location.origin);
    } catch {
      // The opener was closed: the presenter says it is not paired once silence shows it.
    }
  };
  ask();
  const stop = every(PAIR_EVERY_MS, ask);
  return () => {
    stop();
    win.removeEventListener('message', onMessage);
  };
}
