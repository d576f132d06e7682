import { ROLES, type Role } from '../../narrative/roles.ts';
import {
  aggregateClass,
  classAverageFile,
  type LearnerRow,
  learnerNumbers,
  type ScenarioAggregate,
} from '../../results/aggregate.ts';
import { decisionsCsv, learnersCsv } from '../../results/class-csv.ts';
import type { ClassResultsState } from '../../results/class-results.ts';
import { type FileReport, learnerKey, type ResultFault } from '../../results/result-files.ts';
import { MAX_FILE_BYTES } from '../../state/safe-json.ts';
import type { Locale } from '../../state/schema.ts';
import { decimal, fileDate, fileSlug, minus, percent, signedDecimal } from '../../words/format.ts';
import type { EndingNames } from '../../words/story-words.ts';
import type { ClassViewStrings } from '../i18n-classview.ts';

/**
 * What the trainer's class view shows, computed from the loaded class: no DOM here. The view
 * (view.ts) draws this and wires the events; the checking and the maths live in src/results.
 */

/** A result file is a few kilobytes; a video dropped by mistake is not read at all. */
export { MAX_FILE_BYTES };

// --- File intake ------------------------------------------------------------------------------

export interface OfferedFile {
  /** the name as the trainer sees it: the path inside a dropped or chosen folder */
  name: string;
  size: number;
}

/** Whether to take a file: in a folder only .json files count (folders hold notes, images…). */
export function takesFile(name: string, inFolder: boolean): boolean {
  return !inFolder || name.toLowerCase().endsWith('.json');
}

/** Whether to read a file's text; an oversized one goes in with its size, and is refused by name as too large. */
export function readsFile(file: OfferedFile): boolean {
  return file.size <= MAX_FILE_BYTES;
}

// --- Names: hidden while projected ------------------------------------------------------------

/** How names appear on screen: as themselves, or numbered aliases while hidden. */
export interface Naming {
  hidden: boolean;
  learner(name: string): string;
  /** file names often carry the learner's name (wudi-<name>-<scenario>.json) */
  file(name: string): string;
  fault(fault: ResultFault): ResultFault;
  /** sorts rows by what is shown: by alias number while hidden, by name otherwise */
  compare(a: { learner: string }, b: { learner: string }): number;
}

export function naming(
  st: Pick<ClassResultsState, 'files' | 'results'>,
  hidden: boolean,
  s: Pick<ClassViewStrings, 'alias' | 'fileAlias'>,
  locale: Locale,
): Naming {
  const numbers = learnerNumbers(st.results.map((r) => r.result));
  const fileNumbers = new Map(st.files.map((f, i) => [f.file, i + 1]));
  const numberOf = (learner: string) => numbers.get(learnerKey(learner)) ?? 0;
  const file = (name: string) => (hidden ? s.fileAlias(fileNumbers.get(name) ?? 0) : name);
  return {
    hidden,
    learner: (name) => (hidden ? s.alias(numberOf(name)) : name),
    file,
    fault(fault) {
      if (!hidden) return fault;
      const known = fault.learner ? numbers.get(learnerKey(fault.learner)) : undefined;
      const masked = { ...fault, learner: known ? s.alias(known) : null };
      return masked.code === 'duplicate' ? { ...masked, otherFile: file(masked.otherFile) } : masked;
    },
    compare: (a, b) =>
      hidden ? numberOf(a.learner) - numberOf(b.learner) : a.learner.localeCompare(b.learner, locale),
  };
}

// --- The files read ---------------------------------------------------------------------------

export interface FileRow {
  file: string;
  shownName: string;
  loaded: number;
  refused: boolean;
  /** the file's state: "2 results loaded" or "refused" */
  state: string;
  faults: { code: string; text: string }[];
}

export interface FilesModel {
  summary: string;
  refusedCount: number;
  /** files with a problem stay in view: those are the ones the trainer has to act on */
  refused: FileRow[];
  loaded: FileRow[];
  /** the loaded list opens by itself only when names show and it is short */
  loadedOpen: boolean;
}

