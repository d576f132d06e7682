/**
 * The joint innovation lab: prototype racks, antennas on a mast, a demo bench and a big screen.
 * Both palettes meet here (teal and amber light strips): it is a partnership space.
 */
import { PALETTE, shade } from '../../palette.ts';
import { type Rng, range } from '../../random.ts';
import { type Ctx, circle, ellipse, line, poly, rect, roundRect, withShadow } from '../paint.ts';
import { framedPanel, network } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { ceiling, floor } from './room.ts';

export const jointLab: Backdrop = {
  seed: 'joint_lab',
  base: [
    [0, 0x1c2331],
    [0.6, 0x283142],
    [1, 0x131822],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // spotlights on a ceiling track
  ceiling(ctx, w, {
    height: 70,
    color: 0x151a24,
    rail: { inset: 100, y: 66, height: 6, color: 0x3a4352 },
    lights: {
      count: 8,
      first: 180,
      spacing: 220,
      fixture: (x) => roundRect(ctx, x - 14, 72, 28, 34, 6, 0x4a5262),
      pool: { y: 140, radius: 160, color: 0xf0e6d0, alpha: 0.06 },
    },
  });
  // light strips: the two companies' colours side by side
  rect(ctx, 0, 560, w, 6, PALETTE.teal, 0.75);
  rect(ctx, 0, 568, w, 4, PALETTE.amber, 0.6);

  // prototype racks on the left
  for (let i = 0; i < 3; i++) {
    const x = 150 + i * 150;
    withShadow(ctx, { blur: 26, dx: 10, dy: 10, alpha: 0.5 }, () =>
      roundRect(ctx, x, 190, 130, 470, 6, 0x161b25),
    );
    rect(ctx, x + 100, 190, 30, 470, 0x10141c);
    for (let u = 0; u < 14; u++) {
      const y = 210 + u * 30;
      rect(ctx, x + 10, y, 86, 22, 0x232a37);
      for (let l = 0; l < 4; l++) {
        if (rng() < 0.6)
          circle(
            ctx,
            x + 20 + l * 10,
            y + 11,
            2.4,
            rng() < 0.7 ? PALETTE.tealLight : PALETTE.amberLight,
            0.9,
          );
      }
      rect(ctx, x + 62, y + 8, 28, 6, 0x3a4352);
    }
    // cable loom over the top
    ctx.strokeStyle = 'rgba(60,70,86,0.9)';
    ctx.lineWidth = 6;
    ctx.beginPath();
    ctx.moveTo(x + 30, 190);
    ctx.quadraticCurveTo(x + 90, 120, x + 180, 190);
    ctx.stroke();
  }

  // the big demo screen
  framedPanel(
    ctx,
    { x: 704, y: 164, w: 532, h: 292 },
    { border: 14, radius: 8, frame: 0x0c1018, face: 0x10263a, shadow: { blur: 40, dy: 16, alpha: 0.5 } },
  );
  network(ctx, rng, { x: 720, y: 180, w: 260, h: 260 }, 8);
  // a radio waveform for the partnership demo
  ctx.strokeStyle = 'rgba(236,194,127,0.9)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  for (let i = 0; i <= 120; i++) {
    const x = 1000 + i * 1.9;
    const y = 310 + Math.sin(i / 5) * 40 * Math.exp(-((i - 60) ** 2) / 1200);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  rect(ctx, 1000, 390, 220, 3, 0x8fd0d0, 0.5);
  rect(ctx, 1000, 220, 120, 10, 0xe6e1d7, 0.6);

  // antenna mast with panel antennas and a small dish
  const ax = 1560;
  line(ctx, ax, 170, ax, 640, 0x8d939c, 10);
  poly(ctx, [ax - 80, 660, ax + 80, 660, ax + 10, 600, ax - 10, 600], 0x5d6470);
  for (const [dx, dy, rot] of [
    [-46, 220, -0.18],
    [46, 240, 0.18],
    [0, 300, 0],
  ] as const) {
    ctx.save();
    ctx.translate(ax + dx, dy);
    ctx.rotate(rot);
    withShadow(ctx, { blur: 14, dx: 6, dy: 6, alpha: 0.4 }, () =>
      roundRect(ctx, -22, -70, 44, 140, 10, 0xd4d8dd),
    );
    rect(ctx, 6, -66, 14, 132, 0xaeb4bb);
    ctx.restore();
  }
  ctx.save();
  ctx.translate(ax + 90, 430);
  ctx.rotate(-0.5);
  ellipse(ctx, 0, 0, 56, 22, 0xc7ccd2);
  ellipse(ctx, 6, 0, 40, 14, 0xaeb4bb);
  ctx.restore();
  line(ctx, ax, 440, ax + 80, 430, 0x8d939c, 5);

  // demo bench with devices
  floor(ctx, w, h, 660, 0x161b24);
  withShadow(ctx, { blur: 30, dy: 12, alpha: 0.5 }, () => rect(ctx, 640, 600, 680, 18, 0xb8bec6));
  rect(ctx, 640, 618, 680, 60, 0x3a4352);
  roundRect(ctx, 700, 540, 150, 60, 6, 0x2a303c);
  for (let i = 0; i < 5; i++)
    circle(ctx, 720 + i * 26, 570, 5, i < 3 ? PALETTE.tealLight : PALETTE.amberLight, 0.9);
  // laptop
  poly(ctx, [900, 600, 1100, 600, 1080, 590, 920, 590], 0x8d939c);
  poly(ctx, [925, 590, 1075, 590, 1090, 490, 940, 490], 0x2c323c);
  poly(ctx, [933, 584, 1067, 584, 1080, 498, 948, 498], shade(PALETTE.teal, -0.3));
  // a boxed prototype with a small antenna
  roundRect(ctx, 1150, 520, 120, 80, 8, 0xd4d8dd);
  rect(ctx, 1210, 520, 60, 80, 0xaeb4bb);
  line(ctx, 1250, 520, 1262, 460, 0x5d6470, 4);
  circle(ctx, 1262, 458, 5, PALETTE.amber);
  for (let i = 0; i < 3; i++) rect(ctx, 1165, 540 + i * 14, range(rng, 30, 40), 6, 0x5d6470, 0.6);
}
