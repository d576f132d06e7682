import { readClassAverage } from '../../results/check-result.ts';
import { exportFileName } from '../../results/export.ts';
import { MAX_FILE_BYTES } from '../../state/safe-json.ts';
import type { GameState } from '../../state/store.ts';
import { localeOf, type Screen, t, type UiContext } from '../context.ts';
import { compareError } from '../debrief-results/model.ts';
import { downloadCsv, downloadJson, problemList, selfComparisonCard } from '../debrief-results/view.ts';
import { button, el, replaceChildren, svg, svgText } from '../dom.ts';
import { type ResultStrings, resultStrings } from '../i18n-results.ts';
import { capabilityRow, roleRow } from '../role-meter.ts';
import {
  type BarComparison,
  type CapabilityBar,
  type CostlyItem,
  type CostlyOption,
  classExport,
  type ProfileModel,
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

/** The class's solid and the reference group's hollow marker on a bar, and the line under it. */
function withMarkers(row: HTMLElement, compare: BarComparison | null, id: string): HTMLElement {
  if (!compare) return row;
  row.classList.add('compared');
  for (const marker of compare.markers) {
    row.dataset[marker.group === 'class' ? 'classShare' : 'referenceShare'] = marker.share.toFixed(3);
    row.querySelector('.bar')?.append(
      el('span', {
        className: `${marker.group}-marker`,
        attrs: { 'data-testid': `${marker.group}-marker-${id}` },
        style: { left: `${(marker.at * 100).toFixed(1)}%` },
      }),
    );
  }
  row.append(el('span', { className: 'role-compare', text: compare.text }));
  return row;
}

function capabilityBar(c: CapabilityBar): HTMLElement {
  return withMarkers(
    capabilityRow({
      cap: c.cap,
      name: c.name,
      earned: c.earned,
      possible: c.possible,
      share: c.share,
      value: c.value,
      unexercised: c.unexercised,
    }),
    c.compare,
    c.cap,
  );
}

/** "You · Class average (cohort 12) · Reference (incumbent KAMs)", as the debrief's legend. */
function legend(m: ProfileModel, r: ResultStrings): HTMLElement | null {
  if (!m.groups.shown) return null;
  return el('p', { className: 'compare-legend', attrs: { 'aria-hidden': 'true' } }, [
    el('span', { className: 'legend-you', text: r.legendYou }),
    m.groups.classLabel ? el('span', { className: 'legend-class', text: m.groups.classLabel }) : null,
    m.groups.referenceLabel
      ? el('span', { className: 'legend-reference', text: m.groups.referenceLabel })
      : null,
  ]);
}

/** One role's bar: across every scenario, or across one stage's scenarios. */
function profileRoleRow(role: ProfileRoleRow): HTMLElement {
  return withMarkers(roleRowOf(role), role.compare, role.role);
}

function roleRowOf(role: ProfileRoleRow): HTMLElement {
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
  const results = ctx.results;
  const metas = ctx.library().list(locale);
  const model = () =>
    profileModel(results.list(), {
      metas: metas.map((meta) => ({
        id: meta.id,
        title: meta.header?.title ?? null,
        stage: meta.header?.stage ?? null,
      })),
      learnerName: state.settings.learnerName,
      locale,
      s,
      r,
      average: results.classAverage(),
      reference: results.reference(),
      selfRating: results.selfRating(),
    });
  let m = model();
  const learner = m.learner;

  const back = button(`◂ ${r.profile.back}`, () => ctx.game.actions.goBack(), { testId: 'profile-back' });
  const heading = el('h1', { text: r.profile.heading, attrs: { id: 'profile-heading', tabindex: -1 } });

  // The class's and a reference group's figures, read from the files a trainer shares, as the
  // debrief reads them; kept in this browser, so the debrief shows them too.
  let error: string | null = null;
  const compareStatus = el('div', {
    className: 'compare-status',
    attrs: { role: 'status', 'data-testid': 'profile-compare-status' },
  });
  const picker = (group: 'class' | 'reference') => {
    const input = el('input', {
      className: 'visually-hidden',
      attrs: {
        type: 'file',
        accept: '.json,application/json',
        tabindex: -1,
        'data-testid': `profile-${group}-file`,
        'aria-label': group === 'class' ? r.compare : r.reference,
      },
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // An oversized file is not read: readClassAverage refuses it by its size.
      const text = file.size > MAX_FILE_BYTES ? Promise.resolve('') : file.text().catch(() => '');
      void text.then((text) => {
        const read = readClassAverage(text, file.size);
        if (!read.ok) {
          error = compareError(read, file.name, r);
          draw();
          return;
        }
        error = null;
        if (group === 'class') results.setClassAverage(read.file);
        else results.setReference(read.file);
      });
    });
    return input;
  };
  const classInput = picker('class');
  const referenceInput = picker('reference');
  const compareRow = el('div', { className: 'row compare-row' }, [
    button(r.compare, () => classInput.click(), {
      className: 'btn small no-print',
      testId: 'profile-compare-class',
      attrs: { title: r.compareNote },
    }),
    classInput,
    button(r.reference, () => referenceInput.click(), {
      className: 'btn small ghost no-print',
      testId: 'profile-compare-reference',
      attrs: { title: r.referenceNote },
    }),
    referenceInput,
    el('span', { className: 'spacer' }),
  ]);
  const removeClass = button(r.compareRemove, () => results.setClassAverage(null), {
    className: 'btn small ghost no-print',
    testId: 'profile-class-remove',
  });
  const removeReference = button(r.referenceRemove, () => results.setReference(null), {
    className: 'btn small ghost no-print',
    testId: 'profile-reference-remove',
  });
  compareRow.append(removeClass, removeReference);

  // How the learner rated themselves beside their play across scenarios; its button opens the
  // self-assessment, whose "back" returns here.
  const self = selfComparisonCard(ctx, state, () => m.played, 'profile-self');

  const rolesCard = el('section', {
    className: 'card roles-card',
    attrs: { 'aria-labelledby': 'profile-roles' },
  });
  const capsCard = el('section', {
    className: 'card caps-card profile-caps',
    attrs: { 'aria-labelledby': 'profile-caps', 'data-testid': 'profile-caps' },
  });

  const drawRoles = () => {
    replaceChildren(
      rolesCard,
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
      legend(m, r),
      el(
        'ul',
        { className: 'role-chart', attrs: { 'data-testid': 'profile-roles' } },
        m.roles.map(profileRoleRow),
      ),
      el('p', { className: 'muted profile-count', text: m.count }),
      el('div', { className: 'compare' }, [compareRow, compareStatus]),
    );
    removeClass.hidden = !m.groups.classLabel;
    removeReference.hidden = !m.groups.referenceLabel;
    const lines = error ? [error] : m.groups.status;
    replaceChildren(compareStatus, ...lines.map((line) => el('p', { text: line })));
    compareStatus.classList.toggle('error', error !== null);
    compareStatus.hidden = lines.length === 0;
  };

  const drawCapabilities = () => {
    const caps = m.capabilities;
    replaceChildren(
      capsCard,
      el('h2', { text: r.profile.capsHeading, attrs: { id: 'profile-caps' } }),
      el('p', { className: 'muted', text: r.profile.capsIntro }),
      caps.rows.length > 0 ? legend(m, r) : null,
      caps.rows.length > 0
        ? el(
            'ul',
            { className: 'role-chart cap-chart', attrs: { 'data-testid': 'profile-cap-chart' } },
            caps.rows.map(capabilityBar),
          )
        : null,
      caps.note
        ? el('p', {
            className: 'muted caps-note',
            text: caps.note,
            attrs: { 'data-testid': 'profile-caps-note' },
          })
        : null,
    );
  };

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

  const content = el('div', { className: 'profile-content' });
  const draw = () => {
    // Redrawn when figures are loaded or removed: focus stays on the control that had it.
    const active = document.activeElement;
    const focused =
      active instanceof HTMLElement && root.contains(active) ? active.dataset.testid : undefined;
    m = model();
    if (m.empty) {
      replaceChildren(
        content,
        el('section', { className: 'card profile-empty', attrs: { 'data-testid': 'profile-empty' } }, [
          el('p', { text: r.profile.empty }),
          button(r.profile.emptyAction, () => ctx.game.actions.backToMenu(), { className: 'btn primary' }),
        ]),
        // Nothing played to set a rating beside: the invitation to rate, or a way to rate again.
        results.selfRating()
          ? el('div', { className: 'row' }, [
              button(r.self.rerate, () => ctx.game.actions.show('self-assessment'), {
                className: 'btn ghost',
                testId: 'profile-self-rate',
              }),
            ])
          : self.card,
      );
      self.render();
      return;
    }
    drawRoles();
    drawCapabilities();
    self.render();
    replaceChildren(
      content,
      el('div', { className: 'profile-top' }, [
        el('section', { className: 'card radar-card' }, [radar(m.radar)]),
        rolesCard,
      ]),
      capsCard,
      self.card,
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
      m.stages.length === 0
        ? null
        : el('section', { className: 'profile-stages', attrs: { 'aria-labelledby': 'profile-stages' } }, [
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
    );
    if (focused && !root.contains(document.activeElement)) {
      const again = root.querySelector<HTMLElement>(`[data-testid="${focused}"]`);
      (again && !again.hidden
        ? again
        : root.querySelector<HTMLElement>('[data-testid="profile-compare-class"]')
      )?.focus();
    }
  };

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
      content,
    ],
  );
  draw();
  const unsubscribe = results.subscribe(draw);
  return { root, update() {}, focus: () => heading.focus(), destroy: unsubscribe };
}