export function filesModel(
  st: Pick<ClassResultsState, 'files' | 'results'>,
  names: Naming,
  s: ClassViewStrings,
  titleOf: (scenarioId: string) => string,
): FilesModel | null {
  if (st.files.length === 0) return null;
  const refusedCount = st.files.reduce((n, f) => n + f.faults.length, 0);
  const row = (f: FileReport): FileRow => ({
    file: f.file,
    shownName: names.file(f.file),
    loaded: f.loaded,
    refused: f.faults.length > 0,
    state: f.loaded > 0 || f.faults.length === 0 ? s.fileLoaded(f.loaded) : s.fileRefused,
    faults: f.faults.map((fault) => ({
      code: fault.code,
      text: s.fault(names.fault(fault), titleOf, false),
    })),
  });
  const loaded = st.files.filter((f) => f.faults.length === 0).map(row);
  return {
    summary: s.filesSummary(st.files.length, st.results.length, refusedCount),
    refusedCount,
    refused: st.files.filter((f) => f.faults.length > 0).map(row),
    loaded,
    loadedOpen: !names.hidden && loaded.length <= 3,
  };
}

// --- Scenarios --------------------------------------------------------------------------------

export function classAggregates(st: Pick<ClassResultsState, 'results'>, locale: Locale): ScenarioAggregate[] {
  return aggregateClass(
    st.results.map((r) => r.result),
    locale,
  );
}

/** The scenario on screen: the one chosen while it is still loaded, else the first. */
export function currentScenario(
  all: readonly ScenarioAggregate[],
  selected: string | null,
): ScenarioAggregate | null {
  return all.find((a) => a.scenarioId === selected) ?? all[0] ?? null;
}

/** Where a key moves the focus in the scenario tabs (a WAI-ARIA tab list); null: not a tab key. */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  const step =
    key === 'ArrowRight'
      ? 1
      : key === 'ArrowLeft'
        ? -1
        : key === 'Home'
          ? -index
          : key === 'End'
            ? count - 1 - index
            : 0;
  return step === 0 ? null : (index + step + count) % count;
}

/** "Strong ending 4 · Mixed ending 2 · Poor ending 0", "none" only when a story had no ending. */
export function endingsLine(a: ScenarioAggregate, endings: EndingNames): string {
  return (['strong', 'mixed', 'poor', 'none'] as const)
    .filter((e) => e !== 'none' || a.endings.none > 0)
    .map((e) => `${endings[e]} ${a.endings[e]}`)
    .join(' · ');
}

// --- The roles chart --------------------------------------------------------------------------

export interface ChartDot {
  resultId: string;
  cx: number;
  cy: number;
  r: number;
  on: boolean;
  /** the dot's tooltip: "Learner 8: −3" */
  title: string;
}

export interface ChartRow {
  role: Role;
  y: number;
  range: { x: number; width: number };
  sd: { x: number; width: number };
  meanX: number;
  meanText: string;
  /** the highlighted learner last, drawn on top of the others */
  dots: ChartDot[];
}

export interface RoleChart {
  width: number;
  height: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  ticks: { x: number; text: string; zero: boolean }[];
  rows: ChartRow[];
}

const CHART = { width: 1000, x0: 250, x1: 880, row: 84, top: 30 } as const;

/**
 * Per role: the range, mean ± sd, the mean, and every learner as a dot, on one scale: the
 * share of points possible (or of the largest score, for a story whose possible is unknown).
 */
export function roleChart(a: ScenarioAggregate, highlighted: string | null, names: Naming): RoleChart {
  const share = (role: Role, v: number) => {
    const p = a.roles[role].possible;
    if (p && p > 0) return v / p;
    const top = Math.max(1, ...ROLES.map((r) => Math.abs(a.roles[r].max)));
    return v / top;
  };
  const lo = Math.min(0, ...ROLES.map((r) => share(r, a.roles[r].min)));
  const hi = Math.max(1, ...ROLES.map((r) => share(r, a.roles[r].max)));
  const { x0, x1, row, top } = CHART;
  const x = (v: number) => x0 + ((v - lo) / (hi - lo || 1)) * (x1 - x0);
  const bottom = top + ROLES.length * row;
  const step = hi - lo > 1.5 ? 0.5 : 0.25;
  const ticks: RoleChart['ticks'] = [];
  for (let tick = Math.ceil(lo / step) * step; tick <= hi + 1e-9; tick += step)
    ticks.push({ x: x(tick), text: percent(tick), zero: Math.abs(tick) < 1e-9 });
  const rows = ROLES.map((role, i): ChartRow => {
    const stat = a.roles[role];
    const y = top + i * row + row / 2;
    const m = share(role, stat.mean);
    const sdLo = share(role, stat.mean - stat.sd);
    const sdHi = share(role, stat.mean + stat.sd);
    const dots = a.rows.map((r, k): ChartDot => {
      const on = r.resultId === highlighted;
      const jitter = ((k * 7) % 9) - 4;
      return {
        resultId: r.resultId,
        cx: x(share(role, r.scores[role])),
        cy: y + jitter * 3.2,
        r: on ? 11 : 6,
        on,
        title: `${names.learner(r.learner)}: ${minus(String(r.scores[role]))}`,
      };
    });
    dots.sort((p, q) => Number(p.on) - Number(q.on));
    return {
      role,
      y,
      range: {
        x: x(share(role, stat.min)),
        width: Math.max(2, x(share(role, stat.max)) - x(share(role, stat.min))),
      },
      sd: { x: x(sdLo), width: Math.max(2, x(sdHi) - x(sdLo)) },
      meanX: x(m),
      meanText: percent(m),
      dots,
    };
  });
  return { width: CHART.width, height: bottom + 44, x0, x1, top, bottom, ticks, rows };
}

