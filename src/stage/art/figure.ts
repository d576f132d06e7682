/**
 * Paints one cast member in one mood as a half-body figure, facing right (the stage mirrors
 * figures standing on the right). Light comes from the upper left, so the far (+x) side of every
 * form takes the shadow tone: two or three tones per shape, no outlines.
 */
import type { CharacterSpec, Pose } from '../cast.ts';
import { FIGURE_HEAD_HEIGHT, FIGURE_HEAD_Y, FIGURE_HEIGHT, FIGURE_WIDTH } from '../layout.ts';
import { css, luminance, mix, PALETTE, rgba, shade } from '../palette.ts';
import {
  type ArtCanvas,
  type Ctx,
  ellipse,
  glow,
  linear,
  makeSurface,
  withClip,
  withShadow,
} from './paint.ts';
import { fillEllipse, fillPath, fillRoundRect, Pen, strokePath } from './pen.ts';

interface Frame {
  /** head centre on the canvas, before tilt */
  hx: number;
  hy: number;
  /** half width and half height of the head */
  hw: number;
  hh: number;
  /** x of the torso centre */
  cx: number;
  shoulderY: number;
  /** half shoulder width */
  sw: number;
  /** horizontal shift of the features towards the facing side: a gentle three-quarter turn */
  turn: number;
}

interface Tones {
  skin: string;
  skinShade: string;
  skinDeep: string;
  skinLight: string;
  hair: string;
  hairShade: string;
  hairLight: string;
  hairAccent: string;
  brow: string;
  jacket: string;
  jacketShade: string;
  jacketDeep: string;
  jacketLight: string;
  shirt: string;
  shirtShade: string;
  lips: string;
  lipsDeep: string;
  iris: string;
  lid: string;
}

function tonesFor(spec: CharacterSpec): Tones {
  // skin shadows lean warm and red, not grey, so faces stay alive on a dim backdrop
  const skinShade = mix(shade(spec.skin, -0.16), 0x8a3f35, 0.14);
  const hairIsLight = luminance(spec.hair) > 0.3;
  return {
    skin: css(spec.skin),
    skinShade: css(skinShade),
    skinDeep: css(mix(shade(spec.skin, -0.34), 0x6a2f2a, 0.2)),
    skinLight: css(shade(spec.skin, 0.12)),
    hair: css(spec.hair),
    hairShade: css(shade(spec.hair, hairIsLight ? -0.22 : -0.3)),
    hairLight: css(shade(spec.hair, hairIsLight ? 0.16 : 0.13)),
    hairAccent: css(spec.hairAccent),
    // pale hair would give invisible brows; brows are always a darker version
    brow: css(hairIsLight ? shade(mix(spec.hair, 0x5a4a3a, 0.55), -0.15) : shade(spec.hair, 0.05)),
    jacket: css(spec.jacket),
    jacketShade: css(shade(spec.jacket, -0.2)),
    jacketDeep: css(shade(spec.jacket, -0.36)),
    jacketLight: css(shade(spec.jacket, 0.1)),
    shirt: css(spec.shirt),
    shirtShade: css(shade(spec.shirt, -0.16)),
    lips: css(spec.lips),
    lipsDeep: css(shade(spec.lips, -0.35)),
    iris: css(spec.skin < 0x9a0000 ? 0x1c1410 : 0x2a1d17),
    lid: css(shade(mix(spec.hair, PALETTE.ink, 0.6), -0.2)),
  };
}

function frameFor(spec: CharacterSpec, pose: Pose): Frame {
  const hw = spec.jaw === 'broad' ? 81 : spec.jaw === 'narrow' ? 73 : 77;
  const hh = FIGURE_HEAD_HEIGHT / 2;
  const cx = FIGURE_WIDTH / 2 - 6;
  const hy = FIGURE_HEAD_Y + spec.heightOffset + pose.headDrop;
  const shoulderY = FIGURE_HEAD_Y + spec.heightOffset + hh + 54 - pose.shoulderLift;
  return { hx: cx + 10, hy, hw, hh, cx, shoulderY, sw: 198 * spec.build, turn: 10 };
}

export function paintFigure(spec: CharacterSpec, pose: Pose): ArtCanvas {
  const body = makeSurface(FIGURE_WIDTH, FIGURE_HEIGHT);
  const ctx = body.ctx;
  const f = frameFor(spec, pose);
  const t = tonesFor(spec);

  inHeadSpace(ctx, f, pose, () => backHair(ctx, spec, f, t));
  neck(ctx, f, t, spec);
  torso(ctx, spec, f, t);
  inHeadSpace(ctx, f, pose, () => {
    shoulderLocks(ctx, spec, f, t);
    head(ctx, spec, f, t, pose);
  });
  if (pose.hand === 'chin') chinHand(ctx, spec, f, t, pose);

  // the torso runs behind the dialogue panel: let it sink into the dark so the panel edge
  // never cuts a bright shape
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  ctx.fillStyle = linear(ctx, 0, FIGURE_HEIGHT * 0.6, 0, FIGURE_HEIGHT, [
    [0, PALETTE.navyDeep, 0],
    [1, PALETTE.navyDeep, 0.62],
  ]);
  ctx.fillRect(0, 0, FIGURE_WIDTH, FIGURE_HEIGHT);
  ctx.restore();

  // soft drop shadow of the whole silhouette, to lift the figure off any backdrop
  const out = makeSurface(FIGURE_WIDTH, FIGURE_HEIGHT);
  withShadow(out.ctx, { blur: 34, dx: 12, dy: 8, alpha: 0.5 }, () => {
    out.ctx.drawImage(body.canvas, 0, 0);
  });
  return out.canvas;
}

/** Head tilt pivots at the top of the neck, as a real head does. */
function inHeadSpace(ctx: Ctx, f: Frame, pose: Pose, draw: () => void): void {
  const px = f.hx;
  const py = f.hy + f.hh * 0.85;
  ctx.save();
  ctx.translate(px, py);
  ctx.rotate((pose.headTilt * Math.PI) / 180);
  ctx.translate(-px, -py);
  draw();
  ctx.restore();
}

/** Head units: x in half head widths from the head centre, y in half head heights. */
function headPen(ctx: Ctx, f: Frame): Pen {
  return new Pen(ctx, f.hx, f.hy, f.hw, f.hh);
}

