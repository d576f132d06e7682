import { ROLES, type Role, type RoleScores } from '../narrative/roles.ts';

/**
 * How every screen and file writes a number: scores, signed differences, shares and the
 * names of files. Figures use a true minus sign (−), legible from the back of a room; the
 * command-line checker keeps its own ASCII form in narrative/branch-map.ts (narrative/ stands
 * alone).
 */

const MINUS = '−';

/** A leading hyphen-minus as a true minus sign: "-3" reads "−3". */
export function minus(text: string): string {
  return text.replace(/^-/, MINUS);
}

/** A whole number as shown: "12", "−3". */
export function whole(n: number): string {
  return minus(String(Object.is(n, -0) ? 0 : n));
}

/** A figure that may have a fraction (a mean): whole numbers as they are, others to one place. */
export function decimal(n: number): string {
  return Number.isInteger(n) ? whole(n) : minus(n.toFixed(1));
}

/** A score with its sign: "+2", "−3", "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${Math.abs(n)}` : '0';
}

/** A difference from a mean, to one place: "+1.5", "−0.3", and "±0" when it rounds away. */
export function signedDecimal(n: number): string {
  if (Math.abs(n) < 0.05) return '±0';
  return `${n > 0 ? '+' : MINUS}${decimal(Math.abs(n))}`;
}

/** A share (0..1, or below zero for points lost) as a whole percentage: "45%", "−50%". */
export function percent(share: number): string {
  return `${whole(Math.round(share * 100))}%`;
}

export interface ScoreChip {
  role: Role;
  value: number;
  /** "S+2", "BE−1" */
  text: string;
}

/** An option's scores as chips, in S-T-R-O-BE order; a role it does not move is left out. */
export function scoreChips(score: Partial<RoleScores>): ScoreChip[] {
  return ROLES.filter((role) => (score[role] ?? 0) !== 0).map((role) => {
    const value = score[role] ?? 0;
    return { role, value, text: `${role}${signed(value)}` };
  });
}

/** "S+2 BE−1"; empty for an option that scores nothing. */
export function scoreText(score: Partial<RoleScores>): string {
  return scoreChips(score)
    .map((chip) => chip.text)
    .join(' ');
}

/**
 * A piece of a file name safe on every system: letters and digits of any script kept, every
 * other run of characters one dash, at most 40 characters; the fallback when nothing is left.
 */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The date a file was written, for its name: "2026-03-14". */
export function fileDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
