import { ROLES, type Role } from '../narrative/roles.ts';
import type { LearnerResult, ResultDecision, ResultOption } from './result.ts';

/** The latest result of each scenario (either language counts: both have one structure). */
export function latestPerScenario(results: readonly LearnerResult[]): LearnerResult[] {
  const latest = new Map<string, LearnerResult>();
  for (const r of results) {
    const known = latest.get(r.scenarioId);
    if (!known || r.finishedAt >= known.finishedAt) latest.set(r.scenarioId, r);
  }
  return [...latest.values()];
}

export interface ProfileRole {
  role: Role;
  earned: number;
  possible: number;
  /** earned as a share (0..1) of possible, for the radar and the bars */
  share: number;
  /** earned over possible, unclamped (negative when the role lost points overall) */
  ratio: number;
}

export interface CostlyDecision {
  number: number;
  point: string;
  prompt: string | null;
  chosen: ResultOption;
  best: ResultOption;
  /** best option's total minus the chosen option's total */
  cost: number;
  /** the coach's note on the option chosen */
  feedback: string | null;
}

export interface ProfileScenario {
  result: LearnerResult;
  costly: CostlyDecision[];
}

export interface Profile {
  scenarios: ProfileScenario[];
  roles: ProfileRole[];
  /** highest and lowest share among roles with points possible; null with nothing to compare */
  strongest: Role | null;
  weakest: Role | null;
}

export function optionTotal(option: ResultOption): number {
  return ROLES.reduce((sum, role) => sum + (option.score[role] ?? 0), 0);
}

/** The decisions that cost most (best total minus chosen total), largest first, ties in story order. */
export function costliestDecisions(decisions: readonly ResultDecision[], limit = 3): CostlyDecision[] {
  const rows: CostlyDecision[] = [];
  for (const d of decisions) {
    const chosen = d.options[d.chosen];
    if (!chosen) continue;
    let best = chosen;
    for (const o of d.options) if (optionTotal(o) > optionTotal(best)) best = o;
    const cost = optionTotal(best) - optionTotal(chosen);
    if (cost > 0)
      rows.push({
        number: d.number,
        point: d.point,
        prompt: d.prompt,
        chosen,
        best,
        cost,
        feedback: d.feedback,
      });
  }
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.cost - a.row.cost || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.row);
}

/**
 * The learner's S-T-R-O-BE profile: per role, points earned over points possible summed
 * across the latest result of every scenario played (results without points possible count
 * toward neither).
 */
export function buildProfile(results: readonly LearnerResult[]): Profile {
  const latest = latestPerScenario(results).sort(
    (a, b) => a.scenarioId.localeCompare(b.scenarioId) || a.finishedAt.localeCompare(b.finishedAt),
  );
  const roles = ROLES.map((role): ProfileRole => {
    let earned = 0;
    let possible = 0;
    for (const r of latest) {
      if (!r.possible) continue;
      earned += r.scores[role];
      possible += Math.max(0, r.possible[role]);
    }
    const ratio = possible > 0 ? earned / possible : 0;
    return { role, earned, possible, share: Math.min(1, Math.max(0, ratio)), ratio };
  });
  // Ranked on the unclamped ratio: a role that lost points is weaker than one that earned none.
  const ranked = roles.filter((r) => r.possible > 0);
  let strongest: ProfileRole | null = null;
  let weakest: ProfileRole | null = null;
  for (const r of ranked) {
    if (!strongest || r.ratio > strongest.ratio) strongest = r;
    if (!weakest || r.ratio < weakest.ratio) weakest = r;
  }
  const distinct = strongest && weakest && strongest.ratio !== weakest.ratio;
  return {
    scenarios: latest.map((result) => ({ result, costly: costliestDecisions(result.decisions) })),
    roles,
    strongest: distinct ? (strongest?.role ?? null) : null,
    weakest: distinct ? (weakest?.role ?? null) : null,
  };
}
