import { CAPABILITIES } from '../narrative/capabilities.ts';
import { ROLES } from '../narrative/roles.ts';
import { MAX_PLAN_ACTIONS } from './check-result.ts';
import type { LearnerResult } from './result.ts';

/** Excel reads a UTF-8 file as UTF-8 (Chinese included) only when it starts with a BOM. */
export const BOM = '\uFEFF';

/**
 * One CSV cell: quoted when it holds a comma, quote, line break or edge space, quotes
 * doubled. Text that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text
 * with a leading apostrophe; numbers are written as numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumber(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as a spreadsheet reads it: up to `digits` decimals, no trailing zeros. */
export function csvNumber(value: number, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows joined with CRLF (what RFC 4180 and Excel expect), behind a BOM. */
export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${BOM}${rows.map(csvRow).join('\r\n')}\r\n`;
}

const PLAN_FIELDS = ['prepare', 'act', 'reflect', 'review'] as const;

export const RESULT_CSV_HEADER: readonly string[] = [
  'learner',
  'scenario',
  'title',
  'language',
  'story_version',
  'finished_at',
  'minutes',
  'ending',
  ...ROLES,
  ...ROLES.map((r) => `${r}_possible`),
  'total',
  'total_possible',
  'choices',
  'plan_role',
  ...Array.from({ length: MAX_PLAN_ACTIONS }, (_, i) => PLAN_FIELDS.map((f) => `action${i + 1}_${f}`)).flat(),
  // Added with results format 2, after every earlier column so a sheet built on them still reads.
  ...CAPABILITIES.map((c) => `cap_${c}`),
  ...CAPABILITIES.map((c) => `cap_${c}_possible`),
  ...ROLES.map((r) => `self_${r}`),
];

/**
 * One row per finished scenario: scores per role against points possible, the option taken at
 * each decision (1-based, in story order), the PARR plan, then capabilities earned and possible
 * and the self-rating per role (empty for a result of format 1).
 */
export function resultsCsv(results: readonly LearnerResult[]): string {
  const rows = results.map((r) => {
    const total = ROLES.reduce((sum, role) => sum + r.scores[role], 0);
    const possible = r.possible;
    return [
      r.learner,
      r.scenarioId,
      r.title,
      r.locale,
      r.storyHash,
      r.finishedAt,
      Math.round((r.durationMs / 60000) * 10) / 10,
      r.ending,
      ...ROLES.map((role) => r.scores[role]),
      ...ROLES.map((role) => (possible ? possible[role] : null)),
      total,
      possible ? ROLES.reduce((sum, role) => sum + possible[role], 0) : null,
      r.decisions.map((d) => d.chosen + 1).join(' '),
      r.plan.role,
      ...Array.from({ length: MAX_PLAN_ACTIONS }, (_, i) =>
        PLAN_FIELDS.map((f) => r.plan.actions[i]?.[f] ?? null),
      ).flat(),
      ...CAPABILITIES.map((c) => r.capabilities?.[c] ?? null),
      ...CAPABILITIES.map((c) => r.capabilityPossible?.[c] ?? null),
      // The mean of a role's statements, 1-5, to two decimals; empty without a self-rating.
      ...ROLES.map((role) => {
        const rating = r.selfRating?.roles[role];
        return rating === undefined ? null : Math.round(rating * 100) / 100;
      }),
    ];
  });
  return csvDocument([RESULT_CSV_HEADER, ...rows]);
}
