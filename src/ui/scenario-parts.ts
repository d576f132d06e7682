import { dispatch } from '../state/commands.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el } from './dom.ts';

/**
 * What a scenario looks like alone and in the room alike: the title with its role chip and
 * the menu button in the top bar, and the dialogue panel with its Continue button.
 */
export function scenarioTitle(ctx: UiContext) {
  const title = el('span', { className: 'play-title' });
  const roleChip = el('span', { className: 'role-chip' });
  const menuButton = el('button', {
    className: 'btn ghost small',
    attrs: { 'data-testid': 'pause', 'aria-haspopup': 'dialog' },
    on: { click: () => ctx.openPause({ inScenario: true }) },
  });
  const render = (state: GameState) => {
    const meta = state.scenario?.meta;
    title.textContent = meta?.header?.title ?? meta?.id ?? '';
    const role = meta?.header?.role ?? null;
    roleChip.textContent = role ?? '';
    roleChip.hidden = role === null;
    roleChip.className = `role-chip${role ? ` role-${role}` : ''}`;
    menuButton.textContent = t(state).pause;
  };
  return { title, roleChip, menuButton, render };
}

/** The dialogue panel: who speaks, what they say, and Continue; `before` goes ahead of the text. */
export function dialoguePanel(ctx: UiContext, className: string, before: HTMLElement[] = []) {
  const speaker = el('p', { className: 'speaker', attrs: { 'data-testid': 'speaker' } });
  const speakerTitle = el('span', { className: 'speaker-title' });
  const text = el('p', { className: 'line-text', attrs: { 'data-testid': 'line' } });
  const continueButton = el('button', {
    className: 'btn continue',
    attrs: { 'data-testid': 'continue' },
    on: { click: () => dispatch(ctx.game, { type: 'advance' }) },
  });
  // Only the line is live: a new line is read once, without Continue's label after it.
  const panel = el('section', { className }, [
    ...before,
    el('div', { className: 'dialogue-body', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } }, [
      el('div', { className: 'speaker-row' }, [speaker, speakerTitle]),
      text,
    ]),
    continueButton,
  ]);
  return { panel, speaker, speakerTitle, text, continueButton };
}

/**
 * The screen itself: drawn now and on every change of state, and focus goes to the decision
 * when one waits, else to the line's own place.
 */
export function scenarioScreen(
  initial: GameState,
  parts: {
    root: HTMLElement;
    render(state: GameState): void;
    decision: HTMLElement;
    line: HTMLElement;
    destroy?(): void;
  },
): Screen {
  let current = initial;
  parts.render(current);
  return {
    root: parts.root,
    update(next) {
      current = next;
      parts.render(next);
    },
    focus: () => (current.step?.kind === 'choices' ? parts.decision : parts.line).focus(),
    destroy: parts.destroy,
  };
}
