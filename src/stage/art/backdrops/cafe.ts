/**
 * A coffee place for informal talks: brick, warm pendant light, a chalk menu, dusk outside.
 */
import { PALETTE, shade } from '../../palette.ts';
import { type Rng, range } from '../../random.ts';
import { type Ctx, circle, ellipse, glow, rect, roundRect, vgrad, withShadow } from '../paint.ts';
import { framedPanel, pendant, plant, scribble } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { floor } from './room.ts';

export const cafe: Backdrop = {
  seed: 'cafe',
  base: [
    [0, 0x2f2a2c],
    [1, 0x211d1f],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // brick wall on the left two thirds
  const brick = 0x7a4536;
  rect(ctx, 0, 0, 1300, 700, shade(brick, -0.35));
  for (let row = 0; row < 28; row++) {
    const y = row * 26;
    const offset = row % 2 === 0 ? 0 : 45;
    for (let x = -offset; x < 1300; x += 90) {
      rect(ctx, x + 3, y + 3, 84, 20, shade(brick, range(rng, -0.32, -0.12)));
    }
  }
  vgrad(ctx, 0, 0, 1300, 700, [
    [0, 0x000000, 0.35],
    [1, 0x000000, 0.05],
  ]);

  // window onto a dusk street on the right
  vgrad(ctx, 1300, 0, 620, 700, [
    [0, 0x2b3852],
    [0.7, 0x5c6a80],
    [1, 0x8a7a6a],
  ]);
  for (let i = 0; i < 6; i++) {
    const bx = 1320 + i * 100;
    const bh = range(rng, 120, 260);
    rect(ctx, bx, 560 - bh, 90, bh + 140, 0x27303f);
    for (let k = 0; k < 8; k++)
      if (rng() < 0.4)
        rect(ctx, bx + 10 + (k % 3) * 26, 580 - bh + Math.floor(k / 3) * 34, 14, 16, PALETTE.amberLight, 0.6);
  }
  circle(ctx, 1500, 380, 8, 0xf4dca0);
  glow(ctx, 1500, 380, 80, 0xf4dca0, 0.3);
  rect(ctx, 1300, 0, 14, 700, 0x1c1a1c);
  rect(ctx, 1600, 0, 10, 700, 0x1c1a1c);
  rect(ctx, 1300, 330, 620, 10, 0x1c1a1c);

  // chalk menu board
  framedPanel(
    ctx,
    { x: 444, y: 124, w: 432, h: 272 },
    { border: 14, radius: 6, frame: 0x5a4030, face: 0x1f2624, shadow: { blur: 30, dy: 12, alpha: 0.5 } },
  );
  rect(ctx, 470, 146, 160, 14, 0xe8e2d4, 0.8);
  scribble(ctx, rng, 470, 186, 180, 7, 26, 0xe8e2d4, 0.45);
  scribble(ctx, rng, 690, 186, 150, 7, 26, 0xe8e2d4, 0.45);
  ellipse(ctx, 800, 150, 22, 16, PALETTE.amberLight, 0.6);

  // counter with espresso machine and cups
  rect(ctx, 0, 560, 1300, 140, 0x3b2f2a);
  rect(ctx, 0, 548, 1300, 16, 0xb9b0a0);
  withShadow(ctx, { blur: 20, dy: 8, alpha: 0.45 }, () => roundRect(ctx, 180, 430, 240, 120, 10, 0xa9afb6));
  rect(ctx, 196, 446, 208, 30, 0x6e757d);
  circle(ctx, 240, 500, 14, 0x2c323c);
  circle(ctx, 300, 500, 14, 0x2c323c);
  circle(ctx, 360, 500, 14, 0x2c323c);
  for (let i = 0; i < 5; i++)
    roundRect(ctx, 470 + i * 44, 514 + (i % 2) * 4, 30, 34 - (i % 2) * 4, 5, PALETTE.paper);
  // shelves with jars
  rect(ctx, 950, 250, 300, 10, 0x5a4030);
  rect(ctx, 950, 370, 300, 10, 0x5a4030);
  for (let i = 0; i < 6; i++) {
    roundRect(ctx, 964 + i * 46, 196, 34, 54, 8, shade(PALETTE.amber, range(rng, -0.4, 0)), 0.9);
    roundRect(ctx, 964 + i * 46, 322, 34, 48, 8, shade(PALETTE.paperShade, range(rng, -0.3, 0)), 0.9);
  }

  // pendant lamps
  for (const [x, y] of [
    [320, 250],
    [1140, 270],
  ] as const) {
    glow(ctx, x, y + 160, 360, PALETTE.amber, 0.16);
    pendant(ctx, x, y, 60, 0x2c323c, PALETTE.amberLight);
  }

  // a small round table by the window
  floor(ctx, w, h, 700, 0x231e1e);
  withShadow(ctx, { blur: 24, dy: 12, alpha: 0.5 }, () => ellipse(ctx, 1560, 690, 150, 26, 0x8a6a50));
  rect(ctx, 1552, 700, 16, 200, 0x2c2626);
  roundRect(ctx, 1500, 650, 34, 34, 6, PALETTE.paper);
  ellipse(ctx, 1517, 652, 15, 5, 0x5a3a2a);
  plant(ctx, rng, 1840, 720, 160);
}
