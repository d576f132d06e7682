/**
 * Meridian Group HQ in London: a glass boardroom with a long table and the City behind it.
 * The skyline carries a few landmarks in silhouette so the place reads as London.
 */
import { mix, PALETTE, shade } from '../../palette.ts';
import type { Rng } from '../../random.ts';
import { type Ctx, ellipse, line, linear, poly, rect, roundRect, vgrad, withShadow } from '../paint.ts';
import { skyline } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { glassWall } from './room.ts';

const VP_X = 960;

export const boardroom: Backdrop = {
  seed: 'meridian_boardroom',
  // a soft overcast dusk over the City
  base: [
    [0, 0x435268],
    [0.45, 0x7e8c9d],
    [0.62, 0xa79b8c],
    [1, 0x3b4352],
  ],
  finish: { haze: 0.18 },
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  londonSkyline(ctx, rng, w);

  // glass wall: mullions, a transom, and faint reflections
  glassWall(ctx, w, {
    bottom: 600,
    frame: 0x1f2633,
    mullions: { count: 9, spacing: 240, width: 12 },
    head: { height: 70, color: 0x1a202b },
    transom: { y: 600, height: 10 },
    reflections: { count: 6, first: 120, spacing: 330, width: 90, slant: 210, alpha: 0.06 },
  });

  // room interior below the glass line
  vgrad(ctx, 0, 610, w, h - 610, [
    [0, 0x2a3240],
    [1, 0x151b26],
  ]);

  // the long table in one-point perspective
  const nearY = 820;
  const farY = 560;
  const nearHalf = 900;
  const farHalf = 190;
  const edgeAt = (t: number): [number, number] => [
    farY + (nearY - farY) * t,
    farHalf + (nearHalf - farHalf) * t,
  ];
  // chairs first, so the table edge tucks in front of them
  for (let i = 4; i >= 0; i--) {
    const t = 0.08 + i * 0.2;
    const [y, half] = edgeAt(t);
    const s = 0.35 + t * 0.95;
    chair(ctx, VP_X - half + 10 * s, y - 104 * s, s);
    chair(ctx, VP_X + half - 10 * s, y - 104 * s, s);
  }
  withShadow(ctx, { blur: 50, dy: 20, alpha: 0.5 }, () => {
    poly(
      ctx,
      [VP_X - farHalf, farY, VP_X + farHalf, farY, VP_X + nearHalf, nearY, VP_X - nearHalf, nearY],
      0x3a3230,
    );
  });
  ctx.fillStyle = linear(ctx, 0, farY, 0, nearY, [
    [0, 0x6a5a50],
    [1, 0x4a3e3a],
  ]);
  ctx.beginPath();
  ctx.moveTo(VP_X - farHalf, farY);
  ctx.lineTo(VP_X + farHalf, farY);
  ctx.lineTo(VP_X + nearHalf, nearY);
  ctx.lineTo(VP_X - nearHalf, nearY);
  ctx.closePath();
  ctx.fill();
  // the skyline's light reflected down the polished top
  poly(ctx, [VP_X - 80, farY, VP_X + 80, farY, VP_X + 300, nearY, VP_X - 300, nearY], 0xc9b9a3, 0.07);
  // table edge thickness
  poly(
    ctx,
    [
      VP_X - nearHalf,
      nearY,
      VP_X + nearHalf,
      nearY,
      VP_X + nearHalf,
      nearY + 18,
      VP_X - nearHalf,
      nearY + 18,
    ],
    0x2a2422,
  );
  // notepads and glasses at each place
  for (let i = 0; i < 5; i++) {
    const t = 0.1 + i * 0.19;
    const [y, half] = edgeAt(t);
    const s = 0.35 + t * 0.95;
    const py = y + 8 * s;
    roundRect(ctx, VP_X - half + 60 * s, py, 56 * s, 38 * s, 3, PALETTE.paper, 0.65);
    roundRect(ctx, VP_X + half - 116 * s, py, 56 * s, 38 * s, 3, PALETTE.paper, 0.65);
    ellipse(ctx, VP_X - half + 140 * s, py + 2 * s, 8 * s, 13 * s, 0xcfe0e6, 0.3);
    ellipse(ctx, VP_X + half - 140 * s, py + 2 * s, 8 * s, 13 * s, 0xcfe0e6, 0.3);
  }
}

