/**
 * An operating company's office: a big window on a foreign city, the Meridian flag on a stand,
 * the group's mark on the wall. Country-neutral on purpose: the same id serves India, Germany,
 * South Africa and the rest, so the cues say "local office of a global group".
 */
import { PALETTE, shade } from '../../palette.ts';
import type { Rng } from '../../random.ts';
import { type Ctx, circle, ellipse, glow, line, poly, rect, roundRect, withShadow } from '../paint.ts';
import { cityWindow, plant } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { ceiling, floor } from './room.ts';

export const opcoOffice: Backdrop = {
  seed: 'opco_office',
  base: [
    [0, 0x36404f],
    [0.6, 0x4a5260],
    [1, 0x262c36],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  ceiling(ctx, w, {
    height: 80,
    color: 0x222934,
    lights: {
      count: 6,
      first: 160,
      spacing: 320,
      fixture: (x) => circle(ctx, x, 92, 16, 0xf1e6cf, 0.8),
      pool: { y: 120, radius: 220, color: 0xf1e6cf, alpha: 0.07 },
    },
  });

  // wide window on a warm afternoon skyline
  cityWindow(
    ctx,
    rng,
    { x: 480, y: 130, w: 1000, h: 500 },
    { sky: [0x8a98a8, 0xd1ad84], mullions: 4, frame: 0x262d38, lit: PALETTE.amberLight },
  );
  // sun haze through the glass
  glow(ctx, 1180, 420, 520, 0xf0c58a, 0.12);

  // Meridian mark on the side wall: a circle cut by an arc, the group's "meridian"
  const mx = 250;
  const my = 300;
  rect(ctx, 80, 150, 330, 330, 0x2c3542);
  ctx.strokeStyle = 'rgba(105,174,166,0.9)';
  ctx.lineWidth = 10;
  ctx.beginPath();
  ctx.arc(mx, my, 80, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.ellipse(mx, my, 34, 80, 0, 0, Math.PI * 2);
  ctx.stroke();
  line(ctx, mx - 80, my, mx + 80, my, PALETTE.tealLight, 6, 0.7);
  rect(ctx, mx - 90, my + 120, 180, 12, PALETTE.fog, 0.5);

  // flag stand by the window: a teal group flag with a small warm band
  const fx = 1610;
  line(ctx, fx, 150, fx, 700, 0xb7bcc4, 6);
  circle(ctx, fx, 146, 9, 0xd6d9de);
  withShadow(ctx, { blur: 20, dx: 8, dy: 10, alpha: 0.35 }, () => {
    ctx.fillStyle = '#2f8582';
    ctx.beginPath();
    ctx.moveTo(fx + 3, 170);
    ctx.bezierCurveTo(fx + 60, 160, fx + 110, 190, fx + 170, 176);
    ctx.lineTo(fx + 150, 330);
    ctx.bezierCurveTo(fx + 100, 344, fx + 50, 318, fx + 3, 330);
    ctx.closePath();
    ctx.fill();
  });
  poly(
    ctx,
    [
      fx + 3,
      300,
      fx + 50,
      292,
      fx + 100,
      312,
      fx + 153,
      302,
      fx + 150,
      330,
      fx + 100,
      344,
      fx + 50,
      318,
      fx + 3,
      330,
    ],
    PALETTE.amber,
    0.9,
  );
  ctx.strokeStyle = 'rgba(230,225,215,0.85)';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(fx + 80, 240, 28, 0, Math.PI * 2);
  ctx.stroke();
  poly(ctx, [fx - 40, 700, fx + 40, 700, fx + 20, 680, fx - 20, 680], 0x8d939c);

  // low sofa and table
  floor(ctx, w, h, 650, 0x272e39);
  ellipse(ctx, 900, 740, 640, 70, 0x3a3f4a, 0.8);
  withShadow(ctx, { blur: 30, dy: 14, alpha: 0.4 }, () => roundRect(ctx, 560, 600, 520, 120, 24, 0x5a6170));
  roundRect(ctx, 580, 560, 480, 70, 20, shade(0x5a6170, 0.08));
  roundRect(ctx, 600, 548, 110, 70, 18, PALETTE.teal, 0.85);
  roundRect(ctx, 930, 552, 110, 66, 18, PALETTE.amber, 0.75);
  // a floor lamp's warm pool beside the sofa
  line(ctx, 470, 360, 470, 690, 0x2c323c, 6);
  poly(ctx, [430, 330, 510, 330, 530, 380, 410, 380], 0xd8cbb0);
  glow(ctx, 470, 420, 260, PALETTE.amberLight, 0.18);
  roundRect(ctx, 1180, 660, 240, 18, 8, 0xb8ae9f);
  ellipse(ctx, 1240, 650, 22, 10, PALETTE.paper);
  plant(ctx, rng, 1800, 720, 170);
  plant(ctx, rng, 430, 700, 110, 0x8f877c);
}
