/**
 * Path drawing in a shape's own units. A figure's shapes are designed in head widths from the
 * head centre or in px from the collar, so a Pen maps local (u, v) to the canvas as
 * x = ox + sx * u, y = oy + sy * v, the same arithmetic the shapes would otherwise repeat on
 * every coordinate. Shapes can be written as SVG path data, which keeps an outline on a few
 * lines where a chain of canvas calls takes dozens.
 */
import type { Ctx } from './paint.ts';

/** Fills the path that trace() builds, at `alpha` when given. */
export function fillPath(ctx: Ctx, style: string, trace: () => void, alpha = 1): void {
  ctx.fillStyle = style;
  if (alpha !== 1) ctx.globalAlpha = alpha;
  ctx.beginPath();
  trace();
  ctx.fill();
  if (alpha !== 1) ctx.globalAlpha = 1;
}

export interface StrokeOptions {
  alpha?: number;
  /** left as it is when absent: the caps carry over from one stroke to the next */
  cap?: CanvasLineCap;
}

export function strokePath(
  ctx: Ctx,
  style: string,
  width: number,
  trace: () => void,
  options: StrokeOptions = {},
): void {
  const alpha = options.alpha ?? 1;
  ctx.strokeStyle = style;
  ctx.lineWidth = width;
  if (options.cap !== undefined) ctx.lineCap = options.cap;
  if (alpha !== 1) ctx.globalAlpha = alpha;
  ctx.beginPath();
  trace();
  ctx.stroke();
  if (alpha !== 1) ctx.globalAlpha = 1;
}

export function fillEllipse(
  ctx: Ctx,
  style: string,
  x: number,
  y: number,
  rx: number,
  ry: number,
  rotation = 0,
  alpha = 1,
): void {
  fillPath(ctx, style, () => ctx.ellipse(x, y, rx, ry, rotation, 0, Math.PI * 2), alpha);
}

export function fillRoundRect(
  ctx: Ctx,
  style: string,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number | number[],
): void {
  fillPath(ctx, style, () => ctx.roundRect(x, y, w, h, r));
}

/** A path: SVG path data, or a function that traces one. */
export type PathSpec = string | (() => void);

export class Pen {
  constructor(
    private readonly ctx: Ctx,
    private readonly ox: number,
    private readonly oy: number,
    private readonly sx = 1,
    private readonly sy = 1,
  ) {}

  x(u: number): number {
    return this.ox + this.sx * u;
  }

  y(v: number): number {
    return this.oy + this.sy * v;
  }

  move(u: number, v: number): this {
    this.ctx.moveTo(this.x(u), this.y(v));
    return this;
  }

  line(u: number, v: number): this {
    this.ctx.lineTo(this.x(u), this.y(v));
    return this;
  }

  quad(cu: number, cv: number, u: number, v: number): this {
    this.ctx.quadraticCurveTo(this.x(cu), this.y(cv), this.x(u), this.y(v));
    return this;
  }

  curve(c1u: number, c1v: number, c2u: number, c2v: number, u: number, v: number): this {
    this.ctx.bezierCurveTo(this.x(c1u), this.y(c1v), this.x(c2u), this.y(c2v), this.x(u), this.y(v));
    return this;
  }

  close(): this {
    this.ctx.closePath();
    return this;
  }

  /**
   * Adds SVG path data in local units to the current path: absolute M, L, Q, C and Z only, every
   * command letter written out, numbers separated by spaces or commas.
   */
  trace(d: string): void {
    const tokens = d.trim().split(/[\s,]+/);
    let i = 0;
    const next = (): number => {
      const value = Number(tokens[i++]);
      if (Number.isNaN(value)) throw new Error(`bad number in path "${d}"`);
      return value;
    };
    while (i < tokens.length) {
      const command = tokens[i++];
      if (command === 'M') this.move(next(), next());
      else if (command === 'L') this.line(next(), next());
      else if (command === 'Q') this.quad(next(), next(), next(), next());
      else if (command === 'C') this.curve(next(), next(), next(), next(), next(), next());
      else if (command === 'Z') this.close();
      else throw new Error(`unsupported path command "${command}" in "${d}"`);
    }
  }

  fill(style: string, path: PathSpec, alpha = 1): void {
    fillPath(this.ctx, style, this.tracer(path), alpha);
  }

  stroke(style: string, width: number, path: PathSpec, options: StrokeOptions = {}): void {
    strokePath(this.ctx, style, width, this.tracer(path), options);
  }

  private tracer(path: PathSpec): () => void {
    return typeof path === 'string' ? () => this.trace(path) : path;
  }
}
