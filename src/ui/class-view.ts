import { ROLES, type Role, type RoleScores } from '../narrative/roles.ts';
import {
  aggregateClass,
  classAverageFile,
  learnerNumbers,
  type ScenarioAggregate,
} from '../results/aggregate.ts';
import { decisionsCsv, learnersCsv } from '../results/class-csv.ts';
import { type ClassResults, type ClassResultsState, createClassResults } from '../results/class-results.ts';
import {
  type FileInput,
  type FileReport,
  knownScenarios,
  learnerKey,
  type ResultFault,
} from '../results/result-files.ts';
import { browserStorage } from '../state/persist.ts';
import type { GameState } from '../state/store.ts';
import { localeOf, type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren, svg } from './dom.ts';
import { downloadText } from './download.ts';
import { type ClassViewStrings, classViewStrings } from './i18n-classview.ts';

/**
 * The trainer's class view: learners' result files go in (dropped, chosen, or a whole folder),
 * the class's figures per role and per decision come out, on screen and as files. All the
 * checking and the maths live in src/results; this module only reads files and draws.
 */
export function classViewScreen(ctx: UiContext, state: GameState): Screen {
  const locale = localeOf(state);
  const s = classViewStrings(locale);
  const g = t(state);
  const metas = [...ctx.library().list('en'), ...ctx.library().list('zh-CN')];
  const titleOf = (id: string) =>
    ctx
      .library()
      .list(locale)
      .find((m) => m.id === id)?.header?.title ??
    metas.find((m) => m.id === id)?.header?.title ??
    id;
  const store: ClassResults = createClassResults(browserStorage(), () =>
    knownScenarios([ctx.library().list('en'), ctx.library().list('zh-CN')]),
  );
  let selected: string | null = null;
  let highlighted: string | null = null;
  let confirming = false;
  // Projected in a room, names stay hidden until the trainer shows them; the CSVs keep them.
  let hideNames = true;
  let numbers = new Map<string, number>();
  let fileNumbers = new Map<string, number>();
  const numberOf = (learner: string) => numbers.get(learnerKey(learner)) ?? 0;
  const shown = (learner: string) => (hideNames ? s.alias(numberOf(learner)) : learner);
  const byShown = (a: { learner: string }, b: { learner: string }) =>
    hideNames ? numberOf(a.learner) - numberOf(b.learner) : a.learner.localeCompare(b.learner, locale);
  const renumber = (st: ClassResultsState) => {
    numbers = learnerNumbers(st.results.map((r) => r.result));
    fileNumbers = new Map(st.files.map((f, i) => [f.file, i + 1]));
  };
  // File names often carry the learner's name (wudi-<name>-<scenario>.json): hidden with names.
  const shownFile = (file: string) => (hideNames ? s.fileAlias(fileNumbers.get(file) ?? 0) : file);
  const shownFault = (fault: ResultFault): ResultFault => {
    if (!hideNames) return fault;
    const known = fault.learner ? numbers.get(learnerKey(fault.learner)) : undefined;
    const masked = { ...fault, learner: known ? s.alias(known) : null };
    return masked.code === 'duplicate' ? { ...masked, otherFile: shownFile(masked.otherFile) } : masked;
  };
  const namesToggle = el('input', {
    attrs: { type: 'checkbox', id: 'cv-hide-names', checked: true, 'data-testid': 'class-hide-names' },
  });
  namesToggle.addEventListener('change', () => {
    hideNames = namesToggle.checked;
    const st = store.get();
    renderFiles(st);
    renderResults(st);
  });
  const namesLabel = el('label', { className: 'cv-hide-names', attrs: { for: 'cv-hide-names' } }, [
    namesToggle,
    s.hideNames,
  ]);

  // --- Loading files -------------------------------------------------------------------------
  const status = el('p', { className: 'cv-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const readFiles = async (files: { name: string; file: File }[]) => {
    if (files.length === 0) return;
    status.textContent = s.reading;
    const inputs: FileInput[] = await Promise.all(
      files.map(async ({ name, file }) => ({
        name,
        // A result file is a few kilobytes; a video dropped by mistake is not read at all.
        text: file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => ''),
      })),
    );
    store.add(inputs);
    status.textContent = '';
  };

  const filesInput = el('input', {
    className: 'visually-hidden',
    attrs: {
      type: 'file',
      multiple: true,
      accept: '.json,application/json',
      tabindex: -1,
      'data-testid': 'class-files-input',
    },
  });
  const folderInput = el('input', {
    className: 'visually-hidden',
    attrs: {
      type: 'file',
      webkitdirectory: true,
      multiple: true,
      tabindex: -1,
      'data-testid': 'class-folder-input',
    },
  });
  filesInput.addEventListener('change', () => {
    const files = [...(filesInput.files ?? [])].map((file) => ({ name: file.name, file }));
    filesInput.value = '';
    void readFiles(files);
  });
  folderInput.addEventListener('change', () => {
    const files = [...(folderInput.files ?? [])]
      .filter((file) => file.name.toLowerCase().endsWith('.json'))
      .map((file) => ({ name: file.webkitRelativePath || file.name, file }));
    folderInput.value = '';
    void readFiles(files);
  });

  const drop = el(
    'section',
    { className: 'cv-drop', attrs: { 'data-testid': 'class-drop', 'aria-labelledby': 'cv-drop-title' } },
    [
      el('p', { className: 'cv-drop-title', text: s.dropHere, attrs: { id: 'cv-drop-title' } }),
      el('p', { className: 'cv-drop-hint', text: s.dropHint }),
      el('div', { className: 'row cv-drop-buttons' }, [
        el('button', {
          className: 'btn primary',
          text: s.chooseFiles,
          attrs: { 'data-testid': 'class-choose-files' },
          on: { click: () => filesInput.click() },
        }),
        el('button', {
          className: 'btn',
          text: s.chooseFolder,
          attrs: { 'data-testid': 'class-choose-folder' },
          on: { click: () => folderInput.click() },
        }),
      ]),
      filesInput,
      folderInput,
      status,
    ],
  );

  // --- Header and exports --------------------------------------------------------------------
  const className = el('input', {
    attrs: {
      type: 'text',
      id: 'cv-class-name',
      placeholder: s.classNamePlaceholder,
      maxlength: 120,
      'data-testid': 'class-name',
    },
  });
  className.value = store.get().className;
  className.addEventListener('input', () => store.setClassName(className.value));
  const notice = el('p', { className: 'cv-notice', attrs: { role: 'alert', 'data-testid': 'class-notice' } });

  const aggregates = () =>
    aggregateClass(
      store.get().results.map((r) => r.result),
      locale,
    );
  const stamp = () => new Date().toISOString().slice(0, 10);
  const exportLearners = el('button', {
    className: 'btn',
    text: s.exportLearners,
    attrs: { 'data-testid': 'export-learners-csv' },
    on: {
      click: () =>
        downloadText(
          `class-learners-${stamp()}.csv`,
          learnersCsv(aggregates(), s.csvLearners, (e) => g.endings[e as keyof typeof g.endings] ?? e),
          'text/csv;charset=utf-8',
        ),
    },
  });
  const exportDecisions = el('button', {
    className: 'btn',
    text: s.exportDecisions,
    attrs: { 'data-testid': 'export-decisions-csv' },
    on: {
      click: () =>
        downloadText(
          `class-decisions-${stamp()}.csv`,
          decisionsCsv(aggregates(), s.csvDecisions),
          'text/csv;charset=utf-8',
        ),
    },
  });
  const exportAverage = el('button', {
    className: 'btn',
    text: s.exportAverage,
    attrs: { 'data-testid': 'export-class-average' },
    on: {
      click: () => {
        const name = className.value.trim();
        if (!name) {
          notice.textContent = s.classNameNeeded;
          className.focus();
          return;
        }
        notice.textContent = '';
        const file = classAverageFile(aggregates(), name, new Date());
        downloadText(
          `class-average-${slug(name)}.json`,
          `${JSON.stringify(file, null, 2)}\n`,
          'application/json',
        );
      },
    },
  });
  const clearArea = el('div', { className: 'row cv-clear' });
  const back = el('button', {
    className: 'btn ghost',
    text: `◂ ${s.back}`,
    attrs: { 'data-testid': 'class-back' },
    on: { click: () => ctx.game.actions.goBack() },
  });

  // --- Files and results ---------------------------------------------------------------------
  const filesSection = el('section', { className: 'cv-files', attrs: { 'aria-labelledby': 'cv-files-h' } });
  const results = el('section', { className: 'cv-results', attrs: { 'data-testid': 'class-results' } });

  const renderClear = (st: ClassResultsState) => {
    const has = st.results.length > 0 || st.files.length > 0;
    if (confirming && has) {
      const yes = el('button', {
        className: 'btn danger',
        text: s.clearYes,
        attrs: { 'data-testid': 'class-clear-yes' },
        on: {
          click: () => {
            confirming = false;
            selected = null;
            store.clear();
            drop.querySelector<HTMLButtonElement>('.btn')?.focus();
          },
        },
      });
      replaceChildren(
        clearArea,
        el('span', { className: 'cv-confirm', text: s.clearConfirm(st.results.length) }),
        yes,
        el('button', {
          className: 'btn',
          text: s.cancel,
          on: {
            click: () => {
              confirming = false;
              renderClear(store.get());
              clearArea.querySelector<HTMLButtonElement>('button')?.focus();
            },
          },
        }),
      );
      return;
    }
    confirming = false;
    replaceChildren(
      clearArea,
      el('button', {
        className: 'btn danger ghost',
        text: s.clear,
        attrs: { 'data-testid': 'class-clear', disabled: !has },
        on: {
          click: () => {
            confirming = true;
            renderClear(store.get());
            clearArea.querySelector<HTMLButtonElement>('[data-testid="class-clear-yes"]')?.focus();
          },
        },
      }),
    );
  };

  const fileItem = (f: FileReport) =>
    el(
      'li',
      {
        className: f.faults.length > 0 ? 'cv-file cv-file-bad' : 'cv-file',
        attrs: { 'data-file': f.file, 'data-loaded': f.loaded, 'data-refused': f.faults.length },
      },
      [
        el('span', {
          className: 'cv-file-mark',
          text: f.faults.length > 0 ? '✗' : '✓',
          attrs: { 'aria-hidden': 'true' },
        }),
        el('span', { className: 'cv-file-name', text: shownFile(f.file) }),
        el('span', {
          className: 'cv-file-state',
          text: f.loaded > 0 || f.faults.length === 0 ? s.fileLoaded(f.loaded) : s.fileRefused,
        }),
        f.faults.length > 0 &&
          el(
            'ul',
            { className: 'cv-faults' },
            f.faults.map((fault) =>
              el('li', {
                text: s.fault(shownFault(fault), titleOf, false),
                attrs: { 'data-code': fault.code },
              }),
            ),
          ),
      ],
    );

  const renderFiles = (st: ClassResultsState) => {
    renumber(st);
    const refused = st.files.reduce((n, f) => n + f.faults.length, 0);
    if (st.files.length === 0) {
      replaceChildren(filesSection);
      return;
    }
    // Files with a problem stay in view: those are the ones the trainer has to act on.
    const bad = st.files.filter((f) => f.faults.length > 0);
    const good = st.files.filter((f) => f.faults.length === 0);
    replaceChildren(
      filesSection,
      el('h2', { className: 'visually-hidden', text: s.filesHeading, attrs: { id: 'cv-files-h' } }),
      el('p', {
        className: refused > 0 ? 'cv-summary cv-has-refused' : 'cv-summary',
        text: s.filesSummary(st.files.length, st.results.length, refused),
        attrs: { 'data-testid': 'class-summary' },
      }),
      bad.length > 0 &&
        el(
          'ul',
          {
            className: 'cv-file-list cv-refused',
            attrs: { 'data-testid': 'class-refused-files', tabindex: 0, 'aria-label': s.fileRefused },
          },
          bad.map(fileItem),
        ),
      // File names often carry the learner's name: while names are hidden the list stays shut.
      good.length > 0 &&
        el('details', { className: 'cv-loaded-files', attrs: { open: !hideNames && good.length <= 3 } }, [
          el('summary', { text: s.loadedFiles(good.length) }),
          el(
            'ul',
            {
              className: 'cv-file-list',
              attrs: {
                'data-testid': 'class-loaded-files',
                tabindex: 0,
                'aria-label': s.loadedFiles(good.length),
              },
            },
            good.map(fileItem),
          ),
        ]),
    );
  };

  const renderResults = (st: ClassResultsState) => {
    renumber(st);
    const all = aggregateClass(
      st.results.map((r) => r.result),
      locale,
    );
    for (const b of [exportLearners, exportDecisions, exportAverage]) b.disabled = all.length === 0;
    if (all.length === 0) {
      replaceChildren(results, el('p', { className: 'cv-empty', text: s.noResults }));
      return;
    }
    if (!selected || !all.some((a) => a.scenarioId === selected)) selected = all[0]?.scenarioId ?? null;
    const current = all.find((a) => a.scenarioId === selected) ?? all[0];
    if (!current) return;
    const tabs = all.map((a) =>
      el(
        'button',
        {
          className: 'cv-tab',
          attrs: {
            role: 'tab',
            id: `cv-tab-${a.scenarioId}`,
            'aria-selected': a === current ? 'true' : 'false',
            'aria-controls': 'cv-panel',
            tabindex: a === current ? 0 : -1,
            'data-testid': `class-tab-${a.scenarioId}`,
          },
          on: {
            click: () => {
              selected = a.scenarioId;
              highlighted = null;
              renderResults(store.get());
              document.getElementById(`cv-tab-${a.scenarioId}`)?.focus();
            },
          },
        },
        [
          el('span', { text: titleOf(a.scenarioId) }),
          el('span', { className: 'cv-tab-count', text: String(a.learners) }),
        ],
      ),
    );
    const tablist = el(
      'div',
      { className: 'cv-tabs', attrs: { role: 'tablist', 'aria-label': s.scenarios } },
      tabs,
    );
    tablist.addEventListener('keydown', (event) => {
      const i = all.findIndex((a) => a.scenarioId === selected);
      const step =
        event.key === 'ArrowRight'
          ? 1
          : event.key === 'ArrowLeft'
            ? -1
            : event.key === 'Home'
              ? -i
              : event.key === 'End'
                ? all.length - 1 - i
                : 0;
      if (step === 0) return;
      event.preventDefault();
      tabs[(i + step + all.length) % all.length]?.click();
    });
    replaceChildren(
      results,
      tablist,
      el(
        'div',
        {
          className: 'cv-panel',
          attrs: { id: 'cv-panel', role: 'tabpanel', 'aria-labelledby': `cv-tab-${current.scenarioId}` },
        },
        [scenarioPanel(current)],
      ),
    );
  };

  const scenarioPanel = (a: ScenarioAggregate): HTMLElement => {
    const endings = (['strong', 'mixed', 'poor', 'none'] as const)
      .filter((e) => e !== 'none' || a.endings.none > 0)
      .map((e) => `${g.endings[e]} ${a.endings[e]}`)
      .join(' · ');
    const picker = el('select', { attrs: { id: 'cv-highlight', 'data-testid': 'class-highlight' } }, [
      el('option', { text: s.highlightNone, attrs: { value: '' } }),
      ...[...a.rows].sort(byShown).map((r) =>
        el('option', {
          text: shown(r.learner),
          attrs: { value: r.resultId, selected: r.resultId === highlighted },
        }),
      ),
    ]);
    const chartHost = el('div', { className: 'cv-chart-host' }, [roleChart(a)]);
    picker.addEventListener('change', () => {
      highlighted = picker.value || null;
      replaceChildren(chartHost, roleChart(a));
      for (const tr of document.querySelectorAll<HTMLElement>('.cv-table tr.cv-learner'))
        tr.classList.toggle('cv-learner-on', tr.dataset.result === highlighted);
    });
    return el('div', { className: 'cv-scenario', attrs: { 'data-scenario': a.scenarioId } }, [
      el('p', { className: 'cv-facts' }, [
        el('strong', { text: s.learners(a.learners), attrs: { 'data-testid': 'class-learner-count' } }),
        el('span', { text: ` · ${s.endings(endings)}` }),
      ]),
      el('section', { className: 'cv-roles', attrs: { 'aria-labelledby': 'cv-roles-h' } }, [
        el('div', { className: 'cv-roles-head' }, [
          el('h2', { text: s.rolesHeading, attrs: { id: 'cv-roles-h' } }),
          el('label', { className: 'cv-highlight', attrs: { for: 'cv-highlight' } }, [s.highlight, picker]),
        ]),
        el('p', { className: 'cv-legend', text: s.chartLegend }),
        chartHost,
        roleTable(a),
      ]),
      el('section', { className: 'cv-decisions', attrs: { 'aria-labelledby': 'cv-dec-h' } }, [
        el('h2', { text: s.decisionsHeading, attrs: { id: 'cv-dec-h' } }),
        a.strongestChosen.share !== null &&
          el('p', {
            className: 'cv-strongest-chosen',
            text: s.strongestChosen(pct(a.strongestChosen.share)),
            attrs: {
              'data-testid': 'class-strongest-chosen',
              'data-chosen': a.strongestChosen.chosen,
              'data-decisions': a.strongestChosen.decisions,
            },
          }),
        el(
          'ol',
          { className: 'cv-decision-list', attrs: { 'data-testid': 'class-decisions' } },
          a.decisions.map((d, i) =>
            el(
              'li',
              { className: 'cv-decision', attrs: { 'data-point': d.point, 'data-reached': d.reached } },
              [
                el('p', { className: 'cv-decision-head' }, [
                  el('strong', { text: s.decision(i + 1) }),
                  el('span', { className: 'cv-reached', text: ` · ${s.reached(d.reached, a.learners)}` }),
                ]),
                d.prompt && el('h3', { className: 'cv-prompt', text: d.prompt }),
                el(
                  'ol',
                  { className: 'cv-options' },
                  d.options.map((o) => {
                    const percent = pct(o.share);
                    return el(
                      'li',
                      {
                        className: o.strongest ? 'cv-option cv-option-strongest' : 'cv-option',
                        attrs: {
                          'data-count': o.count,
                          'data-share': o.share.toFixed(4),
                          'data-strongest': String(o.strongest),
                        },
                      },
                      [
                        el('span', {
                          className: 'cv-option-n',
                          text: String(o.index + 1),
                          attrs: { 'aria-hidden': 'true' },
                        }),
                        el('span', { className: 'cv-option-body' }, [
                          el('span', { className: 'cv-option-text', text: o.text }),
                          el('span', { className: 'cv-option-meta' }, [
                            scoreChips(o.score, s),
                            o.strongest && el('span', { className: 'cv-strongest', text: s.strongest }),
                          ]),
                        ]),
                        el('span', { className: 'cv-bar', attrs: { 'aria-hidden': 'true' } }, [
                          barFill(o.share),
                        ]),
                        el('span', { className: 'cv-option-count', text: s.optionCount(o.count, percent) }),
                      ],
                    );
                  }),
                ),
              ],
            ),
          ),
        ),
      ]),
    ]);
  };

  /** Per role: the range, mean ± sd, the mean, and every learner as a dot, on one share scale. */
  const roleChart = (a: ScenarioAggregate): SVGElement => {
    const share = (role: Role, v: number) => {
      const p = a.roles[role].possible;
      if (p && p > 0) return v / p;
      const top = Math.max(1, ...ROLES.map((r) => Math.abs(a.roles[r].max)));
      return v / top;
    };
    const lo = Math.min(0, ...ROLES.map((r) => share(r, a.roles[r].min)));
    const hi = Math.max(1, ...ROLES.map((r) => share(r, a.roles[r].max)));
    const X0 = 250;
    const X1 = 880;
    const ROW = 84;
    const TOP = 30;
    const x = (v: number) => X0 + ((v - lo) / (hi - lo || 1)) * (X1 - X0);
    const height = TOP + ROLES.length * ROW + 44;
    const children: SVGElement[] = [];
    const step = hi - lo > 1.5 ? 0.5 : 0.25;
    const ticks: number[] = [];
    for (let tick = Math.ceil(lo / step) * step; tick <= hi + 1e-9; tick += step) ticks.push(tick);
    children.push(svgText({ x: 1000, y: TOP - 2, class: 'cv-mean-head', 'text-anchor': 'end' }, s.meanLabel));
    for (const tick of ticks)
      children.push(
        svg('line', {
          x1: x(tick),
          x2: x(tick),
          y1: TOP,
          y2: TOP + ROLES.length * ROW,
          class: Math.abs(tick) < 1e-9 ? 'cv-grid cv-zero' : 'cv-grid',
        }),
        svgText({ x: x(tick), y: height - 12, class: 'cv-tick', 'text-anchor': 'middle' }, pct(tick)),
      );
    const text = svgText;
    ROLES.forEach((role, i) => {
      const stat = a.roles[role];
      const y = TOP + i * ROW + ROW / 2;
      const m = share(role, stat.mean);
      const sdLo = share(role, stat.mean - stat.sd);
      const sdHi = share(role, stat.mean + stat.sd);
      const dots = a.rows.map((r, k) => {
        const on = r.resultId === highlighted;
        const jitter = ((k * 7) % 9) - 4;
        const dot = svg('circle', {
          cx: x(share(role, r.scores[role])),
          cy: y + jitter * 3.2,
          r: on ? 11 : 6,
          class: on ? 'cv-dot cv-dot-on' : 'cv-dot',
        });
        dot.append(svgText({}, `${shown(r.learner)}: ${minus(String(r.scores[role]))}`, 'title'));
        return dot;
      });
      // The highlighted learner is drawn last, on top of the others.
      dots.sort(
        (p, q) => Number(p.classList.contains('cv-dot-on')) - Number(q.classList.contains('cv-dot-on')),
      );
      children.push(
        svg('g', { class: `cv-row role-${role}`, 'data-role': role }, [
          text({ x: 0, y: y - 4, class: 'cv-role-chip-text' }, role),
          text({ x: 0, y: y + 28, class: 'cv-role-name' }, g.roleNames[role]),
          svg('line', { x1: X0, x2: X1, y1: y, y2: y, class: 'cv-track' }),
          svg('rect', {
            x: x(share(role, stat.min)),
            width: Math.max(2, x(share(role, stat.max)) - x(share(role, stat.min))),
            y: y - 22,
            height: 44,
            rx: 6,
            class: 'cv-range',
          }),
          svg('rect', {
            x: x(sdLo),
            width: Math.max(2, x(sdHi) - x(sdLo)),
            y: y - 14,
            height: 28,
            rx: 4,
            class: 'cv-sd',
          }),
          ...dots,
          svg('line', { x1: x(m), x2: x(m), y1: y - 30, y2: y + 30, class: 'cv-mean' }),
          text({ x: 1000, y: y + 12, class: 'cv-mean-text', 'text-anchor': 'end' }, pct(m)),
        ]),
      );
    });
    return svg(
      'svg',
      {
        viewBox: `0 0 1000 ${height}`,
        class: 'cv-chart',
        role: 'img',
        'aria-label': s.chartLabel,
        'data-testid': 'class-role-chart',
      },
      children,
    );
  };

  const roleTable = (a: ScenarioAggregate): HTMLElement => {
    const fmt = (v: number) => minus(Number.isInteger(v) ? String(v) : v.toFixed(1));
    const signed = (v: number) => (Math.abs(v) < 0.05 ? '±0' : `${v > 0 ? '+' : '−'}${fmt(Math.abs(v))}`);
    const statRow = (label: string, key: 'mean' | 'sd' | 'min' | 'max') =>
      el('tr', { className: `cv-stat cv-stat-${key}`, attrs: { 'data-stat': key } }, [
        el('th', { text: label, attrs: { scope: 'row' } }),
        ...ROLES.map((role) =>
          el('td', {
            text:
              key === 'mean'
                ? `${fmt(a.roles[role].mean)} (${pct(a.roles[role].meanShare)})`
                : fmt(a.roles[role][key]),
            attrs: { 'data-role': role, 'data-value': a.roles[role][key].toFixed(4) },
          }),
        ),
      ]);
    const rows = [...a.rows].sort(byShown);
    return el(
      'div',
      { className: 'cv-table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': s.tableCaption } },
      [
        el('table', { className: 'cv-table', attrs: { 'data-testid': 'class-role-table' } }, [
          el('caption', { text: s.tableCaption }),
          el('thead', {}, [
            el('tr', {}, [
              el('th', { text: s.learnerLabel, attrs: { scope: 'col' } }),
              ...ROLES.map((role) =>
                el('th', { className: `role-${role}`, attrs: { scope: 'col', title: g.roleNames[role] } }, [
                  el('span', { className: 'role-chip', text: role }),
                  a.roles[role].possible !== null
                    ? el('span', { className: 'cv-of', text: ` /${a.roles[role].possible}` })
                    : null,
                ]),
              ),
            ]),
          ]),
          el('tbody', { className: 'cv-stats' }, [
            statRow(s.meanLabel, 'mean'),
            statRow(s.sdLabel, 'sd'),
            statRow(s.minLabel, 'min'),
            statRow(s.maxLabel, 'max'),
          ]),
          el(
            'tbody',
            {},
            rows.map((r) =>
              el(
                'tr',
                {
                  className: r.resultId === highlighted ? 'cv-learner cv-learner-on' : 'cv-learner',
                  attrs: { 'data-learner': r.learner, 'data-result': r.resultId },
                },
                [
                  el('th', { text: shown(r.learner), attrs: { scope: 'row' } }),
                  ...ROLES.map((role) => {
                    const d = r.vsMean[role];
                    return el('td', { attrs: { 'data-role': role, 'data-score': r.scores[role] } }, [
                      el('span', { text: fmt(r.scores[role]) }),
                      el('span', {
                        className: d > 0.05 ? 'cv-up' : d < -0.05 ? 'cv-down' : 'cv-even',
                        text: ` (${signed(d)})`,
                      }),
                    ]);
                  }),
                ],
              ),
            ),
          ),
        ]),
      ],
    );
  };

  // Typing the class name changes the store too: the figures are redrawn only when files change.
  let drawn: ClassResultsState | null = null;
  const render = (st: ClassResultsState) => {
    root.classList.toggle('cv-loaded', st.files.length > 0);
    if (drawn?.files !== st.files || drawn.results !== st.results) {
      renderFiles(st);
      renderResults(st);
      renderClear(st);
    }
    drawn = st;
    unsaved.hidden = !st.unsaved;
  };
  const unsaved = el('p', { className: 'cv-notice', text: s.unsaved, attrs: { hidden: true } });

  const root = el(
    'main',
    {
      className: 'screen reference-screen class-view',
      attrs: { 'aria-labelledby': 'cv-heading', 'data-testid': 'class-view' },
    },
    [
      el('header', { className: 'reference-header cv-header' }, [
        el('h1', { text: s.heading, attrs: { id: 'cv-heading' } }),
        // In the header: it governs every name on the screen, the file list's included.
        namesLabel,
        back,
      ]),
      el('p', { className: 'cv-intro', text: s.intro }),
      el('div', { className: 'cv-top' }, [
        drop,
        el('div', { className: 'cv-actions' }, [
          el('label', { className: 'cv-name', attrs: { for: 'cv-class-name' } }, [s.className]),
          className,
          el('div', { className: 'row' }, [exportLearners, exportDecisions]),
          el('div', { className: 'row' }, [exportAverage]),
          notice,
        ]),
      ]),
      unsaved,
      filesSection,
      results,
    ],
  );
  // Clearing sits with adding: both change who is in the class.
  drop.append(clearArea);
  // Files dropped anywhere on the screen count: a near miss must not make the browser open the
  // file in place of the class view.
  let dragDepth = 0;
  root.addEventListener('dragenter', (event) => {
    event.preventDefault();
    dragDepth++;
    drop.classList.add('cv-drop-over');
  });
  root.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) drop.classList.remove('cv-drop-over');
  });
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    dragDepth = 0;
    drop.classList.remove('cv-drop-over');
    void droppedFiles(event.dataTransfer).then(readFiles);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    if (confirming) {
      confirming = false;
      renderClear(store.get());
      clearArea.querySelector<HTMLButtonElement>('button')?.focus();
    } else ctx.game.actions.goBack();
  });
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return {
    root,
    update() {},
    focus: () => drop.querySelector<HTMLButtonElement>('.btn')?.focus(),
    destroy: unsubscribe,
  };
}

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Figures for the screen: a true minus sign, legible from the back of the room. */
const minus = (text: string) => text.replace(/^-/, '−');
const pct = (share: number) => minus(`${Math.round(share * 100)}%`);

