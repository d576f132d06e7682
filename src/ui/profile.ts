import { ROLES } from '../narrative/roles.ts';
import { exportFileName } from '../results/export.ts';
import {
  buildProfile,
  type CostlyDecision,
  latestPerScenario,
  type ProfileRole,
} from '../results/profile.ts';
import type { ResultOption } from '../results/result.ts';
import type { GameState } from '../state/store.ts';
import { localeOf, type Screen, t, type UiContext } from './context.ts';
import { downloadCsv, downloadJson, problemList } from './debrief-results.ts';
import { el, svg } from './dom.ts';
import type { Strings } from './i18n.ts';
import { type ResultStrings, resultStrings } from './i18n-results.ts';
import { roleMeter } from './role-meter.ts';

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 140;

function point(index: number, share: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ROLES.length;
  return [CENTER + Math.cos(angle) * RADIUS * share, CENTER + Math.sin(angle) * RADIUS * share];
}

/** A true minus sign: a role that lost points shows −50%, not a clamped 0%. */
const signed = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));
const percent = (ratio: number) => `${signed(Math.round(ratio * 100))}%`;

function polygon(shares: readonly number[]): string {
  return shares
    .map((share, i) =>
      point(i, share)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');
}

function svgText(x: number, y: number, text: string, className: string): SVGElement {
  const node = svg('text', { x: x.toFixed(1), y: y.toFixed(1), class: className, 'text-anchor': 'middle' });
  node.textContent = text;
  return node;
}

/** Five axes, one per role; the shape is the share of points earned on each. */
function radar(roles: readonly ProfileRole[], r: ResultStrings): SVGElement {
  const rings = [0.25, 0.5, 0.75, 1].map((level) =>
    svg('polygon', {
      points: polygon(ROLES.map(() => level)),
      class: `radar-ring${level === 1 ? ' outer' : ''}`,
    }),
  );
  const axes = ROLES.map((_, i) => {
    const [x, y] = point(i, 1);
    return svg('line', { x1: CENTER, y1: CENTER, x2: x.toFixed(1), y2: y.toFixed(1), class: 'radar-axis' });
  });
  const shape = svg('polygon', {
    points: polygon(roles.map((role) => Math.max(role.share, 0.02))),
    class: 'radar-shape',
    'data-testid': 'radar-shape',
  });
  const dots = roles.map((role, i) => {
    const [x, y] = point(i, Math.max(role.share, 0.02));
    return svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 6, class: `radar-dot role-${role.role}` });
  });
  const labels = roles.flatMap((role, i) => {
    const [x, y] = point(i, 1.22);
    return [
      svgText(x, y - 4, role.role, `radar-label role-${role.role}`),
      svgText(x, y + 22, role.possible > 0 ? percent(role.ratio) : '–', 'radar-value'),
    ];
  });
  const root = svg(
    'svg',
    {
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      class: 'radar',
      role: 'img',
      'aria-label': `${r.profile.radarLabel}: ${roles
        .map((role) => `${role.role} ${role.possible > 0 ? percent(role.ratio) : '–'}`)
        .join(', ')}`,
      'data-testid': 'radar',
    },
    [...rings, ...axes, shape, ...dots, ...labels],
  );
  return root;
}

function optionLine(label: string, option: ResultOption, className: string, r: ResultStrings): HTMLElement {
  const terms = ROLES.filter((role) => option.score[role] !== undefined);
  return el('p', { className: `costly-option ${className}` }, [
    el('span', { className: 'costly-label', text: `${label}${r.colon}` }),
    option.text,
    ' ',
    ...terms.map((role) => {
      const v = option.score[role] ?? 0;
      return el('span', {
        className: `score-chip role-${role} ${v < 0 ? 'neg' : 'pos'}`,
        text: `${role} ${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`,
      });
    }),
  ]);
}

