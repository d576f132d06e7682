/**
 * A network operations centre: a dark room lit by a wall of screens. A few tiles carry amber and
 * red alarms; they are static colour, never flashing.
 */
import { PALETTE, shade } from '../../palette.ts';
import { type Rng, range } from '../../random.ts';
import { type Ctx, glow, poly, rect, roundRect, withShadow } from '../paint.ts';
import { type Box, barChart, gridTiles, lineChart, network, type TileGrid } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { floor } from './room.ts';

type Screen = 'map' | 'graph' | 'bars' | 'alarm_amber' | 'alarm_red' | 'list';

const WALL: TileGrid = { x: 170, y: 120, cols: 6, rows: 3, tile: { w: 258, h: 146 }, gap: 8 };

export const networkOps: Backdrop = {
  seed: 'network_ops',
  base: [
    [0, 0x0a1120],
    [0.55, 0x111b2d],
    [1, 0x080d17],
  ],
  finish: { haze: 0.08 },
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // the video wall
  const { x: x0, y: y0, cols, rows, tile, gap } = WALL;
  withShadow(ctx, { blur: 60, alpha: 0.6 }, () =>
    rect(ctx, x0 - 16, y0 - 16, cols * (tile.w + gap) - gap + 32, rows * (tile.h + gap) - gap + 32, 0x070b14),
  );
  const layout: Screen[] = [
    'graph',
    'map',
    'map',
    'alarm_amber',
    'bars',
    'graph',
    'list',
    'alarm_red',
    'map',
    'map',
    'graph',
    'list',
    'bars',
    'graph',
    'alarm_amber',
    'list',
    'map',
    'bars',
  ];
  gridTiles(WALL).forEach((box, i) => {
    screen(ctx, rng, box, layout[i] ?? 'map');
  });
  // light spilling from the wall onto ceiling and floor
  glow(ctx, w / 2, y0 + 200, 900, 0x2f6f8f, 0.12);
  glow(ctx, x0 + 1 * (tile.w + gap) + tile.w / 2, y0 + tile.h * 1.5, 260, PALETTE.alarmRed, 0.1);

  // operator consoles: a curved row of desks with monitor backs
  floor(ctx, w, h, 640, 0x0b111c);
  ctx.fillStyle = '#1a2333';
  ctx.beginPath();
  ctx.moveTo(0, 700);
  ctx.quadraticCurveTo(w / 2, 640, w, 700);
  ctx.lineTo(w, 740);
  ctx.quadraticCurveTo(w / 2, 680, 0, 740);
  ctx.closePath();
  ctx.fill();
  for (let i = 0; i < 7; i++) {
    const x = 140 + i * 260;
    const y = 700 - Math.sin((x / w) * Math.PI) * 56;
    roundRect(ctx, x, y - 96, 170, 100, 6, 0x151c28);
    rect(ctx, x + 4, y - 92, 162, 2, 0x4a7fa0, 0.6);
    glow(ctx, x + 85, y - 40, 140, 0x3a7fa8, 0.08);
    roundRect(ctx, x + 190, y - 70, 60, 74, 6, 0x121823);
  }
}

function screen(ctx: Ctx, rng: Rng, box: Box, kind: Screen): void {
  const { x, y, w, h } = box;
  const base = 0x0f2233;
  rect(ctx, x, y, w, h, base);
  const pad = 14;
  const content = { x: x + pad, y: y + pad, w: w - pad * 2, h: h - pad * 2 };
  const chart = { ...content, y: content.y + 10, h: content.h - 10 };
  switch (kind) {
    case 'map':
      network(ctx, rng, content, 9, rng() < 0.3 ? PALETTE.alarmAmber : null);
      break;
    case 'graph':
      lineChart(ctx, rng, chart, 0x5fb3a8, rng() < 0.5);
      break;
    case 'bars':
      barChart(ctx, rng, { ...chart, h: chart.h - 4 }, [0x3f8fa8, 0x5fb3a8], 9);
      break;
    case 'list':
      for (let r = 0; r < 6; r++) {
        rect(ctx, x + pad, y + pad + r * 20, 10, 10, r === 2 ? PALETTE.alarmAmber : PALETTE.okGreen, 0.9);
        rect(ctx, x + pad + 18, y + pad + r * 20 + 2, range(rng, 60, w - 60), 6, 0x8fb0c0, 0.5);
      }
      break;
    case 'alarm_amber':
    case 'alarm_red': {
      const c = kind === 'alarm_red' ? PALETTE.alarmRed : PALETTE.alarmAmber;
      rect(ctx, x, y, w, h, shade(c, -0.6));
      rect(ctx, x, y, w, 22, c, 0.9);
      // a warning triangle, calm and solid
      const cx = x + 56;
      const cy = y + h / 2 + 14;
      poly(ctx, [cx, cy - 34, cx + 36, cy + 26, cx - 36, cy + 26], c);
      rect(ctx, cx - 3, cy - 12, 6, 22, shade(c, -0.7));
      rect(ctx, cx - 3, cy + 14, 6, 6, shade(c, -0.7));
      for (let r = 0; r < 4; r++) rect(ctx, x + 110, y + 44 + r * 22, range(rng, 70, 130), 7, c, 0.55);
      break;
    }
  }
  // bezel sheen
  rect(ctx, x, y, w, 3, 0xffffff, 0.05);
}