/** px from the point where the neck meets the shoulder line: where clothes are cut from. */
function collarPen(ctx: Ctx, f: Frame): Pen {
  return new Pen(ctx, f.hx, f.shoulderY);
}

// ---------------------------------------------------------------- body

function neck(ctx: Ctx, f: Frame, t: Tones, spec: CharacterSpec): void {
  const w = spec.build > 1.03 ? 34 : spec.jaw === 'narrow' ? 26 : 30;
  const top = f.hy + f.hh * 0.45;
  const base = f.shoulderY + 10;
  // x from the neck's centre line, y on the canvas
  const p = new Pen(ctx, f.hx, 0);
  p.fill(t.skinShade, () =>
    p
      .move(-w, top)
      .line(w, top)
      .line(w + 6, base)
      .line(-w - 8, base)
      .close(),
  );
  // the lit side of the neck
  p.fill(t.skin, () =>
    p
      .move(-w, f.hy + f.hh * 0.9)
      .line(-w * 0.2, f.hy + f.hh * 1.02)
      .line(-w * 0.1, base)
      .line(-w - 8, base)
      .close(),
  );
}

function torsoPath(ctx: Ctx, f: Frame, spread = 0): void {
  const { cx, shoulderY: y, sw } = f;
  const b = FIGURE_HEIGHT + 4;
  // the far shoulder is a touch narrower: the body is turned a little towards the facing side
  const near = sw + spread;
  const far = sw * 0.94 + spread;
  ctx.moveTo(cx - 40, y - 22);
  ctx.bezierCurveTo(cx - near * 0.55, y - 14, cx - near + 24, y - 6, cx - near + 6, y + 34);
  ctx.bezierCurveTo(cx - near - 6, y + 70, cx - near - 8, y + 140, cx - near - 14, b);
  ctx.lineTo(cx + far + 14, b);
  ctx.bezierCurveTo(cx + far + 8, y + 140, cx + far + 6, y + 70, cx + far - 6, y + 34);
  ctx.bezierCurveTo(cx + far - 24, y - 6, cx + far * 0.55, y - 14, cx + 46, y - 22);
  ctx.closePath();
}

function torso(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const { cx, shoulderY: y, sw } = f;
  const b = FIGURE_HEIGHT + 4;
  fillPath(ctx, t.jacket, () => torsoPath(ctx, f));

  withClip(
    ctx,
    () => torsoPath(ctx, f),
    () => {
      // shadow side and the arm seams
      fillPath(ctx, t.jacketShade, () => {
        ctx.moveTo(cx + sw * 0.5, y - 30);
        ctx.bezierCurveTo(cx + sw * 0.62, y + 120, cx + sw * 0.5, y + 300, cx + sw * 0.56, b);
        ctx.lineTo(cx + sw + 40, b);
        ctx.lineTo(cx + sw + 40, y - 40);
        ctx.closePath();
      });
      armSeam(ctx, cx - sw + 52, y + 40, b, t.jacketShade, -1);
      armSeam(ctx, cx + sw * 0.94 - 50, y + 40, b, t.jacketDeep, 1);
      // a lit plane on the near shoulder
      fillEllipse(ctx, t.jacketLight, cx - sw * 0.62, y + 10, sw * 0.34, 26, -0.12, 0.55);
      outfit(ctx, spec, f, t);
    },
  );
}

function armSeam(ctx: Ctx, x: number, y: number, b: number, color: string, dir: number): void {
  strokePath(ctx, color, 3, () => {
    ctx.moveTo(x, y);
    ctx.bezierCurveTo(x - dir * 6, y + 120, x - dir * 2, y + 260, x + dir * 4, b);
  });
}

function outfit(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  switch (spec.outfit) {
    case 'suit_tie':
      shirtV(ctx, f, t, 250, true);
      if (spec.tie !== null) tie(ctx, f, spec.tie);
      lapels(ctx, f, t, 250, 'notch');
      break;
    case 'suit_open':
      shirtV(ctx, f, t, 250, false);
      lapels(ctx, f, t, 250, 'notch');
      break;
    case 'blazer_blouse':
      blouse(ctx, f, t);
      lapels(ctx, f, t, 230, 'shawl');
      break;
    case 'cardigan_blouse':
      blouse(ctx, f, t, true);
      cardigan(ctx, f, t);
      break;
    case 'sweater_zip':
      zipCollar(ctx, f, t);
      break;
    case 'field_jacket':
      fieldJacket(ctx, f, t);
      break;
    case 'turtleneck_jacket':
      turtleneck(ctx, f, t);
      lapels(ctx, f, t, 260, 'notch', 20);
      break;
  }
}

/** The frame's bottom edge, in collar px: front edges run down to it. */
function hemFor(f: Frame): number {
  return FIGURE_HEIGHT - f.shoulderY;
}

/** The shirt showing inside a jacket's V. */
function shirtV(ctx: Ctx, f: Frame, t: Tones, depth: number, closed: boolean): void {
  const p = collarPen(ctx, f);
  p.fill(t.shirt, `M -44 -24 L 44 -24 L 4 ${depth} Z`);
  p.fill(t.shirtShade, `M 8 -20 L 44 -24 L 4 ${depth} Z`);
  // open collar: a small V of skin below the neck
  if (!closed) p.fill(t.skinShade, 'M -22 -22 L 24 -22 L 2 38 Z');
  // collar points, which spread when the collar is open
  const [tipX, tipY] = closed ? [2, 22] : [14, 34];
  p.fill(t.shirt, `M -32 -28 L ${-tipX} ${tipY} L -48 16 Z`);
  p.fill(t.shirtShade, `M 34 -28 L ${tipX + 4} ${tipY} L 48 14 Z`);
}

function tie(ctx: Ctx, f: Frame, color: number): void {
  const p = collarPen(ctx, f);
  const silk = css(color);
  // knot, blade, and the blade's shaded half
  p.fill(silk, 'M -11 4 L 13 4 L 9 24 L -7 24 Z');
  p.fill(silk, 'M -7 24 L 9 24 L 20 230 L 2 256 L -16 230 Z');
  p.fill(css(shade(color, -0.28)), 'M 2 24 L 9 24 L 20 230 L 2 256 Z');
}

