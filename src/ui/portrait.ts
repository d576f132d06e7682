import { svg } from './dom.ts';

/** Wu Di is the player's point of view: a small portrait in the panel, never a figure on stage. */
export function wuDiPortrait(): SVGElement {
  return svg('svg', { viewBox: '0 0 64 64', class: 'portrait', 'aria-hidden': 'true', focusable: 'false' }, [
    svg('circle', { cx: 32, cy: 32, r: 31, fill: '#1d3557' }),
    svg('path', { d: 'M12 60c2-12 10-18 20-18s18 6 20 18z', fill: '#c8553d' }),
    svg('path', { d: 'M26 42l6 8 6-8z', fill: '#f1faee' }),
    svg('ellipse', { cx: 32, cy: 28, rx: 11, ry: 13, fill: '#e9c39b' }),
    svg('path', { d: 'M20 25c0-10 6-14 12-14s13 3 12 14c-3-5-8-7-12-7s-9 2-12 7z', fill: '#1b1b1e' }),
    lens(23),
    lens(34),
    svg('path', { d: 'M30 28h4', stroke: '#1b1b1e', 'stroke-width': 1.2 }),
    svg('path', {
      d: 'M28 35c2 1.5 6 1.5 8 0',
      stroke: '#8a5a44',
      'stroke-width': 1.4,
      fill: 'none',
      'stroke-linecap': 'round',
    }),
  ]);
}

/** One lens of Wu Di's glasses. */
function lens(x: number): SVGElement {
  return svg('rect', {
    x,
    y: 26,
    width: 7,
    height: 4,
    rx: 1.5,
    fill: 'none',
    stroke: '#1b1b1e',
    'stroke-width': 1.2,
  });
}
