import { ROLES, type Role, type RoleScores } from '../narrative/roles.ts';
import { MAX_PLAN_ACTIONS } from './check-result.ts';
import type { ActionPlan, LearnerResult, PlanAction, ResultDecision } from './result.ts';

/**
 * The learner's weakest role: the largest gap between points possible and points earned
 * (not the lowest share: missing 20 of 30 points matters more than 2 of 4). Ties go to the
 * lower share, then to the model's order. Null when nothing was missed or nothing is known.
 */
export function weakestRole(scores: RoleScores, possible: RoleScores | null): Role | null {
  if (!possible) return null;
  let best: { role: Role; gap: number; share: number } | null = null;
  for (const role of ROLES) {
    const max = possible[role];
    if (max <= 0) continue;
    const gap = max - scores[role];
    if (gap <= 0) continue;
    const share = scores[role] / max;
    if (!best || gap > best.gap || (gap === best.gap && share < best.share)) best = { role, gap, share };
  }
  return best?.role ?? null;
}

/** Points this decision cost on one role: the most any option offered minus what was chosen. */
export function roleLoss(decision: ResultDecision, role: Role): number {
  const chosen = decision.options[decision.chosen]?.score[role] ?? 0;
  const most = Math.max(...decision.options.map((o) => o.score[role] ?? 0));
  return Math.max(0, most - chosen);
}

/** The decisions where the role lost most, largest loss first, ties in story order. */
export function costliestForRole(decisions: readonly ResultDecision[], role: Role): ResultDecision[] {
  return decisions
    .map((d, i) => ({ d, i, loss: roleLoss(d, role) }))
    .filter((x) => x.loss > 0)
    .sort((a, b) => b.loss - a.loss || a.i - b.i)
    .map((x) => x.d);
}

/** How a suggested action reads, in the learner's language (see i18n-results.ts). */
export interface PlanWording {
  prepare(decision: ResultDecision): string;
  act(decision: ResultDecision, stronger: string | null): string;
  /** differs per action: names the role and the decision the action came from */
  reflect(decision: ResultDecision, role: Role): string;
  review(role: Role): string;
  /** an action to start from when no decision lost points on the role */
  blank(role: Role | null): PlanAction;
}

/** The option that would have earned the role most points (ties: the story's order). */
function strongerOption(decision: ResultDecision, role: Role): string | null {
  let best: { text: string; points: number } | null = null;
  for (const option of decision.options) {
    const points = option.score[role] ?? 0;
    if (!best || points > best.points) best = { text: option.text, points };
  }
  return best ? best.text : null;
}

/**
 * PARR, suggested: actions for the weakest role (or the role given), each started from the
 * coach's note on a decision where that role lost most points, the costliest first. One action
 * unless more are asked for (a plan the learner can keep beats three they skim), at most
 * MAX_PLAN_ACTIONS.
 */
export function suggestPlan(
  result: Pick<LearnerResult, 'scores' | 'possible' | 'decisions'>,
  wording: PlanWording,
  role: Role | null = weakestRole(result.scores, result.possible),
  count = 1,
): ActionPlan {
  if (!role) return { role: null, actions: [wording.blank(null)] };
  const limit = Math.max(1, Math.min(MAX_PLAN_ACTIONS, Math.floor(count)));
  const decisions = costliestForRole(result.decisions, role).slice(0, limit);
  if (decisions.length === 0) return { role, actions: [wording.blank(role)] };
  return {
    role,
    actions: decisions.map((d) => ({
      prepare: wording.prepare(d),
      act: wording.act(d, strongerOption(d, role)),
      reflect: wording.reflect(d, role),
      review: wording.review(role),
    })),
  };
}
