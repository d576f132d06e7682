/**
 * A departure lounge at night: one huge window, a plane at the gate with its lights on,
 * runway lights to the horizon, a departures board. Travel and fatigue.
 */
import { PALETTE } from '../../palette.ts';
import { type Rng, range } from '../../random.ts';
import { type Ctx, circle, ellipse, glow, poly, rect, roundRect, withShadow } from '../paint.ts';
import type { Backdrop } from './backdrop.ts';
import { floor, glassWall } from './room.ts';

const FRAME = 0x11151d;

export const airport: Backdrop = {
  seed: 'airport',
  // night sky and apron through the glass
  base: [
    [0, 0x070c18],
    [0.42, 0x17223a],
    [0.5, 0x3a3a48],
    [0.52, 0x10151f],
    [1, 0x0a0e16],
  ],
  finish: { haze: 0.06 },
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // a sodium glow on the horizon
  glow(ctx, 700, 540, 900, 0xd08a3e, 0.12);
  for (let i = 0; i < 60; i++)
    circle(ctx, range(rng, 0, w), range(rng, 20, 380), range(rng, 0.8, 1.8), 0xdfe6f0, range(rng, 0.2, 0.6));

  // runway and taxiway lights converging to the horizon
  for (let row = 0; row < 3; row++) {
    const color = row === 1 ? 0x6fa8e8 : PALETTE.amberLight;
    for (let i = 0; i < 26; i++) {
      const t = i / 26;
      const x = 300 + row * 420 + (1 - t) * (row - 1) * 600;
      const y = 560 - t * 20 + (1 - t) * 140;
      circle(ctx, x + t * 400, y, 3.2 * (1 - t * 0.7), color, 0.85);
    }
  }
  // distant terminal lights
  for (let i = 0; i < 40; i++)
    rect(
      ctx,
      range(rng, 0, w),
      range(rng, 528, 545),
      range(rng, 6, 30),
      3,
      PALETTE.amberLight,
      range(rng, 0.2, 0.6),
    );

  // the plane at the gate
  plane(ctx, 1120, 500);

  // the window wall: tall panes with a mid rail
  glassWall(ctx, w, {
    bottom: 720,
    frame: FRAME,
    mullions: { count: 7, spacing: 320, width: 18 },
    head: { height: 60 },
    transom: { y: 360, height: 10, alpha: 0.9 },
    reflections: { count: 5, first: 200, spacing: 380, width: 80, slant: 160, alpha: 0.05 },
  });

  // departures board hanging from the ceiling
  withShadow(ctx, { blur: 26, dy: 10, alpha: 0.6 }, () => roundRect(ctx, 170, 100, 520, 210, 8, 0x0d1119));
  rect(ctx, 186, 116, 488, 26, 0x1d2634);
  rect(ctx, 196, 124, 120, 10, PALETTE.amberLight, 0.8);
  for (let r = 0; r < 6; r++) {
    const y = 156 + r * 24;
    rect(ctx, 196, y, 60, 10, PALETTE.amberLight, 0.7);
    rect(ctx, 270, y, range(rng, 140, 220), 10, PALETTE.amberLight, 0.5);
    rect(ctx, 560, y, 40, 10, PALETTE.amberLight, 0.6);
    rect(ctx, 614, y, 44, 10, r === 2 ? PALETTE.alarmRed : 0x7fc0a0, 0.7);
  }
  rect(ctx, 420, 60, 6, 40, FRAME);

  // interior floor and rows of seats
  floor(ctx, w, h, 720, 0x0e121a);
  rect(ctx, 0, 716, w, 6, 0x2a3240);
  for (let i = 0; i < 2; i++) {
    const y = 640 + i * 70;
    const x0 = 120 + i * 60;
    for (let k = 0; k < 14; k++) {
      const x = x0 + k * 120;
      roundRect(ctx, x, y, 100, 70, [16, 16, 4, 4], i === 0 ? 0x2c3546 : 0x232b39);
      rect(ctx, x + 50, y, 50, 70, 0x000000, 0.18);
    }
    rect(ctx, x0 - 10, y + 70, 14 * 120, 10, 0x1a202b);
  }
  // a lone carry-on, for the fatigue of it
  roundRect(ctx, 1580, 600, 70, 100, 8, PALETTE.brickDeep);
  rect(ctx, 1605, 570, 6, 30, 0x8d939c);
  rect(ctx, 1625, 570, 6, 30, 0x8d939c);
  rect(ctx, 1605, 566, 26, 6, 0x8d939c);
}

function plane(ctx: Ctx, x: number, y: number): void {
  const body = 0x9aa3b0;
  const shadow = 0x5d6675;
  // far wing
  poly(ctx, [x + 40, y - 10, x + 260, y - 70, x + 300, y - 66, x + 130, y - 6], shadow);
  // fuselage
  roundRect(ctx, x - 420, y - 40, 720, 70, 35, body);
  ellipse(ctx, x + 300, y - 5, 60, 35, body);
  rect(ctx, x - 420, y + 5, 760, 25, shadow, 0.6);
  // tail
  poly(ctx, [x - 380, y - 36, x - 470, y - 190, x - 410, y - 190, x - 300, y - 36], body);
  poly(ctx, [x - 440, y - 150, x - 470, y - 190, x - 410, y - 190, x - 380, y - 150], PALETTE.teal);
  // near wing and engine
  poly(ctx, [x - 60, y + 10, x - 160, y + 120, x - 100, y + 124, x + 90, y + 16], shadow);
  roundRect(ctx, x - 120, y + 26, 90, 40, 20, 0x6d7685);
  // cabin windows and lights: static, never blinking
  for (let i = 0; i < 22; i++) rect(ctx, x - 360 + i * 28, y - 20, 12, 10, PALETTE.amberLight, 0.85);
  circle(ctx, x - 160, y + 122, 6, 0xd94a3a);
  glow(ctx, x - 160, y + 122, 40, 0xd94a3a, 0.4);
  circle(ctx, x + 290, y - 66, 6, 0x4ad07a);
  glow(ctx, x + 290, y - 66, 40, 0x4ad07a, 0.35);
  circle(ctx, x - 468, y - 188, 5, 0xffffff);
  glow(ctx, x - 468, y - 188, 30, 0xffffff, 0.4);
  // the jet bridge reaching to the door
  poly(ctx, [x + 360, y - 30, x + 700, y - 60, x + 700, y + 20, x + 360, y + 10], 0x394354);
  rect(ctx, x + 600, y + 20, 16, 180, 0x394354);
}