function svgText(attrs: Record<string, string | number>, content: string, tag = 'text'): SVGElement {
  const node = svg(tag, attrs);
  node.textContent = content;
  return node;
}

/** "S+2 BE+1", as the presenter and the debrief show an option's scores. */
function scoreChips(score: Partial<RoleScores>, s: ClassViewStrings): HTMLElement {
  const terms = ROLES.filter((role) => (score[role] ?? 0) !== 0);
  if (terms.length === 0) return el('span', { className: 'score-chips cv-noscore', text: s.noScore });
  const text = (role: Role) => {
    const v = score[role] ?? 0;
    return `${role}${v > 0 ? '+' : '−'}${Math.abs(v)}`;
  };
  return el(
    'span',
    { className: 'score-chips', attrs: { 'aria-label': `${s.scoreLabel}: ${terms.map(text).join(', ')}` } },
    terms.map((role) =>
      el('span', {
        className: `score-chip role-${role} ${(score[role] ?? 0) < 0 ? 'neg' : 'pos'}`,
        text: text(role),
        attrs: { 'aria-hidden': 'true' },
      }),
    ),
  );
}

function barFill(share: number): HTMLElement {
  const fill = el('span', { className: 'cv-bar-fill' });
  fill.style.width = `${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%`;
  return fill;
}

function slug(name: string): string {
  return (
    name
      .trim()
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'class'
  );
}

/**
 * What a drop holds, folders walked to the end. Entries must be taken from the event at once:
 * the browser empties the DataTransfer when the handler returns.
 */
async function droppedFiles(data: DataTransfer | null): Promise<{ name: string; file: File }[]> {
  if (!data) return [];
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null))
    return [...data.files].map((file) => ({ name: file.name, file }));
  const out: { name: string; file: File }[] = [];
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      // In a folder only .json files count (a folder also holds notes, images, .DS_Store).
      if (inFolder && !entry.name.toLowerCase().endsWith('.json')) return;
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ name: entry.fullPath.replace(/^\//, '') || entry.name, file });
      return;
    }
    if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives at most 100 entries a call: read until it returns none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, true);
      }
    }
  };
  for (const entry of entries) if (entry) await walk(entry, false);
  return out;
}
