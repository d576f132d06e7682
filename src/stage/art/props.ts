/**
 * Reusable pieces for the backdrops: skylines, plants, desks, lamps. Each takes plain numbers
 * so the backdrops read as compositions rather than drawing code.
 */
import { css, mix, PALETTE, shade } from '../palette.ts';
import { pick, type Rng, range } from '../random.ts';
import {
  type Ctx,
  circle,
  ellipse,
  glow,
  line,
  poly,
  rect,
  roundRect,
  type ShadowStyle,
  vgrad,
  withShadow,
} from './paint.ts';

/** An area on the canvas: where a window, a chart or a panel's face goes. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SkylineStyle {
  base: number;
  /** colour of lit windows; null for none */
  lit: number | null;
  litChance: number;
  minH: number;
  maxH: number;
  minW: number;
  maxW: number;
}

/** A row of simple towers standing on `ground`. */
export function skyline(
  ctx: Ctx,
  rng: Rng,
  x0: number,
  x1: number,
  ground: number,
  style: SkylineStyle,
): void {
  let x = x0 - range(rng, 0, style.maxW);
  while (x < x1) {
    const w = range(rng, style.minW, style.maxW);
    const h = range(rng, style.minH, style.maxH);
    const top = ground - h;
    rect(ctx, x, top, w, h + 2, style.base);
    // a lit side for depth
    rect(ctx, x, top, w * 0.28, h + 2, shade(style.base, 0.06));
    if (rng() < 0.25) rect(ctx, x + w * 0.3, top - 10, w * 0.4, 10, style.base);
    if (rng() < 0.12) line(ctx, x + w * 0.5, top - 10, x + w * 0.5, top - 40, style.base, 2);
    if (style.lit !== null) {
      const cols = Math.max(1, Math.floor(w / 14));
      const rows = Math.max(1, Math.floor(h / 18));
      for (let r = 1; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (rng() < style.litChance)
            rect(ctx, x + 5 + c * 14, top + r * 18, 6, 8, style.lit, range(rng, 0.35, 0.8));
        }
      }
    }
    x += w + range(rng, -4, 10);
  }
}

/** A potted plant: a few flat leaves, two greens. */
export function plant(
  ctx: Ctx,
  rng: Rng,
  x: number,
  y: number,
  size: number,
  pot: number = PALETTE.paperShade,
): void {
  const green = 0x3f6b58;
  const greenLight = 0x5f8a6c;
  withShadow(ctx, { blur: 20, dy: 10, alpha: 0.3 }, () => {
    poly(
      ctx,
      [
        x - size * 0.32,
        y - size * 0.5,
        x + size * 0.32,
        y - size * 0.5,
        x + size * 0.24,
        y,
        x - size * 0.24,
        y,
      ],
      pot,
    );
  });
  rect(ctx, x + size * 0.05, y - size * 0.5, size * 0.27, size * 0.5, shade(pot, -0.15));
  for (let i = 0; i < 9; i++) {
    const a = -Math.PI / 2 + range(rng, -1.1, 1.1);
    const len = size * range(rng, 0.6, 1.25);
    const lx = x + Math.cos(a) * len * 0.5;
    const ly = y - size * 0.5 + Math.sin(a) * len * 0.5;
    ctx.save();
    ctx.translate(lx, ly);
    ctx.rotate(a + Math.PI / 2);
    ellipse(ctx, 0, 0, size * 0.1, len * 0.5, i % 2 === 0 ? green : greenLight);
    ctx.restore();
  }
}

/** A pendant lamp with a warm pool of light under it. */
export function pendant(ctx: Ctx, x: number, y: number, size: number, color: number, light: number): void {
  line(ctx, x, 0, x, y - size * 0.3, PALETTE.ink, 2, 0.6);
  glow(ctx, x, y + size * 0.6, size * 3.2, light, 0.16);
  poly(
    ctx,
    [
      x - size * 0.2,
      y - size * 0.3,
      x + size * 0.2,
      y - size * 0.3,
      x + size * 0.6,
      y + size * 0.35,
      x - size * 0.6,
      y + size * 0.35,
    ],
    color,
  );
  poly(
    ctx,
    [x, y - size * 0.3, x + size * 0.2, y - size * 0.3, x + size * 0.6, y + size * 0.35, x, y + size * 0.35],
    shade(color, -0.2),
  );
  ellipse(ctx, x, y + size * 0.35, size * 0.6, size * 0.08, light, 0.9);
}

