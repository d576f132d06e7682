import './update-notice.css';
import { type OfflineApp, registerOffline } from '../offline/service-worker.ts';
import { mayApply, type UpdateInput, updateView } from '../offline/updates.ts';
import type { Game, GameState } from '../state/store.ts';
import { watch } from '../state/watch.ts';
import { button, el, replaceChildren } from './dom.ts';
import { offlineStrings } from './i18n-offline.ts';

/**
 * Registers the offline app and mounts its notice: "a new version is ready". Loaded after the
 * first paint (src/main.ts), so none of it weighs on the first download.
 */
export function startOffline(game: Game, scriptUrl: string): void {
  const app = registerOffline(scriptUrl);
  if (app) document.body.append(mountUpdateNotice(game, app));
}

/**
 * The notice (role=status, keyboard reachable): at the menu it offers a reload, in a scenario
 * it only says the new version waits for the menu (src/offline/updates.ts has the rule).
 */
export function mountUpdateNotice(game: Game, app: OfflineApp): HTMLElement {
  // The live region is on the page before its words, so screen readers announce them.
  const element = el('section', {
    className: 'update-notice',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'update-notice' },
  });
  let dismissed: UpdateInput['dismissed'] = null;
  let shown = '';
  const input = (state: GameState): UpdateInput => ({
    waiting: app.ready,
    screen: state.screen,
    returnTo: state.returnTo,
    dismissed,
  });
  const render = () => {
    const state = game.store.getState();
    const view = updateView(input(state));
    const locale = state.settings.locale;
    const key = `${view}|${locale}`;
    if (key === shown) return;
    shown = key;
    element.dataset.view = view;
    element.lang = locale ?? 'en';
    const s = offlineStrings(locale);
    const close = (label: string, testId: string) =>
      button(
        label,
        () => {
          dismissed = view === 'hidden' ? null : view;
          render();
        },
        { className: 'btn small ghost', testId },
      );
    if (view === 'hidden') replaceChildren(element);
    else if (view === 'deferred')
      replaceChildren(element, el('p', { text: s.readyInPlay }), close(s.close, 'update-close'));
    else
      replaceChildren(
        element,
        el('p', { text: s.ready }),
        button(
          s.reload,
          () => {
            // Checked again at the click: the rule, not the button, decides.
            if (mayApply(input(game.store.getState()))) app.apply();
          },
          { className: 'btn small primary', testId: 'update-reload' },
        ),
        close(s.later, 'update-later'),
      );
  };
  app.onChange(render);
  watch(game.store, (state) => [state.screen, state.returnTo, state.settings.locale], render);
  render();
  return element;
}
