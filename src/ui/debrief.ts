import { CAPABILITIES, capabilityTotals } from '../narrative/capabilities.ts';
import type { ChoiceOption } from '../narrative/engine.ts';
import { buildDebrief } from '../state/scoring.ts';
import type { GameState } from '../state/store.ts';
import { stringsFor } from '../words/catalogue.ts';
import { CAPABILITY_NAMES } from '../words/roles.ts';
import { localeOf, type Screen, t, type UiContext } from './context.ts';
import { createDebriefResults } from './debrief-results/view.ts';
import { el } from './dom.ts';
import type { Strings } from './i18n.ts';
import { resultStrings } from './i18n-results.ts';
import { yearStrings } from './i18n-year.ts';
import { capabilityRow, roleRow } from './role-meter.ts';
import { scoreChipList } from './score-chips.ts';

function optionBlock(label: string, option: ChoiceOption, s: Strings, className: string): HTMLElement {
  return el('div', { className: `option-block ${className}` }, [
    el('p', { className: 'option-label' }, [el('span', { text: label }), scoreChipList(option.score, s)]),
    el('p', { className: 'option-text', text: option.text }),
    option.feedback
      ? el('p', { className: 'coach-note' }, [
          el('span', { className: 'visually-hidden', text: `${s.coachNote}: ` }),
          option.feedback,
        ])
      : null,
  ]);
}

/** How the room's debrief words it: the room chose, by a vote (see class-debrief.ts). */
export interface DebriefVoice {
  chosenLabel: string;
  choseBest: string;
  /** a line under decision `number`, e.g. the room's vote */
  decisionNote(number: number): string | null;
}

