/**
 * Small Canvas 2D helpers for the procedural art. The art is painted once into an offscreen
 * canvas and uploaded as a texture, so Canvas 2D's curves, gradients and blurred shadows cost
 * nothing per frame while giving a softer editorial finish than per-frame vector drawing.
 */
import { css, PALETTE, rgba } from '../palette.ts';

export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A page canvas, or an offscreen one where the art is painted in a worker (art/art-worker.ts). */
export type ArtCanvas = HTMLCanvasElement | OffscreenCanvas;

export interface Surface {
  canvas: ArtCanvas;
  ctx: Ctx;
}

export function makeSurface(width: number, height: number): Surface {
  // a worker has no document: it paints on an OffscreenCanvas, with the same 2D API
  if (typeof document === 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('OffscreenCanvas 2D is not available');
    return { canvas, ctx };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('Canvas 2D is not available');
  return { canvas, ctx };
}

function paint(ctx: Ctx, color: number, alpha: number): void {
  ctx.fillStyle = alpha >= 1 ? css(color) : rgba(color, alpha);
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, color: number, alpha = 1): void {
  paint(ctx, color, alpha);
  ctx.fillRect(x, y, w, h);
}

export function roundRect(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number | number[],
  color: number,
  alpha = 1,
): void {
  paint(ctx, color, alpha);
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

/** Flat list of x,y pairs. */
export function poly(ctx: Ctx, points: readonly number[], color: number, alpha = 1): void {
  if (points.length < 6) return;
  paint(ctx, color, alpha);
  ctx.beginPath();
  ctx.moveTo(points[0] ?? 0, points[1] ?? 0);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i] ?? 0, points[i + 1] ?? 0);
  ctx.closePath();
  ctx.fill();
}

export function ellipse(
  ctx: Ctx,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  color: number,
  alpha = 1,
): void {
  paint(ctx, color, alpha);
  ctx.beginPath();
  ctx.ellipse(cx, cy, Math.max(0.1, rx), Math.max(0.1, ry), 0, 0, Math.PI * 2);
  ctx.fill();
}

export function circle(ctx: Ctx, cx: number, cy: number, r: number, color: number, alpha = 1): void {
  ellipse(ctx, cx, cy, r, r, color, alpha);
}

export function line(
  ctx: Ctx,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  color: number,
  width: number,
  alpha = 1,
): void {
  ctx.strokeStyle = rgba(color, alpha);
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

export function polyline(ctx: Ctx, points: readonly number[], color: number, width: number, alpha = 1): void {
  if (points.length < 4) return;
  ctx.strokeStyle = rgba(color, alpha);
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(points[0] ?? 0, points[1] ?? 0);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i] ?? 0, points[i + 1] ?? 0);
  ctx.stroke();
}

export type Stop = readonly [offset: number, color: number, alpha?: number];

function addStops(gradient: CanvasGradient, stops: readonly Stop[]): CanvasGradient {
  for (const [offset, color, alpha] of stops) gradient.addColorStop(offset, rgba(color, alpha ?? 1));
  return gradient;
}

export function linear(
  ctx: Ctx,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  stops: readonly Stop[],
): CanvasGradient {
  return addStops(ctx.createLinearGradient(x0, y0, x1, y1), stops);
}

export function radial(
  ctx: Ctx,
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  stops: readonly Stop[],
): CanvasGradient {
  return addStops(ctx.createRadialGradient(cx, cy, r0, cx, cy, r1), stops);
}

/** Vertical gradient over a rectangle. */
export function vgrad(ctx: Ctx, x: number, y: number, w: number, h: number, stops: readonly Stop[]): void {
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, stops);
  ctx.fillRect(x, y, w, h);
}

/** Soft radial glow, for lamps and screens. */
export function glow(ctx: Ctx, cx: number, cy: number, r: number, color: number, alpha: number): void {
  ctx.fillStyle = radial(ctx, cx, cy, 0, r, [
    [0, color, alpha],
    [1, color, 0],
  ]);
  ctx.fillRect(cx - r, cy - r, r * 2, r * 2);
}

export interface ShadowStyle {
  color?: number;
  alpha?: number;
  blur: number;
  dx?: number;
  dy?: number;
}

/** Runs draw() with a blurred drop shadow: the "soft shadows" of the art direction. */
export function withShadow(ctx: Ctx, style: ShadowStyle, draw: () => void): void {
  ctx.save();
  ctx.shadowColor = rgba(style.color ?? PALETTE.night, style.alpha ?? 0.35);
  ctx.shadowBlur = style.blur;
  ctx.shadowOffsetX = style.dx ?? 0;
  ctx.shadowOffsetY = style.dy ?? 0;
  draw();
  ctx.restore();
}

/** Runs draw() clipped to the path built by shape(). */
export function withClip(ctx: Ctx, shape: () => void, draw: () => void): void {
  ctx.save();
  ctx.beginPath();
  shape();
  ctx.clip();
  draw();
  ctx.restore();
}

export function withAlpha(ctx: Ctx, alpha: number, draw: () => void): void {
  ctx.save();
  ctx.globalAlpha *= alpha;
  draw();
  ctx.restore();
}

/**
 * Draws into a canvas at a fraction of the size and scales it back up: the upscale's smoothing
 * is a soft blur for the price of a tiny canvas, where a real blur filter on a full-HD backdrop
 * costs hundreds of milliseconds in a software renderer.
 */
export function soft(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  scale: number,
  draw: (small: Ctx) => void,
): void {
  const small = makeSurface(Math.max(1, Math.ceil(w * scale)), Math.max(1, Math.ceil(h * scale)));
  small.ctx.scale(scale, scale);
  small.ctx.translate(-x, -y);
  draw(small.ctx);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(small.canvas, x, y, w, h);
  ctx.restore();
}

export interface FinishOptions {
  /** how strongly the whole frame is pulled towards navy */
  haze?: number;
  /** how dark the bottom edge gets under the dialogue panel */
  floor?: number;
}

/**
 * The common grade every backdrop gets last: pulled towards navy, darker towards the bottom
 * third where the DOM panel sits, and a soft vignette that keeps the eye near the figure.
 */
export function finishBackdrop(ctx: Ctx, w: number, h: number, options: FinishOptions = {}): void {
  ctx.save();
  rect(ctx, 0, 0, w, h, PALETTE.navyDeep, options.haze ?? 0.14);
  vgrad(ctx, 0, h * 0.5, w, h * 0.5, [
    [0, PALETTE.navyDeep, 0],
    [0.45, PALETTE.navyDeep, (options.floor ?? 0.62) * 0.55],
    [1, PALETTE.night, options.floor ?? 0.62],
  ]);
  ctx.fillStyle = radial(ctx, w / 2, h * 0.4, w * 0.32, w * 0.78, [
    [0, PALETTE.night, 0],
    [1, PALETTE.night, 0.5],
  ]);
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
}
