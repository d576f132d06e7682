/**
 * Meridian Group HQ in London: a glass boardroom with a long table and the City behind it.
 * The skyline carries a few landmarks in silhouette so the place reads as London.
 */
import { mix, PALETTE, shade } from '../../palette';
import { createRng } from '../../random';
import {
  type Ctx,
  ellipse,
  finishBackdrop,
  line,
  linear,
  poly,
  rect,
  roundRect,
  vgrad,
  withShadow,
} from '../paint';
import { skyline } from '../props';

const VP_X = 960;
const VP_Y = 470;

export function paintBoardroom(ctx: Ctx, w: number, h: number): void {
  const rng = createRng('meridian_boardroom');

  // a soft overcast dusk over the City
  vgrad(ctx, 0, 0, w, h, [
    [0, 0x435268],
    [0.45, 0x7e8c9d],
    [0.62, 0xa79b8c],
    [1, 0x3b4352],
  ]);
  londonSkyline(ctx, rng, w);

  // glass wall: mullions, a transom, and faint reflections
  const frame = 0x1f2633;
  for (let i = 0; i <= 8; i++) rect(ctx, i * 240 - 6, 0, 12, h, frame);
  rect(ctx, 0, 0, w, 70, 0x1a202b);
  rect(ctx, 0, 600, w, 10, frame);
  ctx.save();
  ctx.globalAlpha = 0.06;
  for (let i = 0; i < 6; i++) {
    const x = 120 + i * 330;
    poly(ctx, [x, 70, x + 90, 70, x - 120, 600, x - 210, 600], 0xffffff);
  }
  ctx.restore();

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
  withShadow(ctx, { blur: 50, dy: 20, alpha: 0.5 }, () => {
    poly(
      ctx,
      [VP_X - farHalf, farY, VP_X + farHalf, farY, VP_X + nearHalf, nearY, VP_X - nearHalf, nearY],
      0x2c2b30,
    );
  });
  ctx.fillStyle = linear(ctx, 0, farY, 0, nearY, [
    [0, 0x514a48],
    [1, 0x332f31],
  ]);
  ctx.beginPath();
  ctx.moveTo(VP_X - farHalf, farY);
  ctx.lineTo(VP_X + farHalf, farY);
  ctx.lineTo(VP_X + nearHalf, nearY);
  ctx.lineTo(VP_X - nearHalf, nearY);
  ctx.closePath();
  ctx.fill();
  // the skyline's light reflected down the table
  poly(ctx, [VP_X - 60, farY, VP_X + 60, farY, VP_X + 260, nearY, VP_X - 260, nearY], 0xc9b9a3, 0.1);
  poly(
    ctx,
    [VP_X - farHalf, farY, VP_X + farHalf, farY, VP_X + farHalf, farY + 8, VP_X - farHalf, farY + 8],
    0x1f1d21,
  );

  // chairs down both sides, shrinking towards the window
  for (let i = 4; i >= 0; i--) {
    const t = i / 5;
    const y = farY + (nearY - farY) * t;
    const half = farHalf + (nearHalf - farHalf) * t;
    const s = 0.4 + t * 0.9;
    chair(ctx, VP_X - half - 30 * s, y - 90 * s, s);
    chair(ctx, VP_X + half + 30 * s, y - 90 * s, s);
    // notepads and glasses on the table
    const py = y + 10 * s;
    roundRect(ctx, VP_X - half + 70 * s, py, 60 * s, 40 * s, 3, PALETTE.paper, 0.7);
    roundRect(ctx, VP_X + half - 130 * s, py, 60 * s, 40 * s, 3, PALETTE.paper, 0.7);
    ellipse(ctx, VP_X - half + 160 * s, py + 4 * s, 9 * s, 14 * s, 0xcfe0e6, 0.35);
  }

  finishBackdrop(ctx, w, h, { haze: 0.18 });
}

function chair(ctx: Ctx, x: number, y: number, s: number): void {
  withShadow(ctx, { blur: 14 * s, dy: 6 * s, alpha: 0.35 }, () => {
    roundRect(ctx, x - 40 * s, y, 80 * s, 110 * s, 22 * s, 0x1c222c);
  });
  roundRect(ctx, x, y, 40 * s, 110 * s, [0, 22 * s, 22 * s, 0], 0x141922);
}

function londonSkyline(ctx: Ctx, rng: () => number, w: number): void {
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
