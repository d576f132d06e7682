import { CAPABILITIES, type Capability } from '../narrative/capabilities.ts';
import { ROLES, type Role } from '../narrative/roles.ts';
import { averageFor } from './check-result.ts';
import type { ClassAverageFile, LearnerResult, ResultDecision, ResultOption } from './result.ts';

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

export interface ProfileCapability {
  cap: Capability;
  earned: number;
  possible: number;
  /** earned as a share (0..1) of possible */
  share: number;
  ratio: number;
}

export interface Profile {
  scenarios: ProfileScenario[];
  roles: ProfileRole[];
  /** per capability, over the latest results that carry capability figures */
  capabilities: ProfileCapability[];
  /** how many latest results the capabilities are summed over */
  capabilityResults: number;
  /** latest results left out of the capabilities: played before they were counted (format 1) */
  capabilityLeftOut: number;
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
  const withCaps = latest.filter(carriesCapabilities);
  const capabilities = CAPABILITIES.map((cap): ProfileCapability => {
    let earned = 0;
    let possible = 0;
    for (const r of withCaps) {
      earned += r.capabilities[cap];
      possible += Math.max(0, r.capabilityPossible[cap]);
    }
    const ratio = possible > 0 ? earned / possible : 0;
    return { cap, earned, possible, share: Math.min(1, Math.max(0, ratio)), ratio };
  });
  return {
    scenarios: latest.map((result) => ({ result, costly: costliestDecisions(result.decisions) })),
    roles,
    capabilities,
    capabilityResults: withCaps.length,
    capabilityLeftOut: latest.length - withCaps.length,
    strongest: distinct ? (strongest?.role ?? null) : null,
    weakest: distinct ? (weakest?.role ?? null) : null,
  };
}

type WithCapabilities = LearnerResult & {
  capabilities: NonNullable<LearnerResult['capabilities']>;
  capabilityPossible: NonNullable<LearnerResult['capabilityPossible']>;
};

/** A result of format 2 whose story's capability points possible were known when it was played. */
export function carriesCapabilities(result: LearnerResult): result is WithCapabilities {
  return Boolean(result.capabilities && result.capabilityPossible);
}

/** One group's figure on one profile bar, and the learner's own over the same scenarios. */
export interface GroupFigure {
  /** the group's means summed over the scenarios both cover */
  mean: number;
  /** points possible summed over those scenarios */
  possible: number;
  /** mean over possible, unclamped */
  share: number;
  /** the scenarios summed over */
  scenarios: string[];
  /** the learner's points and share over the same scenarios */
  earned: number;
  ownPossible: number;
  ownShare: number;
}

export interface GroupFigures {
  /** scenarios the learner played (latest result) that the file covers */
  covered: string[];
  roles: Record<Role, GroupFigure | null>;
  capabilities: Record<Capability, GroupFigure | null>;
}

/**
 * A class or reference file's figures across the scenarios both it and the learner cover:
 * the group's means summed over those scenarios, over points possible summed (the file's,
 * or the learner's result's where the file has none), as the learner's own bar sums points
 * earned over points possible. A scenario with more points so weighs more, in both.
 */
export function groupFigures(file: ClassAverageFile, results: readonly LearnerResult[]): GroupFigures {
  const latest = latestPerScenario(results);
  const covered = latest.filter((r) => averageFor(file, r.scenarioId) !== null);
  const figure = (
    parts: { mean: number; possible: number; earned: number; ownPossible: number; scenario: string }[],
  ): GroupFigure | null => {
    if (parts.length === 0) return null;
    const sum = (pick: (p: (typeof parts)[number]) => number) => parts.reduce((a, p) => a + pick(p), 0);
    const mean = sum((p) => p.mean);
    const possible = sum((p) => p.possible);
    const earned = sum((p) => p.earned);
    const ownPossible = sum((p) => p.ownPossible);
    return {
      mean,
      possible,
      share: possible > 0 ? mean / possible : 0,
      scenarios: parts.map((p) => p.scenario),
      earned,
      ownPossible,
      ownShare: ownPossible > 0 ? earned / ownPossible : 0,
    };
  };
  const roles = Object.fromEntries(
    ROLES.map((role) => [
      role,
      figure(
        covered.flatMap((r) => {
          const scenario = averageFor(file, r.scenarioId);
          const stat = scenario?.roles[role];
          if (!scenario || !stat || !r.possible) return [];
          return [
            {
              mean: stat.mean,
              possible: Math.max(0, scenario.possible?.[role] ?? r.possible[role]),
              earned: r.scores[role],
              ownPossible: Math.max(0, r.possible[role]),
              scenario: r.scenarioId,
            },
          ];
        }),
      ),
    ]),
  ) as Record<Role, GroupFigure | null>;
  const capabilities = Object.fromEntries(
    CAPABILITIES.map((cap) => [
      cap,
      figure(
        covered.flatMap((r) => {
          const scenario = averageFor(file, r.scenarioId);
          const stat = scenario?.capabilities?.[cap];
          if (!scenario || !stat || !carriesCapabilities(r)) return [];
          return [
            {
              mean: stat.mean,
              possible: Math.max(0, scenario.capabilityPossible?.[cap] ?? r.capabilityPossible[cap]),
              earned: r.capabilities[cap],
              ownPossible: Math.max(0, r.capabilityPossible[cap]),
              scenario: r.scenarioId,
            },
          ];
        }),
      ),
    ]),
  ) as Record<Capability, GroupFigure | null>;
  return { covered: covered.map((r) => r.scenarioId).sort(), roles, capabilities };
}
