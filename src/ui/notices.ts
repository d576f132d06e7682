import type { Game, GameState } from '../state/store.ts';
import { t } from './context.ts';
import { el, replaceChildren } from './dom.ts';

/** Messages about saves and stories: always visible, never blocking, dismissed by the player. */
export function createNotices(game: Game): { element: HTMLElement; update(state: GameState): void } {
  const element = el('section', {
    className: 'notices',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'notices' },
  });
  let shown: GameState['notices'] | null = null;
  return {
    element,
    update(state) {
      if (state.notices === shown) return;
      shown = state.notices;
      const s = t(state);
      replaceChildren(
        element,
        ...state.notices.map((n) =>
          el('div', { className: `notice notice-${n.kind}`, attrs: { 'data-kind': n.kind } }, [
            el('p', {}, [
              s.notices[n.kind],
              n.detail ? el('span', { className: 'notice-detail', text: ` (${n.detail})` }) : null,
            ]),
            el('button', {
              className: 'btn small',
              text: s.dismiss,
              on: { click: () => game.actions.dismissNotice(n.id) },
            }),
          ]),
        ),
      );
    },
  };
}