function lapels(ctx: Ctx, f: Frame, t: Tones, depth: number, cut: 'notch' | 'shawl', open = 0): void {
  const p = collarPen(ctx, f);
  // near lapel (lit)
  p.fill(t.jacketLight, () => {
    p.move(-46 - open, -26)
      .line(2, depth)
      .line(-34, depth - 70);
    if (cut === 'notch')
      p.line(-96 - open, 56)
        .line(-80 - open, 36)
        .line(-96 - open, 22);
    else p.quad(-104 - open, 40, -72 - open, -20);
    p.close();
  });
  // far lapel (shade)
  p.fill(t.jacketDeep, () => {
    p.move(46 + open, -26)
      .line(6, depth)
      .line(40, depth - 70);
    if (cut === 'notch')
      p.line(92 + open, 56)
        .line(78 + open, 36)
        .line(92 + open, 22);
    else p.quad(100 + open, 40, 70 + open, -20);
    p.close();
  });
  // the jacket's own collar behind the neck
  p.fill(t.jacketShade, () =>
    p
      .move(-46 - open, -26)
      .quad(0, -44, 46 + open, -26)
      .line(40, -18)
      .quad(0, -32, -40, -18)
      .close(),
  );
}

function blouse(ctx: Ctx, f: Frame, t: Tones, collar = false): void {
  const p = collarPen(ctx, f);
  p.fill(t.shirt, 'M -60 -24 L 60 -24 L 44 260 L -40 260 Z');
  ctx.fillStyle = t.shirtShade;
  ctx.fillRect(p.x(18), p.y(-24), 44, 284);
  // neckline: a soft scoop of skin
  p.fill(t.skinShade, `M -30 -24 Q 0 ${collar ? 20 : 40} 32 -24 Z`);
  if (collar) {
    p.fill(t.shirt, 'M -34 -26 Q -20 24 2 22 L -44 8 Z');
    p.fill(t.shirtShade, 'M 36 -26 Q 22 24 2 22 L 46 8 Z');
  }
}

function cardigan(ctx: Ctx, f: Frame, t: Tones): void {
  const p = collarPen(ctx, f);
  const hem = hemFor(f);
  p.fill(t.jacket, `M -66 -24 L -4 200 L -4 ${hem + 4} L -140 ${hem + 4} L -140 -24 Z`);
  p.fill(t.jacketShade, `M 66 -24 L 6 200 L 6 ${hem + 4} L 140 ${hem + 4} L 140 -24 Z`);
  // ribbed edge and buttons
  p.stroke(t.jacketLight, 6, `M -64 -22 L -6 200 L -6 ${hem}`);
  for (let i = 0; i < 4; i++) {
    ellipse(ctx, p.x(-16), p.y(214 + i * 56), 5, 5, shade(0xe8dccb, -0.25));
  }
}

function zipCollar(ctx: Ctx, f: Frame, t: Tones): void {
  const p = collarPen(ctx, f);
  // shirt collar peeking out above the sweater
  p.fill(t.shirt, 'M -40 -40 L -6 10 L -58 -6 Z');
  p.fill(t.shirtShade, 'M 42 -40 L 8 10 L 60 -6 Z');
  // stand collar of the quarter-zip, open into a short V
  p.fill(t.jacketLight, 'M -56 -30 L -4 60 L -4 76 L -70 6 Z');
  p.fill(t.jacketDeep, 'M 58 -30 L 4 60 L 4 76 L 72 6 Z');
  p.stroke(t.jacketDeep, 3, 'M 0 70 L 2 220');
  ctx.fillStyle = css(PALETTE.fog);
  ctx.fillRect(p.x(-3), p.y(66), 7, 16);
}

function fieldJacket(ctx: Ctx, f: Frame, t: Tones): void {
  const p = collarPen(ctx, f);
  const hem = hemFor(f);
  // crew-neck shirt
  p.fill(t.shirt, 'M -52 -26 L 54 -26 L 22 120 L -20 120 Z');
  p.fill(t.skinShade, 'M -34 -26 Q 0 16 36 -26 Z');
  // open jacket fronts with a stand collar
  p.fill(t.jacketLight, `M -58 -34 L -22 120 L -22 ${hem} L -44 ${hem} L -44 130 L -80 0 Z`);
  p.fill(t.jacketDeep, `M 60 -34 L 24 120 L 24 ${hem} L 46 ${hem} L 46 130 L 82 0 Z`);
  // chest pocket flaps
  fillRoundRect(ctx, t.jacketShade, p.x(-150), p.y(96), 86, 26, 4);
  fillRoundRect(ctx, t.jacketDeep, p.x(66), p.y(96), 80, 26, 4);
}

function turtleneck(ctx: Ctx, f: Frame, t: Tones): void {
  const p = collarPen(ctx, f);
  p.fill(t.shirt, 'M -70 -24 L 70 -24 L 40 300 L -40 300 Z');
  // the rolled neck covers most of the neck
  fillRoundRect(ctx, t.shirt, p.x(-40), p.y(-62), 82, 56, 14);
  fillRoundRect(ctx, t.shirtShade, p.x(8), p.y(-62), 34, 56, [0, 14, 14, 0]);
  ctx.fillRect(p.x(14), p.y(-10), 56, 310);
}

// ---------------------------------------------------------------- head

function headPath(ctx: Ctx, spec: CharacterSpec, f: Frame): void {
  const { hx: x, hy: y, hw, hh } = f;
  const jaw = spec.jaw === 'broad' ? 0.64 : spec.jaw === 'narrow' ? 0.5 : 0.57;
  const chin = spec.jaw === 'broad' ? 0.3 : 0.22;
  ctx.moveTo(x, y - hh);
  ctx.bezierCurveTo(x + hw * 0.62, y - hh, x + hw, y - hh * 0.64, x + hw, y - hh * 0.1);
  ctx.bezierCurveTo(x + hw, y + hh * 0.24, x + hw * 0.9, y + hh * 0.52, x + hw * jaw, y + hh * 0.8);
  ctx.bezierCurveTo(x + hw * chin * 1.2, y + hh * 1.0, x + hw * chin * 0.3, y + hh, x, y + hh);
  ctx.bezierCurveTo(
    x - hw * chin * 0.3,
    y + hh,
    x - hw * chin * 1.2,
    y + hh * 1.0,
    x - hw * jaw,
    y + hh * 0.8,
  );
  ctx.bezierCurveTo(x - hw * 0.9, y + hh * 0.52, x - hw, y + hh * 0.24, x - hw, y - hh * 0.1);
  ctx.bezierCurveTo(x - hw, y - hh * 0.64, x - hw * 0.62, y - hh, x, y - hh);
  ctx.closePath();
}

