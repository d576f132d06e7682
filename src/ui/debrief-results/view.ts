import { ROLES, type Role } from '../../narrative/roles.ts';
import { readClassAverage } from '../../results/check-result.ts';
import type { ActionPlan, LearnerResult } from '../../results/result.ts';
import { type ResultsStore, resultForRun } from '../../results/results-store.ts';
import { compareSelf } from '../../results/self-rating.ts';
import { MAX_FILE_BYTES } from '../../state/safe-json.ts';
import type { GameState } from '../../state/store.ts';
import { decimal, percent } from '../../words/format.ts';
import { localeOf, t, type UiContext } from '../context.ts';
import { button, el, replaceChildren } from '../dom.ts';
import { downloadText } from '../download.ts';
import { type ResultStrings, resultStrings } from '../i18n-results.ts';
import { roleMeter } from '../role-meter.ts';
import {
  compareError,
  comparison,
  csvExport,
  type ExportFile,
  editPlan,
  jsonExport,
  PLAN_FIELDS,
  type PlanField,
  planIsFull,
  planOf,
  resultExport,
  type ShownFigure,
} from './model.ts';

const SAVE_DELAY_MS = 400;

const download = (file: ExportFile) => downloadText(file.name, file.text, file.type);

export function downloadJson(fileName: string, results: readonly LearnerResult[]): void {
  download(jsonExport(results, fileName, new Date()));
}

export function downloadCsv(fileName: string, results: readonly LearnerResult[]): void {
  download(csvExport(results, fileName));
}

/** What went wrong with saved results, in words, for the screens that show them. */
export function problemList(results: ResultsStore, r: ResultStrings): HTMLElement | null {
  const problems = results.problems();
  if (problems.length === 0) return null;
  return el(
    'ul',
    { className: 'results-problems', attrs: { role: 'status', 'data-testid': 'results-problems' } },
    problems.map((p) =>
      el('li', {}, [r.problems[p.kind], el('span', { className: 'notice-detail', text: ` (${p.detail})` })]),
    ),
  );
}

/** Debounced saving with a visible "Saving…/Saved" status; flushes on demand. */
function saver(status: HTMLElement, r: ResultStrings, write: () => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    write();
    status.textContent = r.saved;
    status.dataset.state = 'saved';
  };
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      status.textContent = r.saving;
      status.dataset.state = 'saving';
      timer = setTimeout(flush, SAVE_DELAY_MS);
    },
    flush,
  };
}

/** The printable height of an A4 page with the print stylesheet's margins (297 − 2 × 8 mm). */
const PRINT_HEIGHT_PX = (281 * 96) / 25.4;
const PRINT_WIDTH_MM = 190;
const MIN_PRINT_ZOOM = 0.55;

/**
 * One A4 page per scenario: while the print stylesheet applies, a debrief taller than the page
 * is zoomed out (and widened by as much, so it still fills the page's width) until it fits.
 */
export function fitDebriefToPage(scroll: HTMLElement): void {
  scroll.style.removeProperty('zoom');
  scroll.style.removeProperty('width');
  if (!window.matchMedia('print').matches) return;
  const available = PRINT_HEIGHT_PX * 0.97;
  let zoom = 1;
  for (let i = 0; i < 6; i++) {
    const height = scroll.getBoundingClientRect().height;
    if (height <= available || zoom <= MIN_PRINT_ZOOM) break;
    zoom = Math.max(MIN_PRINT_ZOOM, (zoom * available) / height);
    scroll.style.zoom = String(zoom);
    scroll.style.width = `${(PRINT_WIDTH_MM / zoom).toFixed(2)}mm`;
  }
}

export interface DebriefResults {
  /** the learner's name, under the ending */
  nameCard: HTMLElement;
  /** "compare with my class", inside the roles card */
  compare: HTMLElement;
  /** the PARR plan (the course's generic prompts when there is no result to attach it to) */
  planCard: HTMLElement;
  /** export, print, profile */
  exportCard: HTMLElement;
  /** the learner's self-rating beside their play (solo only) */
  selfCard: HTMLElement | null;
  destroy(): void;
}