function chair(ctx: Ctx, x: number, y: number, s: number): void {
  withShadow(ctx, { blur: 14 * s, dy: 6 * s, alpha: 0.35 }, () => {
    roundRect(ctx, x - 42 * s, y, 84 * s, 124 * s, [26 * s, 26 * s, 8 * s, 8 * s], 0x1e2530);
  });
  roundRect(ctx, x, y, 42 * s, 124 * s, [0, 26 * s, 8 * s, 0], 0x161c26);
  roundRect(ctx, x - 30 * s, y + 10 * s, 60 * s, 8 * s, 4 * s, 0x3a4452, 0.6);
}

function londonSkyline(ctx: Ctx, rng: Rng, w: number): void {
  const ground = 600;
  const far = mix(0x8795a6, 0x5d6b7e, 0.5);
  const mid = 0x4b586b;
  // distant blocks
  skyline(ctx, rng, 0, w, ground, {
    base: far,
    lit: null,
    litChance: 0,
    minH: 40,
    maxH: 140,
    minW: 50,
    maxW: 120,
  });
  // the London Eye
  ctx.strokeStyle = 'rgba(75,88,107,0.9)';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(330, 420, 130, 0, Math.PI * 2);
  ctx.stroke();
  ctx.lineWidth = 1.5;
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    line(ctx, 330, 420, 330 + Math.cos(a) * 130, 420 + Math.sin(a) * 130, mid, 1.5, 0.7);
    ellipse(ctx, 330 + Math.cos(a) * 134, 420 + Math.sin(a) * 134, 6, 4, mid);
  }
  poly(ctx, [330, 420, 280, ground, 300, ground], mid);
  poly(ctx, [330, 420, 380, ground, 360, ground], mid);
  // St Paul's dome
  rect(ctx, 560, 470, 120, ground - 470, mid);
  ellipse(ctx, 620, 470, 52, 50, mid);
  rect(ctx, 614, 400, 12, 30, mid);
  // the Gherkin
  ctx.fillStyle = '#465365';
  ctx.beginPath();
  ctx.moveTo(820, ground);
  ctx.bezierCurveTo(790, 480, 800, 330, 850, 300);
  ctx.bezierCurveTo(900, 330, 910, 480, 880, ground);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = 'rgba(110,126,146,0.45)';
  ctx.lineWidth = 2;
  for (let i = 0; i < 7; i++) {
    ctx.beginPath();
    ctx.moveTo(806, ground - i * 42);
    ctx.lineTo(890, ground - i * 42 - 60);
    ctx.stroke();
  }
  // the Walkie-Talkie: wider at the top
  poly(ctx, [985, ground, 1075, ground, 1092, 330, 970, 330], 0x435064);
  ellipse(ctx, 1031, 332, 61, 12, 0x435064);
  // the Cheesegrater wedge
  poly(ctx, [1120, ground, 1230, ground, 1230, 260, 1120, 420], 0x4a576b);
  // the Shard: the tallest, a broken glass spire
  poly(ctx, [1330, ground, 1500, ground, 1432, 130, 1420, 95, 1410, 130], 0x506078);
  poly(ctx, [1415, 130, 1500, ground, 1440, ground], shade(0x506078, -0.15));
  // nearer city blocks with a few lit windows
  skyline(ctx, rng, 0, w, ground + 4, {
    base: 0x333e4f,
    lit: PALETTE.amberLight,
    litChance: 0.18,
    minH: 30,
    maxH: 110,
    minW: 70,
    maxW: 160,
  });
  vgrad(ctx, 0, ground - 160, w, 160, [
    [0, 0xb5a796, 0],
    [1, 0xb5a796, 0.2],
  ]);
}
