/**
 * The game's service worker (built by vite-plugin-pwa, docs/OFFLINE.md), registered from this
 * module rather than an inline script (the Content-Security-Policy allows none). It reports a
 * new version waiting and lets it take over when asked; it never does so by itself.
 */
import { Workbox } from 'workbox-window';

export interface OfflineApp {
  /** a new version is ready: installed and waiting, or already taken over by another tab */
  readonly ready: boolean;
  /** called whenever `ready` changes */
  onChange(listener: () => void): void;
  /** lets the new version take over and reloads this page under it */
  apply(): void;
}

/** How often a long-open page asks the server for a new deployment (a reload asks too). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers `scriptUrl` (relative to the page, so the game works under any path). Returns
 * null where there are no service workers (an old browser, file://, an LMS iframe that denies
 * storage): the game then simply needs the network, as before.
 */
export function registerOffline(scriptUrl: string): OfflineApp | null {
  if (!('serviceWorker' in navigator)) return null;
  const container = navigator.serviceWorker;
  const wb = new Workbox(scriptUrl);
  const listeners = new Set<() => void>();
  let ready = false;
  let requested = false;
  // The first visit's worker takes control at once (clientsClaim): that is no new version.
  let controlled = container.controller !== null;
  const setReady = () => {
    if (ready) return;
    ready = true;
    for (const listener of listeners) listener();
  };

  wb.addEventListener('waiting', setReady);
  container.addEventListener('controllerchange', () => {
    if (requested) {
      window.location.reload();
      return;
    }
    // Another tab let a new version take over: this page's code is the old one, so it is offered
    // a reload by the same rule (never in the middle of a scenario).
    if (controlled) setReady();
    controlled = true;
  });
  wb.register().then(
    (registration) => {
      if (!registration) return;
      const check = () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
      };
      setInterval(check, CHECK_EVERY_MS);
    },
    (error: unknown) => console.warn('Offline play is not available here:', error),
  );

  return {
    get ready() {
      return ready;
    },
    onChange(listener) {
      listeners.add(listener);
    },
    apply() {
      requested = true;
      void container.getRegistration().then((registration) => {
        // Waiting: it takes over, and the 'controllerchange' above reloads. Already taken over
        // (by another tab): only this page is still on the old code.
        if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
        else window.location.reload();
      });
    },
  };
}