/**
 * The self-rating beside the play, role by role, naming the largest gap each way; with no
 * rating yet, an invitation to rate. Shared by the debrief and the profile.
 */
export function selfComparisonCard(
  ctx: UiContext,
  state: GameState,
  played: () => Record<Role, number | null>,
  testId: string,
): { card: HTMLElement; render(): void } {
  const s = t(state);
  const r = resultStrings(localeOf(state));
  const card = el('section', {
    className: 'card self-card',
    attrs: { 'aria-labelledby': `${testId}-heading`, 'data-testid': testId },
  });
  const render = () => {
    const rating = ctx.results.selfRating();
    const rate = button(
      rating ? r.self.rerate : r.self.rate,
      () => ctx.game.actions.show('self-assessment'),
      {
        className: `btn small no-print${rating ? ' ghost' : ' primary'}`,
        testId: `${testId}-rate`,
      },
    );
    if (!rating) {
      replaceChildren(
        card,
        el('h2', { text: r.self.heading, attrs: { id: `${testId}-heading` } }),
        el('p', { className: 'muted', text: r.self.missing }),
        el('div', { className: 'row' }, [rate]),
      );
      return;
    }
    const c = compareSelf(rating, played());
    const pct = (share: number) => percent(share);
    replaceChildren(
      card,
      el('h2', { text: r.self.heading, attrs: { id: `${testId}-heading` } }),
      el('p', { className: 'muted', text: r.self.intro }),
      el(
        'ul',
        { className: 'self-chart', attrs: { 'data-testid': `${testId}-roles` } },
        c.roles.map((row) =>
          el(
            'li',
            {
              className: `self-row role-${row.role}`,
              attrs: {
                'data-role': row.role,
                'data-self': row.self.toFixed(3),
                'data-played': row.played.toFixed(3),
              },
            },
            [
              el('span', { className: 'role-chip', text: row.role }),
              el('span', { className: 'role-name', text: s.roleNames[row.role] }),
              el('span', { className: 'self-bars' }, [
                el('span', { className: 'self-bar-label', text: r.self.rated }),
                withClass(
                  roleMeter({
                    label: `${s.roleNames[row.role]}: ${r.self.rated}`,
                    earned: 0,
                    share: row.self,
                    meter: { max: 100, now: Math.round(row.self * 100), text: pct(row.self) },
                  }),
                  'self-rated',
                ),
                el('span', {
                  className: 'self-value',
                  text: r.self.ratedValue(decimal(rating.roles[row.role]), pct(row.self)),
                }),
                el('span', { className: 'self-bar-label', text: r.self.played }),
                roleMeter({
                  label: `${s.roleNames[row.role]}: ${r.self.played}`,
                  // below zero: the hatched stub the role bars show for points lost
                  earned: row.played < 0 ? -1 : 0,
                  share: Math.max(0, row.played),
                  meter: { max: 100, now: Math.round(Math.max(0, row.played) * 100), text: pct(row.played) },
                }),
                el('span', { className: 'self-value', text: r.self.playedValue(pct(row.played)) }),
              ]),
            ],
          ),
        ),
      ),
      c.overRated
        ? el('p', {
            className: 'self-gap over',
            text: r.self.over(s.roleNames[c.overRated.role]),
            attrs: { 'data-testid': `${testId}-over`, 'data-role': c.overRated.role },
          })
        : null,
      c.underRated
        ? el('p', {
            className: 'self-gap under',
            text: r.self.under(s.roleNames[c.underRated.role]),
            attrs: { 'data-testid': `${testId}-under`, 'data-role': c.underRated.role },
          })
        : null,
      !c.overRated && !c.underRated ? el('p', { className: 'self-gap', text: r.self.even }) : null,
      el('div', { className: 'row' }, [rate]),
    );
  };
  render();
  return { card, render };
}

