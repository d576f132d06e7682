import { CAPABILITIES, type Capability } from '../../narrative/capabilities.ts';
import { ROLES, type Role } from '../../narrative/roles.ts';
import {
  aggregateClass,
  classAverageFile,
  type LearnerRow,
  learnerNumbers,
  type ScenarioAggregate,
} from '../../results/aggregate.ts';
import { averageFor } from '../../results/check-result.ts';
import { decisionsCsv, learnersCsv } from '../../results/class-csv.ts';
import type { ClassResultsState } from '../../results/class-results.ts';
import type { ClassAverageFile, RoleAverage, ScenarioAverage } from '../../results/result.ts';
import { type FileReport, learnerKey, type ResultFault } from '../../results/result-files.ts';
import { NAMED_GAP } from '../../results/self-rating.ts';
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

// --- The reference group ----------------------------------------------------------------------

/** A reference group (a named set another class view exported) as it stands beside one scenario. */
export interface ScenarioReference {
  /** the name its file gives (its className) */
  name: string;
  /** its figures for this scenario; null when the file has none */
  figures: ScenarioAverage | null;
  /** what to say beside it: no figures for this scenario, or another version of it */
  note: string | null;
}

/**
 * The reference's figures for a scenario. `versions`: the story hashes this game knows for the
 * scenario (both languages); a reference that played none of them played another version, and
 * its figures are shown with a word of caution rather than hidden (the roles may still compare).
 */
export function scenarioReference(
  file: ClassAverageFile | null,
  a: ScenarioAggregate,
  versions: readonly string[],
  s: Pick<ClassViewStrings, 'reference'>,
): ScenarioReference | null {
  if (!file) return null;
  const name = file.className;
  const figures = averageFor(file, a.scenarioId);
  if (!figures) return { name, figures: null, note: s.reference.missing(name) };
  const same = figures.storyHashes.some((h) => versions.includes(h) || a.storyHashes.includes(h));
  return { name, figures, note: same ? null : s.reference.otherVersion(name) };
}

/** A reference figure as a share of its own points possible; null when those are unknown. */
function referenceShare(average: RoleAverage, possible: number | null | undefined): number | null {
  return possible !== null && possible !== undefined && possible > 0 ? average.mean / possible : null;
}

/** "4.2 (47%)", or "4.2" when the points possible are unknown. */
function meanText(mean: number, share: number | null): string {
  return share === null ? decimal(mean) : `${decimal(mean)} (${percent(share)})`;
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
  /** the reference group's mean on the same scale; null without one (or without its points possible) */
  reference: { x: number; share: number; title: string } | null;
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
export function roleChart(
  a: ScenarioAggregate,
  highlighted: string | null,
  names: Naming,
  reference: ScenarioReference | null = null,
): RoleChart {
  const share = (role: Role, v: number) => {
    const p = a.roles[role].possible;
    if (p && p > 0) return v / p;
    const top = Math.max(1, ...ROLES.map((r) => Math.abs(a.roles[r].max)));
    return v / top;
  };
  // The reference sits on the chart only where both scales are shares of points possible.
  const refShare = (role: Role): number | null => {
    const figures = reference?.figures;
    if (!figures || !a.roles[role].possible) return null;
    return referenceShare(figures.roles[role], figures.possible?.[role]);
  };
  const refShares = ROLES.map(refShare).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...ROLES.map((r) => share(r, a.roles[r].min)), ...refShares);
  const hi = Math.max(1, ...ROLES.map((r) => share(r, a.roles[r].max)), ...refShares);
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
    const ref = refShare(role);
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
      reference:
        ref === null || !reference
          ? null
          : { x: x(ref), share: ref, title: `${reference.name}: ${percent(ref)}` },
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
  /** the reference group's means, under the class's figures; null without one with figures here */
  reference: {
    label: string;
    cells: { role: Role; text: string; value: number; share: number | null }[];
  } | null;
  rows: LearnerTableRow[];
}

export function roleTable(
  a: ScenarioAggregate,
  highlighted: string | null,
  names: Naming,
  reference: ScenarioReference | null = null,
  s: Pick<ClassViewStrings, 'reference'> | null = null,
): RoleTable {
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
    reference: referenceRow(reference, s),
    rows: [...a.rows].sort(names.compare).map(row),
  };
}

