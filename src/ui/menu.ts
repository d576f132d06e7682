import type { GameState } from '../state/store.ts';
import { stringsFor } from '../words/catalogue.ts';
import { SELF_INVITE_WORDS } from '../words/self-invite.ts';
import { STAGE_WORDS } from '../words/stages.ts';
import { localeOf, type Screen, t, type UiContext } from './context.ts';
import { button, el } from './dom.ts';
import { yearStrings } from './i18n-year.ts';
import { myStoriesSection } from './my-stories.ts';
import { yearCardModel } from './year/model.ts';

/** Wu Di's year on the menu: start it, resume it where it stands, or start a new one. */
function yearCard(ctx: UiContext, state: GameState, titles: Record<string, string | null>): HTMLElement {
  const ys = yearStrings(localeOf(state));
  const m = yearCardModel(state.year, titles, ys);
  const year = state.year;
  const primary = button(
    m.primary,
    () => void (year ? ctx.game.actions.resumeYear() : ctx.game.actions.startYear()),
    { className: 'btn primary', testId: year ? 'year-resume' : 'year-start' },
  );
  const confirmRow = el('div', { className: 'row year-confirm', attrs: { hidden: true } });
  const again = m.again
    ? button(
        m.again,
        () => {
          confirmRow.hidden = false;
          (confirmRow.querySelector('[data-testid="year-new-cancel"]') as HTMLButtonElement | null)?.focus();
        },
        { className: 'btn ghost', testId: 'year-new' },
      )
    : null;
  if (again) {
    confirmRow.append(
      el('p', { text: ys.restartConfirm }),
      button(ys.restartYes, () => void ctx.game.actions.startYear(), {
        className: 'btn',
        testId: 'year-new-confirm',
      }),
      button(
        t(state).cancel,
        () => {
          confirmRow.hidden = true;
          again.focus();
        },
        { className: 'btn ghost', testId: 'year-new-cancel' },
      ),
    );
  }
  return el(
    'section',
    {
      className: 'card year-card',
      attrs: { 'aria-labelledby': 'year-card-heading', 'data-testid': 'year-card' },
    },
    [
      el('h2', { text: ys.heading, attrs: { id: 'year-card-heading' } }),
      el('p', { className: 'scenario-summary', text: ys.intro }),
      el('p', { className: 'year-status', text: m.status, attrs: { 'data-testid': 'year-status' } }),
      el('div', { className: 'row' }, [primary, again]),
      again ? confirmRow : null,
    ],
  );
}

