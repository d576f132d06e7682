import { ROLES } from '../narrative/roles.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';

export function prologueScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  let page = 0;
  const body = el('div', { className: 'prologue-body', attrs: { 'aria-live': 'polite' } });
  const next = el('button', { className: 'btn primary', attrs: { 'data-testid': 'prologue-next' } });
  const skip = el('button', {
    className: 'btn ghost',
    text: s.skip,
    attrs: { 'data-testid': 'prologue-skip' },
    on: { click: () => ctx.game.actions.finishPrologue() },
  });
  const dots = el('div', { className: 'dots', attrs: { 'aria-hidden': 'true' } });

  const render = () => {
    const current = s.prologue[page];
    if (!current) return;
    const last = page === s.prologue.length - 1;
    const roles =
      last &&
      el(
        'ul',
        { className: 'role-list' },
        ROLES.map((role) =>
          el('li', { className: `role-item role-${role}` }, [
            el('span', { className: 'role-chip', text: role }),
            el('strong', { text: s.roleNames[role] }),
            el('span', { text: ` — ${s.roleBlurbs[role]}` }),
          ]),
        ),
      );
    replaceChildren(
      body,
      el('h2', { text: current.heading, attrs: { tabindex: -1 } }),
      ...current.body.map((p) => el('p', { text: p })),
      roles,
    );
    next.textContent = last ? s.start : s.next;
    replaceChildren(
      dots,
      ...s.prologue.map((_, i) => el('span', { className: i === page ? 'dot on' : 'dot' })),
    );
  };
  next.addEventListener('click', () => {
    if (page < s.prologue.length - 1) {
      page++;
      render();
      next.focus();
    } else ctx.game.actions.finishPrologue();
  });
  render();
  const root = el('main', { className: 'screen prologue-screen' }, [
    el('section', { className: 'card prologue-card', attrs: { 'aria-label': s.prologueHeading } }, [
      el('p', { className: 'kicker', text: s.prologueHeading }),
      body,
      el('div', { className: 'row' }, [dots, el('span', { className: 'spacer' }), skip, next]),
    ]),
  ]);
  return { root, update() {}, focus: () => next.focus() };
}