// --- Capabilities -----------------------------------------------------------------------------

export interface CapabilityLine {
  cap: Capability;
  name: string;
  /** no option of the scenario exercises it (nothing possible, nothing earned by anyone) */
  unexercised: boolean;
  possible: number | null;
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** the mean as a share of points possible; null when those are unknown or zero */
  meanShare: number | null;
  texts: { possible: string; mean: string; sd: string; range: string };
  /** where the bar's parts sit, in percent of its width (the shared scale of the section) */
  bar: { range: [number, number]; sd: [number, number]; mean: number } | null;
  /** where 0 sits on the bar, when the scale reaches below it (someone lost points); else null */
  zeroAt: number | null;
  reference: { text: string; share: number | null; at: number | null } | null;
}

export interface CapabilityFigures {
  /** the learners whose results carry capabilities */
  counted: number;
  /** results of format 1, without capabilities: left out of every figure here */
  leftOut: number;
  /** said when any result was left out (or all were) */
  note: string | null;
  /** null when no result carries capabilities */
  lines: CapabilityLine[] | null;
  /**
   * whether the results carry the points possible per capability; without them (a story too
   * large to explore) there are no shares and no bars, and `possibleNote` says so once
   */
  possibleKnown: boolean;
  possibleNote: string | null;
  /** the bar scale's ends, as shares: 0..1 unless someone lost points or beat the bound */
  scale: { lo: number; hi: number };
  referenceName: string | null;
}

/**
 * Per capability, the class's mean, spread and range over the results that carry capabilities
 * (format 2), as the roles are shown; a capability the scenario never exercises is said to be
 * so, and the results of format 1 left out are counted.
 */
export function capabilityFigures(
  a: ScenarioAggregate,
  capNames: Readonly<Record<Capability, string>>,
  s: Pick<ClassViewStrings, 'capabilities'>,
  reference: ScenarioReference | null = null,
): CapabilityFigures {
  const counted = a.rows.filter((r) => r.capabilities).length;
  const leftOut = a.rows.length - counted;
  const note =
    counted === 0
      ? s.capabilities.none(leftOut)
      : leftOut > 0
        ? s.capabilities.leftOut(counted, leftOut)
        : null;
  const stats = a.capabilities;
  const refFigures = reference?.figures?.capabilities ?? null;
  const refPossible = reference?.figures?.capabilityPossible ?? null;
  if (!stats || counted === 0)
    return {
      counted,
      leftOut,
      note,
      lines: null,
      possibleKnown: false,
      possibleNote: null,
      scale: { lo: 0, hi: 1 },
      referenceName: null,
    };
  const possibleKnown = a.capabilityPossible !== null;
  const shareOf = (cap: Capability, v: number): number | null => {
    const p = stats[cap].possible;
    return p !== null && p > 0 ? v / p : null;
  };
  const refShareOf = (cap: Capability): number | null =>
    refFigures ? referenceShare(refFigures[cap], refPossible?.[cap]) : null;
  const shares = CAPABILITIES.flatMap((cap) => [
    shareOf(cap, stats[cap].min),
    shareOf(cap, stats[cap].max),
    refShareOf(cap),
  ]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...shares);
  const hi = Math.max(1, ...shares);
  const at = (share: number) => ((share - lo) / (hi - lo)) * 100;
  const lines = CAPABILITIES.map((cap): CapabilityLine => {
    const st = stats[cap];
    const unexercised = st.possible === 0 && st.min === 0 && st.max === 0;
    const meanShare = shareOf(cap, st.mean);
    const sdLo = shareOf(cap, st.mean - st.sd);
    const sdHi = shareOf(cap, st.mean + st.sd);
    const min = shareOf(cap, st.min);
    const max = shareOf(cap, st.max);
    const ref = refFigures ? refShareOf(cap) : null;
    return {
      cap,
      name: capNames[cap],
      unexercised,
      possible: st.possible,
      mean: st.mean,
      sd: st.sd,
      min: st.min,
      max: st.max,
      meanShare,
      texts: {
        possible: st.possible === null ? '—' : decimal(st.possible),
        mean: meanText(st.mean, meanShare),
        sd: decimal(st.sd),
        range: st.min === st.max ? decimal(st.min) : `${decimal(st.min)} – ${decimal(st.max)}`,
      },
      zeroAt: lo < 0 && !unexercised ? at(0) : null,
      bar:
        meanShare === null || sdLo === null || sdHi === null || min === null || max === null || unexercised
          ? null
          : { range: [at(min), at(max)], sd: [at(sdLo), at(sdHi)], mean: at(meanShare) },
      reference:
        refFigures && reference
          ? {
              text: meanText(refFigures[cap].mean, ref),
              share: ref,
              at: ref === null || meanShare === null ? null : at(ref),
            }
          : null,
    };
  });
  return {
    counted,
    leftOut,
    note,
    lines,
    possibleKnown,
    possibleNote: possibleKnown ? null : s.capabilities.possibleUnknown,
    scale: { lo, hi },
    referenceName: refFigures && reference ? reference.name : null,
  };
}

