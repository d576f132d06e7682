/**
 * A corridor outside a meeting room, in one-point perspective: doors, a glass wall onto a
 * meeting in progress, light at the far end. For quick asides.
 */
import { PALETTE } from '../../palette.ts';
import { type Ctx, ellipse, glow, poly, rect, soft, vgrad } from '../paint.ts';
import type { Backdrop } from './backdrop.ts';

const VX = 1010;
const VY = 450;

/** Point on the line from an outer corner towards the vanishing point. */
function towards(x: number, y: number, t: number): [number, number] {
  return [x + (VX - x) * t, y + (VY - y) * t];
}

export const corridor: Backdrop = {
  seed: 'corridor',
  base: [
    [0, 0x2a3240],
    [1, 0x1b212b],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number): void {
  // far end: a window of pale light
  const endL = 860;
  const endR = 1160;
  const endT = 330;
  const endB = 590;
  vgrad(ctx, endL, endT, endR - endL, endB - endT, [
    [0, 0xb8c4cc],
    [1, 0x8e9aa6],
  ]);
  rect(ctx, endL + (endR - endL) / 2 - 4, endT, 8, endB - endT, 0x3a4350);
  glow(ctx, VX, 460, 520, 0xdfe6ea, 0.14);

  // ceiling
  poly(ctx, [0, 0, w, 0, endR, endT, endL, endT], 0x303846);
  // ceiling light panels receding
  for (let i = 0; i < 5; i++) {
    // spacing shrinks geometrically towards the vanishing point, as equal steps do in depth
    const t0 = 1 - 0.72 ** (i + 0.6);
    const t1 = t0 + (1 - t0) * 0.12;
    const [ax, ay] = towards(VX - 160, -40, t0);
    const [bx, by] = towards(VX + 160, -40, t0);
    const [cx, cy] = towards(VX + 160, -40, t1);
    const [dx, dy] = towards(VX - 160, -40, t1);
    poly(ctx, [ax, ay, bx, by, cx, cy, dx, dy], 0xf2ead8, 0.7 - i * 0.08);
  }
  // floor
  poly(ctx, [0, h, w, h, endR, endB, endL, endB], 0x2a2f38);
  poly(ctx, [VX - 140, h, VX + 140, h, VX + 20, endB, VX - 20, endB], 0xdfe6ea, 0.05);

  // left wall: glass onto a meeting room
  poly(ctx, [0, 0, endL, endT, endL, endB, 0, h], 0x3a4351);
  const [g1x, g1yTop] = towards(0, 120, 0.0);
  const [g2x, g2yTop] = towards(0, 120, 0.55);
  const [, g1yBot] = towards(0, 880, 0.0);
  const [, g2yBot] = towards(0, 880, 0.55);
  poly(ctx, [g1x, g1yTop, g2x, g2yTop, g2x, g2yBot, g1x, g1yBot], 0x56677a, 0.85);
  // people in the meeting room beyond the glass, softened by the glass
  soft(ctx, 0, 300, 800, 500, 0.18, (c) => {
    for (let i = 0; i < 3; i++) {
      const t = 0.1 + i * 0.15;
      const [px, py] = towards(60, 700, t);
      const s = 1 - t * 0.9;
      ellipse(c, px + 60 * s, py - 200 * s, 26 * s, 32 * s, 0x2a3442, 0.85);
      c.fillStyle = 'rgba(42,52,66,0.85)';
      c.beginPath();
      c.moveTo(px - 6 * s, py);
      c.bezierCurveTo(px - 4 * s, py - 120 * s, px + 20 * s, py - 150 * s, px + 60 * s, py - 152 * s);
      c.bezierCurveTo(px + 100 * s, py - 150 * s, px + 124 * s, py - 120 * s, px + 126 * s, py);
      c.closePath();
      c.fill();
    }
  });
  // the meeting table's edge and a frosted manifestation band across the glass
  {
    const [ax, ay] = towards(0, 700, 0);
    const [bx, by] = towards(0, 700, 0.55);
    poly(ctx, [ax, ay, bx, by, bx, by + 10, ax, ay + 26], 0x252d3a, 0.9);
    const [fx0, fy0] = towards(0, 430, 0);
    const [fx1, fy1] = towards(0, 430, 0.55);
    poly(ctx, [fx0, fy0, fx1, fy1, fx1, fy1 + 22, fx0, fy0 + 60], 0xdfe6ea, 0.14);
  }
  // mullions
  for (let i = 0; i <= 4; i++) {
    const t = (i / 4) * 0.55;
    const [mx, my] = towards(0, 120, t);
    const [, mb] = towards(0, 880, t);
    poly(
      ctx,
      [mx - 6 * (1 - t), my, mx + 6 * (1 - t), my, mx + 6 * (1 - t), mb, mx - 6 * (1 - t), mb],
      0x28303c,
    );
  }

  // right wall
  poly(ctx, [w, 0, endR, endT, endR, endB, w, h], 0x404a58);
  // wayfinding stripe in Tianyu amber, interrupted by the doors
  const [s0x, s0y] = towards(w, 700, 0);
  const [s1x, s1y] = towards(w, 700, (w - 1160) / (w - VX));
  poly(ctx, [s0x, s0y, s1x, s1y, s1x, s1y + 2, s0x, s0y + 22], PALETTE.amber, 0.5);

  for (let i = 0; i < 3; i++) {
    const t0 = 0.08 + i * 0.28;
    const t1 = t0 + 0.12;
    const [ax, ay] = towards(w, 190, t0);
    const [bx, by] = towards(w, 190, t1);
    const [cx, cy] = towards(w, h + 10, t1);
    const [dx, dy] = towards(w, h + 10, t0);
    poly(ctx, [ax, ay, bx, by, cx, cy, dx, dy], 0x5a4a3e);
    poly(ctx, [ax, ay, bx, by, bx, by + 10 * (1 - t0), ax, ay + 14 * (1 - t0)], 0x2a2f38, 0.6);
    const [hx, hy] = towards(w, 560, t0 + 0.02);
    rect(ctx, hx - 14 * (1 - t0), hy, 10 * (1 - t0), 30 * (1 - t0), PALETTE.fog, 0.7);
  }
}