function head(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones, pose: Pose): void {
  const { hx, hy, hw, hh } = f;
  // ears sit behind the face
  ear(ctx, hx - hw + 2, hy + hh * 0.06, -1, t);
  ear(ctx, hx + hw - 2, hy + hh * 0.06, 1, t);
  if (spec.earrings !== null) {
    ellipse(ctx, hx - hw + 2, hy + hh * 0.3, 5, 5, spec.earrings);
    ellipse(ctx, hx + hw - 2, hy + hh * 0.3, 5, 5, shade(spec.earrings, -0.25));
  }

  fillPath(ctx, t.skin, () => headPath(ctx, spec, f));

  withClip(
    ctx,
    () => headPath(ctx, spec, f),
    () => {
      // the turned-away side of the face in shade
      fillEllipse(ctx, t.skinShade, hx + hw * 1.2, hy + hh * 0.1, hw * 0.5, hh * 1.3);
      // a soft light on the near cheek and forehead
      glow(ctx, hx - hw * 0.38, hy - hh * 0.3, hw * 0.55, shade(spec.skin, 0.14), 0.35);
      if (spec.facialHair !== 'none') facialHair(ctx, spec, f, t);
    },
  );

  face(ctx, spec, f, t, pose);
  frontHair(ctx, spec, f, t);
  if (spec.glasses !== 'none') glasses(ctx, spec, f, pose);
}

function ear(ctx: Ctx, x: number, y: number, side: number, t: Tones): void {
  fillEllipse(ctx, side < 0 ? t.skin : t.skinShade, x + side * 6, y, 13, 23, side * 0.15);
  fillEllipse(ctx, t.skinDeep, x + side * 7, y, 6, 13, side * 0.15, 0.5);
}

/** x in px either side of the mouth's centre line, y in head units. */
function mouthPen(ctx: Ctx, f: Frame): Pen {
  return new Pen(ctx, f.hx + f.turn, f.hy, 1, f.hh);
}

function facialHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const h = headPen(ctx, f);
  const m = mouthPen(ctx, f);
  const stubble = spec.facialHair === 'stubble';
  // a beard a little lighter than the hair, so the jaw keeps its shape instead of a dark mask
  const beard = stubble ? rgba(spec.hair, 0.26) : css(mix(spec.hair, spec.skin, 0.16));
  fillPath(ctx, beard, () => {
    h.trace('M -1 0.1 C -0.92 0.55 -0.5 1.1 0 1.08 C 0.5 1.1 0.92 0.55 1 0.1 L 0.84 0.2');
    // up and around the mouth, where the curve passes from head units into mouth px
    ctx.bezierCurveTo(h.x(0.76), h.y(0.5), m.x(40), m.y(0.52), m.x(26), m.y(0.46));
    m.quad(0, 0.38, -26, 0.46);
    ctx.bezierCurveTo(m.x(-42), m.y(0.52), h.x(-0.76), h.y(0.5), h.x(-0.84), h.y(0.2));
    ctx.closePath();
  });
  if (!stubble) {
    // a mix of grey in a salt-and-pepper beard
    if (spec.hairAccent !== spec.hair) {
      for (let i = -2; i <= 2; i++)
        m.stroke(rgba(spec.hairAccent, 0.35), 3, () => m.move(i * 14, 0.74).line(i * 15, 0.98));
    }
    // skin around the lips, so the mouth stays readable
    fillEllipse(ctx, t.skinShade, m.x(1), m.y(0.62), 22, 10);
  }
}

function face(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones, pose: Pose): void {
  const { hy, hw, hh } = f;
  const fx = f.hx + f.turn;
  const eyeY = hy + hh * 0.06;
  const eyeDx = hw * 0.42;

  // cheeks: a faint warmth, stronger when pleased
  const blush = pose.eyeSmile ? 0.16 : 0.08;
  glow(ctx, fx - eyeDx - 6, hy + hh * 0.34, 24, spec.lips, blush);
  glow(ctx, fx + eyeDx + 4, hy + hh * 0.34, 20, spec.lips, blush * 0.7);

  if (spec.generic) {
    // the stand-in keeps only the hint of a face: no identity, no expression to misread
    eye(ctx, fx - eyeDx, eyeY, 1, t, pose, true);
    eye(ctx, fx + eyeDx, eyeY, 0.88, t, pose, true);
    mouth(ctx, fx, hy + hh * 0.56, t, { ...pose, mouthOpen: 0, mouthShape: 'line' }, spec);
    return;
  }

  eye(ctx, fx - eyeDx, eyeY, 1, t, pose, false);
  eye(ctx, fx + eyeDx, eyeY, 0.86, t, pose, false);
  brows(ctx, fx, eyeY, eyeDx, t, pose);
  nose(mouthPen(ctx, f), t);
  mouth(ctx, fx, hy + hh * 0.56, t, pose, spec);
}

