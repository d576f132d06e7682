/**
 * A video call across time zones: a grid of faces, each tile lit by its own hour of the day.
 * The tiles are anonymous colleagues; the speaking cast member stands in front of the grid.
 */
import { css, mix, PALETTE, shade } from '../../palette.ts';
import { pick, type Rng, range } from '../../random.ts';
import { type Ctx, circle, ellipse, glow, rect, roundRect, vgrad, withClip, withShadow } from '../paint.ts';
import { type Box, gridTiles, scribble } from '../props.ts';
import type { Backdrop } from './backdrop.ts';

interface Tile {
  /** local hour in the tile's city: sets its light */
  hour: number;
  skin: number;
  hair: number;
  top: number;
  room: number;
  speaking?: boolean;
  cameraOff?: boolean;
}

const SKINS = [0xf0cfb5, 0xe3b792, 0xc99470, 0xa7704c, 0x7a4e36, 0x5e3b2a];
const HAIRS = [0x1c1a1c, 0x3b2c24, 0x6b5440, 0xb89a6a, 0x8e8e92, 0x2a2220];
const TOPS = [PALETTE.teal, PALETTE.slate, 0x6b3a4f, 0x3d5a80, 0x5c6944, 0x8a8f98, 0x8a6a4a, 0x2f3b52];

export const videoCall: Backdrop = {
  seed: 'video_call',
  // the call window
  base: [
    [0, 0x121a28],
    [1, 0x0b111c],
  ],
  finish: { haze: 0.16 },
  paint,
};

function paint(ctx: Ctx, w: number, h: number, rng: Rng): void {
  // four 16:9 tiles across the width
  const cols = 4;
  const x0 = 110;
  const gap = 18;
  const tw = (w - x0 * 2 - gap * (cols - 1)) / cols;
  const grid = { x: x0, y: 70, cols, rows: 3, tile: { w: tw, h: tw * 0.5625 }, gap };
  const hours = [8, 9, 13, 15, 16, 17, 19, 21, 22, 2, 6, 11];
  gridTiles(grid).forEach((box, i) => {
    const tile: Tile = {
      hour: hours[i] ?? 12,
      skin: pick(rng, SKINS),
      hair: pick(rng, HAIRS),
      top: pick(rng, TOPS),
      room: pick(rng, [0x5d6b7c, 0x6f6559, 0x4f5d66, 0x6a6f78]),
      speaking: i === 2,
      cameraOff: i === 7,
    };
    drawTile(ctx, rng, box, tile);
  });

  // call controls along the bottom, mostly under the dialogue panel
  roundRect(ctx, w / 2 - 220, h - 96, 440, 64, 32, 0x1b2434);
  for (let i = 0; i < 4; i++) {
    circle(ctx, w / 2 - 135 + i * 90, h - 64, 22, i === 3 ? PALETTE.alarmRed : PALETTE.slate);
  }
}

function daylight(hour: number): number {
  // 0 at night, 1 at noon
  return Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI));
}

