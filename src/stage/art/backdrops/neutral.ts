/**
 * The fallback for a setting id the stage does not know: calm, abstract, clearly "a room"
 * without claiming to be any particular one.
 */
import { PALETTE } from '../../palette.ts';
import { type Ctx, glow, poly, rect } from '../paint.ts';
import type { Backdrop } from './backdrop.ts';
import { floor } from './room.ts';

export const neutral: Backdrop = {
  seed: 'neutral',
  base: [
    [0, 0x2a3445],
    [0.55, 0x3a4556],
    [1, 0x1c2330],
  ],
  paint,
};

function paint(ctx: Ctx, w: number, h: number): void {
  // large quiet shapes: a wall plane, a window of light, a floor line
  poly(ctx, [0, 0, 760, 0, 520, h, 0, h], PALETTE.slateDeep, 0.45);
  rect(ctx, 1180, 170, 420, 430, 0x8a97a6, 0.16);
  rect(ctx, 1386, 170, 8, 430, PALETTE.slateDeep, 0.6);
  rect(ctx, 1180, 382, 420, 8, PALETTE.slateDeep, 0.6);
  glow(ctx, 1390, 380, 420, PALETTE.tealLight, 0.06);
  floor(ctx, w, h, 660, 0x1b222d, 0.7);
  rect(ctx, 0, 656, w, 4, PALETTE.amber, 0.18);
}