function eye(ctx: Ctx, x: number, y: number, scale: number, t: Tones, pose: Pose, plain: boolean): void {
  const w = 14 * scale;
  const open = pose.eyeOpen;
  const up = 9.5 * open;
  const down = pose.eyeSmile ? -2.5 : 6 * Math.min(open, 1.15);
  const almond = (): void => {
    ctx.moveTo(x - w, y);
    ctx.quadraticCurveTo(x - w * 0.1, y - up * 1.6, x + w, y - 1);
    ctx.quadraticCurveTo(x + w * 0.1, y + down * 1.5, x - w, y);
    ctx.closePath();
  };
  if (plain) {
    fillPath(ctx, t.lid, almond, 0.55);
    return;
  }
  fillPath(ctx, 'rgba(246,242,234,0.92)', almond);
  withClip(ctx, almond, () => {
    const ix = x + pose.gazeX * 5 * scale;
    const iy = y - 1 + pose.gazeY * 3;
    fillPath(ctx, t.iris, () => ctx.arc(ix, iy, 7.6 * scale, 0, Math.PI * 2));
    fillPath(ctx, 'rgba(255,255,255,0.75)', () => ctx.arc(ix - 2.4, iy - 2.6, 2.1, 0, Math.PI * 2));
  });
  // upper lid: the one line that carries most of the expression
  const lid = (): void => {
    ctx.moveTo(x - w - 2, y + 1);
    ctx.quadraticCurveTo(x - w * 0.1, y - up * 1.6, x + w + 1, y - 2);
  };
  strokePath(ctx, t.lid, 3.2, lid, { cap: 'round' });
  if (pose.eyeSmile) {
    const crease = (): void => {
      ctx.moveTo(x - w * 0.8, y + 6);
      ctx.quadraticCurveTo(x, y + 1, x + w * 0.8, y + 5);
    };
    strokePath(ctx, t.skinDeep, 2, crease, { alpha: 0.6 });
  }
}

function brows(ctx: Ctx, fx: number, eyeY: number, eyeDx: number, t: Tones, pose: Pose): void {
  const baseY = eyeY - 26 - pose.browLift;
  const knit = pose.browKnit * 7;
  // near brow
  strokePath(
    ctx,
    t.brow,
    6.5,
    () => {
      ctx.moveTo(fx - eyeDx + 17, baseY - knit + 2);
      ctx.quadraticCurveTo(fx - eyeDx - 2, baseY - 6 - knit * 0.3, fx - eyeDx - 19, baseY + 2);
    },
    { cap: 'round' },
  );
  // far brow: slightly shorter, and it may lift on its own when thinking
  const lift = pose.browAsym;
  strokePath(ctx, t.brow, 6, () => {
    ctx.moveTo(fx + eyeDx - 15, baseY - knit + 2 - lift * 0.6);
    ctx.quadraticCurveTo(
      fx + eyeDx + 1,
      baseY - 6 - knit * 0.3 - lift,
      fx + eyeDx + 16,
      baseY + 1 - lift * 0.6,
    );
  });
}

function nose(m: Pen, t: Tones): void {
  // a shadow plane on the far side of the nose and a soft base: no outline
  m.fill(t.skinShade, 'M 3 0.08 Q 11 0.26 13 0.36 Q 4 0.4 -1 0.37 Q 6 0.24 3 0.08 Z');
  m.stroke(t.skinDeep, 2.4, 'M -10 0.36 Q 2 0.42 14 0.35', { cap: 'round', alpha: 0.7 });
}

function mouth(ctx: Ctx, fx: number, my: number, t: Tones, pose: Pose, spec: CharacterSpec): void {
  const mx = fx + 1 + pose.mouthSkew * 7;
  const half = 21;
  const curve = pose.mouthCurve;
  const skew = pose.mouthSkew * 4;
  const leftY = my - curve * 7 + skew;
  const rightY = my - curve * 7 - skew;

  if (pose.mouthShape === 'o' && pose.mouthOpen > 0) {
    const rx = 7 + pose.mouthOpen * 3;
    const ry = 6 + pose.mouthOpen * 7;
    ellipse(ctx, mx, my + 5, rx + 3.5, ry + 3, spec.lips, 0.75);
    ellipse(ctx, mx, my + 5, rx, ry, 0x5a2a27);
    ellipse(ctx, mx, my + 5 + ry * 0.45, rx * 0.7, ry * 0.4, 0x8a4a45, 0.8);
    return;
  }
  if (pose.mouthShape === 'smile' && pose.mouthOpen > 0) {
    const depth = 10 + pose.mouthOpen * 14;
    const opening = (): void => {
      ctx.moveTo(mx - half - 3, leftY - 1);
      ctx.quadraticCurveTo(mx, my + 3, mx + half + 3, rightY - 1);
      ctx.quadraticCurveTo(mx, my + depth + 3, mx - half - 3, leftY - 1);
      ctx.closePath();
    };
    fillPath(ctx, '#3f1e1d', opening);
    withClip(ctx, opening, () => {
      ctx.fillStyle = 'rgba(240,236,228,0.95)';
      ctx.fillRect(mx - half - 4, my - 12, half * 2 + 8, 15 + depth * 0.18);
    });
    // lower lip
    strokePath(ctx, t.lips, 3, () => {
      ctx.moveTo(mx - half * 0.7, my + depth * 0.78);
      ctx.quadraticCurveTo(mx, my + depth + 5, mx + half * 0.7, my + depth * 0.78);
    });
    return;
  }
  // closed mouth: a soft lower lip and one expressive line
  const lowerLip = (): void => {
    ctx.moveTo(mx - half * 0.7, my + 2);
    ctx.quadraticCurveTo(mx, my + 15 - curve * 3, mx + half * 0.7, my + 2);
    ctx.closePath();
  };
  fillPath(ctx, t.lips, lowerLip, 0.55);
  const parting = (): void => {
    ctx.moveTo(mx - half, leftY);
    ctx.quadraticCurveTo(mx, my + curve * 9, mx + half, rightY);
  };
  strokePath(ctx, t.lipsDeep, 3.4, parting, { cap: 'round' });
}