export function debriefScreen(ctx: UiContext, state: GameState, voice?: DebriefVoice): Screen {
  const s = t(state);
  const rs = resultStrings(localeOf(state));
  const meta = state.scenario?.meta;
  const snapshot = state.snapshot;
  const ending = snapshot?.ending ?? null;
  const debrief = buildDebrief(
    snapshot?.decisions ?? [],
    meta?.possible ?? null,
    ending,
    meta?.header?.role ?? null,
  );
  const endingKey = ending ?? 'none';

  const chart = debrief.scored
    ? el('section', { className: 'card roles-card', attrs: { 'aria-labelledby': 'roles-heading' } }, [
        el('h2', { text: s.rolesHeading, attrs: { id: 'roles-heading' } }),
        el('p', { className: 'muted', text: s.rolesNote }),
        el(
          'ul',
          { className: 'role-chart', attrs: { 'data-testid': 'role-chart' } },
          debrief.roles.map((r) =>
            roleRow({
              role: r.role,
              name: s.roleNames[r.role],
              earned: r.earned,
              possible: r.possible,
              share: r.share,
              meter: { max: r.possible, now: Math.max(0, r.earned) },
              value: r.possible === null ? String(r.earned) : s.earnedOf(r.earned, r.possible),
            }),
          ),
        ),
        meta && !meta.possible ? el('p', { className: 'muted', text: s.possiblePending }) : null,
        meta?.possible && !meta.exact ? el('p', { className: 'muted', text: s.boundNote }) : null,
        debrief.focusNext.length > 0
          ? el('p', {
              className: 'focus-next',
              attrs: { 'data-testid': 'focus-next' },
              // Labelled by what it measures: points left (possible − earned), not the share
              // the profile ranks on.
              text: rs.mostPointsLeft(
                debrief.focusNext
                  .map((role) => {
                    const row = debrief.roles.find((x) => x.role === role);
                    const left = (row?.possible ?? 0) - (row?.earned ?? 0);
                    return rs.pointsLeftItem(s.roleNames[role], String(left));
                  })
                  .join(' · '),
              ),
            })
          : null,
      ])
    : el('section', { className: 'card' }, [el('p', { text: s.unscored })]);

  // The eight capabilities, the course's bars per key business activity: the same points,
  // counted by each chosen option's `# cap:`, out of the most one path can earn.
  const capPossible = meta?.capabilityPossible ?? null;
  const capEarned = capabilityTotals((snapshot?.decisions ?? []).map((d) => d.options[d.chosen]));
  const capNames = stringsFor(CAPABILITY_NAMES, localeOf(state));
  const capabilities =
    debrief.scored && capPossible
      ? el('section', { className: 'card caps-card', attrs: { 'aria-labelledby': 'caps-heading' } }, [
          el('h2', { text: rs.capabilities.heading, attrs: { id: 'caps-heading' } }),
          el('p', { className: 'muted', text: rs.capabilities.intro }),
          el(
            'ul',
            { className: 'role-chart cap-chart', attrs: { 'data-testid': 'cap-chart' } },
            CAPABILITIES.map((cap) => {
              const possible = Math.max(0, capPossible[cap]);
              const earned = Math.min(capEarned[cap], possible);
              const unexercised = possible === 0 && earned === 0;
              return capabilityRow({
                cap,
                name: capNames[cap],
                earned,
                possible,
                share: possible > 0 ? Math.max(0, earned) / possible : 0,
                value: unexercised ? rs.capabilities.none : s.earnedOf(earned, possible),
                unexercised,
              });
            }),
          ),
        ])
      : null;

  // The learner's name, PARR plan, export and class comparison (debrief-results.ts).
  const mine = createDebriefResults(
    ctx,
    state,
    debrief.scored ? [chart, ...(capabilities ? [capabilities] : [])] : [],
  );
  if (debrief.scored) chart.append(mine.compare);

  const decisions = el(
    'section',
    { className: 'card decisions-card', attrs: { 'aria-labelledby': 'decisions-heading' } },
    [
      el('h2', { text: s.decisionsHeading, attrs: { id: 'decisions-heading' } }),
      el(
        'ol',
        { className: 'decision-list', attrs: { 'data-testid': 'decision-list' } },
        debrief.decisions.map((d) =>
          el('li', { className: 'decision-item' }, [
            el('p', { className: 'decision-head' }, [
              el('strong', { text: s.decisionOf(d.number) }),
              d.prompt ? el('span', { className: 'prompt', text: ` · ${d.prompt}` }) : null,
            ]),
            optionBlock(voice?.chosenLabel ?? s.youChose, d.chosen, s, 'chosen'),
            voice?.decisionNote(d.number)
              ? el('p', { className: 'room-vote', text: voice.decisionNote(d.number) ?? '' })
              : null,
            d.choseBest || !d.best
              ? el('p', { className: 'chose-best', text: `✓ ${voice?.choseBest ?? s.youChoseBest}` })
              : optionBlock(s.bestWas, d.best, s, 'best'),
          ]),
        ),
      ),
    ],
  );

  // In Wu Di's year the ending has fed the year: the way on is the year's next step, not a replay.
  const inYear = Boolean(state.scenario?.year);
  const again = inYear
    ? el('button', {
        className: 'btn primary',
        text: yearStrings(localeOf(state)).next,
        attrs: { 'data-testid': 'year-next' },
        on: { click: () => ctx.game.actions.showYearStep() },
      })
    : el('button', {
        className: 'btn primary',
        text: s.playAgain,
        attrs: { 'data-testid': 'play-again' },
        on: { click: () => void ctx.game.actions.restartScenario() },
      });
  const menu = el('button', {
    className: 'btn',
    text: s.backToMenu,
    attrs: { 'data-testid': 'back-to-menu' },
    on: { click: () => ctx.game.actions.backToMenu() },
  });
  const heading = el('h1', {
    text: `${s.debriefHeading} · ${meta?.header?.title ?? ''}`,
    attrs: { tabindex: -1, id: 'debrief-heading' },
  });
  const root = el(
    'main',
    {
      className: 'screen debrief-screen',
      attrs: { 'aria-labelledby': 'debrief-heading', 'data-testid': 'debrief' },
    },
    [
      el('div', { className: 'debrief-scroll' }, [
        el('header', { className: `card ending-card ending-${endingKey}` }, [
          heading,
          el('p', {
            className: 'ending-title',
            text: s.endings[endingKey],
            attrs: { 'data-testid': 'ending', 'data-ending': endingKey },
          }),
          el('p', { text: s.endingNotes[endingKey] }),
        ]),
        mine.nameCard,
        chart,
        capabilities,
        mine.selfCard,
        decisions,
        mine.planCard,
        mine.exportCard,
        el('div', { className: 'row actions' }, [
          el('button', {
            className: 'btn ghost',
            text: s.glossary.open,
            attrs: { 'data-testid': 'debrief-glossary' },
            on: { click: () => ctx.game.actions.showGlossary() },
          }),
          el('span', { className: 'spacer' }),
          menu,
          again,
        ]),
      ]),
    ],
  );
  return { root, update() {}, focus: () => heading.focus(), destroy: () => mine.destroy() };
}
