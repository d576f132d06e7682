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
        attrs: { style: `width:${(earned < 0 ? 4 : share * 100).toFixed(1)}%` },
      }),
    ],
  );
}
