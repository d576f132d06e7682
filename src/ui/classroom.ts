import { openPhoneVote, phoneCountsAt } from '../classroom/phone-votes.ts';
import {
  type ClassSession,
  compareWithMain,
  currentBranch,
  formatClock,
  mainChoiceHere,
  openTally,
  timerRemaining,
  voteShares,
} from '../classroom/session.ts';
import type { ChoiceOption, StoryStep } from '../narrative/engine.ts';
import { positionOf, shownOrder } from '../narrative/option-order.ts';
import { type Command, dispatch } from '../state/commands.ts';
import { optionToPlay } from '../state/selection.ts';
import type { GameState } from '../state/store.ts';
import { percent } from '../words/format.ts';
import { comparisonTable } from './class-compare.ts';
import { branchLabel } from './class-debrief.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';
import { classStrings } from './i18n-class.ts';
import { roomStrings } from './i18n-room.ts';
import { dialoguePanel, scenarioScreen, scenarioTitle } from './scenario-parts.ts';
import { showLine } from './speaker.ts';

/** Phones are (or are about to be) voting: a room is open or opening on a room server. */
function phonesLinked(state: GameState): boolean {
  return state.room.status !== 'off' && state.room.status !== 'unavailable';
}

/**
 * The room's view of a scenario, for a projector: large type, nothing that needs hover, and
 * a decision that waits for the room. Votes, selection and timer live in the store's session;
 * this only draws them and passes clicks on.
 */
