import type { ChoiceOption, DecisionRecord } from '../narrative/engine.ts';
import { addScores, type Ending, ROLES, type Role, type RoleScores, zeroScores } from '../narrative/roles.ts';

/** Per-role totals of the options chosen so far. */
export function totalsOf(decisions: readonly DecisionRecord[]): RoleScores {
  let totals = zeroScores();
  for (const d of decisions) totals = addScores(totals, d.options[d.chosen]?.score ?? {});
  return totals;
}

export function optionTotal(option: ChoiceOption): number {
  return ROLES.reduce((sum, role) => sum + (option.score[role] ?? 0), 0);
}

/**
 * The option a coach would point to: the highest total, ties broken by the scenario's focus
 * role, then by the order the story offers them.
 */
export function bestOption(options: readonly ChoiceOption[], focus: Role | null): ChoiceOption | null {
  let best: ChoiceOption | null = null;
  for (const option of options) {
    if (!best) {
      best = option;
      continue;
    }
    const diff = optionTotal(option) - optionTotal(best);
    const focusDiff = focus ? (option.score[focus] ?? 0) - (best.score[focus] ?? 0) : 0;
    if (diff > 0 || (diff === 0 && focusDiff > 0)) best = option;
  }
  return best;
}

export interface RoleResult {
  role: Role;
  earned: number;
  /** null while points possible are unknown (a story the dev server is still exploring) */
  possible: number | null;
  /** 0..1 share of the possible points, for the chart */
  share: number;
}

export interface DebriefDecision {
  number: number;
  prompt: string | null;
  chosen: ChoiceOption;
  best: ChoiceOption | null;
  /** true when the option chosen was (one of) the best */
  choseBest: boolean;
}

export interface Debrief {
  ending: Ending | null;
  scored: boolean;
  roles: RoleResult[];
  decisions: DebriefDecision[];
  /** the roles with the largest gap between possible and earned, for "what to work on" */
  focusNext: Role[];
}

export function buildDebrief(
  decisions: readonly DecisionRecord[],
  possible: RoleScores | null,
  ending: Ending | null,
  focus: Role | null,
): Debrief {
  const totals = totalsOf(decisions);
  const roles = ROLES.map((role): RoleResult => {
    if (!possible) return { role, earned: totals[role], possible: null, share: 0 };
    const max = Math.max(0, possible[role]);
    // Points possible come from the whole story, so earned can never exceed them; the clamp
    // guards the chart against a stale bound rather than hiding a bug (tests assert it).
    const earned = Math.min(totals[role], max);
    return { role, earned, possible: max, share: max > 0 ? Math.max(0, earned) / max : 0 };
  });
  const rows = decisions.flatMap((d): DebriefDecision[] => {
    const chosen = d.options[d.chosen];
    if (!chosen) return [];
    const best = bestOption(d.options, focus);
    return [
      {
        number: d.number,
        prompt: d.prompt,
        chosen,
        best,
        choseBest: best === null || optionTotal(best) === optionTotal(chosen),
      },
    ];
  });
  const scored = decisions.some((d) => d.options.some((o) => o.hasScore));
  // Where the most points were left on the table, not the lowest percentage: missing 20 of 30
  // points on the scenario's own role matters more than 2 of 4 on a side role.
  const gap = (r: RoleResult) => (r.possible ?? 0) - r.earned;
  const focusNext = [...roles]
    .filter((r) => (r.possible ?? 0) > 0 && gap(r) > 0)
    .sort((a, b) => gap(b) - gap(a))
    .slice(0, 2)
    .map((r) => r.role);
  return { ending, scored, roles, decisions: rows, focusNext };
}
