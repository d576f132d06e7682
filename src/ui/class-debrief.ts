import { type ClassSession, compareWithMain, currentBranch } from '../classroom/session.ts';
import { ROLES } from '../narrative/roles.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { debriefScreen } from './debrief.ts';
import { el } from './dom.ts';
import { classStrings } from './i18n-class.ts';

/**
 * The debrief as the room sees it: the usual debrief of the branch on screen, led by the
 * branches the room explored, the what-if set beside the main line, and the way back.
 */
export function classDebriefScreen(ctx: UiContext, state: GameState): Screen {
  const inner = debriefScreen(ctx, state);
  const session: ClassSession | null = state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
  if (!session) return inner;
  const cs = classStrings(state.settings.locale);
  const s = t(state);
  const c = ctx.game.classroom;
  const branch = currentBranch(session);
  const comparison = branch.kind === 'what-if' ? compareWithMain(session, branch.id) : null;
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));

  const rows = session.branches.map((b) => {
    const ending = b.snapshot.step.kind === 'end' ? b.snapshot.ending : null;
    const status =
      b.snapshot.step.kind === 'end' ? (ending ? s.endings[ending] : cs.unknownEnding) : cs.stillPlaying;
    const here = b.id === session.current;
    const spentMs = session.timings.filter((x) => x.branch === b.id).reduce((sum, x) => sum + x.totalMs, 0);
    return el('li', { className: `branch-row${here ? ' current' : ''}`, attrs: { 'data-branch': b.id } }, [
      el('span', {
        className: `branch-chip${b.kind === 'what-if' ? ' what-if' : ''}`,
        text: cs.branchRow(b.id, b.kind, b.forkAt),
      }),
      el('span', {
        className: 'branch-status',
        text: `${s.decisionsMade(b.snapshot.decisions.length)} · ${status} · ${cs.timeSpent(Math.round(spentMs / 60_000))}`,
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
      comparison && comparison.whatIf.decisions.length > 0
        ? el('table', { className: 'compare-table', attrs: { 'data-testid': 'class-compare' } }, [
            el('caption', { text: cs.compareHeading(comparison.forkAt) }),
            el('thead', {}, [
              el('tr', {}, [
                el('th', { text: '' }),
                el('th', { text: cs.compareMain, attrs: { scope: 'col' } }),
                el('th', { text: cs.compareWhatIf, attrs: { scope: 'col' } }),
                el('th', { text: cs.compareDiff, attrs: { scope: 'col' } }),
              ]),
            ]),
            el(
              'tbody',
              {},
              ROLES.map((role) => {
                const d = comparison.difference[role];
                return el('tr', {}, [
                  el('th', { attrs: { scope: 'row' } }, [
                    el('span', { className: `role-chip role-${role}`, text: role }),
                  ]),
                  el('td', { text: sign(comparison.main.fromFork[role]) }),
                  el('td', { text: sign(comparison.whatIf.fromFork[role]) }),
                  el('td', { className: d > 0 ? 'up' : d < 0 ? 'down' : '', text: d === 0 ? '=' : sign(d) }),
                ]);
              }),
            ),
          ])
        : null,
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
              attrs: { 'data-testid': 'return-main' },
              on: { click: () => c.returnToMain() },
            })
          : null,
      ]),
    ],
  );
  const scroll = inner.root.querySelector('.debrief-scroll');
  // The room is not a learner: no name, no personal plan or export. The course's PARR prompts
  // stay, for the room to draft plans together.
  for (const part of inner.root.querySelectorAll('.learner-card, .export-card, .parr-card, .compare'))
    part.remove();
  const parr = el('section', { className: 'card parr-card' }, [
    el('h2', { text: s.parrHeading }),
    el(
      'ol',
      {},
      s.parr.map((p) => el('li', { text: p })),
    ),
  ]);
  scroll?.querySelector('.decisions-card')?.after(parr);
  // After the ending card: what happened first, then how the branches compare.
  const endingCard = scroll?.querySelector('.ending-card');
  if (endingCard) endingCard.after(section);
  else scroll?.prepend(section);
  inner.root.classList.add('class-debrief');
  return inner;
}