/**
 * The learner's side of the debrief: their name, the PARR plan saved with their result,
 * export, and the class average once the trainer shares it back.
 */
export function createDebriefResults(
  ctx: UiContext,
  state: GameState,
  charts: readonly HTMLElement[],
): DebriefResults {
  const s = t(state);
  const r = resultStrings(localeOf(state));
  const results = ctx.results;
  const scenarioId = state.scenario?.id ?? '';
  const decisions = state.snapshot?.decisions ?? [];
  const cleanups: (() => void)[] = [];

  const nameCard = el('section', { className: 'card learner-card', attrs: { hidden: true } });
  const compare = el('div', { className: 'compare', attrs: { hidden: true } });
  const planCard = el('section', {
    className: 'card parr-card',
    attrs: { 'aria-labelledby': 'plan-heading', 'data-testid': 'plan' },
  });
  const exportCard = el('section', {
    className: 'card export-card',
    attrs: { hidden: true, 'aria-labelledby': 'export-heading' },
  });

  // Until a result is attached (classroom mode, a story from a file), the course's prompts.
  replaceChildren(
    planCard,
    el('h2', { text: r.planHeading, attrs: { id: 'plan-heading' } }),
    el(
      'ol',
      {},
      s.parr.map((p) => el('li', { text: p })),
    ),
  );

  let resultId: string | null = null;
  const current = () => (resultId ? results.get(resultId) : null);

  // Name: saved to the settings (the next results carry it) and to this result.
  const nameStatus = el('span', { className: 'save-status', attrs: { 'aria-live': 'polite' } });
  const nameInput = el('input', {
    attrs: {
      type: 'text',
      id: 'learner-name',
      maxlength: 60,
      autocomplete: 'nickname',
      value: state.settings.learnerName,
      'data-testid': 'learner-name',
    },
  });
  const nameMissing = el('p', { className: 'name-missing', text: r.nameMissing });
  const namePrint = el('span', { className: 'print-only learner-print' });
  const nameSaver = saver(nameStatus, r, () => {
    const name = nameInput.value.trim();
    ctx.game.actions.updateSettings({ learnerName: name });
    if (resultId) results.updateLearner(resultId, name);
  });
  const showName = () => {
    const name = nameInput.value.trim();
    nameMissing.hidden = name !== '';
    namePrint.textContent = name;
  };
  nameInput.addEventListener('input', () => {
    showName();
    nameSaver.schedule();
  });
  nameInput.addEventListener('change', () => nameSaver.flush());

  // The plan: edited in place, saved with the result after a short pause.
  let plan: ActionPlan = { role: null, actions: [] };
  const planStatus = el('span', {
    className: 'save-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'plan-status' },
  });
  const planSaver = saver(planStatus, r, () => {
    if (resultId) results.updatePlan(resultId, plan);
  });

  const renderPlan = (focus: { index: number; field: PlanField } | 'add' | null = null) => {
    const result = current();
    if (!result) return;
    const roleName = plan.role ? s.roleNames[plan.role] : null;
    const roleSelect = el(
      'select',
      {
        attrs: { id: 'plan-role', 'data-testid': 'plan-role' },
        on: {
          change: () => {
            plan = editPlan(plan, { kind: 'role', role: (roleSelect.value || null) as Role | null });
            renderPlan();
            planSaver.schedule();
            document.getElementById('plan-role')?.focus();
          },
        },
      },
      [
        el('option', { text: r.planRoleNone, attrs: { value: '', selected: plan.role === null } }),
        ...ROLES.map((role) =>
          el('option', {
            text: `${role} · ${s.roleNames[role]}`,
            attrs: { value: role, selected: plan.role === role },
          }),
        ),
      ],
    );
    const actions = plan.actions.map((action, index) => {
      const fields = PLAN_FIELDS.map((field) => {
        const id = `plan-${index}-${field}`;
        const printText = el('p', { className: 'print-only plan-print', text: action[field] });
        const area = el('textarea', {
          attrs: {
            id,
            rows: 2,
            placeholder: r.placeholders[field],
            'data-testid': id,
          },
          on: {
            input: () => {
              plan = editPlan(plan, { kind: 'field', index, field, text: area.value });
              printText.textContent = area.value;
              planSaver.schedule();
            },
            change: () => planSaver.flush(),
          },
        });
        area.value = action[field];
        return el('div', { className: `plan-field plan-${field}` }, [
          el('label', { text: r.fields[field], attrs: { for: id } }),
          area,
          printText,
        ]);
      });
      return el('li', { className: 'plan-action', attrs: { 'data-testid': `plan-action-${index}` } }, [
        el('div', { className: 'plan-action-head' }, [
          el('h3', { text: r.actionHeading(index + 1) }),
          el('button', {
            className: 'btn small ghost no-print',
            text: '✕',
            attrs: {
              'aria-label': r.removeAction(index + 1),
              title: r.removeAction(index + 1),
              'data-testid': `plan-remove-${index}`,
            },
            on: {
              click: () => {
                plan = editPlan(plan, { kind: 'remove', index });
                renderPlan('add');
                planSaver.schedule();
              },
            },
          }),
        ]),
        ...fields,
      ]);
    });
    const full = planIsFull(plan);
    const add = el('button', {
      className: 'btn small',
      text: r.addAction,
      attrs: { disabled: full, 'data-testid': 'plan-add', 'aria-describedby': full ? 'plan-max' : null },
      on: {
        click: () => {
          if (planIsFull(plan)) return;
          plan = editPlan(plan, { kind: 'add' });
          renderPlan({ index: plan.actions.length - 1, field: 'prepare' });
          planSaver.schedule();
        },
      },
    });
    const again = el('button', {
      className: 'btn small ghost',
      text: r.suggestAgain,
      attrs: { 'data-testid': 'plan-suggest' },
      on: {
        click: () => {
          plan = editPlan(plan, { kind: 'suggest', result, wording: r.plan });
          renderPlan();
          planSaver.schedule();
        },
      },
    });
    replaceChildren(
      planCard,
      el('div', { className: 'plan-head' }, [
        el('h2', { text: r.planHeading, attrs: { id: 'plan-heading' } }),
        planStatus,
      ]),
      el('p', { className: 'plan-intro', text: roleName ? r.planIntro(roleName) : r.planIntroNone }),
      el('p', { className: 'field plan-role-field no-print' }, [
        el('label', { text: r.planRole, attrs: { for: 'plan-role' } }),
        roleSelect,
      ]),
      el('ol', { className: 'plan-actions' }, actions),
      el('div', { className: 'row no-print' }, [
        add,
        full ? el('span', { className: 'muted', text: r.maxActions, attrs: { id: 'plan-max' } }) : null,
        el('span', { className: 'spacer' }),
        again,
      ]),
    );
    if (focus === 'add') (full ? again : add).focus();
    else if (focus) document.getElementById(`plan-${focus.index}-${focus.field}`)?.focus();
  };

  // Compare with the class and a reference group: figures read from files the trainer shares.
  const compareStatus = el('p', {
    className: 'compare-status',
    attrs: { role: 'status', 'data-testid': 'compare-status' },
  });
  let error: string | null = null;
  const figuresPicker = (group: 'class' | 'reference') => {
    const input = el('input', {
      className: 'visually-hidden',
      attrs: {
        type: 'file',
        accept: '.json,application/json',
        tabindex: -1,
        'data-testid': group === 'class' ? 'compare-file' : 'reference-file',
        // hidden from sight, not from a screen reader: it is named like the button that opens it
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
        if (read.ok) {
          error = null;
          if (group === 'class') results.setClassAverage(read.file);
          else results.setReference(read.file);
        } else {
          error = compareError(read, file.name, r);
          renderCompare();
        }
      });
    });
    return input;
  };
  const classInput = figuresPicker('class');
  const referenceInput = figuresPicker('reference');
  const compareButton = button(r.compare, () => classInput.click(), {
    className: 'btn small no-print',
    testId: 'compare-class',
    attrs: { 'aria-describedby': 'compare-note' },
  });
  const referenceButton = button(r.reference, () => referenceInput.click(), {
    className: 'btn small ghost no-print',
    testId: 'compare-reference',
    attrs: { title: r.referenceNote },
  });
  const removeButton = button(r.compareRemove, () => results.setClassAverage(null), {
    className: 'btn small ghost no-print',
    testId: 'compare-remove',
  });
  const removeReference = button(r.referenceRemove, () => results.setReference(null), {
    className: 'btn small ghost no-print',
    testId: 'reference-remove',
  });
  const legendClass = el('span', { className: 'legend-class' });
  const legendReference = el('span', { className: 'legend-reference' });
  const legend = el('p', { className: 'compare-legend', attrs: { 'aria-hidden': 'true' } }, [
    el('span', { className: 'legend-you', text: r.legendYou }),
    legendClass,
    legendReference,
  ]);

  const renderCompare = () => {
    // A capability the scenario never exercises has nothing to compare.
    const rows = charts.flatMap((chart) => [
      ...chart.querySelectorAll<HTMLElement>('[data-figure]:not(.unexercised)'),
    ]);
    const shown = rows.flatMap((row): ShownFigure[] => {
      const [kind, id] = (row.dataset.figure ?? '').split(':');
      return (kind === 'role' || kind === 'cap') && id
        ? [{ kind, id, earned: Number(row.dataset.earned), possible: Number(row.dataset.possible) }]
        : [];
    });
    const c = comparison(
      { average: results.classAverage(), reference: results.reference() },
      scenarioId,
      shown,
      error,
      r,
    );
    for (const row of rows) {
      row.classList.remove('compared');
      for (const old of row.querySelectorAll('.class-marker, .reference-marker, .role-compare')) old.remove();
      const [kind, id] = (row.dataset.figure ?? '').split(':');
      const figures = c.figures.find((x) => x.kind === kind && x.id === id);
      if (!figures) continue;
      row.classList.add('compared');
      for (const marker of figures.markers) {
        if (marker.group === 'class') row.dataset.classMean = String(marker.mean);
        else row.dataset.referenceMean = String(marker.mean);
        row.querySelector('.bar')?.append(
          el('span', {
            className: `${marker.group}-marker`,
            attrs: { 'data-testid': `${marker.group}-marker-${id}` },
            style: { left: percentExact(marker.at) },
          }),
        );
      }
      row.append(el('span', { className: 'role-compare', text: figures.text }));
    }
    compareStatus.classList.toggle('error', c.error);
    compareStatus.textContent = c.status;
    compareStatus.hidden = c.status === '';
    legend.hidden = c.figures.length === 0;
    legendClass.textContent = c.classLabel ? r.legendClassNamed(c.classLabel) : '';
    legendClass.hidden = !c.classLabel;
    legendReference.textContent = c.referenceLabel ? r.legendReference(c.referenceLabel) : '';
    legendReference.hidden = !c.referenceLabel;
    removeButton.hidden = !c.loaded;
    removeReference.hidden = !c.referenceLoaded;
  };
  replaceChildren(
    compare,
    legend,
    el('div', { className: 'row compare-row' }, [
      compareButton,
      classInput,
      referenceButton,
      referenceInput,
      el('span', { className: 'muted no-print', text: r.compareNote, attrs: { id: 'compare-note' } }),
      el('span', { className: 'spacer' }),
      removeButton,
      removeReference,
    ]),
    compareStatus,
  );

  // How the learner rated themselves beside what this run's decisions earned (solo only).
  const playedShares = (): Record<Role, number | null> => {
    const shares: Record<Role, number | null> = { S: null, T: null, R: null, O: null, BE: null };
    for (const chart of charts)
      for (const row of chart.querySelectorAll<HTMLElement>('[data-figure^="role:"]')) {
        const role = row.dataset.role as Role;
        const possible = Number(row.dataset.possible);
        if (possible > 0) shares[role] = Number(row.dataset.earned) / possible;
      }
    return shares;
  };
  const self =
    state.settings.mode === 'solo' && charts.length > 0
      ? selfComparisonCard(ctx, state, playedShares, 'debrief-self')
      : null;
  if (self) cleanups.push(results.subscribe(() => self.render()));

  const flushAll = () => {
    planSaver.flush();
    nameSaver.flush();
  };
  const exportAs = (format: 'json' | 'csv') => {
    flushAll();
    const latest = current();
    if (latest) download(resultExport(latest, format, new Date()));
  };

  const attach = (result: LearnerResult) => {
    resultId = result.id;
    plan = planOf(result);
    if (!nameInput.value && result.learner) nameInput.value = result.learner;
    showName();
    replaceChildren(
      nameCard,
      el('p', { className: 'field learner-field' }, [
        el('label', { text: r.nameLabel, attrs: { for: 'learner-name' } }),
        nameInput,
        nameStatus,
      ]),
      el('p', { className: 'muted no-print', text: r.nameHint }),
      nameMissing,
      el('p', { className: 'print-only' }, [`${r.nameLabel}${r.colon}`, namePrint]),
    );
    nameCard.hidden = false;
    compare.hidden = charts.length === 0;
    renderPlan();
    replaceChildren(
      exportCard,
      el('h2', { text: r.exportHeading, attrs: { id: 'export-heading' } }),
      el('p', { className: 'muted', text: r.exportNote }),
      el('div', { className: 'row' }, [
        button(
          r.exportJson,
          () => {
            // The class view refuses a file without a name: ask for it before writing one.
            if (nameInput.value.trim() === '') {
              nameMissing.hidden = false;
              nameInput.focus();
              return;
            }
            exportAs('json');
          },
          { className: 'btn primary', testId: 'export-json' },
        ),
        button(r.exportCsv, () => exportAs('csv'), { testId: 'export-csv' }),
        button(r.print, () => window.print(), { testId: 'print-debrief' }),
        el('span', { className: 'spacer' }),
        button(
          r.openProfile,
          () => {
            flushAll();
            ctx.game.actions.show('profile');
          },
          { className: 'btn ghost', testId: 'debrief-profile' },
        ),
      ]),
      problemList(results, r),
    );
    exportCard.hidden = false;
    renderCompare();
  };

  const find = () =>
    state.settings.mode === 'solo' ? resultForRun(results.list(), scenarioId, decisions) : null;
  const found = find();
  if (found) attach(found);
  cleanups.push(
    results.subscribe(() => {
      if (!resultId) {
        const late = find();
        if (late) attach(late);
      } else renderCompare();
    }),
  );
  window.addEventListener('pagehide', flushAll);
  cleanups.push(() => window.removeEventListener('pagehide', flushAll));
  const fit = () => {
    const scroll = planCard.closest<HTMLElement>('.debrief-scroll');
    if (scroll) fitDebriefToPage(scroll);
  };
  const printQuery = window.matchMedia('print');
  printQuery.addEventListener('change', fit);
  window.addEventListener('beforeprint', fit);
  window.addEventListener('afterprint', fit);
  cleanups.push(() => {
    printQuery.removeEventListener('change', fit);
    window.removeEventListener('beforeprint', fit);
    window.removeEventListener('afterprint', fit);
  });

  return {
    nameCard,
    compare,
    planCard,
    exportCard,
    selfCard: self?.card ?? null,
    destroy() {
      flushAll();
      for (const cleanup of cleanups) cleanup();
    },
  };
}

/** A marker's place on a bar, to a tenth of a percent. */
function percentExact(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function withClass(element: HTMLElement, className: string): HTMLElement {
  element.classList.add(className);
  return element;
}
