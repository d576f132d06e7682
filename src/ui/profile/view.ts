import { exportFileName } from '../../results/export.ts';
import type { GameState } from '../../state/store.ts';
import { localeOf, type Screen, t, type UiContext } from '../context.ts';
import { downloadCsv, downloadJson, problemList } from '../debrief-results/view.ts';
import { button, el, svg, svgText } from '../dom.ts';
import { resultStrings } from '../i18n-results.ts';
import { roleRow } from '../role-meter.ts';
import {
  type CostlyItem,
  type CostlyOption,
  classExport,
  type ProfileRoleRow,
  profileModel,
  type RadarModel,
} from './model.ts';

function label(x: string, y: string, text: string, className: string): SVGElement {
  return svgText({ x, y, class: className, 'text-anchor': 'middle' }, text);
}

function radar(m: RadarModel): SVGElement {
  return svg(
    'svg',
    {
      viewBox: `0 0 ${m.size} ${m.size}`,
      class: 'radar',
      role: 'img',
      'aria-label': m.ariaLabel,
      'data-testid': 'radar',
    },
    [
      ...m.rings.map((ring) =>
        svg('polygon', { points: ring.points, class: `radar-ring${ring.outer ? ' outer' : ''}` }),
      ),
      ...m.axes.map((a) =>
        svg('line', { x1: m.center, y1: m.center, x2: a.x, y2: a.y, class: 'radar-axis' }),
      ),
      svg('polygon', { points: m.shape, class: 'radar-shape', 'data-testid': 'radar-shape' }),
      ...m.dots.map((d) => svg('circle', { cx: d.x, cy: d.y, r: 6, class: `radar-dot role-${d.role}` })),
      ...m.labels.flatMap((l) => [
        label(l.x, l.y, l.role, `radar-label role-${l.role}`),
        label(l.x, l.valueY, l.value, 'radar-value'),
      ]),
    ],
  );
}

function optionLine(option: CostlyOption, className: string, colon: string): HTMLElement {
  return el('p', { className: `costly-option ${className}` }, [
    el('span', { className: 'costly-label', text: `${option.label}${colon}` }),
    option.text,
    ' ',
    ...option.chips.map((c) =>
      el('span', { className: `score-chip role-${c.role} ${c.negative ? 'neg' : 'pos'}`, text: c.text }),
    ),
  ]);
}

function costlyItem(d: CostlyItem, coachNote: string, colon: string): HTMLElement {
  return el('li', { className: 'costly-item', attrs: { 'data-point': d.point } }, [
    el('p', { className: 'decision-head' }, [
      el('strong', { text: d.heading }),
      d.prompt ? el('span', { className: 'prompt', text: ` · ${d.prompt}` }) : null,
      el('span', { className: 'cost-badge', text: d.cost }),
    ]),
    optionLine(d.chosen, 'chosen-option', colon),
    optionLine(d.best, 'best-option', colon),
    d.feedback
      ? el('p', { className: 'coach-note' }, [
          el('span', { className: 'coach-label', text: `${coachNote}${colon}` }),
          d.feedback,
        ])
      : null,
  ]);
}

/** One role's bar: across every scenario, or across one stage's scenarios. */
function profileRoleRow(role: ProfileRoleRow): HTMLElement {
  return roleRow({
    role: role.role,
    name: role.name,
    earned: role.earned,
    possible: role.possible,
    share: role.share,
    meter: { max: 100, now: role.meterNow, text: role.shareText },
    value: role.value,
    valueClass: 'profile-value',
  });
}

