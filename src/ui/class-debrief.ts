import { phoneVotesAt } from '../classroom/phone-votes.ts';
import {
  type Branch,
  type ClassSession,
  compareWithMain,
  currentBranch,
  forkOf,
  isRedundant,
  timeSpentOn,
  voteAsShown,
  votesAt,
} from '../classroom/session.ts';
import type { GameState } from '../state/store.ts';
import { STAGE_WORDS } from '../words/stages.ts';
import { comparisonTable } from './class-compare.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { debriefScreen } from './debrief.ts';
import { el } from './dom.ts';
import { type ClassStrings, classStrings } from './i18n-class.ts';
import { roomStrings } from './i18n-room.ts';

/** How the room knows a branch: the main line, a look back at it, or a what-if from a decision. */
export function branchLabel(session: ClassSession, branch: Branch, cs: ClassStrings): string {
  if (branch.kind === 'main') return cs.mainLine;
  if (isRedundant(session, branch)) return cs.reviewing(branch.snapshot.decisions.length + 1);
  return cs.whatIfFrom(forkOf(session, branch));
}

/**
 * The debrief as the room sees it: the usual debrief of the branch on screen, in the room's
 * voice (what the room chose, and how it voted), led by the branches the room explored, the
 * what-if set beside the main line, and the way back; it closes on the course's questions.
 */
/**
 * The course's closing questions; where the scenario names its account stage, the stage
 * question is the course's own question for that stage.
 */
export function closingQuestions(cs: ClassStrings, state: GameState): string[] {
  const stage = state.scenario?.meta.header?.stage ?? null;
  if (stage === null) return cs.closing;
  const words = STAGE_WORDS[state.settings.locale ?? 'en'][stage];
  return cs.closing.map((q, i) => (i === STAGE_QUESTION ? words.question : q));
}

/** which of the closing questions asks about the account's stage */
const STAGE_QUESTION = 1;

export function classDebriefScreen(ctx: UiContext, state: GameState): Screen {
  const session: ClassSession | null = state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
  const cs = classStrings(state.settings.locale);
  const rs = roomStrings(state.settings.locale);
  const s = t(state);
  const branch = session ? currentBranch(session) : null;
  const inner = debriefScreen(ctx, state, {
    chosenLabel: cs.roomChose,
    choseBest: cs.roomChoseBest,
    decisionNote: (number) => {
      if (!session || !branch) return null;
      // Hands and phones are kept and shown apart: a show of hands and an anonymous vote differ.
      const hands = votesAt(session, branch.id, number);
      const phones = phoneVotesAt(session, branch.id, number);
      const handsShown = hands ? voteAsShown(branch, number, hands) : null;
      const phonesShown = phones ? voteAsShown(branch, number, phones) : null;
      const played = handsShown?.played ?? phonesShown?.played;
      if (played === undefined) return null;
      if (!phonesShown && handsShown) return cs.roomVote(handsShown.counts, played);
      return rs.roomVotes(handsShown?.counts ?? null, phonesShown?.counts ?? null, played);
    },
  });
  if (!session || !branch) return inner;
  const c = ctx.game.classroom;
  const comparison = branch.kind === 'what-if' ? compareWithMain(session, branch.id) : null;

  const rows = session.branches.map((b) => {
    const ending = b.snapshot.step.kind === 'end' ? b.snapshot.ending : null;
    const status =
      b.snapshot.step.kind === 'end' ? (ending ? s.endings[ending] : cs.unknownEnding) : cs.stillPlaying;
    const here = b.id === session.current;
    const minutes = Math.round(timeSpentOn(session, b.id) / 60_000);
    return el('li', { className: `branch-row${here ? ' current' : ''}`, attrs: { 'data-branch': b.id } }, [
      el('span', {
        className: `branch-chip${b.kind === 'what-if' ? ' what-if' : ''}`,
        text: branchLabel(session, b, cs),
      }),
      el('span', {
        className: 'branch-status',
        text: `${s.decisionsMade(b.snapshot.decisions.length)} · ${status} · ${cs.timeSpent(minutes)}`,
      }),
      here
        ? null
        : el('button', {
            className: 'btn small',
            text: cs.openBranch,
            attrs: { 'data-testid': `open-branch-${b.id}` },
            on: { click: () => c.goTo(b.id, b.snapshot.decisions.length + 1) },
          }),
    ]);
  });

  const section = el(
    'section',
    { className: 'card class-branches', attrs: { 'aria-labelledby': 'class-branches-h' } },
    [
      el('h2', { text: cs.branchesHeading, attrs: { id: 'class-branches-h' } }),
      el('ol', { className: 'branch-list' }, rows),
      comparison && comparison.whatIf.decisions.length > 0 ? comparisonTable(comparison, s, cs) : null,
      el('div', { className: 'row' }, [
        branch.snapshot.decisions.length > 0
          ? el('button', {
              className: 'btn',
              text: cs.previous,
              attrs: { 'data-testid': 'class-previous' },
              on: { click: () => c.previousDecision() },
            })
          : null,
        branch.kind === 'what-if'
          ? el('button', {
              className: 'btn primary',
              text: cs.returnToMain,
              attrs: { 'data-testid': 'return-main', 'aria-label': cs.keys.main },
              on: { click: () => c.returnToMain() },
            })
          : null,
      ]),
    ],
  );
  const scroll = inner.root.querySelector('.debrief-scroll');
  // The room is not a learner: no name, personal plan, export or "play again" (a new session
  // is started from the pause menu, which offers to save this one first).
  for (const part of inner.root.querySelectorAll(
    '.learner-card, .export-card, .parr-card, .compare, [data-testid="play-again"]',
  ))
    part.remove();
  const closing = el('section', { className: 'card closing-card' }, [
    el('h2', { text: cs.closingHeading }),
    el(
      'ol',
      {},
      closingQuestions(cs, state).map((q) => el('li', { text: q })),
    ),
  ]);
  scroll?.querySelector('.decisions-card')?.after(closing);
  // After the ending card: what happened first, then how the branches compare.
  const endingCard = scroll?.querySelector('.ending-card');
  if (endingCard) endingCard.after(section);
  else scroll?.prepend(section);
  inner.root.classList.add('class-debrief');
  return inner;
}
