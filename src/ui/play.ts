import type { ChoiceOption, StoryLine, StoryStep } from '../narrative/engine.ts';
import { authoredAt, shownOptions } from '../narrative/option-order.ts';
import { sideFor } from '../stage/layout.ts';
import { PLAYER_ID } from '../state/stage-state.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';
import { type PlayKeyContext, playKeyAction } from './keyboard.ts';
import { wuDiPortrait } from './portrait.ts';
import { showLine } from './speaker.ts';

const EMPTY_LINE: StoryLine = {
  text: '',
  speaker: null,
  mood: null,
  sfx: null,
  facilitator: null,
  ending: null,
  problems: [],
};

export function playScreen(ctx: UiContext, initial: GameState): Screen {
  let state = initial;
  let selected: number | null = null;
  let renderedStep: StoryStep | null = null;

  const title = el('span', { className: 'play-title' });
  const roleChip = el('span', { className: 'role-chip' });
  const counter = el('span', { className: 'decision-counter', attrs: { 'data-testid': 'decision-counter' } });
  const menuButton = el('button', {
    className: 'btn ghost small',
    attrs: { 'data-testid': 'pause', 'aria-haspopup': 'dialog' },
    on: { click: () => ctx.openPause({ inScenario: true }) },
  });
  const topbar = el('header', { className: 'play-topbar' }, [
    roleChip,
    title,
    el('span', { className: 'spacer' }),
    counter,
    menuButton,
  ]);

  const choiceHeading = el('h2', { className: 'choices-heading', attrs: { id: 'choices-heading' } });
  const choiceList = el('ol', { className: 'choice-list', attrs: { 'data-testid': 'choices' } });
  const choiceHint = el('p', {
    className: 'hint',
    attrs: { 'aria-live': 'polite', 'data-testid': 'choice-hint' },
  });
  const choices = el(
    'section',
    { className: 'choices', attrs: { 'aria-labelledby': 'choices-heading', tabindex: -1, hidden: true } },
    [choiceHeading, choiceList, choiceHint],
  );

  const portrait = el('div', { className: 'portrait-slot' });
  const speaker = el('p', { className: 'speaker', attrs: { 'data-testid': 'speaker' } });
  const speakerTitle = el('span', { className: 'speaker-title' });
  const text = el('p', { className: 'line-text', attrs: { 'data-testid': 'line' } });
  const continueButton = el('button', {
    className: 'btn continue',
    attrs: { 'data-testid': 'continue' },
    on: { click: () => ctx.game.actions.advance() },
  });
  const panel = el(
    'section',
    { className: 'dialogue', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } },
    [
      portrait,
      el('div', { className: 'dialogue-body' }, [
        el('div', { className: 'speaker-row' }, [speaker, speakerTitle]),
        text,
      ]),
      continueButton,
    ],
  );

  const root = el('main', { className: 'screen play-screen' }, [topbar, choices, panel]);

  const select = (index: number) => {
    selected = index;
    const buttons = choiceList.querySelectorAll<HTMLButtonElement>('button');
    buttons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(i === index));
    });
    buttons[index]?.focus();
    choiceHint.textContent = t(state).confirmHint(index + 1);
  };

  const renderChoices = (options: ChoiceOption[]) => {
    const s = t(state);
    selected = null;
    // Choices stand on the side away from the person on stage: never over a face.
    const onStage = state.stage.onStage;
    const place = onStage && sideFor(onStage) === 'right' ? 'left' : 'right';
    choices.classList.toggle('place-left', place === 'left');
    choices.classList.toggle('place-right', place === 'right');
    choiceHeading.textContent = s.choose;
    choiceHint.textContent = s.chooseHint;
    replaceChildren(
      choiceList,
      ...options.map((option, i) =>
        el('li', {}, [
          el(
            'button',
            {
              className: 'choice',
              attrs: { 'aria-pressed': 'false', 'data-testid': `choice-${i + 1}` },
              on: {
                click: () => ctx.game.actions.choose(option.index),
                focus: () => {
                  if (selected !== i) select(i);
                },
              },
            },
            [
              el('span', { className: 'choice-key', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
              el('span', { className: 'choice-text', text: option.text }),
            ],
          ),
        ]),
      ),
    );
    choices.hidden = false;
    continueButton.hidden = true;
    panel.classList.add('waiting');
    // Focus the group, not an option: a stray Enter or Space must not commit anything.
    choices.focus();
  };

  /** the last line shown, so a prompt redrawn in the other language keeps its speaker */
  let lastLine: StoryLine | null = null;
  const renderLine = (step: Extract<StoryStep, { kind: 'line' }>) => {
    choices.hidden = true;
    replaceChildren(choiceList);
    continueButton.hidden = false;
    panel.classList.remove('waiting');
    showLine({ panel, speaker, speakerTitle, text }, step.line, ctx, state);
    lastLine = step.line;
    replaceChildren(portrait, step.line.speaker === PLAYER_ID ? wuDiPortrait() : null);
    continueButton.focus();
  };

  const render = () => {
    const s = t(state);
    const meta = state.scenario?.meta;
    title.textContent = meta?.header?.title ?? meta?.id ?? '';
    const role = meta?.header?.role ?? null;
    roleChip.textContent = role ?? '';
    roleChip.hidden = role === null;
    roleChip.className = `role-chip${role ? ` role-${role}` : ''}`;
    menuButton.textContent = s.pause;
    continueButton.textContent = `${s.continueLabel} ▸`;
    continueButton.title = s.continueHint;
    const decisions = state.snapshot?.decisions.length ?? 0;
    const step = state.step;
    counter.textContent = step?.kind === 'choices' ? s.decisionOf(decisions + 1) : s.decisionsMade(decisions);
    if (step !== renderedStep) {
      renderedStep = step;
      if (step?.kind === 'line') renderLine(step);
      else if (step?.kind === 'choices') {
        // The line before the options is the decision's prompt; after a language switch the panel
        // still holds the other language's words, so it is shown again, its speaker named anew.
        if (step.prompt && text.textContent !== step.prompt)
          showLine(
            { panel, speaker, speakerTitle, text },
            { ...(lastLine ?? EMPTY_LINE), text: step.prompt },
            ctx,
            state,
          );
        renderChoices(shownOptions(step));
      }
    }
  };

  const keyContext = (): PlayKeyContext => {
    const step = state.step;
    if (step?.kind === 'line') return { kind: 'line' };
    if (step?.kind === 'choices') return { kind: 'choices', optionCount: step.options.length, selected };
    return { kind: 'other' };
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    // A focused button already answers Enter and Space itself (a click); acting here too would double it.
    if (target?.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    const action = playKeyAction(event.key, keyContext(), event.ctrlKey || event.metaKey || event.altKey);
    switch (action.type) {
      case 'continue':
        event.preventDefault();
        ctx.game.actions.advance();
        break;
      case 'select':
        event.preventDefault();
        select(action.index);
        break;
      case 'confirm': {
        event.preventDefault();
        // keys count options as shown; the story counts them as authored
        const step = state.step;
        const index = step?.kind === 'choices' ? authoredAt(step, action.index) : null;
        if (index !== null) ctx.game.actions.choose(index);
        break;
      }
      case 'pause':
        event.preventDefault();
        ctx.openPause({ inScenario: true });
        break;
      case 'none':
        break;
    }
  };
  document.addEventListener('keydown', onKey);

  render();
  return {
    root,
    update(next) {
      state = next;
      render();
    },
    focus() {
      if (state.step?.kind === 'choices') choices.focus();
      else continueButton.focus();
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
    },
  };
}