function glasses(ctx: Ctx, spec: CharacterSpec, f: Frame, pose: Pose): void {
  const { hy, hw, hh } = f;
  const fx = f.hx + f.turn;
  const y = hy + hh * 0.06 - 1 - Math.max(0, pose.browLift) * 0.15;
  const dx = hw * 0.42;
  const color = spec.glassesColor;
  const weight = spec.glasses === 'bold' ? 5.5 : spec.glasses === 'round' ? 2.2 : 2.6;
  ctx.strokeStyle = css(color);
  ctx.lineWidth = weight;
  ctx.lineJoin = 'round';
  const lens = (x: number, scale: number): void => {
    ctx.beginPath();
    if (spec.glasses === 'round') ctx.arc(x, y + 1, 17 * scale, 0, Math.PI * 2);
    else {
      const w = (spec.glasses === 'bold' ? 46 : 42) * scale;
      const h = spec.glasses === 'bold' ? 30 : 27;
      ctx.roundRect(x - w / 2, y - h / 2 + 1, w, h, spec.glasses === 'bold' ? 6 : 8);
    }
    ctx.fillStyle = 'rgba(220,232,240,0.1)';
    ctx.fill();
    ctx.stroke();
  };
  lens(fx - dx, 1);
  lens(fx + dx, 0.88);
  ctx.beginPath();
  ctx.moveTo(fx - dx + 20, y - 2);
  ctx.quadraticCurveTo(fx, y - 8, fx + dx - 18, y - 2);
  ctx.stroke();
  // temple arms back to the ears
  ctx.beginPath();
  ctx.moveTo(fx - dx - 21, y - 4);
  ctx.lineTo(f.hx - hw + 2, y - 2);
  ctx.moveTo(fx + dx + 18, y - 4);
  ctx.lineTo(f.hx + hw - 4, y - 2);
  ctx.stroke();
  // a glint on the near lens
  strokePath(ctx, 'rgba(255,255,255,0.28)', 3, () => {
    ctx.moveTo(fx - dx - 8, y + 8);
    ctx.lineTo(fx - dx + 4, y - 6);
  });
}

// ---------------------------------------------------------------- hair
//
// Outlines are SVG path data in head units (see headPen): x from -1 at the near side of the face
// to 1 at the far side, y from -1 at the top of the head to 1 at the chin.

type Point = readonly [number, number];

/**
 * The symmetric dome most cuts share over the crown, from the near temple over the apex to the
 * far temple: only where it bulges and how flat its top is set one cut apart from another.
 */
function crown(temple: Point, bulge: Point, apex: Point): string {
  const [tx, ty] = temple;
  const [bx, by] = bulge;
  const [ax, ay] = apex;
  return `M ${-tx} ${ty} C ${-bx} ${by} ${-ax} ${ay} 0 ${ay} C ${ax} ${ay} ${bx} ${by} ${tx} ${ty}`;
}

/** One outline drawn on both sides of the head, mirrored about its centre line. */
function mirrored(ctx: Ctx, f: Frame, style: string, path: string): void {
  for (const side of [-1, 1]) new Pen(ctx, f.hx, f.hy, side * f.hw, f.hh).fill(style, path);
}

function backHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const h = headPen(ctx, f);
  switch (spec.hairStyle) {
    case 'long':
      h.fill(
        t.hairShade,
        'M -1.1 -0.5 C -1.5 0.6 -1.45 2.2 -1.3 2.9 L 1.35 2.9 C 1.5 2.2 1.5 0.6 1.1 -0.5 Z',
      );
      break;
    case 'bob':
    case 'bob_fringe': {
      const length = spec.hairStyle === 'bob' ? 0.78 : 0.62;
      // only a touch darker than the front: the bob should read as one mass of hair
      h.fill(css(shade(spec.hair, -0.12)), () =>
        h
          .move(-1.18, -0.2)
          .curve(-1.3, 0.3, -1.26, length, -1.1, length + 0.06)
          .line(1.12, length + 0.02)
          .curve(1.28, length, 1.3, 0.3, 1.18, -0.2)
          .close(),
      );
      break;
    }
    case 'bun':
      // the bun sits high at the back: a clear silhouette cue even as a thumbnail
      fillPath(ctx, t.hairShade, () => ctx.arc(f.hx - 10, h.y(-1.02), 38, 0, Math.PI * 2));
      fillPath(ctx, t.hair, () => ctx.arc(f.hx - 16, h.y(-1.06), 30, Math.PI * 0.9, Math.PI * 1.9));
      break;
    default:
      break;
  }
}

/** Hair that falls in front of the shoulders but behind the face. */
function shoulderLocks(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  if (spec.hairStyle !== 'long') return;
  const h = headPen(ctx, f);
  h.fill(t.hair, 'M -1.08 -0.4 C -1.32 0.6 -1.25 1.8 -1.02 2.5 L -0.55 2.3 C -0.75 1.6 -0.82 0.6 -0.7 0 Z');
  h.fill(t.hairShade, 'M 1.08 -0.4 C 1.32 0.6 1.28 1.8 1.1 2.45 L 0.66 2.25 C 0.82 1.6 0.86 0.6 0.74 0 Z');
}

function frontHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const { hx, hy, hw, hh } = f;
  const h = headPen(ctx, f);
  // the main mass of hair casts a soft shadow on the forehead
  const withCast = (draw: () => void): void => withShadow(ctx, { blur: 10, dy: 5, alpha: 0.22 }, draw);
  const mass = (path: string): void => withCast(() => h.fill(t.hair, path));
  switch (spec.hairStyle) {
    case 'side_part': {
      const lift = spec.id === 'chenyu' ? 1.2 : 1.12;
      mass(`M -1.04 0.02 C -1.14 -0.7 -0.7 ${-lift} 0 ${-lift} C 0.8 ${-lift} 1.12 -0.7 1.03 -0.02
        L 0.92 -0.05 C 0.9 -0.42 0.6 -0.56 0.1 -0.56 C -0.3 -0.58 -0.62 -0.66 -0.74 -0.48
        C -0.86 -0.34 -0.92 -0.2 -0.92 -0.02 Z`);
      // the sweep over from the parting, in a lighter tone
      h.fill(t.hairLight, 'M -0.5 -1.02 C 0.2 -1.12 0.8 -0.9 0.9 -0.5 C 0.5 -0.8 0 -0.86 -0.5 -1.02');
      h.stroke(t.hairShade, 2.5, 'M -0.5 -1.02 Q -0.5 -0.8 -0.6 -0.62');
      if (spec.hairAccent !== spec.hair) temples(ctx, f, t);
      break;
    }
    case 'bald_fringe':
      mirrored(
        ctx,
        f,
        t.hair,
        'M 1.05 0.05 C 1.1 -0.3 0.98 -0.52 0.84 -0.6 C 0.86 -0.36 0.9 -0.16 0.9 0.04 Z',
      );
      // a sheen on the crown: reads as "bald" rather than "hairless shape"
      ellipse(ctx, hx - hw * 0.3, hy - hh * 0.72, hw * 0.34, hh * 0.12, 0xffffff, 0.16);
      break;
    case 'slick_back': {
      mass(`${crown([1.03, -0.02], [1.1, -0.8], [0.6, -1.1])}
        L 0.92 -0.1 C 0.86 -0.5 0.5 -0.62 0.1 -0.62 L 0 -0.56
        L -0.1 -0.62 C -0.5 -0.62 -0.86 -0.5 -0.92 -0.1 Z`);
      // comb lines: x in px from the centre line
      const comb = new Pen(ctx, hx, hy, 1, hh);
      for (let i = -1; i <= 1; i++) {
        const strand = () => comb.move(i * 16, -0.66).quad(i * 20, -0.95, i * 12 + 10, -1.06);
        comb.stroke(t.hairAccent, 2, strand, { alpha: 0.3 });
      }
      temples(ctx, f, t);
      break;
    }
    case 'wavy': {
      // a wavy fringe edge, swept to the far side
      mass(`M -1.05 0.02 C -1.25 -0.8 -0.7 -1.22 0.05 -1.18 C 0.9 -1.16 1.2 -0.7 1.05 0.02 L 0.94 -0.1
        Q 0.9 -0.48 0.55 -0.5 Q 0.36 -0.66 0.1 -0.56 Q -0.16 -0.7 -0.42 -0.58 Q -0.78 -0.6 -0.92 -0.1 Z`);
      for (const [x0, y0, x1, y1] of [
        [-0.5, -0.95, 0.1, -0.8],
        [0.0, -1.05, 0.6, -0.82],
        [-0.8, -0.6, -0.4, -0.76],
      ] as const) {
        h.stroke(t.hairLight, 3, () => h.move(x0, y0).quad((x0 + x1) / 2, Math.min(y0, y1) - 0.12, x1, y1));
      }
      break;
    }
    case 'bun':
      // pulled back from a side parting, framing the forehead
      mass(`${crown([1.03, 0.04], [1.1, -0.72], [0.62, -1.06])}
        L 0.9 -0.05 C 0.82 -0.5 0.3 -0.58 -0.18 -0.66 C -0.62 -0.56 -0.9 -0.34 -0.9 0.04 Z`);
      h.fill(t.hairLight, 'M -0.18 -0.66 C 0.3 -0.98 0.7 -0.86 0.92 -0.4 C 0.6 -0.7 0.2 -0.74 -0.18 -0.66');
      // one loose strand at the near temple
      h.stroke(t.hair, 3, 'M -0.86 -0.3 Q -0.98 0.1 -0.86 0.36');
      break;
    case 'long':
      mass(`M -1.08 0.3 C -1.2 -0.76 -0.62 -1.12 0.05 -1.1 C 0.76 -1.08 1.2 -0.72 1.08 0.3
        L 0.94 0.1 C 0.92 -0.4 0.6 -0.64 0.12 -0.68 C -0.26 -0.5 -0.7 -0.4 -0.9 0.1 Z`);
      h.fill(t.hairLight, 'M 0.12 -0.68 C -0.3 -0.9 -0.7 -0.8 -0.9 -0.3 C -0.6 -0.56 -0.26 -0.58 0.12 -0.68');
      break;
    case 'textured':
      // a tousled top: short irregular points, swept forward
      mass(`M -1.02 -0.02 C -1.06 -0.5 -0.96 -0.9 -0.76 -1
        L -0.6 -1.18 L -0.42 -1.08 L -0.24 -1.26 L -0.04 -1.12 L 0.16 -1.3 L 0.36 -1.14 L 0.56 -1.26
        L 0.74 -1.06 L 0.92 -1.06 C 1.1 -0.8 1.08 -0.4 1.02 -0.02 L 0.92 -0.1 L 0.84 -0.44 L 0.56 -0.56
        L 0.42 -0.44 L 0.2 -0.6 L -0.04 -0.48 L -0.3 -0.62 L -0.62 -0.54 L -0.9 -0.3 L -0.92 -0.02 Z`);
      for (let i = 0; i < 5; i++) {
        const x = hx - hw * 0.6 + i * hw * 0.3;
        strokePath(ctx, t.hairLight, 3, () => {
          ctx.moveTo(x, hy - hh * 0.7);
          ctx.lineTo(x + 10, hy - hh * 1.02);
        });
      }
      break;
    case 'crop':
      h.fill(
        t.hair,
        `${crown([1.03, -0.1], [1.08, -0.76], [0.64, -1.06])}
        L 0.94 -0.2 C 0.9 -0.5 0.7 -0.58 0.4 -0.6 Q 0 -0.64 -0.4 -0.6 C -0.7 -0.58 -0.9 -0.5 -0.94 -0.2 Z`,
      );
      glow(ctx, hx - hw * 0.3, hy - hh * 0.86, hw * 0.3, 0xffffff, 0.05);
      break;
    case 'curly': {
      const curls: [number, number, number][] = [];
      for (let i = 0; i <= 12; i++) {
        const a = Math.PI * (1.02 + (i / 12) * 0.96);
        const rx = hw * 1.02;
        const ry = hh * 1.0;
        curls.push([hx + Math.cos(a) * rx, hy - hh * 0.08 + Math.sin(a) * ry, 19 + (i % 3) * 3]);
      }
      withCast(() => {
        h.fill(
          t.hair,
          `${crown([1.02, 0], [1.06, -0.8], [0.6, -1.08])}
          L 0.9 -0.2 Q 0.7 -0.62 0 -0.6 Q -0.7 -0.62 -0.9 -0.2 Z`,
        );
        for (const [x, y, r] of curls) fillPath(ctx, t.hair, () => ctx.arc(x, y, r, 0, Math.PI * 2));
      });
      curls.forEach(([x, y, r], i) => {
        ellipse(
          ctx,
          x - r * 0.2,
          y - r * 0.25,
          r * 0.55,
          r * 0.45,
          i % 2 === 0 ? spec.hairAccent : shade(spec.hair, 0.15),
          0.7,
        );
      });
      // forelock curls over the forehead
      for (const [x, y] of [
        [-0.3, -0.6],
        [0.1, -0.64],
        [0.48, -0.56],
      ] as const) {
        ellipse(ctx, hx + hw * x, hy + hh * y, 16, 13, spec.hair);
        ellipse(ctx, hx + hw * x - 4, hy + hh * y - 3, 8, 6, spec.hairAccent, 0.6);
      }
      break;
    }
    case 'bob':
    case 'bob_fringe': {
      const length = spec.hairStyle === 'bob' ? 0.78 : 0.62;
      const front =
        spec.hairStyle === 'bob_fringe'
          ? // blunt fringe straight across the forehead
            `C 0.9 0.1 0.96 -0.3 0.8 -0.34 Q 0 -0.28 -0.8 -0.34 C -0.96 -0.3 -0.9 0.1 -0.86 ${length}`
          : // side-swept front that frames the face on both sides
            `C 0.92 0.1 0.96 -0.36 0.6 -0.56 C 0.2 -0.74 -0.3 -0.72 -0.5 -0.6
             C -0.86 -0.34 -0.94 0.1 -0.86 ${length}`;
      mass(`M -1.16 ${length + 0.04} C -1.3 -0.2 -1.1 -1.1 0 -1.12 C 1.1 -1.1 1.3 -0.2 1.14 ${length}
        L 0.84 ${length - 0.06} ${front} Z`);
      h.fill(t.hairLight, 'M -0.5 -1 C -1 -0.8 -1.2 0 -1.12 0.5 C -1 0 -0.9 -0.7 -0.5 -1');
      break;
    }
    case 'quiff':
      // volume swept up and back at the front
      mass(`M -1.03 -0.04 C -1.08 -0.7 -0.8 -1.06 -0.3 -1.14 C 0.2 -1.36 0.9 -1.3 1.02 -0.84
        C 1.12 -0.5 1.06 -0.2 1.03 -0.04 L 0.92 -0.14 C 0.9 -0.5 0.6 -0.72 0.2 -0.7
        C -0.3 -0.68 -0.8 -0.56 -0.92 -0.14 Z`);
      h.fill(t.hairLight, 'M -0.5 -0.8 C -0.1 -1.24 0.6 -1.26 0.9 -0.9 C 0.4 -1.06 -0.1 -1 -0.5 -0.8');
      for (let i = 0; i < 3; i++) {
        strokePath(ctx, t.hairShade, 2.5, () => {
          ctx.moveTo(hx - hw * 0.2 + i * 22, hy - hh * 0.7);
          ctx.quadraticCurveTo(hx + i * 24, hy - hh * 1.05, hx + hw * 0.3 + i * 20, hy - hh * 1.12);
        });
      }
      break;
    case 'generic':
      h.fill(
        t.hair,
        `${crown([1.03, -0.06], [1.08, -0.8], [0.6, -1.08])}
        L 0.92 -0.14 Q 0.7 -0.62 0 -0.62 Q -0.7 -0.62 -0.92 -0.14 Z`,
      );
      break;
  }
}

