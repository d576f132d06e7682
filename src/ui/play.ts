import type { ChoiceOption, StoryLine, StoryStep } from '../narrative/engine.ts';
import { positionOf, shownOptions } from '../narrative/option-order.ts';
import { sideFor } from '../stage/layout.ts';
import { type Command, dispatch } from '../state/commands.ts';
import { PLAYER_ID } from '../state/stage-state.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';
import { wuDiPortrait } from './portrait.ts';
import { dialoguePanel, scenarioScreen, scenarioTitle } from './scenario-parts.ts';
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
  let renderedStep: StoryStep | null = null;
  /** the selection (an authored index) the buttons show; the store holds the real one */
  let shownSelection: number | null = null;
  const run = (command: Command) => dispatch(ctx.game, command);

  const heading = scenarioTitle(ctx);
  const { title, roleChip, menuButton } = heading;
  const counter = el('span', { className: 'decision-counter', attrs: { 'data-testid': 'decision-counter' } });
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
  const { panel, speaker, speakerTitle, text, continueButton } = dialoguePanel(ctx, 'dialogue', [portrait]);

  const root = el('main', { className: 'screen play-screen' }, [topbar, choices, panel]);

  /** Marks the option the store has selected, and moves focus to it (keys may have moved it). */
  const showSelection = (step: Extract<StoryStep, { kind: 'choices' }>) => {
    if (state.selection === shownSelection) return;
    shownSelection = state.selection;
    if (shownSelection === null) return;
    const at = positionOf(step, shownSelection);
    const buttons = choiceList.querySelectorAll<HTMLButtonElement>('button');
    buttons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(i === at));
    });
    buttons[at]?.focus();
    choiceHint.textContent = t(state).confirmHint(at + 1);
  };

  const renderChoices = (options: ChoiceOption[]) => {
    const s = t(state);
    shownSelection = null;
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
                click: () => run({ type: 'choose', option: option.index }),
                focus: () => run({ type: 'select', option: option.index }),
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

  const render = (next: GameState) => {
    state = next;
    const s = t(state);
    heading.render(state);
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
    if (step?.kind === 'choices') showSelection(step);
  };

  return scenarioScreen(initial, { root, render, decision: choices, line: continueButton });
}
