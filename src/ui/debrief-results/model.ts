import type { Capability } from '../../narrative/capabilities.ts';
import type { Role } from '../../narrative/roles.ts';
import { averageFor, type ClassAverageRead, MAX_PLAN_ACTIONS } from '../../results/check-result.ts';
import { resultsCsv } from '../../results/csv.ts';
import { exportFileName, resultFile } from '../../results/export.ts';
import { suggestPlan } from '../../results/plan.ts';
import type { ActionPlan, ClassAverageFile, LearnerResult, PlanAction } from '../../results/result.ts';
import { decimal } from '../../words/format.ts';
import type { ResultStrings } from '../i18n-results.ts';

/**
 * The learner's side of the debrief, computed without the DOM: the plan as it is edited, the
 * comparison with the class, and the files exported. view.ts draws this and wires the events.
 */

export const PLAN_FIELDS = ['prepare', 'act', 'reflect', 'review'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

// --- The plan ---------------------------------------------------------------------------------

export type PlanEdit =
  | { kind: 'role'; role: Role | null }
  | { kind: 'field'; index: number; field: PlanField; text: string }
  | { kind: 'add' }
  | { kind: 'remove'; index: number }
  | { kind: 'suggest'; result: LearnerResult; wording: ResultStrings['plan'] };

/** A copy the learner can edit without touching the saved result until it is written back. */
export function planOf(result: LearnerResult): ActionPlan {
  return { role: result.plan.role, actions: result.plan.actions.map((a) => ({ ...a })) };
}

export function planIsFull(plan: ActionPlan): boolean {
  return plan.actions.length >= MAX_PLAN_ACTIONS;
}

/** The plan after one edit; an action past the limit is not added. */
export function editPlan(plan: ActionPlan, edit: PlanEdit): ActionPlan {
  switch (edit.kind) {
    case 'role':
      return { ...plan, role: edit.role };
    case 'field':
      return {
        ...plan,
        actions: plan.actions.map(
          (a, i): PlanAction => (i === edit.index ? { ...a, [edit.field]: edit.text } : a),
        ),
      };
    case 'add':
      return planIsFull(plan)
        ? plan
        : { ...plan, actions: [...plan.actions, { prepare: '', act: '', reflect: '', review: '' }] };
    case 'remove':
      return { ...plan, actions: plan.actions.filter((_, i) => i !== edit.index) };
    case 'suggest':
      return suggestPlan(edit.result, edit.wording, plan.role, MAX_PLAN_ACTIONS);
  }
}

// --- Compared with the class ------------------------------------------------------------------

/** "you 0 · class average 11.4 (−11.4)": the gap rounded as the mean is, so the three agree. */
export function youVsClass(r: ResultStrings, earned: number, mean: number): string {
  const shown = Math.round(mean * 10) / 10;
  const diff = Math.round((earned - shown) * 10) / 10;
  return r.youVsClass(decimal(earned), decimal(shown), Math.sign(diff), decimal(Math.abs(diff)));
}

/** A bar the debrief drew: a role or a capability, its points, and points possible. */
export interface ShownFigure {
  kind: 'role' | 'cap';
  /** the role ("S") or capability id ("strategic_thinking") */
  id: string;
  earned: number;
  possible: number;
}

/** The two groups a learner can set beside themselves: the class, and a named reference. */
export type Group = 'class' | 'reference';

export interface GroupMarker {
  group: Group;
  mean: number;
  /** where the marker sits on the bar, 0..1 */
  at: number;
}

export interface FigureComparison {
  kind: ShownFigure['kind'];
  id: string;
  markers: GroupMarker[];
  /** "you 3 · class average 11.4 (−8.4) · Incumbent KAMs 14 (−11)" */
  text: string;
}

export interface Comparison {
  /** the line under the buttons: what was loaded, or why a file was refused */
  status: string;
  error: boolean;
  /** one per bar a loaded file covers */
  figures: FigureComparison[];
  /** the class figures are loaded (they can be removed) */
  loaded: boolean;
  referenceLoaded: boolean;
  /** the names given to the two sets, for the legend */
  classLabel: string | null;
  referenceLabel: string | null;
}

/** A file's mean and points possible for one bar, or null where the file does not cover it. */
function groupFigure(
  file: ClassAverageFile | null,
  scenarioId: string,
  figure: ShownFigure,
): { mean: number; possible: number | null } | null {
  const scenario = file ? averageFor(file, scenarioId) : null;
  if (!scenario) return null;
  if (figure.kind === 'role') {
    const stat = scenario.roles[figure.id as Role];
    return stat ? { mean: stat.mean, possible: scenario.possible?.[figure.id as Role] ?? null } : null;
  }
  const cap = figure.id as Capability;
  const stat = scenario.capabilities?.[cap];
  return stat ? { mean: stat.mean, possible: scenario.capabilityPossible?.[cap] ?? null } : null;
}

/** "(−8.4)" as youVsClass words it, for a second group. */
function diffOf(earned: number, mean: number): { shown: number; sign: number; gap: number } {
  const shown = Math.round(mean * 10) / 10;
  const diff = Math.round((earned - shown) * 10) / 10;
  return { shown, sign: Math.sign(diff), gap: Math.abs(diff) };
}

export function comparison(
  files: { average: ClassAverageFile | null; reference: ClassAverageFile | null },
  scenarioId: string,
  shown: readonly ShownFigure[],
  error: string | null,
  r: ResultStrings,
): Comparison {
  const { average, reference } = files;
  const figures = shown.flatMap((figure): FigureComparison[] => {
    const markers: GroupMarker[] = [];
    const parts: string[] = [];
    for (const [group, file] of [
      ['class', average],
      ['reference', reference],
    ] as const) {
      const found = groupFigure(file, scenarioId, figure);
      if (!found || !file) continue;
      const possible = found.possible ?? figure.possible;
      markers.push({
        group,
        mean: found.mean,
        at: possible > 0 ? Math.min(1, Math.max(0, found.mean / possible)) : 0,
      });
      if (group === 'class') parts.push(youVsClass(r, figure.earned, found.mean));
      else {
        const d = diffOf(figure.earned, found.mean);
        const versus = r.vsReference(file.className, decimal(d.shown), d.sign, decimal(d.gap));
        parts.push(parts.length === 0 ? `${r.youAre(decimal(figure.earned))} · ${versus}` : versus);
      }
    }
    return markers.length > 0 ? [{ kind: figure.kind, id: figure.id, markers, text: parts.join(' · ') }] : [];
  });
  const statusOf = (
    file: ClassAverageFile | null,
    missing: (name: string) => string,
    loaded: typeof r.compareLoaded,
  ) => {
    if (!file) return null;
    const scenario = averageFor(file, scenarioId);
    return scenario ? loaded(file.className, scenario.learners) : missing(file.className);
  };
  const statuses = [
    statusOf(average, r.compareMissing, r.compareLoaded),
    statusOf(reference, r.compareMissing, r.referenceLoaded),
  ].filter((x): x is string => x !== null);
  return {
    status: error ?? statuses.join(' '),
    error: error !== null,
    figures,
    loaded: average !== null,
    referenceLoaded: reference !== null,
    classLabel: average?.className ?? null,
    referenceLabel: reference?.className ?? null,
  };
}

/** Why a class file was refused, naming the file: "Not a class figures file (x.json: …)". */
export function compareError(
  read: Extract<ClassAverageRead, { ok: false }>,
  fileName: string,
  r: ResultStrings,
): string {
  return `${r.compareErrors[read.reason]} (${fileName}: ${read.detail})`;
}

// --- Exports ----------------------------------------------------------------------------------

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** The results as the trainer's class view reads them. */
export function jsonExport(results: readonly LearnerResult[], name: string, now: Date): ExportFile {
  return { name, text: `${JSON.stringify(resultFile(results, now), null, 2)}\n`, type: 'application/json' };
}

/** The results for a spreadsheet. */
export function csvExport(results: readonly LearnerResult[], name: string): ExportFile {
  return { name, text: resultsCsv(results), type: 'text/csv;charset=utf-8' };
}

/** One result's files: wudi-<learner>-<scenario>.json or .csv. */
export function resultExport(result: LearnerResult, format: 'json' | 'csv', now: Date): ExportFile {
  const name = exportFileName(result.learner, result.scenarioId, format);
  return format === 'json' ? jsonExport([result], name, now) : csvExport([result], name);
}