export function menuScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const stories = ctx.library().list(localeOf(state));
  const cards = stories.map((meta) => {
    const progress = state.progress[meta.id];
    const run = state.runs[meta.id];
    const inProgress = run !== undefined && !run.play.ended;
    const started = inProgress || progress?.status === 'in-progress';
    const status = started
      ? s.status.inProgress
      : progress?.status === 'finished'
        ? s.status.finished
        : s.status.notStarted;
    const role = meta.header?.role ?? null;
    const label = inProgress ? s.resume : progress?.status === 'finished' ? s.playAgain : s.play;
    const title = meta.header?.title ?? meta.id;
    const button = el('button', {
      className: 'btn primary',
      text: label,
      attrs: {
        'data-testid': `play-${meta.id}`,
        // five buttons named "Play" are one to a screen reader: each says which scenario
        'aria-label': localeOf(state) === 'zh-CN' ? `${label}：${title}` : `${label}: ${title}`,
        'aria-describedby': `summary-${meta.id}`,
      },
      on: { click: () => void ctx.game.actions.openScenario(meta.id) },
    });
    return el(
      'li',
      { className: `scenario-card${role ? ` role-${role}` : ''}`, attrs: { 'data-scenario': meta.id } },
      [
        el('div', { className: 'scenario-head' }, [
          el('span', { className: 'scenario-order', text: String(meta.header?.order ?? '·') }),
          el('h2', { text: meta.header?.title ?? meta.id }),
        ]),
        role &&
          el('p', { className: 'scenario-role' }, [
            el('span', { className: 'role-chip', text: role }),
            ` ${s.focusRole}: ${s.roleNames[role]}`,
          ]),
        el('p', {
          className: 'scenario-summary',
          text: meta.header?.summary ?? '',
          attrs: { id: `summary-${meta.id}` },
        }),
        el('p', { className: 'scenario-facts' }, [
          meta.decisionsMax > 0
            ? el('span', { text: s.decisionsRange(meta.decisionsMin, meta.decisionsMax) })
            : null,
          meta.header?.stage
            ? el('span', {
                className: 'stage',
                text: s.accountStage(STAGE_WORDS[localeOf(state)][meta.header.stage].name),
                attrs: { 'data-testid': `stage-${meta.id}` },
              })
            : null,
          el('span', {
            className: `status status-${started ? 'progress' : (progress?.status ?? 'new')}`,
            text: status,
            attrs: { 'data-testid': `status-${meta.id}` },
          }),
          progress?.bestEnding
            ? el('span', {
                className: `best ending-${progress.bestEnding}`,
                text: `${s.bestEnding}: ${s.endings[progress.bestEnding]}`,
              })
            : null,
        ]),
        button,
      ],
    );
  });
  const mine = myStoriesSection(ctx, state);
  // Before the first scenario, a learner on their own is asked how they work today; the
  // debrief and profile then set it beside their play. Skippable, and open from the profile.
  const w = stringsFor(SELF_INVITE_WORDS, localeOf(state));
  const invite =
    state.settings.mode === 'solo' && !ctx.results.selfRating() && ctx.results.list().length === 0
      ? el('section', { className: 'card self-invite', attrs: { 'data-testid': 'self-invite' } }, [
          el('p', { text: w.invite }),
          el('div', { className: 'row' }, [
            button(w.inviteAction, () => ctx.game.actions.show('self-assessment'), {
              className: 'btn primary',
              testId: 'self-invite-rate',
            }),
            button(w.inviteLater, () => invite?.remove(), {
              className: 'btn ghost',
              testId: 'self-invite-later',
            }),
          ]),
        ])
      : null;
  const firstButton = () => document.querySelector<HTMLButtonElement>('.scenario-card .btn');
  const root = el('main', { className: 'screen menu-screen', attrs: { 'aria-labelledby': 'menu-heading' } }, [
    el('header', { className: 'menu-header' }, [
      el('div', {}, [
        el('h1', { text: s.menuHeading, attrs: { id: 'menu-heading' } }),
        el('p', { text: s.menuIntro }),
      ]),
      el('div', { className: 'row' }, [
        button(s.replayPrologue, () => ctx.game.actions.showPrologue(), { className: 'btn ghost' }),
        button(s.glossary.open, () => ctx.game.actions.showGlossary(), {
          className: 'btn ghost',
          testId: 'open-glossary',
        }),
        button(s.profileOpen, () => ctx.game.actions.show('profile'), {
          className: 'btn ghost',
          testId: 'open-profile',
        }),
        button(s.map.open, () => ctx.game.actions.showMaps(), {
          className: 'btn ghost',
          testId: 'open-maps',
        }),
        button(s.classViewOpen, () => ctx.game.actions.show('class-view'), {
          className: 'btn ghost',
          testId: 'open-class-view',
        }),
        button(s.settings, () => ctx.openPause({ inScenario: false }), {
          className: 'btn ghost',
          testId: 'open-settings',
        }),
      ]),
    ]),
    invite,
    yearCard(ctx, state, Object.fromEntries(stories.map((meta) => [meta.id, meta.header?.title ?? null]))),
    el('ol', { className: 'scenario-list' }, cards),
    mine.element,
    el('p', { className: 'hint', text: s.keyboardHelp }),
  ]);
  return { root, update() {}, focus: () => firstButton()?.focus(), destroy: () => mine.destroy() };
}
