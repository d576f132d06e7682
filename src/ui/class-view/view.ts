import { ROLES } from '../../narrative/roles.ts';
import type { ScenarioAggregate } from '../../results/aggregate.ts';
import { readClassAverage } from '../../results/check-result.ts';
import type { ClassResultsState } from '../../results/class-results.ts';
import type { FileInput } from '../../results/result-files.ts';
import type { GameState } from '../../state/store.ts';
import { percent } from '../../words/format.ts';
import { CAPABILITY_NAMES } from '../../words/roles.ts';
import { localeOf, type Screen, t, type UiContext } from '../context.ts';
import { button, el, replaceChildren, svg, svgText } from '../dom.ts';
import { downloadText } from '../download.ts';
import { classViewStrings } from '../i18n-classview.ts';
import { scoreChipList } from '../score-chips.ts';
import { droppedFiles, type PickedFile, pickedFiles } from './dropped-files.ts';
import {
  averageExport,
  type CapabilityFigures,
  type CapabilityLine,
  capabilityFigures,
  classAggregates,
  currentScenario,
  decisionsExport,
  type ExportFile,
  endingsLine,
  type FileRow,
  filesModel,
  highlightChoices,
  learnersExport,
  type Naming,
  naming,
  type RoleChart,
  readsFile,
  roleChart,
  roleTable,
  type ScenarioReference,
  type SelfFigures,
  scenarioReference,
  selfFigures,
  tabAfterKey,
} from './model.ts';

/**
 * The trainer's class view: learners' result files go in (dropped, chosen, or a whole folder),
 * the class's figures per role and per decision come out, on screen and as files. What to show
 * is computed in model.ts; this module draws it and wires the events.
 */