function drawTile(ctx: Ctx, rng: Rng, box: Box, tile: Tile): void {
  const { x, y, w, h } = box;
  const day = daylight(tile.hour);
  const night = day < 0.15;
  withShadow(ctx, { blur: 18, dy: 6, alpha: 0.4 }, () => roundRect(ctx, x, y, w, h, 10, 0x1a2130));
  withClip(
    ctx,
    () => ctx.roundRect(x, y, w, h, 10),
    () => {
      const wall = night
        ? mix(tile.room, PALETTE.navyDeep, 0.72)
        : mix(tile.room, PALETTE.navyDeep, 0.35 - day * 0.25);
      rect(ctx, x, y, w, h, wall);
      // a window behind, showing the hour: sky, dusk or night
      const wx = x + w * range(rng, 0.55, 0.7);
      const sky = night ? 0x141c30 : day > 0.7 ? 0x9fb4c4 : 0xc99a6e;
      vgrad(ctx, wx, y + h * 0.1, w * 0.26, h * 0.5, [
        [0, shade(sky, -0.1)],
        [1, sky],
      ]);
      if (night) {
        for (let i = 0; i < 6; i++)
          rect(
            ctx,
            wx + range(rng, 4, w * 0.22),
            y + h * range(rng, 0.35, 0.56),
            4,
            5,
            PALETTE.amberLight,
            0.6,
          );
      } else {
        circle(ctx, wx + w * 0.18, y + h * 0.22, 10, day > 0.7 ? 0xf3e6c8 : 0xf0b070, 0.8);
      }
      rect(ctx, wx + w * 0.125, y + h * 0.1, 4, h * 0.5, shade(wall, -0.3));
      // a lamp at night, a shelf by day
      if (night) glow(ctx, x + w * 0.18, y + h * 0.3, w * 0.3, PALETTE.amber, 0.35);
      else {
        rect(ctx, x + w * 0.06, y + h * 0.28, w * 0.3, 5, shade(wall, -0.3));
        for (let k = 0; k < 5; k++) {
          rect(
            ctx,
            x + w * 0.07 + k * 14,
            y + h * 0.28 - 26 + (k % 2) * 4,
            10,
            26 - (k % 2) * 4,
            pick(rng, TOPS),
          );
        }
      }
      if (tile.cameraOff) {
        rect(ctx, x, y, w, h, 0x1c2434);
        circle(ctx, x + w / 2, y + h / 2, h * 0.22, PALETTE.slate);
        circle(ctx, x + w / 2, y + h / 2 - h * 0.05, h * 0.07, PALETTE.mist);
        ellipse(ctx, x + w / 2, y + h / 2 + h * 0.11, h * 0.12, h * 0.07, PALETTE.mist);
      } else {
        person(ctx, x + w * range(rng, 0.4, 0.5), y + h, h, tile, night);
      }
      // name plate and local time
      roundRect(ctx, x + 10, y + h - 34, w * 0.42, 24, 6, 0x000000, 0.45);
      scribble(ctx, rng, x + 20, y + h - 25, w * 0.2, 1, 8, 0xffffff, 0.7);
      ctx.font = '600 15px system-ui, sans-serif';
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillText(`${String(tile.hour).padStart(2, '0')}:00`, x + w * 0.27, y + h - 17);
      circle(ctx, x + w * 0.25, y + h - 22, 4, night ? PALETTE.mist : PALETTE.amberLight);
    },
  );
  if (tile.speaking) {
    ctx.strokeStyle = 'rgba(105,174,166,0.9)';
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.roundRect(x + 2, y + 2, w - 4, h - 4, 9);
    ctx.stroke();
  }
}

function person(ctx: Ctx, cx: number, bottom: number, h: number, tile: Tile, night: boolean): void {
  const s = h / 260;
  const lit = night ? -0.25 : 0;
  const skin = shade(tile.skin, lit);
  // shoulders
  ctx.fillStyle = css(shade(tile.top, lit));
  ctx.beginPath();
  ctx.moveTo(cx - 120 * s, bottom);
  ctx.bezierCurveTo(cx - 118 * s, bottom - 70 * s, cx - 80 * s, bottom - 86 * s, cx, bottom - 90 * s);
  ctx.bezierCurveTo(cx + 80 * s, bottom - 86 * s, cx + 118 * s, bottom - 70 * s, cx + 120 * s, bottom);
  ctx.closePath();
  ctx.fill();
  rect(ctx, cx - 16 * s, bottom - 112 * s, 32 * s, 30 * s, shade(skin, -0.15));
  // hair mass behind, then the face, then a soft fringe
  ellipse(ctx, cx, bottom - 160 * s, 46 * s, 54 * s, tile.hair);
  ellipse(ctx, cx, bottom - 146 * s, 38 * s, 48 * s, skin);
  ellipse(ctx, cx + 16 * s, bottom - 144 * s, 20 * s, 44 * s, shade(skin, -0.12), 0.5);
  ctx.fillStyle = css(tile.hair);
  ctx.beginPath();
  ctx.moveTo(cx - 40 * s, bottom - 150 * s);
  ctx.quadraticCurveTo(cx - 30 * s, bottom - 210 * s, cx + 6 * s, bottom - 206 * s);
  ctx.quadraticCurveTo(cx + 44 * s, bottom - 200 * s, cx + 40 * s, bottom - 150 * s);
  ctx.quadraticCurveTo(cx + 24 * s, bottom - 184 * s, cx - 10 * s, bottom - 178 * s);
  ctx.quadraticCurveTo(cx - 30 * s, bottom - 176 * s, cx - 40 * s, bottom - 150 * s);
  ctx.fill();
  // screen glow on the face at night
  if (night) glow(ctx, cx, bottom - 140 * s, 70 * s, 0x8fb8d8, 0.18);
  // simple eyes: these are background people
  ellipse(ctx, cx - 14 * s, bottom - 148 * s, 4 * s, 3 * s, 0x1a1414, 0.8);
  ellipse(ctx, cx + 14 * s, bottom - 148 * s, 4 * s, 3 * s, 0x1a1414, 0.8);
}
