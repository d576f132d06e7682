import { ROLES, type Role, type RoleScores } from '../narrative/roles.ts';
import type { SelfRating } from './result.ts';

/**
 * The course's "self against others" view, with play standing in for the 360 survey: the
 * learner rates behavioural statements 1-5 per role before playing, and each role's rating is
 * set beside the share of points possible their decisions earned. Both sit on 0..1: a rating
 * of 1 is 0, 3 is 0.5, 5 is 1, as a share of points possible is.
 */

/** A statement's role is its id's prefix: "S.customer-strategy" belongs to S. */
export interface SelfStatement {
  id: string;
  role: Role;
}

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export function ratingShare(rating: number): number {
  return (rating - RATING_MIN) / (RATING_MAX - RATING_MIN);
}

/**
 * A self-rating from the answers given. A role with no answered statement is left out of the
 * rating (null): the learner skipped it, which is not a rating of 1.
 */
export function rateSelf(
  statements: readonly SelfStatement[],
  answers: Readonly<Record<string, number>>,
  ratedAt: Date,
): SelfRating | null {
  const roles: Partial<RoleScores> = {};
  const kept: Record<string, number> = {};
  for (const role of ROLES) {
    const values = statements
      .filter((s) => s.role === role && Object.hasOwn(answers, s.id))
      .map((s) => {
        const value = Math.round(answers[s.id] ?? 0);
        kept[s.id] = value;
        return value;
      })
      .filter((value) => value >= RATING_MIN && value <= RATING_MAX);
    if (values.length > 0) roles[role] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  if (ROLES.some((role) => roles[role] === undefined)) return null;
  return { ratedAt: ratedAt.toISOString(), answers: kept, roles: roles as RoleScores };
}

export interface RoleGap {
  role: Role;
  /** the self-rating as a share, 0..1 */
  self: number;
  /** points earned as a share of points possible, 0..1 */
  played: number;
  /** self minus played: above 0, rated higher than played */
  gap: number;
}

export interface SelfComparison {
  roles: RoleGap[];
  /** the role rated most above what was played, if any is */
  overRated: RoleGap | null;
  /** the role played most above what was rated, if any is */
  underRated: RoleGap | null;
}

/** A gap under a tenth is not named: it is within what one decision moves. */
export const NAMED_GAP = 0.1;

/**
 * Sets a self-rating beside played shares. Roles with no points possible (null share) are left
 * out: nothing was played there to compare with. A gap under NAMED_GAP is not named.
 */
export function compareSelf(
  rating: SelfRating,
  played: Readonly<Record<Role, number | null>>,
  threshold = NAMED_GAP,
): SelfComparison {
  const roles: RoleGap[] = [];
  for (const role of ROLES) {
    const share = played[role];
    if (share === null) continue;
    const self = ratingShare(rating.roles[role]);
    roles.push({ role, self, played: share, gap: self - share });
  }
  const over = [...roles].sort((a, b) => b.gap - a.gap)[0];
  const under = [...roles].sort((a, b) => a.gap - b.gap)[0];
  return {
    roles,
    overRated: over && over.gap >= threshold ? over : null,
    underRated: under && under.gap <= -threshold ? under : null,
  };
}
