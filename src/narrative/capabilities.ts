import type { RoleScores } from './roles.ts';
import { scoreTotal } from './roles.ts';
import { CAPABILITY_IDS, includes } from './vocabulary.ts';

/**
 * The eight capabilities under the roles (STROBE section 2), as the course's bars per key
 * business activity. An option tagged `# cap: X` earns its total (its role scores added up,
 * negative included) for X, so a capability's points rise and fall with the same choices as
 * the roles; an option without the tag earns no capability points.
 */
export type Capability = (typeof CAPABILITY_IDS)[number];
export type CapabilityScores = Record<Capability, number>;

export const CAPABILITIES = CAPABILITY_IDS;

export function isCapability(value: string | null | undefined): value is Capability {
  return typeof value === 'string' && includes(CAPABILITY_IDS, value);
}

export function zeroCapabilities(): CapabilityScores {
  return Object.fromEntries(CAPABILITY_IDS.map((c) => [c, 0])) as CapabilityScores;
}

/** What one option earns: its total on its capability, or nothing when untagged or unknown. */
export function capabilityPoints(
  cap: string | null | undefined,
  score: Partial<RoleScores>,
): { cap: Capability; points: number } | null {
  return isCapability(cap) ? { cap, points: scoreTotal(score) } : null;
}

/** Capability totals of the options chosen. */
export function capabilityTotals(
  chosen: readonly ({ cap?: string | null; score: Partial<RoleScores> } | undefined)[],
): CapabilityScores {
  const totals = zeroCapabilities();
  for (const option of chosen) {
    const earned = option ? capabilityPoints(option.cap, option.score) : null;
    if (earned) totals[earned.cap] += earned.points;
  }
  return totals;
}
