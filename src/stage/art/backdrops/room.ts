/**
 * The shell of the interior backdrops: a ceiling with its row of lights, a glass wall, a floor.
 * The rooms differ only in measurements and fittings, so they pass those and nothing else.
 */
import { type Ctx, glow, poly, rect, withAlpha } from '../paint.ts';

export interface CeilingLights {
  count: number;
  /** centre x of the first light */
  first: number;
  spacing: number;
  /** the fitting itself, drawn around its centre x */
  fixture: (x: number) => void;
  /** the pool of light each fitting throws on the wall below it */
  pool: { y: number; radius: number; color: number; alpha: number };
}

export interface Ceiling {
  height: number;
  color: number;
  /** a rail below the ceiling, inset from both sides, that the fittings hang from */
  rail?: { inset: number; y: number; height: number; color: number };
  lights: CeilingLights;
}

export function ceiling(ctx: Ctx, w: number, spec: Ceiling): void {
  rect(ctx, 0, 0, w, spec.height, spec.color);
  const { rail, lights } = spec;
  if (rail !== undefined) rect(ctx, rail.inset, rail.y, w - rail.inset * 2, rail.height, rail.color);
  const { pool } = lights;
  for (let i = 0; i < lights.count; i++) {
    const x = lights.first + i * lights.spacing;
    lights.fixture(x);
    glow(ctx, x, pool.y, pool.radius, pool.color, pool.alpha);
  }
}

export interface GlassWall {
  /** where the glass meets the room below; the mullions and reflections stop here */
  bottom: number;
  frame: number;
  /** mullions stand every `spacing` px from x = 0, centred on their line */
  mullions: { count: number; spacing: number; width: number };
  /** the frame's head across the top; its own colour where it reads as ceiling */
  head: { height: number; color?: number };
  /** the horizontal bar across the glass */
  transom: { y: number; height: number; alpha?: number };
  /** slanted sheens on the glass, leaning left as they fall */
  reflections: { count: number; first: number; spacing: number; width: number; slant: number; alpha: number };
}

/** A floor-to-ceiling window wall: the backdrop paints what lies beyond it first. */
export function glassWall(ctx: Ctx, w: number, wall: GlassWall): void {
  const { bottom, frame, mullions, head, transom, reflections } = wall;
  for (let i = 0; i < mullions.count; i++)
    rect(ctx, i * mullions.spacing - mullions.width / 2, 0, mullions.width, bottom, frame);
  rect(ctx, 0, 0, w, head.height, head.color ?? frame);
  rect(ctx, 0, transom.y, w, transom.height, frame, transom.alpha);
  const { width, slant } = reflections;
  withAlpha(ctx, reflections.alpha, () => {
    for (let i = 0; i < reflections.count; i++) {
      const x = reflections.first + i * reflections.spacing;
      const top = head.height;
      poly(ctx, [x, top, x + width, top, x + width - slant, bottom, x - slant, bottom], 0xffffff);
    }
  });
}

/** The floor plane, from `top` to the bottom edge. */
export function floor(ctx: Ctx, w: number, h: number, top: number, color: number, alpha = 1): void {
  rect(ctx, 0, top, w, h - top, color, alpha);
}