/** A desk seen from the front, with a monitor and a couple of objects. */
export function desk(
  ctx: Ctx,
  rng: Rng,
  x: number,
  y: number,
  w: number,
  tone: number,
  screen: number,
): void {
  withShadow(ctx, { blur: 24, dy: 10, alpha: 0.35 }, () => {
    rect(ctx, x, y, w, 16, tone);
  });
  rect(ctx, x, y + 16, w, 6, shade(tone, -0.25));
  rect(ctx, x + 12, y + 22, 10, 140, shade(tone, -0.3));
  rect(ctx, x + w - 22, y + 22, 10, 140, shade(tone, -0.3));
  const mw = w * range(rng, 0.32, 0.42);
  const mx = x + w * range(rng, 0.15, 0.5);
  const mh = mw * 0.6;
  rect(ctx, mx + mw / 2 - 6, y - 30, 12, 30, PALETTE.slateDeep);
  rect(ctx, mx + mw / 2 - 26, y - 6, 52, 6, PALETTE.slateDeep);
  withShadow(ctx, { blur: 16, dy: 6, alpha: 0.3 }, () => {
    roundRect(ctx, mx, y - 30 - mh, mw, mh, 4, PALETTE.ink);
  });
  roundRect(ctx, mx + 5, y - 25 - mh, mw - 10, mh - 10, 2, screen);
  rect(ctx, mx + 12, y - 16 - mh, mw * 0.4, 6, shade(screen, 0.3), 0.6);
  rect(ctx, mx + 12, y - 4 - mh, mw * 0.6, 4, shade(screen, 0.2), 0.4);
  if (rng() < 0.7) {
    const cx = x + w * range(rng, 0.7, 0.9);
    roundRect(ctx, cx, y - 26, 20, 26, 3, pick(rng, [PALETTE.paper, PALETTE.amber, PALETTE.teal]));
  }
  if (rng() < 0.6) rect(ctx, x + w * 0.06, y - 8, w * 0.16, 8, PALETTE.paperShade);
}

/** Office chair back, seen from behind the desk. */
export function chairBack(ctx: Ctx, x: number, y: number, w: number, tone: number): void {
  withShadow(ctx, { blur: 18, dy: 8, alpha: 0.35 }, () => {
    roundRect(ctx, x - w / 2, y, w, w * 1.1, w * 0.22, tone);
  });
  roundRect(ctx, x, y, w / 2, w * 1.1, [0, w * 0.22, w * 0.22, 0], shade(tone, -0.18));
}

export interface TileGrid {
  x: number;
  y: number;
  cols: number;
  rows: number;
  tile: { w: number; h: number };
  gap: number;
}

/** The tiles of a grid, row by row: a wall of screens, the faces on a call. */
export function gridTiles(grid: TileGrid): Box[] {
  const { tile, gap } = grid;
  const tiles: Box[] = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      tiles.push({ x: grid.x + c * (tile.w + gap), y: grid.y + r * (tile.h + gap), w: tile.w, h: tile.h });
    }
  }
  return tiles;
}

export interface CityWindowStyle {
  /** sky colours, top and horizon */
  sky: readonly [number, number];
  /** how many panes across */
  mullions: number;
  frame: number;
  /** colour of lit windows in the nearer towers; null for none */
  lit: number | null;
}

/** A framed window showing a sky gradient and a skyline, with mullions. */
export function cityWindow(ctx: Ctx, rng: Rng, glass: Box, style: CityWindowStyle): void {
  const { x, y, w, h } = glass;
  const { sky, mullions, frame, lit } = style;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  vgrad(ctx, x, y, w, h, [
    [0, sky[0]],
    [1, sky[1]],
  ]);
  skyline(ctx, rng, x, x + w, y + h, {
    base: mix(sky[1], PALETTE.slate, 0.5),
    lit: null,
    litChance: 0,
    minH: h * 0.2,
    maxH: h * 0.45,
    minW: 40,
    maxW: 90,
  });
  skyline(ctx, rng, x, x + w, y + h + 4, {
    base: mix(PALETTE.slateDeep, sky[1], 0.25),
    lit,
    litChance: 0.3,
    minH: h * 0.12,
    maxH: h * 0.34,
    minW: 50,
    maxW: 120,
  });
  ctx.restore();
  for (let i = 0; i <= mullions; i++) {
    const mx = x + (w / mullions) * i;
    rect(ctx, mx - 5, y, 10, h, frame);
  }
  rect(ctx, x - 5, y - 6, w + 10, 12, frame);
  rect(ctx, x - 5, y + h - 6, w + 10, 12, frame);
}

