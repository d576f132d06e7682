import type { GameState } from '../state/store.ts';
import type { Screen, UiContext } from './context.ts';
import { el } from './dom.ts';

// Placeholder until the Class view screen is built (issue 5).
export function classViewScreen(ctx: UiContext, _state: GameState): Screen {
  const back = el('button', { className: 'btn', text: '←', on: { click: () => ctx.game.actions.goBack() } });
  const root = el('main', { className: 'screen' }, [el('h1', { text: 'Class view' }), back]);
  return { root, update() {}, focus: () => back.focus() };
}