/** The learner's S-T-R-O-BE profile across every scenario they finished in this browser. */
export function profileScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const locale = localeOf(state);
  const r = resultStrings(locale);
  const metas = ctx.library().list(locale);
  const m = profileModel(ctx.results.list(), {
    metas: metas.map((meta) => ({
      id: meta.id,
      title: meta.header?.title ?? null,
      stage: meta.header?.stage ?? null,
    })),
    learnerName: state.settings.learnerName,
    locale,
    s,
    r,
  });
  const learner = m.learner;

  const back = button(`◂ ${r.profile.back}`, () => ctx.game.actions.goBack(), { testId: 'profile-back' });
  const heading = el('h1', { text: r.profile.heading, attrs: { id: 'profile-heading', tabindex: -1 } });

  const body: HTMLElement[] = m.empty
    ? [
        el('section', { className: 'card profile-empty', attrs: { 'data-testid': 'profile-empty' } }, [
          el('p', { text: r.profile.empty }),
          button(r.profile.emptyAction, () => ctx.game.actions.backToMenu(), { className: 'btn primary' }),
        ]),
      ]
    : [
        el('div', { className: 'profile-top' }, [
          el('section', { className: 'card radar-card' }, [radar(m.radar)]),
          el('section', { className: 'card roles-card', attrs: { 'aria-labelledby': 'profile-roles' } }, [
            el('h2', { text: r.profile.barsHeading, attrs: { id: 'profile-roles' } }),
            m.summary
              ? el('p', { className: 'profile-summary', attrs: { 'data-testid': 'profile-summary' } }, [
                  el('span', {
                    className: 'strongest',
                    text: m.summary.strongestText,
                    attrs: { 'data-role': m.summary.strongest },
                  }),
                  el('span', {
                    className: 'weakest',
                    text: m.summary.weakestText,
                    attrs: { 'data-role': m.summary.weakest },
                  }),
                ])
              : el('p', { className: 'profile-summary', text: r.profile.even }),
            el(
              'ul',
              { className: 'role-chart', attrs: { 'data-testid': 'profile-roles' } },
              m.roles.map(profileRoleRow),
            ),
            el('p', { className: 'muted profile-count', text: m.count }),
          ]),
        ]),
        el('section', { className: 'profile-scenarios', attrs: { 'aria-labelledby': 'profile-scenarios' } }, [
          el('h2', { text: r.profile.scenariosHeading, attrs: { id: 'profile-scenarios' } }),
          el(
            'ol',
            { className: 'scenario-results', attrs: { 'data-testid': 'profile-scenarios' } },
            m.scenarios.map((card) =>
              el('li', { className: 'card scenario-result', attrs: { 'data-scenario': card.scenarioId } }, [
                el('div', { className: 'scenario-result-head' }, [
                  el('h3', { text: card.title }),
                  el('span', { className: `best ending-${card.ending}`, text: card.endingText }),
                ]),
                el('p', { className: 'muted', text: card.played }),
                el('h4', { text: r.profile.costlyHeading }),
                card.costly.length > 0
                  ? el(
                      'ol',
                      { className: 'costly-list' },
                      card.costly.map((d) => costlyItem(d, s.coachNote, r.colon)),
                    )
                  : el('p', { className: 'chose-best', text: `✓ ${r.profile.noCostly}` }),
              ]),
            ),
          ),
        ]),
        ...(m.stages.length === 0
          ? []
          : [
              el('section', { className: 'profile-stages', attrs: { 'aria-labelledby': 'profile-stages' } }, [
                el('h2', { text: r.profile.stagesHeading, attrs: { id: 'profile-stages' } }),
                el('p', { className: 'muted', text: r.profile.stagesIntro }),
                el(
                  'ol',
                  { className: 'stage-groups', attrs: { 'data-testid': 'profile-stages' } },
                  m.stages.map((group) =>
                    el('li', { className: 'card stage-group', attrs: { 'data-stage': group.stage } }, [
                      el('h3', { text: group.name }),
                      el('p', { className: 'muted', text: r.profile.stageScenarios(group.scenarios) }),
                      el('ul', { className: 'role-chart' }, group.roles.map(profileRoleRow)),
                      el('p', { className: 'stage-question', text: group.question }),
                    ]),
                  ),
                ),
              ]),
            ]),
      ];

  // Without a name the trainer's class view refuses the file: ask here, as the debrief does.
  const nameInput = el('input', {
    attrs: { type: 'text', id: 'profile-name', maxlength: 60, 'data-testid': 'profile-name' },
  });
  const nameField = el('p', { className: 'profile-name', attrs: { hidden: true } }, [
    el('label', { text: r.nameLabel, attrs: { for: 'profile-name' } }),
    ' ',
    nameInput,
    el('span', { className: 'name-missing', text: ` ${r.nameMissing}` }),
  ]);
  const exportForClass = () => {
    const file = classExport(ctx.results.list(), learner || nameInput.value);
    if (!file) {
      nameField.hidden = false;
      nameInput.focus();
      return;
    }
    if (!learner) ctx.game.actions.updateSettings({ learnerName: file.name });
    const named = file.results.map((result) =>
      file.unnamed.includes(result.id) ? (ctx.results.updateLearner(result.id, file.name) ?? result) : result,
    );
    downloadJson(exportFileName(file.name, null, 'json'), named);
  };

  const exports = m.empty
    ? null
    : el('div', { className: 'row' }, [
        button(r.profile.exportAllJson, exportForClass, { testId: 'profile-export-json' }),
        button(
          r.profile.exportAllCsv,
          () => downloadCsv(exportFileName(learner, null, 'csv'), ctx.results.list()),
          { testId: 'profile-export-csv' },
        ),
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
