/**
 * What every backdrop shares, so that a backdrop module holds only its own room: a seeded
 * scatter of details, a base gradient under everything, and the common grade on top.
 */
import { createRng, type Rng } from '../../random.ts';
import { type Ctx, type FinishOptions, finishBackdrop, type Stop, vgrad } from '../paint.ts';

export interface Backdrop {
  /** seeds the scattered details, so every player and every screenshot sees the same picture */
  seed: string;
  /** the gradient under everything, top to bottom */
  base: readonly Stop[];
  finish?: FinishOptions;
  /** the room itself, painted between the base gradient and the common grade */
  paint(ctx: Ctx, w: number, h: number, rng: Rng): void;
}

export function paintScene(ctx: Ctx, w: number, h: number, backdrop: Backdrop): void {
  const rng = createRng(backdrop.seed);
  vgrad(ctx, 0, 0, w, h, backdrop.base);
  backdrop.paint(ctx, w, h, rng);
  finishBackdrop(ctx, w, h, backdrop.finish);
}
