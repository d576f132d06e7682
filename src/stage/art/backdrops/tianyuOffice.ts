/**
 * Wu Di's open-plan account office: the account plan on a whiteboard is the hero of the room.
 */
import { PALETTE, shade } from '../../palette.ts';
import type { Rng } from '../../random.ts';
import { type Ctx, circle, line, poly, rect, roundRect, vgrad, withShadow } from '../paint.ts';
import { chairBack, cityWindow, desk, framedPanel, plant, scribble } from '../props.ts';
import type { Backdrop } from './backdrop.ts';
import { ceiling, floor } from './room.ts';

export const tianyuOffice: Backdrop = {
  seed: 'tianyu_office',
  // back wall under the ceiling
  base: [
    [0, 0x2c3442],
    [0.12, 0x3a4454],
    [0.6, 0x465061],
    [1, 0x2a303b],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // strip lights
  ceiling(ctx, w, {
    height: 92,
    color: 0x252c38,
    lights: {
      count: 5,
      first: 270,
      spacing: 380,
      fixture: (x) => roundRect(ctx, x - 120, 40, 240, 14, 6, 0xf1e6cf, 0.85),
      pool: { y: 120, radius: 340, color: 0xf1e6cf, alpha: 0.07 },
    },
  });

  // windows to the right: a hazy city afternoon
  cityWindow(
    ctx,
    rng,
    { x: 1440, y: 150, w: 420, h: 470 },
    { sky: [0x7f8fa2, 0xb7aa95], mullions: 3, frame: 0x2a313c, lit: null },
  );

  // Tianyu accent wall on the left, with the brand's amber band
  rect(ctx, 0, 92, 360, h, shade(PALETTE.brick, -0.42));
  rect(ctx, 0, 300, 360, 14, PALETTE.amber, 0.8);
  // binders on a shelf
  withShadow(ctx, { blur: 16, dy: 8, alpha: 0.35 }, () => rect(ctx, 70, 470, 250, 12, 0x2a2f38));
  const spines = [
    PALETTE.teal,
    PALETTE.amber,
    PALETTE.paperShade,
    PALETTE.slateLight,
    PALETTE.brickLight,
    PALETTE.teal,
  ];
  spines.forEach((c, i) => {
    rect(ctx, 84 + i * 36, 380 + (i % 2) * 8, 28, 90 - (i % 2) * 8, shade(c, -0.2));
  });

  // the whiteboard with the account plan
  const bx = 560;
  const by = 170;
  const bw = 800;
  const bh = 400;
  framedPanel(
    ctx,
    { x: bx, y: by, w: bw, h: bh },
    { border: 10, radius: 6, frame: 0x9aa3ad, face: 0xcfcbc1, shadow: { blur: 40, dy: 18, alpha: 0.45 } },
  );
  vgrad(ctx, bx, by, bw, bh, [
    [0, 0xffffff, 0.07],
    [1, 0x000000, 0.05],
  ]);
  rect(ctx, bx - 10, by + bh + 8, bw + 20, 12, 0x7d8691);
  // marker tray
  rect(ctx, bx + 560, by + bh + 2, 40, 8, PALETTE.brick);
  rect(ctx, bx + 610, by + bh + 2, 40, 8, PALETTE.teal);
  // title
  rect(ctx, bx + 40, by + 34, 300, 14, PALETTE.ink, 0.8);
  rect(ctx, bx + 360, by + 34, 120, 14, PALETTE.brick, 0.85);
  // stakeholder map: one box over three, linked
  const ink = PALETTE.ink;
  const boxes: [number, number, number][] = [
    [bx + 150, by + 90, PALETTE.teal],
    [bx + 60, by + 190, PALETTE.teal],
    [bx + 150, by + 190, PALETTE.amber],
    [bx + 240, by + 190, PALETTE.brick],
  ];
  for (let i = 1; i < boxes.length; i++) {
    const b = boxes[i];
    if (b) line(ctx, bx + 190, by + 130, b[0] + 40, b[1], ink, 2, 0.6);
  }
  for (const [x, y, c] of boxes) {
    roundRect(ctx, x, y, 80, 40, 6, c, 0.9);
    rect(ctx, x + 12, y + 16, 50, 6, 0xffffff, 0.7);
  }
  scribble(ctx, rng, bx + 60, by + 260, 250, 4, 22, ink, 0.45);
  // timeline with milestones
  line(ctx, bx + 380, by + 130, bx + 760, by + 130, ink, 3, 0.7);
  poly(ctx, [bx + 760, by + 122, bx + 776, by + 130, bx + 760, by + 138], ink, 0.7);
  [0, 1, 2, 3].forEach((i) => {
    const x = bx + 410 + i * 95;
    circle(ctx, x, by + 130, 9, i < 2 ? PALETTE.teal : PALETTE.amber);
    rect(ctx, x - 28, by + 150, 56, 5, ink, 0.4);
    rect(ctx, x - 20, by + 162, 40, 5, ink, 0.3);
  });
  // sticky notes
  const notes = [PALETTE.amberLight, 0xa9cfc6, 0xe8b3a2, 0xefe2a6, PALETTE.amberLight, 0xa9cfc6];
  notes.forEach((c, i) => {
    const x = bx + 400 + (i % 3) * 120;
    const y = by + 210 + Math.floor(i / 3) * 90;
    ctx.save();
    ctx.translate(x + 40, y + 36);
    ctx.rotate((((i * 7) % 5) - 2) * 0.02);
    withShadow(ctx, { blur: 8, dy: 4, alpha: 0.25 }, () => rect(ctx, -40, -36, 80, 72, c));
    scribble(ctx, rng, -30, -22, 56, 3, 14, ink, 0.45);
    ctx.restore();
  });

  // desks running across the room
  floor(ctx, w, h, 640, 0x2b323e);
  // chairs pushed in behind the desks
  chairBack(ctx, 560, 590, 110, 0x2d3340);
  chairBack(ctx, 1360, 590, 110, 0x2d3340);
  desk(ctx, rng, 420, 700, 420, 0xb8ae9f, 0x2f6f70);
  desk(ctx, rng, 1080, 700, 420, 0xb8ae9f, 0x3b5270);
  plant(ctx, rng, 1660, 720, 150);
  plant(ctx, rng, 230, 720, 120, 0x8f877c);
}
