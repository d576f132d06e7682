import * as v from 'valibot';
import { PAIR_ANSWER, PAIR_REQUEST, type PairAnswer } from '../classroom/mirror-protocol.ts';

/** The name of the presenter window: opening it again brings the same window forward. */
export const PRESENTER_WINDOW = 'wudi-presenter';

const presenterUrl = (base: string) => new URL('presenter.html', base);

/**
 * Opens the trainer's presenter window (presenter.html next to the game's page; the build uses
 * a relative base, so it works under any path). Returns null when a popup blocker refuses.
 * The window is opened without `noopener`: the presenter asks this window for the session's
 * secret through `window.opener` (see answerPresenterPairing).
 */
export function openPresenterWindow(): Window | null {
  const url = presenterUrl(window.location.href).href;
  const opened = window.open(url, PRESENTER_WINDOW, 'popup,width=1200,height=800');
  opened?.focus();
  return opened;
}

const PairRequestSchema = v.object({ type: v.literal(PAIR_REQUEST) });

/** What of a window the pairing reads (a fake stands in for it in tests). */
export interface PairingWindow {
  location: { href: string; origin: string };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Hands this session's secret to the presenter window this window opened, and to no other.
 *
 * Why window.postMessage between opener and opened, rather than the secret in the presenter's
 * URL or window name: a URL stays in the browser's history and a window name stays on the
 * window for any page later shown in it, while a message between two windows reaches only the
 * one it is posted to (`targetOrigin` pins the origin too). Chromium keeps `window.opener` for a
 * `popup` opened without `noopener`, across reloads of either side, so the presenter asks
 * again whenever it loads and, after the game window reloads (a new secret), is paired again
 * without the trainer doing anything.
 *
 * A request is answered only when it comes from this origin, from a window whose opener is
 * this window, showing presenter.html: a page of the origin in another tab has no way to be
 * that window. Anything else is ignored, with one warning.
 */
export function answerPresenterPairing(secret: string, win: PairingWindow = window): () => void {
  const path = presenterUrl(win.location.href).pathname;
  let warned = false;
  const refuse = () => {
    if (warned) return;
    warned = true;
    console.warn('Refused to pair with a window this game did not open as its presenter.');
  };
  const onMessage = (event: MessageEvent) => {
    if (!v.is(PairRequestSchema, event.data)) return;
    const source = event.source as Window | null;
    if (event.origin !== win.location.origin || !source || !ownPresenter(source, win, path)) {
      refuse();
      return;
    }
    const answer: PairAnswer = { type: PAIR_ANSWER, secret };
    source.postMessage(answer, win.location.origin);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

function ownPresenter(source: Window, win: PairingWindow, path: string): boolean {
  try {
    // Same origin (checked first), so both are readable; a MessagePort or worker has no opener.
    return 'opener' in source && source.opener === win && source.location.pathname === path;
  } catch {
    return false;
  }
}