function costlyItem(d: CostlyDecision, s: Strings, r: ResultStrings): HTMLElement {
  return el('li', { className: 'costly-item', attrs: { 'data-point': d.point } }, [
    el('p', { className: 'decision-head' }, [
      el('strong', { text: s.decisionOf(d.number) }),
      d.prompt ? el('span', { className: 'prompt', text: ` · ${d.prompt}` }) : null,
      el('span', { className: 'cost-badge', text: r.profile.cost(d.cost) }),
    ]),
    optionLine(s.youChose, d.chosen, 'chosen-option', r),
    optionLine(s.bestWas, d.best, 'best-option', r),
    d.feedback
      ? el('p', { className: 'coach-note' }, [
          el('span', { className: 'coach-label', text: `${s.coachNote}${r.colon}` }),
          d.feedback,
        ])
      : null,
  ]);
}

/** The learner's S-T-R-O-BE profile across every scenario they finished in this browser. */
export function profileScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const r = resultStrings(localeOf(state));
  const locale = localeOf(state);
  const all = ctx.results.list();
  const profile = buildProfile(all);
  const metas = ctx.library().list(locale);
  const order = (id: string) => {
    const i = metas.findIndex((m) => m.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const learner = state.settings.learnerName || all[all.length - 1]?.learner || '';
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const back = el('button', {
    className: 'btn',
    text: `◂ ${r.profile.back}`,
    attrs: { 'data-testid': 'profile-back' },
    on: { click: () => ctx.game.actions.goBack() },
  });
  const empty = profile.scenarios.length === 0;
  const heading = el('h1', { text: r.profile.heading, attrs: { id: 'profile-heading', tabindex: -1 } });

  const body: (HTMLElement | null)[] = [];
  if (empty) {
    body.push(
      el('section', { className: 'card profile-empty', attrs: { 'data-testid': 'profile-empty' } }, [
        el('p', { text: r.profile.empty }),
        el('button', {
          className: 'btn primary',
          text: r.profile.emptyAction,
          on: { click: () => ctx.game.actions.backToMenu() },
        }),
      ]),
    );
  } else {
    const summary = profile.strongest && profile.weakest;
    body.push(
      el('div', { className: 'profile-top' }, [
        el('section', { className: 'card radar-card' }, [radar(profile.roles, r)]),
        el('section', { className: 'card roles-card', attrs: { 'aria-labelledby': 'profile-roles' } }, [
          el('h2', { text: r.profile.barsHeading, attrs: { id: 'profile-roles' } }),
          summary
            ? el('p', { className: 'profile-summary', attrs: { 'data-testid': 'profile-summary' } }, [
                el('span', {
                  className: 'strongest',
                  text: r.profile.strongest(s.roleNames[profile.strongest ?? 'S']),
                  attrs: { 'data-role': profile.strongest },
                }),
                el('span', {
                  className: 'weakest',
                  text: r.profile.weakest(s.roleNames[profile.weakest ?? 'S']),
                  attrs: { 'data-role': profile.weakest },
                }),
              ])
            : el('p', { className: 'profile-summary', text: r.profile.even }),
          el(
            'ul',
            { className: 'role-chart', attrs: { 'data-testid': 'profile-roles' } },
            profile.roles.map((role) =>
              el(
                'li',
                {
                  className: `role-row role-${role.role}`,
                  attrs: {
                    'data-role': role.role,
                    'data-earned': role.earned,
                    'data-possible': role.possible,
                  },
                },
                [
                  el('span', { className: 'role-chip', text: role.role }),
                  el('span', { className: 'role-name', text: s.roleNames[role.role] }),
                  roleMeter({
                    label: s.roleNames[role.role],
                    earned: role.earned,
                    share: role.share,
                    meter: {
                      max: 100,
                      now: Math.round(role.share * 100),
                      text: role.possible > 0 ? percent(role.ratio) : '–',
                    },
                  }),
                  el('span', {
                    className: 'role-value profile-value',
                    text:
                      role.possible > 0
                        ? r.profile.shareOf(signed(role.earned), role.possible, percent(role.ratio))
                        : '–',
                  }),
                ],
              ),
            ),
          ),
          el('p', {
            className: 'muted profile-count',
            text: r.profile.count(profile.scenarios.length, Math.max(metas.length, profile.scenarios.length)),
          }),
        ]),
      ]),
      el('section', { className: 'profile-scenarios', attrs: { 'aria-labelledby': 'profile-scenarios' } }, [
        el('h2', { text: r.profile.scenariosHeading, attrs: { id: 'profile-scenarios' } }),
        el(
          'ol',
          { className: 'scenario-results', attrs: { 'data-testid': 'profile-scenarios' } },
          [...profile.scenarios]
            .sort((a, b) => order(a.result.scenarioId) - order(b.result.scenarioId))
            .map(({ result, costly }) => {
              const meta = metas.find((m) => m.id === result.scenarioId);
              const ending = result.ending ?? 'none';
              return el(
                'li',
                { className: 'card scenario-result', attrs: { 'data-scenario': result.scenarioId } },
                [
                  el('div', { className: 'scenario-result-head' }, [
                    el('h3', { text: meta?.header?.title ?? result.title ?? result.scenarioId }),
                    el('span', { className: `best ending-${ending}`, text: s.endings[ending] }),
                  ]),
                  el('p', {
                    className: 'muted',
                    text: r.profile.played(
                      dates.format(new Date(result.finishedAt)),
                      Math.max(1, Math.round(result.durationMs / 60000)),
                    ),
                  }),
                  el('h4', { text: r.profile.costlyHeading }),
                  costly.length > 0
                    ? el(
                        'ol',
                        { className: 'costly-list' },
                        costly.map((d) => costlyItem(d, s, r)),
                      )
                    : el('p', { className: 'chose-best', text: `✓ ${r.profile.noCostly}` }),
                ],
              );
            }),
        ),
      ]),
    );
  }

  // Without a name the trainer's class view refuses the file: ask here, as the debrief does.
  const nameInput = el('input', {
    attrs: { type: 'text', id: 'profile-name', maxlength: 60, 'data-testid': 'profile-name' },
  }) as HTMLInputElement;
  const nameField = el('p', { className: 'profile-name', attrs: { hidden: true } }, [
    el('label', { text: r.nameLabel, attrs: { for: 'profile-name' } }),
    ' ',
    nameInput,
    el('span', { className: 'name-missing', text: ` ${r.nameMissing}` }),
  ]);
  const exportForClass = () => {
    const name = (learner || nameInput.value).trim();
    if (!name) {
      nameField.hidden = false;
      nameInput.focus();
      return;
    }
    if (!learner) ctx.game.actions.updateSettings({ learnerName: name });
    const latest = latestPerScenario(ctx.results.list()).map((result) =>
      result.learner.trim() ? result : (ctx.results.updateLearner(result.id, name) ?? result),
    );
    downloadJson(exportFileName(name, null, 'json'), latest);
  };

  const exports = empty
    ? null
    : el('div', { className: 'row' }, [
        el('button', {
          className: 'btn',
          text: r.profile.exportAllJson,
          attrs: { 'data-testid': 'profile-export-json' },
          // For the trainer: the latest result of each scenario, as the profile counts them (a
          // replay of the same scenario would otherwise be refused as the same learner twice).
          on: { click: exportForClass },
        }),
        el('button', {
          className: 'btn',
          text: r.profile.exportAllCsv,
          attrs: { 'data-testid': 'profile-export-csv' },
          on: { click: () => downloadCsv(exportFileName(learner, null, 'csv'), ctx.results.list()) },
        }),
      ]);

  const root = el(
    'main',
    {
      className: 'screen reference-screen profile-screen',
      attrs: { 'aria-labelledby': 'profile-heading', 'data-testid': 'profile' },
    },
    [
      el('header', { className: 'reference-header' }, [heading, exports, back]),
      el('p', { className: 'muted profile-intro' }, [
        r.profile.intro,
        learner ? el('span', { className: 'profile-learner', text: r.profile.learner(learner) }) : null,
      ]),
      nameField,
      problemList(ctx.results, r),
      ...body,
    ],
  );
  return { root, update() {}, focus: () => heading.focus() };
}
