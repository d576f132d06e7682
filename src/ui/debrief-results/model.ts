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

export interface RoleComparison {
  role: Role;
  mean: number;
  /** where the class marker sits on the role's bar, 0..1 */
  at: number;
  text: string;
}

export interface Comparison {
  /** the line under the button: what was loaded, or why a file was refused */
  status: string;
  error: boolean;
  /** one per role the class figures cover, for the bars on screen */
  roles: RoleComparison[];
  /** a class is loaded (it can be removed) */
  loaded: boolean;
}

/** A bar as the debrief drew it: the role, its points, and points possible. */
export interface ShownRole {
  role: Role;
  earned: number;
  possible: number;
}

export function comparison(
  average: ClassAverageFile | null,
  scenarioId: string,
  shown: readonly ShownRole[],
  error: string | null,
  r: ResultStrings,
): Comparison {
  const scenario = average ? averageFor(average, scenarioId) : null;
  const roles = scenario
    ? shown.flatMap((row): RoleComparison[] => {
        const figures = scenario.roles[row.role];
        if (!figures) return [];
        const possible = scenario.possible?.[row.role] ?? row.possible;
        return [
          {
            role: row.role,
            mean: figures.mean,
            at: possible > 0 ? Math.min(1, Math.max(0, figures.mean / possible)) : 0,
            text: youVsClass(r, row.earned, figures.mean),
          },
        ];
      })
    : [];
  return {
    status:
      error ??
      (average
        ? scenario
          ? r.compareLoaded(average.className, scenario.learners)
          : r.compareMissing(average.className)
        : ''),
    error: error !== null,
    roles,
    loaded: average !== null,
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
