import type { Role } from '../narrative/roles.ts';
import { el } from './dom.ts';

/**
 * One role's bar: a meter for screen readers, filled to its share of points possible. A role
 * that lost points shows a short hatched stub instead of an empty bar.
 */
export function roleMeter(options: {
  label: string;
  earned: number;
  /** 0..1 */
  share: number;
  meter: { max: number | null; now: number; text?: string };
}): HTMLElement {
  const { label, earned, share, meter } = options;
  return el(
    'span',
    {
      className: 'bar',
      attrs: {
        role: 'meter',
        'aria-valuemin': 0,
        'aria-valuemax': meter.max,
        'aria-valuenow': meter.now,
        'aria-valuetext': meter.text ?? null,
        'aria-label': label,
      },
    },
    [
      el('span', {
        className: `fill${earned < 0 ? ' negative' : ''}`,
        style: { width: `${(earned < 0 ? 4 : share * 100).toFixed(1)}%` },
      }),
    ],
  );
}

/** One role's row of a chart: chip, name, bar and the figure, as the debrief and profile list them. */
export function roleRow(row: {
  role: Role;
  name: string;
  earned: number;
  possible: number | null;
  share: number;
  meter: { max: number | null; now: number; text?: string };
  value: string;
  valueClass?: string;
}): HTMLElement {
  return el(
    'li',
    {
      className: `role-row role-${row.role}`,
      attrs: {
        'data-role': row.role,
        'data-figure': `role:${row.role}`,
        'data-earned': row.earned,
        'data-possible': row.possible,
      },
    },
    [
      el('span', { className: 'role-chip', text: row.role }),
      el('span', { className: 'role-name', text: row.name }),
      roleMeter({ label: row.name, earned: row.earned, share: row.share, meter: row.meter }),
      el('span', { className: `role-value${row.valueClass ? ` ${row.valueClass}` : ''}`, text: row.value }),
    ],
  );
}

/** One capability's row, drawn like a role's so the class and reference markers sit on it alike. */
export function capabilityRow(row: {
  cap: string;
  name: string;
  earned: number;
  possible: number;
  share: number;
  value: string;
  /** no option of the scenario earns it: shown faint, with why */
  unexercised?: boolean;
}): HTMLElement {
  return el(
    'li',
    {
      className: `role-row cap-row${row.unexercised ? ' unexercised' : ''}`,
      attrs: {
        'data-cap': row.cap,
        'data-figure': `cap:${row.cap}`,
        'data-earned': row.earned,
        'data-possible': row.possible,
        'data-testid': `cap-${row.cap}`,
      },
    },
    [
      el('span', { className: 'role-name cap-name', text: row.name }),
      roleMeter({
        label: row.name,
        earned: row.earned,
        share: row.share,
        meter: { max: row.possible, now: Math.max(0, row.earned) },
      }),
      el('span', { className: 'role-value', text: row.value }),
    ],
  );
}