// --- Self-rating against play -----------------------------------------------------------------

export interface SelfLine {
  role: Role;
  /** shares, 0..1 */
  self: number;
  played: number;
  /** self minus played: above 0, the class rates itself higher than it plays */
  gap: number;
  texts: { self: string; played: string; gap: string };
  trend: 'over' | 'under' | 'even';
}

export interface SelfFigures {
  /** learners who rated themselves, of all the scenario's learners */
  rated: number;
  learners: number;
  /** what to say when nothing can be compared; null when lines are shown */
  empty: string | null;
  intro: string | null;
  lines: SelfLine[];
  /** the role rated most above play, and the one played most above its rating (gaps of at least NAMED_GAP) */
  over: SelfLine | null;
  under: SelfLine | null;
  /** the sentences naming them (or saying no gap is large enough) */
  summary: { kind: 'over' | 'under' | 'even'; role: Role | null; text: string }[];
}

/**
 * The class's self-rating beside its play per role (aggregate.self: over the learners who rated
 * themselves), naming the largest gap each way as each learner's debrief does, by the same
 * threshold.
 */
export function selfFigures(
  a: ScenarioAggregate,
  roleNames: Readonly<Record<Role, string>>,
  s: Pick<ClassViewStrings, 'self'>,
): SelfFigures {
  const rated = a.rows.filter((r) => r.selfRating).length;
  const learners = a.rows.length;
  const base = { rated, learners, lines: [], over: null, under: null, summary: [], intro: null };
  if (rated === 0) return { ...base, empty: s.self.none };
  if (!a.self) return { ...base, empty: s.self.noPossible };
  const self = a.self;
  const lines = ROLES.map((role): SelfLine => {
    const gap = self.gap[role];
    return {
      role,
      self: self.self[role],
      played: self.played[role],
      gap,
      texts: { self: percent(self.self[role]), played: percent(self.played[role]), gap: s.self.points(gap) },
      trend: gap >= NAMED_GAP ? 'over' : gap <= -NAMED_GAP ? 'under' : 'even',
    };
  });
  const top = [...lines].sort((p, q) => q.gap - p.gap)[0];
  const bottom = [...lines].sort((p, q) => p.gap - q.gap)[0];
  const over = top && top.gap >= NAMED_GAP ? top : null;
  const under = bottom && bottom.gap <= -NAMED_GAP ? bottom : null;
  const summary: SelfFigures['summary'] = [
    ...(over
      ? [{ kind: 'over' as const, role: over.role, text: s.self.over(roleNames[over.role], over.texts.gap) }]
      : []),
    ...(under
      ? [
          {
            kind: 'under' as const,
            role: under.role,
            text: s.self.under(roleNames[under.role], under.texts.gap),
          },
        ]
      : []),
  ];
  return {
    rated: self.learners,
    learners,
    empty: null,
    intro: s.self.intro(self.learners, learners),
    lines,
    over,
    under,
    summary:
      summary.length > 0
        ? summary
        : [{ kind: 'even', role: null, text: s.self.even(Math.round(NAMED_GAP * 100)) }],
  };
}

function referenceRow(
  reference: ScenarioReference | null,
  s: Pick<ClassViewStrings, 'reference'> | null,
): RoleTable['reference'] {
  const figures = reference?.figures;
  if (!reference || !figures || !s) return null;
  return {
    label: s.reference.row(reference.name),
    cells: ROLES.map((role) => {
      const average = figures.roles[role];
      const share = referenceShare(average, figures.possible?.[role]);
      return { role, value: average.mean, share, text: meanText(average.mean, share) };
    }),
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
