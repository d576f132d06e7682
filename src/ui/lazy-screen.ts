import type { GameState } from '../state/store.ts';
import type { Screen, UiContext } from './context.ts';
import { el } from './dom.ts';

type Builder = (ctx: UiContext, state: GameState) => Screen;

/**
 * A screen whose code loads when it is first opened: the trainer's class view and the profile
 * are not part of what a learner downloads to start playing.
 */
export function lazyScreen(load: () => Promise<Builder>, ctx: UiContext, initial: GameState): Screen {
  let state = initial;
  let inner: Screen | null = null;
  let destroyed = false;
  let wantsFocus = false;
  const root = el('main', { className: 'screen lazy-screen', attrs: { 'aria-busy': 'true' } });
  void load().then((build) => {
    if (destroyed) return;
    inner = build(ctx, state);
    root.replaceWith(inner.root);
    if (wantsFocus) inner.focus();
  });
  return {
    root,
    update(next, previous) {
      state = next;
      inner?.update(next, previous);
    },
    focus() {
      if (inner) inner.focus();
      else wantsFocus = true;
    },
    destroy() {
      destroyed = true;
      inner?.destroy?.();
    },
  };
}
