/**
 * Sun Mei's finance corner: a quiet room whose walls are covered in charts, with a desk lamp's
 * warm pool and window blinds.
 */
import { PALETTE, shade } from '../../palette.ts';
import type { Rng } from '../../random.ts';
import { type Ctx, glow, line, poly, rect, roundRect, withShadow } from '../paint.ts';
import { barChart, framedPanel, lineChart, type PanelStyle, pieChart, plant, scribble } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { floor } from './room.ts';

export const financeRoom: Backdrop = {
  seed: 'finance_room',
  base: [
    [0, 0x343b48],
    [0.6, 0x4b4f58],
    [1, 0x24282f],
  ],
  paint,
};

/** The chart wall's framed prints. */
const PRINT: PanelStyle = {
  border: 8,
  frame: 0x1f242c,
  face: 0xe3ded3,
  shadow: { blur: 24, dy: 10, alpha: 0.4 },
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // wainscot: a warm wood band low on the wall
  rect(ctx, 0, 600, w, 60, 0x5a4636);
  rect(ctx, 0, 600, w, 4, 0x7a604a);

  // window with blinds on the right
  const wx = 1500;
  rect(ctx, wx, 120, 320, 440, 0xb9b3a6);
  for (let i = 0; i < 22; i++) {
    rect(ctx, wx, 124 + i * 20, 320, 12, 0xd8d2c4);
    rect(ctx, wx, 136 + i * 20, 320, 2, 0x8c877c, 0.6);
  }
  rect(ctx, wx - 10, 112, 340, 12, 0x2c323c);
  rect(ctx, wx - 10, 560, 340, 12, 0x2c323c);
  glow(ctx, wx + 160, 340, 420, 0xf3dfb8, 0.1);

  // the chart wall: framed prints
  framedPanel(ctx, { x: 180, y: 150, w: 360, h: 240 }, PRINT);
  rect(ctx, 200, 166, 150, 10, PALETTE.ink, 0.7);
  barChart(ctx, rng, { x: 204, y: 200, w: 310, h: 160 }, [PALETTE.teal, PALETTE.tealLight, PALETTE.amber], 7);
  framedPanel(ctx, { x: 600, y: 130, w: 420, h: 260 }, PRINT);
  rect(ctx, 620, 146, 180, 10, PALETTE.ink, 0.7);
  lineChart(ctx, rng, { x: 626, y: 180, w: 370, h: 180 }, PALETTE.teal, true);
  lineChart(ctx, rng, { x: 626, y: 200, w: 370, h: 160 }, PALETTE.brick, false);
  framedPanel(ctx, { x: 1080, y: 160, w: 300, h: 230 }, PRINT);
  pieChart(ctx, 1170, 275, 80, [
    [40, PALETTE.teal],
    [25, PALETTE.amber],
    [20, PALETTE.brickLight],
    [15, PALETTE.slateLight],
  ]);
  scribble(ctx, rng, 1275, 220, 90, 5, 22, PALETTE.ink, 0.4);
  // a waterfall chart on a whiteboard below
  framedPanel(ctx, { x: 360, y: 440, w: 620, h: 140 }, PRINT);
  revenueBridge(ctx, 566);

  floor(ctx, w, h, 660, shade(0x2b2f36, -0.1));
  // desk with lamp, papers and a calculator
  withShadow(ctx, { blur: 30, dy: 12, alpha: 0.45 }, () => rect(ctx, 1060, 640, 640, 20, 0x6a5442));
  rect(ctx, 1060, 660, 640, 8, 0x4a3a2e);
  roundRect(ctx, 1140, 610, 140, 30, 3, PALETTE.paper);
  roundRect(ctx, 1160, 600, 120, 30, 3, 0xf0ece2);
  roundRect(ctx, 1320, 608, 70, 32, 4, 0x2c323c);
  rect(ctx, 1328, 614, 54, 8, 0x9fc0b0, 0.7);
  // desk lamp
  line(ctx, 1560, 640, 1590, 520, 0x2c323c, 8);
  line(ctx, 1590, 520, 1520, 470, 0x2c323c, 8);
  poly(ctx, [1500, 450, 1550, 470, 1530, 510, 1480, 490], PALETTE.amberDeep);
  glow(ctx, 1500, 560, 240, PALETTE.amber, 0.22);
  rect(ctx, 1530, 636, 70, 8, 0x2c323c);
  plant(ctx, rng, 110, 720, 140, 0x8f877c);
}

/** A revenue bridge: start, ups and downs, end, each bar starting where the last ended. */
function revenueBridge(ctx: Ctx, base: number): void {
  const unit = 1.1;
  const steps = [50, 22, -14, 18, -20, 26];
  let total = 0;
  const bars: [number, number, number][] = [];
  steps.forEach((step, i) => {
    const from = i === 0 ? 0 : total;
    total += step;
    bars.push([from, total, i === 0 ? PALETTE.slate : step >= 0 ? PALETTE.teal : PALETTE.brick]);
  });
  bars.push([0, total, PALETTE.slate]);
  bars.forEach(([from, to, color], i) => {
    const x = 392 + i * 80;
    const top = base - Math.max(from, to) * unit;
    rect(ctx, x, top, 50, Math.max(4, Math.abs(to - from) * unit), color, 0.9);
    if (i < bars.length - 1)
      line(ctx, x + 50, base - to * unit, x + 80, base - to * unit, PALETTE.ink, 1.5, 0.4);
  });
  line(ctx, 380, base, 960, base, PALETTE.ink, 2, 0.5);
}
