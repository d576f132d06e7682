/**
 * The title and menu backdrop: a city at dusk tied together by a network of light, cool above
 * and warm at the horizon. The DOM draws the title over it, so the upper centre stays calm.
 */
import { mix, PALETTE } from '../../palette.ts';
import { type Rng, range } from '../../random.ts';
import { type Ctx, circle, glow, rect, vgrad } from '../paint.ts';
import { skyline } from '../props.ts';
import type { Backdrop } from './backdrop.ts';

export const title: Backdrop = {
  seed: 'title',
  base: [
    [0, 0x0a1222],
    [0.35, 0x1a2740],
    [0.56, 0x4a4a5a],
    [0.64, 0x9a6e4a],
    [0.66, 0x2a2d3a],
    [1, 0x0b1020],
  ],
  finish: { haze: 0.06, floor: 0.5 },
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  glow(ctx, w * 0.62, h * 0.64, 800, PALETTE.amber, 0.3);
  for (let i = 0; i < 90; i++)
    circle(
      ctx,
      range(rng, 0, w),
      range(rng, 0, h * 0.4),
      range(rng, 0.6, 1.6),
      0xdfe6f0,
      range(rng, 0.15, 0.55),
    );

  const ground = h * 0.66;
  skyline(ctx, rng, 0, w, ground, {
    base: mix(0x3a4258, 0x6a5a58, 0.4),
    lit: null,
    litChance: 0,
    minH: 60,
    maxH: 220,
    minW: 40,
    maxW: 110,
  });
  // the network: arcs from rooftop to rooftop with nodes, teal for the operator, amber for us
  const towers: [number, number][] = [];
  for (let i = 0; i < 11; i++)
    towers.push([120 + i * 168 + range(rng, -30, 30), ground - range(rng, 200, 420)]);
  skyline(ctx, rng, 0, w, ground + 30, {
    base: 0x1a2132,
    lit: PALETTE.amberLight,
    litChance: 0.14,
    minH: 90,
    maxH: 330,
    minW: 60,
    maxW: 150,
  });
  // the towers that carry the network: slim blocks with a mast up to each node
  for (const [x, y] of towers) {
    const top = y + 46;
    const tw = range(rng, 46, 70);
    rect(ctx, x - tw / 2, top, tw, ground + 30 - top, 0x161d2c);
    rect(ctx, x - tw / 2, top, tw * 0.3, ground + 30 - top, 0x1f2738);
    for (let wy = top + 16; wy < ground + 20; wy += 22) {
      for (let wx = x - tw / 2 + 7; wx < x + tw / 2 - 8; wx += 13) {
        if (rng() < 0.22) rect(ctx, wx, wy, 5, 7, PALETTE.amberLight, range(rng, 0.3, 0.7));
      }
    }
    rect(ctx, x - 2, y, 4, 46, 0x2a3346);
  }
  for (let i = 0; i < towers.length; i++) {
    const a = towers[i];
    for (const j of [i + 1, i + 3]) {
      const b = towers[j];
      if (!a || !b) continue;
      const warm = (i + j) % 3 === 0;
      ctx.strokeStyle = warm ? 'rgba(236,194,127,0.42)' : 'rgba(105,174,166,0.42)';
      ctx.lineWidth = 1.8;
      ctx.beginPath();
      ctx.moveTo(a[0], a[1]);
      ctx.quadraticCurveTo((a[0] + b[0]) / 2, Math.min(a[1], b[1]) - 80 - (j - i) * 30, b[0], b[1]);
      ctx.stroke();
    }
  }
  towers.forEach(([x, y], i) => {
    const c = i % 3 === 0 ? PALETTE.amberLight : PALETTE.tealLight;
    glow(ctx, x, y, 26, c, 0.5);
    circle(ctx, x, y, 4.5, c);
  });
  vgrad(ctx, 0, ground + 30, w, h - ground - 30, [
    [0, 0x0b1020],
    [1, 0x070b14],
  ]);
}