export function classroomScreen(ctx: UiContext, initial: GameState): Screen {
  let state = initial;
  let renderedStep: StoryStep | null = null;
  const run = (command: Command) => dispatch(ctx.game, command);

  const heading = scenarioTitle(ctx);
  const { title, roleChip, menuButton } = heading;
  const badge = el('span', { className: 'class-badge' });
  const branchChip = el('span', { className: 'branch-chip', attrs: { 'data-testid': 'branch-chip' } });
  const counter = el('span', { className: 'decision-counter', attrs: { 'data-testid': 'decision-counter' } });
  const timerText = el('span', { className: 'timer-text', attrs: { 'data-testid': 'timer', role: 'timer' } });
  /** a button that sends a command, as its key would */
  const commandButton = (testId: string, command: Command, text?: string, className = 'btn ghost small') =>
    el('button', { className, text, attrs: { 'data-testid': testId }, on: { click: () => run(command) } });
  const timerToggle = commandButton('timer-toggle', { type: 'timer-toggle' });
  const timerReset = commandButton('timer-reset', { type: 'timer-reset' }, '↺');
  const timerBox = el('span', { className: 'class-timer' }, [timerText, timerToggle, timerReset]);
  const previousButton = commandButton('class-previous', { type: 'previous-decision' }, '⟲');
  const mainButton = commandButton('return-main', { type: 'return-to-main' }, undefined, 'btn small');
  const roomChip = el('button', {
    className: 'btn ghost small room-chip',
    attrs: { 'data-testid': 'room-chip', hidden: true },
    on: { click: () => ctx.game.classroom.toggleRoomCard() },
  });
  const keysButton = el('button', {
    className: 'btn ghost small',
    attrs: { 'data-testid': 'class-keys' },
    on: { click: () => ctx.classOverlay?.toggleKeyMap() },
  });
  const topbar = el('header', { className: 'play-topbar class-topbar' }, [
    badge,
    roleChip,
    title,
    branchChip,
    el('span', { className: 'spacer' }),
    timerBox,
    roomChip,
    counter,
    previousButton,
    mainButton,
    keysButton,
    menuButton,
  ]);

  const prompt = el('p', { className: 'class-prompt', attrs: { 'data-testid': 'class-prompt' } });
  const debate = el('h2', { className: 'class-debate', attrs: { id: 'class-debate' } });
  const options = el('ol', { className: 'class-options', attrs: { 'data-testid': 'choices' } });
  const playButton = el('button', {
    className: 'btn primary',
    attrs: { 'data-testid': 'class-play' },
    on: { click: () => run({ type: 'choose' }) },
  });
  const phoneStatus = el('p', {
    className: 'phone-status',
    attrs: { 'data-testid': 'phone-status', 'aria-live': 'polite', hidden: true },
  });
  const closePhones = el('button', {
    className: 'btn small',
    attrs: { 'data-testid': 'close-phone-vote', hidden: true },
    on: { click: () => run({ type: 'close-phone-vote' }) },
  });
  const decision = el(
    'section',
    { className: 'class-decision', attrs: { 'aria-labelledby': 'class-debate', tabindex: -1, hidden: true } },
    [
      el('div', { className: 'class-decision-head' }, [debate, prompt]),
      options,
      el('div', { className: 'row' }, [playButton, closePhones, phoneStatus]),
    ],
  );

  const { panel, speaker, speakerTitle, text, continueButton } = dialoguePanel(
    ctx,
    'dialogue class-dialogue',
  );
  // The room's focus rests on the panel (see renderLine): it must be able to take it.
  panel.tabIndex = -1;

  const compare = el('aside', {
    className: 'class-compare',
    attrs: { hidden: true },
  });

  const root = el('main', { className: 'screen play-screen classroom-screen' }, [
    topbar,
    compare,
    decision,
    panel,
  ]);

  const session = (): ClassSession | null =>
    state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;

  const renderTimer = () => {
    const s = session();
    const cs = classStrings(state.settings.locale);
    const _rs = roomStrings(state.settings.locale);
    if (!s) return;
    const remaining = timerRemaining(s.timer, Date.now());
    timerText.textContent = remaining === 0 ? cs.timeUp : formatClock(remaining);
    timerBox.classList.toggle('running', s.timer.runningSince !== null);
    timerBox.classList.toggle('up', remaining === 0);
    timerToggle.textContent = s.timer.runningSince !== null ? '❚❚' : '▶';
    timerToggle.setAttribute('aria-label', s.timer.runningSince !== null ? cs.timerPause : cs.timerStart);
    timerToggle.title = timerToggle.getAttribute('aria-label') ?? '';
    timerReset.setAttribute('aria-label', cs.timerReset);
    timerReset.title = cs.timerReset;
  };
  // The clock ticks on its own; the store only changes when the trainer starts, stops or resets it.
  const ticker = setInterval(() => {
    if (!timerBox.hidden) renderTimer();
  }, 250);

  const renderOptions = (step: Extract<StoryStep, { kind: 'choices' }>, s: ClassSession) => {
    const cs = classStrings(state.settings.locale);
    const rs = roomStrings(state.settings.locale);
    const { key, counts } = openTally(s);
    const shares = voteShares(counts);
    // Phones' votes sit beside the hands', never added to them on screen: the record keeps both.
    const phonesOn = phonesLinked(state) || openPhoneVote(s) !== null;
    const phoneCounts = phoneCountsAt(s, key, counts.length);
    // With phones the bar is the room's share: hands and phones together, as Enter weighs them.
    const roomShares = voteShares(counts.map((c, i) => c + (phoneCounts[i] ?? 0)));
    const selected = optionToPlay(step, state.selection, s) ?? 0;
    // On a what-if, mark what the main line did at this same point, for the room to compare.
    const samePlace = mainChoiceHere(s);
    // Redrawing the options must not lose the trainer's place (a vote clicked, an option selected).
    const focused = document.activeElement?.getAttribute('data-testid') ?? null;
    replaceChildren(
      options,
      // Shown in the session's order; votes and the selection keep authored indices (i).
      ...shownOrder(step).map((i, shown) => {
        const option = step.options[i] as ChoiceOption;
        const n = shown + 1;
        const count = counts[i] ?? 0;
        const share = shares[i] ?? 0;
        const isSelected = i === selected;
        return el(
          'li',
          {
            className: `class-option${isSelected ? ' selected' : ''}`,
            attrs: { 'data-testid': `option-${n}` },
          },
          [
            el(
              'button',
              {
                className: 'class-option-main',
                attrs: { 'aria-pressed': String(isSelected), 'data-testid': `choice-${n}` },
                on: { click: () => run({ type: 'select', option: i }) },
              },
              [
                el('span', {
                  className: 'choice-key',
                  text: String(n),
                  attrs: { 'aria-hidden': 'true' },
                }),
                el('span', { className: 'class-option-text', text: option.text }),
                samePlace === i ? el('span', { className: 'main-took', text: cs.mainTook }) : null,
                isSelected ? el('span', { className: 'will-play', text: `⏎ ${cs.willPlay}` }) : null,
              ],
            ),
            el('div', { className: 'class-votes' }, [
              el('button', {
                className: 'vote-btn',
                text: '−',
                attrs: {
                  'aria-label': cs.unvoteFor(n),
                  title: cs.unvoteFor(n),
                  'data-testid': `unvote-${n}`,
                },
                on: { click: () => run({ type: 'vote', option: i, delta: -1 }) },
              }),
              el('span', { className: 'vote-bar', attrs: { 'aria-hidden': 'true' } }, [
                el('span', {
                  className: 'vote-fill',
                  style: { width: percent(phonesOn ? (roomShares[i] ?? 0) : share) },
                }),
              ]),
              phonesOn
                ? // One line for both, so four options still fit a 720p projector: hands, then phones.
                  el('span', { className: 'vote-count' }, [
                    el('span', { text: `${rs.hands} ${count}`, attrs: { 'data-testid': `votes-${n}` } }),
                    ' · ',
                    el('span', {
                      className: 'phone-count',
                      text: `${rs.phonesLabel} ${phoneCounts[i] ?? 0}`,
                      attrs: { 'data-testid': `phone-votes-${n}` },
                    }),
                  ])
                : el('span', {
                    className: 'vote-count',
                    text: count > 0 ? `${cs.votes(count)} · ${percent(share)}` : cs.votes(0),
                    attrs: { 'data-testid': `votes-${n}` },
                  }),
              el('button', {
                className: 'vote-btn',
                text: '+',
                attrs: {
                  'aria-label': cs.voteFor(n),
                  title: cs.voteFor(n),
                  'data-testid': `vote-${n}`,
                },
                on: { click: () => run({ type: 'vote', option: i, delta: 1 }) },
              }),
            ]),
          ],
        );
      }),
    );
    playButton.textContent = `▶ ${cs.playOption(positionOf(step, selected) + 1)}`;
    if (focused && document.activeElement === document.body) {
      root.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
    }
  };

  const renderCompare = (s: ClassSession) => {
    const branch = currentBranch(s);
    const comparison = branch.kind === 'what-if' ? compareWithMain(s, branch.id) : null;
    // Nothing to set side by side until the what-if has a decision of its own.
    if (!comparison || comparison.whatIf.decisions.length === 0) {
      compare.hidden = true;
      return;
    }
    compare.hidden = false;
    replaceChildren(compare, comparisonTable(comparison, t(state), classStrings(state.settings.locale)));
  };

  const renderRoom = (sess: ClassSession) => {
    const cs = classStrings(state.settings.locale);
    const rs = roomStrings(state.settings.locale);
    const room = state.room;
    roomChip.hidden = room.status === 'off';
    roomChip.classList.toggle(
      'reconnecting',
      room.status === 'reconnecting' || room.status === 'unavailable',
    );
    roomChip.textContent =
      room.status === 'live' && room.code
        ? rs.roomLive(room.code, room.phones)
        : room.status === 'unavailable'
          ? cs.roomStart
          : room.status === 'reconnecting'
            ? rs.roomReconnecting
            : rs.roomConnecting;
    roomChip.setAttribute('aria-label', `${roomChip.textContent} · ${cs.keys.joinCard}`);
    const vote = openPhoneVote(sess);
    const showPhones = phonesLinked(state) || vote !== null;
    phoneStatus.hidden = !showPhones;
    closePhones.hidden = !showPhones || vote?.open === false || room.status !== 'live';
    closePhones.textContent = rs.closePhoneVote;
    const voters = vote?.voters ?? 0;
    phoneStatus.textContent =
      vote?.open === false
        ? `${rs.phoneClosed} · ${rs.phoneVotes(voters)}`
        : `${rs.phoneVoting} · ${rs.phoneVotes(voters)} · ${rs.phones(room.phones)}`;
    phoneStatus.classList.toggle('closed', vote?.open === false);
  };

  const renderLine = (step: Extract<StoryStep, { kind: 'line' }>) => {
    decision.hidden = true;
    panel.hidden = false;
    continueButton.hidden = false;
    showLine({ panel, speaker, speakerTitle, text }, step.line, ctx, state);
    // The panel, not the Continue button, takes focus: in the room Enter plays an option, and
    // an Enter meant for a line must not fall through to the decision that follows it.
    panel.focus();
  };

  const render = (next: GameState) => {
    state = next;
    const s = t(state);
    const cs = classStrings(state.settings.locale);
    const _rs = roomStrings(state.settings.locale);
    const sess = session();
    heading.render(state);
    badge.textContent = cs.badge;
    keysButton.textContent = cs.keysButton;
    previousButton.setAttribute('aria-label', cs.previous);
    previousButton.title = cs.previous;
    mainButton.textContent = cs.returnToMain;
    mainButton.setAttribute('aria-label', cs.keys.main);
    continueButton.textContent = `${s.continueLabel} ▸`;
    debate.textContent = cs.debate;
    if (!sess) return;
    const branch = currentBranch(sess);
    branchChip.textContent = branchLabel(sess, branch, cs);
    branchChip.classList.toggle('what-if', branch.kind === 'what-if');
    mainButton.hidden = branch.kind === 'main';
    previousButton.disabled = branch.snapshot.decisions.length === 0;
    const step = state.step;
    const made = state.snapshot?.decisions.length ?? 0;
    counter.textContent = step?.kind === 'choices' ? cs.decision(made + 1) : s.decisionsMade(made);
    timerBox.hidden = step?.kind !== 'choices';
    renderTimer();
    renderCompare(sess);
    renderRoom(sess);
    if (step?.kind === 'choices') {
      const first = step !== renderedStep;
      renderedStep = step;
      decision.hidden = false;
      panel.hidden = true;
      prompt.textContent = step.prompt ?? '';
      renderOptions(step, sess);
      if (first) decision.focus();
    } else if (step?.kind === 'line' && step !== renderedStep) {
      renderedStep = step;
      renderLine(step);
    }
  };

  return scenarioScreen(initial, {
    root,
    render,
    decision,
    line: panel,
    destroy: () => clearInterval(ticker),
  });
}