/** Grey at the temples: the quickest way to say "senior". */
function temples(ctx: Ctx, f: Frame, t: Tones): void {
  mirrored(ctx, f, t.hairAccent, 'M 1 0 C 1.04 -0.24 1 -0.4 0.94 -0.5 C 0.9 -0.34 0.91 -0.16 0.92 0 Z');
}

// ---------------------------------------------------------------- gesture

/** Thinking: the near hand comes up under the chin, index finger resting along the jaw. */
function chinHand(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones, pose: Pose): void {
  const tilt = (pose.headTilt * Math.PI) / 180;
  // follow the chin as the head tilts about the neck pivot
  const pivotX = f.hx;
  const pivotY = f.hy + f.hh * 0.85;
  const dx = f.turn - 4;
  const dy = f.hh * 0.15;
  const chinX = pivotX + dx * Math.cos(tilt) - dy * Math.sin(tilt);
  const chinY = pivotY + dx * Math.sin(tilt) + dy * Math.cos(tilt);

  const fistX = chinX - 6;
  const fistY = chinY + 4;
  const wristX = fistX - 14;
  const wristY = fistY + 40;
  const elbowX = f.cx - f.sw * 0.05;
  const elbowY = FIGURE_HEIGHT + 60;

  // forearm in its sleeve, angled down and away to an elbow below the frame
  withShadow(ctx, { blur: 18, dx: 8, dy: 10, alpha: 0.35 }, () => {
    const sleeve = (): void => {
      ctx.moveTo(elbowX, elbowY);
      ctx.quadraticCurveTo(wristX - 20, wristY + 160, wristX, wristY + 26);
    };
    strokePath(ctx, css(spec.jacket), 64, sleeve, { cap: 'round' });
  });
  const underside = (): void => {
    ctx.moveTo(elbowX + 22, elbowY);
    ctx.quadraticCurveTo(wristX + 4, wristY + 170, wristX + 20, wristY + 34);
  };
  strokePath(ctx, t.jacketShade, 20, underside, { cap: 'round' });
  // shirt cuff, following the line of the forearm
  ctx.save();
  ctx.translate(wristX + 2, wristY + 22);
  ctx.rotate(0.1);
  fillRoundRect(ctx, t.shirtShade, -27, -8, 54, 16, 5);
  ctx.restore();
  // the fist under the chin, knuckles towards us, as in the classic thinker's pose
  fillEllipse(ctx, t.skinShade, wristX + 2, wristY + 4, 22, 22, 0.15);
  ctx.save();
  ctx.translate(fistX, fistY);
  ctx.rotate(-0.12);
  withShadow(ctx, { blur: 10, dx: 3, dy: 5, alpha: 0.3 }, () =>
    fillRoundRect(ctx, t.skin, -32, -26, 64, 52, [22, 22, 18, 18]),
  );
  // curled fingers read as four soft segments across the top of the fist
  for (let i = 1; i < 4; i++) {
    strokePath(ctx, t.skinShade, 2.5, () => {
      ctx.moveTo(-32 + i * 16, -24);
      ctx.lineTo(-32 + i * 16, -4);
    });
  }
  fillRoundRect(ctx, t.skinShade, 6, -2, 26, 28, [0, 0, 16, 0]);
  // the thumb folded across the front
  const thumb = (): void => {
    ctx.moveTo(-24, 12);
    ctx.lineTo(2, 6);
  };
  strokePath(ctx, t.skinLight, 11, thumb, { cap: 'round' });
  ctx.restore();
}