export function classViewScreen(ctx: UiContext, state: GameState): Screen {
  const locale = localeOf(state);
  const s = classViewStrings(locale);
  const g = t(state);
  const store = ctx.classResults;
  const metas = [...ctx.library().list('en'), ...ctx.library().list('zh-CN')];
  const titleOf = (id: string) =>
    ctx
      .library()
      .list(locale)
      .find((m) => m.id === id)?.header?.title ??
    metas.find((m) => m.id === id)?.header?.title ??
    id;
  const versionsOf = (id: string) => metas.filter((m) => m.id === id).map((m) => m.hash);
  const capNames = CAPABILITY_NAMES[locale];
  let selected: string | null = null;
  let highlighted: string | null = null;
  let confirming = false;
  // Projected in a room, names stay hidden until the trainer shows them; the CSVs keep them.
  let hideNames = true;
  let names: Naming = naming(store.get(), hideNames, s, locale);
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
  const readFiles = async (files: PickedFile[]) => {
    if (files.length === 0) return;
    status.textContent = s.reading;
    let failed = false;
    try {
      const inputs: FileInput[] = await Promise.all(
        files.map(async ({ name, file }): Promise<FileInput> => {
          // An oversized file is not read: its size alone has it refused as too large.
          if (!readsFile({ name, size: file.size })) return { name, text: '', size: file.size };
          try {
            return { name, text: await file.text(), size: file.size };
          } catch (error) {
            // Moved or deleted since it was chosen, or refused by the browser: said as such.
            return { name, text: '', unreadable: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
      store.add(inputs);
    } catch (error) {
      failed = true;
      status.textContent = s.readFailed(String(error instanceof Error ? error.message : error));
    } finally {
      // The status never stays on "Reading files…" once the reading has ended.
      if (!failed) status.textContent = '';
    }
  };

  const fileInput = (folder: boolean) => {
    const input = el('input', {
      className: 'visually-hidden',
      attrs: {
        type: 'file',
        multiple: true,
        accept: folder ? null : '.json,application/json',
        webkitdirectory: folder,
        tabindex: -1,
        'data-testid': folder ? 'class-folder-input' : 'class-files-input',
        // hidden from sight, not from a screen reader: named like the button that opens it
        'aria-label': folder ? s.chooseFolder : s.chooseFiles,
      },
    });
    input.addEventListener('change', () => {
      const files = pickedFiles(input, folder);
      input.value = '';
      void readFiles(files);
    });
    return input;
  };
  const filesInput = fileInput(false);
  const folderInput = fileInput(true);

  const drop = el(
    'section',
    { className: 'cv-drop', attrs: { 'data-testid': 'class-drop', 'aria-labelledby': 'cv-drop-title' } },
    [
      el('p', { className: 'cv-drop-title', text: s.dropHere, attrs: { id: 'cv-drop-title' } }),
      el('p', { className: 'cv-drop-hint', text: s.dropHint }),
      el('div', { className: 'row cv-drop-buttons' }, [
        button(s.chooseFiles, () => filesInput.click(), {
          className: 'btn primary',
          testId: 'class-choose-files',
        }),
        button(s.chooseFolder, () => folderInput.click(), { testId: 'class-choose-folder' }),
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

  const aggregates = () => classAggregates(store.get(), locale);
  const download = (file: ExportFile) => downloadText(file.name, file.text, file.type);
  const exportButton = (text: string, testId: string, click: () => void) =>
    el('button', { className: 'btn', text, attrs: { 'data-testid': testId }, on: { click } });
  const exportLearners = exportButton(s.exportLearners, 'export-learners-csv', () =>
    download(learnersExport(aggregates(), s, g.endings, new Date())),
  );
  const exportDecisions = exportButton(s.exportDecisions, 'export-decisions-csv', () =>
    download(decisionsExport(aggregates(), s, new Date())),
  );
  const exportAverage = exportButton(s.exportAverage, 'export-class-average', () => {
    const file = averageExport(aggregates(), className.value, new Date());
    if (!file) {
      notice.textContent = s.classNameNeeded;
      className.focus();
      return;
    }
    notice.textContent = '';
    download(file);
  });
  // --- The reference group -------------------------------------------------------------------
  const referenceInput = el('input', {
    className: 'visually-hidden',
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      tabindex: -1,
      'data-testid': 'class-reference-input',
      'aria-label': s.reference.load,
    },
  });
  referenceInput.addEventListener('change', () => {
    const file = referenceInput.files?.[0];
    referenceInput.value = '';
    if (!file) return;
    const read = async () => {
      // Refused unread when oversized: its size alone says it is no set of figures.
      const text = readsFile({ name: file.name, size: file.size }) ? await file.text() : '';
      const got = readClassAverage(text, file.size);
      if (!got.ok) {
        notice.textContent = s.reference.refused[got.reason];
        return;
      }
      notice.textContent = '';
      store.setReference(got.file);
    };
    read().catch((error: unknown) => {
      notice.textContent = s.readFailed(String(error instanceof Error ? error.message : error));
    });
  });
  const referenceArea = el('div', {
    className: 'row cv-reference',
    attrs: { 'data-testid': 'class-reference' },
  });
  const renderReference = (st: ClassResultsState) => {
    const ref = st.reference;
    replaceChildren(
      referenceArea,
      ref
        ? el('span', {
            className: 'cv-reference-name',
            text: s.reference.loaded(ref.className, Object.keys(ref.scenarios).length),
            attrs: { 'data-testid': 'class-reference-name' },
          })
        : el('span', { className: 'cv-reference-hint', text: s.reference.hint }),
      ref
        ? el('button', {
            className: 'btn ghost',
            text: s.reference.remove,
            attrs: { 'data-testid': 'class-reference-remove' },
            on: {
              click: () => {
                store.setReference(null);
                referenceArea.querySelector<HTMLButtonElement>('button')?.focus();
              },
            },
          })
        : el('button', {
            className: 'btn',
            text: s.reference.load,
            attrs: { 'data-testid': 'class-reference-load' },
            on: { click: () => referenceInput.click() },
          }),
      referenceInput,
    );
  };

  const clearArea = el('div', { className: 'row cv-clear' });
  const back = button(`◂ ${s.back}`, () => ctx.game.actions.goBack(), {
    className: 'btn ghost',
    testId: 'class-back',
  });

  // --- Files and results ---------------------------------------------------------------------
  const filesSection = el('section', { className: 'cv-files', attrs: { 'aria-labelledby': 'cv-files-h' } });
  const results = el('section', { className: 'cv-results', attrs: { 'data-testid': 'class-results' } });

  const stopConfirming = () => {
    confirming = false;
    renderClear(store.get());
    clearArea.querySelector<HTMLButtonElement>('button')?.focus();
  };
  const renderClear = (st: ClassResultsState) => {
    const has = st.results.length > 0 || st.files.length > 0;
    if (confirming && has) {
      replaceChildren(
        clearArea,
        el('span', { className: 'cv-confirm', text: s.clearConfirm(st.results.length) }),
        el('button', {
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
        }),
        el('button', { className: 'btn', text: s.cancel, on: { click: stopConfirming } }),
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

  const fileItem = (f: FileRow) =>
    el(
      'li',
      {
        className: f.refused ? 'cv-file cv-file-bad' : 'cv-file',
        attrs: { 'data-file': f.file, 'data-loaded': f.loaded, 'data-refused': f.faults.length },
      },
      [
        el('span', {
          className: 'cv-file-mark',
          text: f.refused ? '✗' : '✓',
          attrs: { 'aria-hidden': 'true' },
        }),
        el('span', { className: 'cv-file-name', text: f.shownName }),
        el('span', { className: 'cv-file-state', text: f.state }),
        f.refused &&
          el(
            'ul',
            { className: 'cv-faults' },
            f.faults.map((fault) => el('li', { text: fault.text, attrs: { 'data-code': fault.code } })),
          ),
      ],
    );

  const renderFiles = (st: ClassResultsState) => {
    names = naming(st, hideNames, s, locale);
    const files = filesModel(st, names, s, titleOf);
    if (!files) {
      replaceChildren(filesSection);
      return;
    }
    replaceChildren(
      filesSection,
      el('h2', { className: 'visually-hidden', text: s.filesHeading, attrs: { id: 'cv-files-h' } }),
      el('p', {
        className: files.refusedCount > 0 ? 'cv-summary cv-has-refused' : 'cv-summary',
        text: files.summary,
        attrs: { 'data-testid': 'class-summary' },
      }),
      files.refused.length > 0 &&
        el(
          'ul',
          {
            className: 'cv-file-list cv-refused',
            attrs: { 'data-testid': 'class-refused-files', tabindex: 0, 'aria-label': s.fileRefused },
          },
          files.refused.map(fileItem),
        ),
      // File names often carry the learner's name: while names are hidden the list stays shut.
      files.loaded.length > 0 &&
        el('details', { className: 'cv-loaded-files', attrs: { open: files.loadedOpen } }, [
          el('summary', { text: s.loadedFiles(files.loaded.length) }),
          el(
            'ul',
            {
              className: 'cv-file-list',
              attrs: {
                'data-testid': 'class-loaded-files',
                tabindex: 0,
                'aria-label': s.loadedFiles(files.loaded.length),
              },
            },
            files.loaded.map(fileItem),
          ),
        ]),
    );
  };

  const renderResults = (st: ClassResultsState) => {
    names = naming(st, hideNames, s, locale);
    const all = classAggregates(st, locale);
    for (const b of [exportLearners, exportDecisions, exportAverage]) b.disabled = all.length === 0;
    const current = currentScenario(all, selected);
    if (!current) {
      replaceChildren(results, el('p', { className: 'cv-empty', text: s.noResults }));
      return;
    }
    selected = current.scenarioId;
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
      const next = tabAfterKey(
        event.key,
        all.findIndex((a) => a.scenarioId === selected),
        all.length,
      );
      if (next === null) return;
      event.preventDefault();
      tabs[next]?.click();
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
    const reference = scenarioReference(store.get().reference, a, versionsOf(a.scenarioId), s);
    const picker = el('select', { attrs: { id: 'cv-highlight', 'data-testid': 'class-highlight' } }, [
      el('option', { text: s.highlightNone, attrs: { value: '' } }),
      ...highlightChoices(a, names).map((c) =>
        el('option', { text: c.label, attrs: { value: c.resultId, selected: c.resultId === highlighted } }),
      ),
    ]);
    const chartHost = el('div', { className: 'cv-chart-host' }, [
      chartSvg(roleChart(a, highlighted, names, reference)),
    ]);
    picker.addEventListener('change', () => {
      highlighted = picker.value || null;
      replaceChildren(chartHost, chartSvg(roleChart(a, highlighted, names, reference)));
      for (const tr of document.querySelectorAll<HTMLElement>('.cv-table tr.cv-learner'))
        tr.classList.toggle('cv-learner-on', tr.dataset.result === highlighted);
    });
    return el('div', { className: 'cv-scenario', attrs: { 'data-scenario': a.scenarioId } }, [
      el('p', { className: 'cv-facts' }, [
        el('strong', { text: s.learners(a.learners), attrs: { 'data-testid': 'class-learner-count' } }),
        el('span', { text: ` · ${s.endings(endingsLine(a, g.endings))}` }),
      ]),
      el('section', { className: 'cv-roles', attrs: { 'aria-labelledby': 'cv-roles-h' } }, [
        el('div', { className: 'cv-roles-head' }, [
          el('h2', { text: s.rolesHeading, attrs: { id: 'cv-roles-h' } }),
          el('label', { className: 'cv-highlight', attrs: { for: 'cv-highlight' } }, [s.highlight, picker]),
        ]),
        el('p', { className: 'cv-legend' }, [
          s.chartLegend,
          reference?.figures
            ? el('span', { className: 'cv-legend-ref', text: ` ${s.reference.legend(reference.name)}` })
            : null,
        ]),
        referenceNote(reference),
        chartHost,
        tableOf(a, reference),
      ]),
      capabilitiesSection(capabilityFigures(a, capNames, s, reference), reference),
      selfSection(selfFigures(a, g.roleNames, s)),
      decisionsSection(a),
    ]);
  };

  const referenceNote = (reference: ScenarioReference | null) =>
    reference?.note
      ? el('p', {
          className: 'cv-ref-note',
          text: reference.note,
          attrs: { 'data-testid': 'class-reference-note' },
        })
      : null;

  /** The capabilities: one row each, its bar on one share scale, the figures, the reference's mean. */
  const capabilitiesSection = (c: CapabilityFigures, reference: ScenarioReference | null): HTMLElement => {
    const lines = c.lines;
    return el(
      'section',
      {
        className: 'cv-caps',
        attrs: { 'aria-labelledby': 'cv-caps-h', 'data-testid': 'class-capabilities' },
      },
      [
        el('h2', { text: s.capabilities.heading, attrs: { id: 'cv-caps-h' } }),
        c.note &&
          el('p', {
            className: 'cv-caps-note',
            text: c.note,
            attrs: { 'data-testid': 'class-capabilities-note', 'data-left-out': c.leftOut },
          }),
        c.possibleNote && el('p', { className: 'cv-caps-note', text: c.possibleNote }),
        lines &&
          c.possibleKnown &&
          el('p', { className: 'cv-legend' }, [
            s.capabilities.legend,
            c.referenceName
              ? el('span', { className: 'cv-legend-ref', text: ` ${s.reference.legend(c.referenceName)}` })
              : null,
          ]),
        lines && reference?.figures && !c.referenceName
          ? el('p', { className: 'cv-ref-note', text: s.reference.noCapabilities(reference.name) })
          : null,
        lines &&
          el(
            'div',
            {
              className: 'cv-table-wrap',
              attrs: { tabindex: 0, role: 'region', 'aria-label': s.capabilities.label },
            },
            [
              el(
                'table',
                { className: 'cv-table cv-cap-table', attrs: { 'data-testid': 'class-capability-table' } },
                [
                  el('caption', { className: 'visually-hidden', text: s.capabilities.label }),
                  el('thead', {}, [
                    el('tr', {}, [
                      el('th', { text: s.capabilities.capability, attrs: { scope: 'col' } }),
                      c.possibleKnown &&
                        el('th', {
                          className: 'cv-cap-bar-h',
                          attrs: { scope: 'col', 'aria-hidden': 'true' },
                        }),
                      el('th', { text: s.meanLabel, attrs: { scope: 'col' } }),
                      el('th', { text: s.sdLabel, attrs: { scope: 'col' } }),
                      el('th', { text: s.capabilities.range, attrs: { scope: 'col' } }),
                      el('th', { text: s.capabilities.possible, attrs: { scope: 'col' } }),
                      c.referenceName &&
                        el('th', {
                          className: 'cv-ref-col',
                          text: s.reference.row(c.referenceName),
                          attrs: { scope: 'col' },
                        }),
                    ]),
                  ]),
                  el(
                    'tbody',
                    {},
                    lines.map((line) =>
                      el(
                        'tr',
                        {
                          className: line.unexercised ? 'cv-cap cv-cap-unexercised' : 'cv-cap',
                          attrs: {
                            'data-cap': line.cap,
                            'data-mean': line.mean.toFixed(4),
                            'data-sd': line.sd.toFixed(4),
                            'data-min': line.min,
                            'data-max': line.max,
                            'data-possible': line.possible,
                            'data-share': line.meanShare === null ? null : line.meanShare.toFixed(4),
                            'data-unexercised': String(line.unexercised),
                          },
                        },
                        [
                          el('th', { text: line.name, attrs: { scope: 'row' } }),
                          line.unexercised
                            ? el('td', {
                                className: 'cv-cap-none',
                                text: s.capabilities.unexercised,
                                attrs: { colspan: c.possibleKnown ? 5 : 4 },
                              })
                            : c.possibleKnown &&
                              el('td', { className: 'cv-cap-bar-cell', attrs: { 'aria-hidden': 'true' } }, [
                                capBar(line),
                              ]),
                          ...(line.unexercised
                            ? []
                            : [
                                el('td', { className: 'cv-cap-mean', text: line.texts.mean }),
                                el('td', { text: line.texts.sd }),
                                el('td', { text: line.texts.range }),
                                el('td', {
                                  className: 'cv-cap-possible',
                                  text: line.texts.possible,
                                }),
                              ]),
                          line.reference &&
                            el('td', {
                              className: 'cv-ref-col',
                              text: line.unexercised ? '' : line.reference.text,
                              attrs: {
                                'data-ref-share':
                                  line.reference.share === null ? null : line.reference.share.toFixed(4),
                              },
                            }),
                        ],
                      ),
                    ),
                  ),
                ],
              ),
            ],
          ),
      ],
    );
  };

  /** Self-rating beside play per role, and the role named for the largest gap each way. */
  const selfSection = (f: SelfFigures): HTMLElement =>
    el(
      'section',
      {
        className: 'cv-self',
        attrs: { 'aria-labelledby': 'cv-self-h', 'data-testid': 'class-self', 'data-rated': f.rated },
      },
      [
        el('h2', { text: s.self.heading, attrs: { id: 'cv-self-h' } }),
        f.empty && el('p', { className: 'cv-self-empty', text: f.empty }),
        f.intro && el('p', { className: 'cv-legend', text: f.intro }),
        f.lines.length > 0 &&
          el(
            'ul',
            { className: 'cv-self-summary', attrs: { 'data-testid': 'class-self-summary' } },
            f.summary.map((line) =>
              el('li', {
                className: `cv-self-${line.kind}`,
                text: line.text,
                attrs: { 'data-kind': line.kind, 'data-role': line.role },
              }),
            ),
          ),
        f.lines.length > 0 &&
          el(
            'div',
            {
              className: 'cv-table-wrap',
              attrs: { tabindex: 0, role: 'region', 'aria-label': s.self.heading },
            },
            [
              el(
                'table',
                { className: 'cv-table cv-self-table', attrs: { 'data-testid': 'class-self-table' } },
                [
                  el('caption', { className: 'visually-hidden', text: s.self.heading }),
                  el('thead', {}, [
                    el('tr', {}, [
                      el('th', { text: s.self.role, attrs: { scope: 'col' } }),
                      el('th', {
                        className: 'cv-self-bars-h',
                        attrs: { scope: 'col', 'aria-hidden': 'true' },
                      }),
                      el('th', { text: s.self.rated, attrs: { scope: 'col' } }),
                      el('th', { text: s.self.played, attrs: { scope: 'col' } }),
                      el('th', { text: s.self.gap, attrs: { scope: 'col' } }),
                    ]),
                  ]),
                  el(
                    'tbody',
                    {},
                    f.lines.map((line) =>
                      el(
                        'tr',
                        {
                          className: `cv-self-row role-${line.role}`,
                          attrs: {
                            'data-role': line.role,
                            'data-self': line.self.toFixed(4),
                            'data-played': line.played.toFixed(4),
                            'data-gap': line.gap.toFixed(4),
                            'data-trend': line.trend,
                          },
                        },
                        [
                          el('th', { attrs: { scope: 'row' } }, [
                            el('span', { className: 'role-chip', text: line.role }),
                            ` ${g.roleNames[line.role]}`,
                          ]),
                          el('td', { className: 'cv-self-bars', attrs: { 'aria-hidden': 'true' } }, [
                            shareBar(line.self, 'cv-self-rated'),
                            shareBar(line.played, 'cv-self-played'),
                          ]),
                          el('td', { text: line.texts.self }),
                          el('td', { text: line.texts.played }),
                          el('td', { className: `cv-gap cv-gap-${line.trend}`, text: line.texts.gap }),
                        ],
                      ),
                    ),
                  ),
                ],
              ),
            ],
          ),
      ],
    );

  const decisionsSection = (a: ScenarioAggregate): HTMLElement =>
    el('section', { className: 'cv-decisions', attrs: { 'aria-labelledby': 'cv-dec-h' } }, [
      el('h2', { text: s.decisionsHeading, attrs: { id: 'cv-dec-h' } }),
      a.strongestChosen.share !== null &&
        el('p', {
          className: 'cv-strongest-chosen',
          text: s.strongestChosen(percent(a.strongestChosen.share)),
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
                d.options.map((o) =>
                  el(
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
                          scoreChipList(o.score, s, 'cv-noscore'),
                          o.strongest && el('span', { className: 'cv-strongest', text: s.strongest }),
                        ]),
                      ]),
                      el('span', { className: 'cv-bar', attrs: { 'aria-hidden': 'true' } }, [
                        barFill(o.share),
                      ]),
                      el('span', {
                        className: 'cv-option-count',
                        text: s.optionCount(o.count, percent(o.share)),
                      }),
                    ],
                  ),
                ),
              ),
            ],
          ),
        ),
      ),
    ]);

  const chartSvg = (chart: RoleChart): SVGElement => {
    const children: SVGElement[] = [
      svgText({ x: chart.width, y: chart.top - 2, class: 'cv-mean-head', 'text-anchor': 'end' }, s.meanLabel),
    ];
    for (const tick of chart.ticks)
      children.push(
        svg('line', {
          x1: tick.x,
          x2: tick.x,
          y1: chart.top,
          y2: chart.bottom,
          class: tick.zero ? 'cv-grid cv-zero' : 'cv-grid',
        }),
        svgText({ x: tick.x, y: chart.height - 12, class: 'cv-tick', 'text-anchor': 'middle' }, tick.text),
      );
    for (const row of chart.rows) {
      const y = row.y;
      children.push(
        svg('g', { class: `cv-row role-${row.role}`, 'data-role': row.role }, [
          svgText({ x: 0, y: y - 4, class: 'cv-role-chip-text' }, row.role),
          svgText({ x: 0, y: y + 28, class: 'cv-role-name' }, g.roleNames[row.role]),
          svg('line', { x1: chart.x0, x2: chart.x1, y1: y, y2: y, class: 'cv-track' }),
          svg('rect', {
            x: row.range.x,
            width: row.range.width,
            y: y - 22,
            height: 44,
            rx: 6,
            class: 'cv-range',
          }),
          svg('rect', { x: row.sd.x, width: row.sd.width, y: y - 14, height: 28, rx: 4, class: 'cv-sd' }),
          ...row.dots.map((dot) =>
            svg(
              'circle',
              { cx: dot.cx, cy: dot.cy, r: dot.r, class: dot.on ? 'cv-dot cv-dot-on' : 'cv-dot' },
              [svgText({}, dot.title, 'title')],
            ),
          ),
          svg('line', { x1: row.meanX, x2: row.meanX, y1: y - 30, y2: y + 30, class: 'cv-mean' }),
          ...(row.reference
            ? [
                svg(
                  'rect',
                  {
                    x: row.reference.x - 7,
                    width: 14,
                    y: y - 30,
                    height: 60,
                    rx: 3,
                    class: 'cv-ref-mark',
                    'data-share': row.reference.share.toFixed(4),
                  },
                  [svgText({}, row.reference.title, 'title')],
                ),
              ]
            : []),
          svgText({ x: chart.width, y: y + 12, class: 'cv-mean-text', 'text-anchor': 'end' }, row.meanText),
        ]),
      );
    }
    return svg(
      'svg',
      {
        viewBox: `0 0 ${chart.width} ${chart.height}`,
        class: 'cv-chart',
        role: 'img',
        'aria-label': s.chartLabel,
        'data-testid': 'class-role-chart',
      },
      children,
    );
  };

  const tableOf = (a: ScenarioAggregate, reference: ScenarioReference | null): HTMLElement => {
    const table = roleTable(a, highlighted, names, reference, s);
    const statLabel = { mean: s.meanLabel, sd: s.sdLabel, min: s.minLabel, max: s.maxLabel } as const;
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
                  table.possible[role] !== null
                    ? el('span', { className: 'cv-of', text: ` /${table.possible[role]}` })
                    : null,
                ]),
              ),
            ]),
          ]),
          el(
            'tbody',
            { className: 'cv-stats' },
            table.stats.map((stat) =>
              el('tr', { className: `cv-stat cv-stat-${stat.key}`, attrs: { 'data-stat': stat.key } }, [
                el('th', { text: statLabel[stat.key], attrs: { scope: 'row' } }),
                ...stat.cells.map((c) =>
                  el('td', {
                    text: c.text,
                    attrs: { 'data-role': c.role, 'data-value': c.value.toFixed(4) },
                  }),
                ),
              ]),
            ),
          ),
          table.reference &&
            el('tbody', { className: 'cv-ref-stats' }, [
              el('tr', { className: 'cv-stat cv-stat-ref', attrs: { 'data-stat': 'reference' } }, [
                el('th', { text: table.reference.label, attrs: { scope: 'row' } }),
                ...table.reference.cells.map((c) =>
                  el('td', {
                    text: c.text,
                    attrs: {
                      'data-role': c.role,
                      'data-value': c.value.toFixed(4),
                      'data-share': c.share === null ? null : c.share.toFixed(4),
                    },
                  }),
                ),
              ]),
            ]),
          el(
            'tbody',
            {},
            table.rows.map((r) =>
              el(
                'tr',
                {
                  className: r.on ? 'cv-learner cv-learner-on' : 'cv-learner',
                  attrs: { 'data-learner': r.learner, 'data-result': r.resultId },
                },
                [
                  el('th', { text: r.shownName, attrs: { scope: 'row' } }),
                  ...r.cells.map((c) =>
                    el('td', { attrs: { 'data-role': c.role, 'data-score': c.score } }, [
                      el('span', { text: c.text }),
                      el('span', { className: `cv-${c.trend}`, text: c.vsMean }),
                    ]),
                  ),
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
    if (drawn?.files !== st.files || drawn.results !== st.results || drawn.reference !== st.reference) {
      renderFiles(st);
      renderResults(st);
      renderClear(st);
    }
    if (drawn?.reference !== st.reference || !drawn) renderReference(st);
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
          // The named set sits with its name; the CSVs and the reference share the next line.
          el('div', { className: 'row' }, [exportAverage]),
          el('div', { className: 'row' }, [exportLearners, exportDecisions]),
          referenceArea,
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
    droppedFiles(event.dataTransfer)
      .then(readFiles)
      .catch((error: unknown) => {
        status.textContent = s.readFailed(String(error instanceof Error ? error.message : error));
      });
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    if (confirming) stopConfirming();
    else ctx.game.actions.goBack();
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

/** A capability's bar: range, mean ± sd, the mean, and the reference's hollow marker, as the roles chart draws them. */
function capBar(line: CapabilityLine): HTMLElement {
  const bar = el('span', { className: 'cv-cap-bar' });
  // Spans run from..to; a mark (to omitted) is a line whose width the stylesheet sets.
  const part = (className: string, from: number, to?: number) => {
    const node = el('span', { className });
    node.style.left = `${from.toFixed(1)}%`;
    if (to !== undefined) node.style.width = `${Math.max(0.6, to - from).toFixed(1)}%`;
    return node;
  };
  if (line.zeroAt !== null) bar.append(part('cv-cap-zero', line.zeroAt));
  if (line.bar)
    bar.append(
      part('cv-cap-range', ...line.bar.range),
      part('cv-cap-sd', ...line.bar.sd),
      part('cv-cap-mean-mark', line.bar.mean),
    );
  const refAt = line.reference?.at;
  if (refAt !== null && refAt !== undefined) bar.append(part('cv-cap-ref-mark', refAt));
  return bar;
}

/** A thin bar filled to a share (0..1). */
function shareBar(share: number, className: string): HTMLElement {
  return el('span', { className: `cv-share-bar ${className}` }, [barFill(share)]);
}

function barFill(share: number): HTMLElement {
  const fill = el('span', { className: 'cv-bar-fill' });
  fill.style.width = `${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%`;
  return fill;
}