/** Abstract text lines: documents and boards read as "written on" in any language. */
export function scribble(
  ctx: Ctx,
  rng: Rng,
  x: number,
  y: number,
  w: number,
  rows: number,
  gap: number,
  color: number,
  alpha = 1,
): void {
  for (let r = 0; r < rows; r++) {
    const len = w * range(rng, 0.45, 1);
    rect(ctx, x, y + r * gap, len, Math.max(2, gap * 0.28), color, alpha);
  }
}

export interface PanelStyle {
  /** width of the frame around the face */
  border: number;
  /** corner radius of the frame; square corners without one */
  radius?: number;
  frame: number;
  face: number;
  shadow: ShadowStyle;
}

/** A face set in a raised frame that casts a soft shadow: boards, screens, framed prints. */
export function framedPanel(ctx: Ctx, face: Box, style: PanelStyle): void {
  const { x, y, w, h } = face;
  const { border, radius, frame } = style;
  withShadow(ctx, style.shadow, () => {
    if (radius === undefined) rect(ctx, x - border, y - border, w + border * 2, h + border * 2, frame);
    else roundRect(ctx, x - border, y - border, w + border * 2, h + border * 2, radius, frame);
  });
  rect(ctx, x, y, w, h, style.face);
}

/** A little bar chart. */
export function barChart(ctx: Ctx, rng: Rng, area: Box, colors: readonly number[], bars: number): void {
  const { x, y, w, h } = area;
  const bw = w / (bars * 1.6);
  for (let i = 0; i < bars; i++) {
    const bh = h * range(rng, 0.25, 1);
    rect(ctx, x + i * bw * 1.6, y + h - bh, bw, bh, colors[i % colors.length] ?? PALETTE.teal);
  }
  rect(ctx, x - 4, y + h, w, 2, PALETTE.ink, 0.5);
}

/** A line chart with a soft area under it. */
export function lineChart(ctx: Ctx, rng: Rng, area: Box, color: number, rising: boolean): void {
  const { x, y, w, h } = area;
  const pts: number[] = [];
  const n = 8;
  for (let i = 0; i <= n; i++) {
    const trend = rising ? i / n : 1 - i / n;
    pts.push(x + (w / n) * i, y + h - h * (0.15 + 0.6 * trend + range(rng, -0.12, 0.12)));
  }
  ctx.fillStyle = css(color);
  ctx.globalAlpha = 0.18;
  ctx.beginPath();
  ctx.moveTo(x, y + h);
  for (let i = 0; i + 1 < pts.length; i += 2) ctx.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  ctx.lineTo(x + w, y + h);
  ctx.closePath();
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = css(color);
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  for (let i = 0; i + 1 < pts.length; i += 2) {
    if (i === 0) ctx.moveTo(pts[i] ?? 0, pts[i + 1] ?? 0);
    else ctx.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  }
  ctx.stroke();
  rect(ctx, x, y + h, w, 2, PALETTE.ink, 0.4);
}

/** Pie chart of a few slices. */
export function pieChart(
  ctx: Ctx,
  x: number,
  y: number,
  r: number,
  slices: readonly [number, number][],
): void {
  let a = -Math.PI / 2;
  const total = slices.reduce((s, [v]) => s + v, 0);
  for (const [v, color] of slices) {
    const b = a + (v / total) * Math.PI * 2;
    ctx.fillStyle = css(color);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, r, a, b);
    ctx.closePath();
    ctx.fill();
    a = b;
  }
  circle(ctx, x, y, r * 0.45, PALETTE.paper);
}

/** The network map's own screen colours: the same map in every room that shows one. */
const NETWORK_LINK = 0x3f8fa8;
const NETWORK_NODE = 0x8fd0d0;

/** A network diagram of nodes and links; one node raised in `alert` colour when given. */
export function network(ctx: Ctx, rng: Rng, area: Box, nodes: number, alert: number | null = null): void {
  const { x, y, w, h } = area;
  const pts: [number, number][] = [];
  for (let i = 0; i < nodes; i++) pts.push([x + range(rng, 0.08, 0.92) * w, y + range(rng, 0.12, 0.88) * h]);
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    const c = pts[(i + 3) % pts.length];
    if (a && b) line(ctx, a[0], a[1], b[0], b[1], NETWORK_LINK, 1.6, 0.7);
    if (a && c && i % 2 === 0) line(ctx, a[0], a[1], c[0], c[1], NETWORK_LINK, 1.2, 0.45);
  }
  pts.forEach(([px, py], i) => {
    if (alert !== null && i === 1) {
      circle(ctx, px, py, 7, alert);
      circle(ctx, px, py, 14, alert, 0.25);
    } else circle(ctx, px, py, 4.5, NETWORK_NODE);
  });
}