// --- The roles table --------------------------------------------------------------------------

export type StatKey = 'mean' | 'sd' | 'min' | 'max';

export interface StatRow {
  key: StatKey;
  cells: { role: Role; text: string; value: number }[];
}

export interface LearnerTableRow {
  resultId: string;
  learner: string;
  shownName: string;
  on: boolean;
  cells: { role: Role; score: number; text: string; vsMean: string; trend: 'up' | 'down' | 'even' }[];
}

export interface RoleTable {
  possible: Record<Role, number | null>;
  stats: StatRow[];
  rows: LearnerTableRow[];
}

export function roleTable(a: ScenarioAggregate, highlighted: string | null, names: Naming): RoleTable {
  const stat = (key: StatKey): StatRow => ({
    key,
    cells: ROLES.map((role) => ({
      role,
      value: a.roles[role][key],
      text:
        key === 'mean'
          ? `${decimal(a.roles[role].mean)} (${percent(a.roles[role].meanShare)})`
          : decimal(a.roles[role][key]),
    })),
  });
  const row = (r: LearnerRow): LearnerTableRow => ({
    resultId: r.resultId,
    learner: r.learner,
    shownName: names.learner(r.learner),
    on: r.resultId === highlighted,
    cells: ROLES.map((role) => {
      const d = r.vsMean[role];
      return {
        role,
        score: r.scores[role],
        text: decimal(r.scores[role]),
        vsMean: ` (${signedDecimal(d)})`,
        trend: d > 0.05 ? 'up' : d < -0.05 ? 'down' : 'even',
      };
    }),
  });
  return {
    possible: Object.fromEntries(ROLES.map((role) => [role, a.roles[role].possible])) as Record<
      Role,
      number | null
    >,
    stats: (['mean', 'sd', 'min', 'max'] as const).map(stat),
    rows: [...a.rows].sort(names.compare).map(row),
  };
}

/** The learners for the highlight picker, in the order the table lists them. */
export function highlightChoices(a: ScenarioAggregate, names: Naming): { resultId: string; label: string }[] {
  return [...a.rows]
    .sort(names.compare)
    .map((r) => ({ resultId: r.resultId, label: names.learner(r.learner) }));
}

// --- Exports ----------------------------------------------------------------------------------

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** One row per learner; the CSVs keep the names (they stay on the trainer's machine). */
export function learnersExport(
  all: readonly ScenarioAggregate[],
  s: ClassViewStrings,
  endings: EndingNames,
  now: Date,
): ExportFile {
  return {
    name: `class-learners-${fileDate(now)}.csv`,
    text: learnersCsv(all, s.csvLearners, (e) => endings[e as keyof EndingNames] ?? e),
    type: CSV_TYPE,
  };
}

export function decisionsExport(
  all: readonly ScenarioAggregate[],
  s: ClassViewStrings,
  now: Date,
): ExportFile {
  return {
    name: `class-decisions-${fileDate(now)}.csv`,
    text: decisionsCsv(all, s.csvDecisions),
    type: CSV_TYPE,
  };
}

/** The class average to share back with the learners; it needs the class's name. */
export function averageExport(
  all: readonly ScenarioAggregate[],
  className: string,
  now: Date,
): ExportFile | null {
  const name = className.trim();
  if (!name) return null;
  return {
    name: `class-average-${fileSlug(name, 'class')}.json`,
    text: `${JSON.stringify(classAverageFile(all, name, now), null, 2)}\n`,
    type: 'application/json',
  };
}
