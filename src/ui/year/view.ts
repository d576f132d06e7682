import type { YearState } from '../../campaign/year.ts';
import type { GameState } from '../../state/store.ts';
import { localeOf, type Screen, t, type UiContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { yearStrings } from '../i18n-year.ts';
import { roleMeter } from '../role-meter.ts';
import { type FactRow, type Titles, yearDebriefModel, yearStepModel } from './model.ts';

/** Titles of the library's scenarios in the language on screen. */
export function yearTitles(ctx: UiContext, state: GameState): Titles {
  return Object.fromEntries(
    ctx
      .library()
      .list(localeOf(state))
      .map((m) => [m.id, m.header?.title ?? null]),
  );
}

function factList(facts: FactRow[], empty: string, colon: string): HTMLElement {
  if (facts.length === 0) return el('p', { className: 'muted', text: empty });
  return el(
    'ul',
    { className: 'year-facts', attrs: { 'data-testid': 'year-facts' } },
    facts.map((f) =>
      el('li', { attrs: { 'data-fact': f.name } }, [
        el('span', { className: 'fact-label', text: `${f.label}${colon}` }),
        el('strong', { className: 'fact-value', text: f.value, attrs: { 'data-testid': `fact-${f.name}` } }),
        el('span', { className: 'fact-from muted', text: ` · ${f.from}` }),
      ]),
    ),
  );
}

/** Wu Di's year between two scenarios ("Next in the year"), or its debrief once every one is played. */
export function yearScreen(ctx: UiContext, state: GameState): Screen {
  const year = state.year;
  const ys = yearStrings(localeOf(state));
  const s = t(state);
  const titles = yearTitles(ctx, state);
  const menu = button(ys.backToMenu, () => ctx.game.actions.backToMenu(), { testId: 'year-menu' });
  if (!year || year.phase === 'playing') {
    const heading = el('h1', { text: ys.heading, attrs: { tabindex: -1, id: 'year-heading' } });
    const root = el(
      'main',
      { className: 'screen year-screen', attrs: { 'aria-labelledby': 'year-heading' } },
      [
        el('div', { className: 'year-scroll' }, [
          el('header', { className: 'card' }, [heading]),
          el('div', { className: 'row actions' }, [menu]),
        ]),
      ],
    );
    return { root, update() {}, focus: () => heading.focus() };
  }
  return year.phase === 'between'
    ? stepScreen(ctx, year, titles, ys, menu)
    : debriefScreen(year, titles, ys, s, menu);
}

function stepScreen(
  ctx: UiContext,
  year: YearState,
  titles: Titles,
  ys: ReturnType<typeof yearStrings>,
  menu: HTMLButtonElement,
): Screen {
  const m = yearStepModel(year, titles, ys);
  const heading = el('h1', { text: ys.stepHeading, attrs: { tabindex: -1, id: 'year-heading' } });
  const go = button(m.next, () => void ctx.game.actions.continueYear(), {
    className: 'btn primary',
    testId: 'year-continue',
  });
  const root = el(
    'main',
    {
      className: 'screen year-screen',
      attrs: { 'aria-labelledby': 'year-heading', 'data-testid': 'year-step' },
    },
    [
      el('div', { className: 'year-scroll' }, [
        el('header', { className: 'card' }, [heading, el('p', { text: ys.stepIntro })]),
        el('section', { className: 'card', attrs: { 'aria-labelledby': 'year-facts-heading' } }, [
          el('h2', { text: ys.factsHeading, attrs: { id: 'year-facts-heading' } }),
          factList(m.facts, ys.noFacts, ys.colon),
        ]),
        el('div', { className: 'row actions' }, [menu, el('span', { className: 'spacer' }), go]),
      ]),
    ],
  );
  return { root, update() {}, focus: () => go.focus() };
}

function debriefScreen(
  year: YearState,
  titles: Titles,
  ys: ReturnType<typeof yearStrings>,
  s: ReturnType<typeof t>,
  menu: HTMLButtonElement,
): Screen {
  const m = yearDebriefModel(year, titles, ys);
  const heading = el('h1', { text: ys.debriefHeading, attrs: { tabindex: -1, id: 'year-heading' } });
  const roleHeads = ['S', 'T', 'R', 'O', 'BE'] as const;
  const table = el('table', { className: 'year-roles', attrs: { 'data-testid': 'year-roles' } }, [
    el('caption', { className: 'muted', text: ys.rolesNote }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: ys.scenarioCol, attrs: { scope: 'col' } }),
        el('th', { text: ys.endingCol, attrs: { scope: 'col' } }),
        ...roleHeads.map((role) =>
          el('th', { attrs: { scope: 'col', title: s.roleNames[role] } }, [
            el('span', { className: `role-chip role-${role}`, text: role }),
            el('span', { className: 'visually-hidden', text: ` ${s.roleNames[role]}` }),
          ]),
        ),
      ]),
    ]),
    el(
      'tbody',
      {},
      m.rows.map((row) =>
        el('tr', { attrs: { 'data-scenario': row.id } }, [
          el('th', { text: `${row.number}. ${row.title}`, attrs: { scope: 'row' } }),
          el('td', {
            className: row.ending ? `ending-${row.ending}` : 'muted',
            text: row.ending ? s.endings[row.ending] : ys.notPlayed,
            attrs: { 'data-testid': `year-ending-${row.id}` },
          }),
          ...(row.cells
            ? row.cells.map((c) =>
                el('td', { className: `role-${c.role}`, attrs: { 'data-role': c.role } }, [
                  roleMeter({
                    label: `${row.title}, ${s.roleNames[c.role]}`,
                    earned: c.earned,
                    share: c.share,
                    meter: { max: c.possible, now: Math.max(0, c.earned), text: c.text },
                  }),
                  el('span', { className: 'cell-value', text: c.text }),
                ]),
              )
            : roleHeads.map(() => el('td', { className: 'muted', text: '–' }))),
        ]),
      ),
    ),
  ]);
  const turning =
    m.turning.length === 0
      ? el('p', { className: 'muted', text: ys.noTurning })
      : el(
          'ol',
          { className: 'year-turning', attrs: { 'data-testid': 'year-turning' } },
          m.turning.map((row) =>
            el('li', {}, [
              el('p', {}, [
                el('strong', { text: row.scenario }),
                ` · ${row.decision}`,
                row.prompt ? ` · ${row.prompt}` : '',
              ]),
              el('p', {}, [
                el('span', { className: 'muted', text: `${ys.youChose}${ys.colon}` }),
                row.option,
              ]),
              el('p', { className: 'turned', text: row.change }),
            ]),
          ),
        );
  const root = el(
    'main',
    {
      className: 'screen year-screen',
      attrs: { 'aria-labelledby': 'year-heading', 'data-testid': 'year-debrief' },
    },
    [
      el('div', { className: 'year-scroll' }, [
        el('header', { className: 'card' }, [heading, el('p', { text: ys.debriefIntro })]),
        el('section', { className: 'card', attrs: { 'aria-labelledby': 'year-roles-heading' } }, [
          el('h2', { text: ys.rolesHeading, attrs: { id: 'year-roles-heading' } }),
          el('div', { className: 'table-scroll' }, [table]),
        ]),
        el('section', { className: 'card', attrs: { 'aria-labelledby': 'year-facts-heading' } }, [
          el('h2', { text: ys.factsHeading, attrs: { id: 'year-facts-heading' } }),
          factList(m.facts, ys.noFacts, ys.colon),
        ]),
        el('section', { className: 'card', attrs: { 'aria-labelledby': 'year-turning-heading' } }, [
          el('h2', { text: ys.turningHeading, attrs: { id: 'year-turning-heading' } }),
          turning,
        ]),
        el('div', { className: 'row actions' }, [menu]),
      ]),
    ],
  );
  return { root, update() {}, focus: () => heading.focus() };
}
