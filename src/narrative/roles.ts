/** The five roles of the S-T-R-O-BE model, in the order the model names them. */
export const ROLES = ['S', 'T', 'R', 'O', 'BE'] as const;
export type Role = (typeof ROLES)[number];
export type RoleScores = Record<Role, number>;

export const ENDINGS = ['strong', 'mixed', 'poor'] as const;
export type Ending = (typeof ENDINGS)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isEnding(value: string): value is Ending {
  return (ENDINGS as readonly string[]).includes(value);
}

export function zeroScores(): RoleScores {
  return { S: 0, T: 0, R: 0, O: 0, BE: 0 };
}

export function addScores(a: RoleScores, b: Partial<RoleScores>): RoleScores {
  const out = { ...a };
  for (const role of ROLES) out[role] += b[role] ?? 0;
  return out;
}

/** An option's total: its scores on every role added up (S+2 BE+1 is 3). */
export function scoreTotal(score: Partial<RoleScores>): number {
  return ROLES.reduce((sum, role) => sum + (score[role] ?? 0), 0);
}

/** Rank endings so "best ending so far" can be kept per scenario. */
export function endingRank(ending: Ending | null): number {
  return ending === 'strong' ? 3 : ending === 'mixed' ? 2 : ending === 'poor' ? 1 : 0;
}
