/**
 * Paints one cast member in one mood as a half-body figure, facing right (the stage mirrors
 * figures standing on the right). Light comes from the upper left, so the far (+x) side of every
 * form takes the shadow tone: two or three tones per shape, no outlines.
 */
import type { CharacterSpec, Pose } from '../cast.ts';
import { FIGURE_HEAD_HEIGHT, FIGURE_HEAD_Y, FIGURE_HEIGHT, FIGURE_WIDTH } from '../layout.ts';
import { css, luminance, mix, PALETTE, rgba, shade } from '../palette.ts';
import { type Ctx, ellipse, glow, linear, makeSurface, withClip, withShadow } from './paint.ts';

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

export function paintFigure(spec: CharacterSpec, pose: Pose): HTMLCanvasElement {
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

// ---------------------------------------------------------------- body

function neck(ctx: Ctx, f: Frame, t: Tones, spec: CharacterSpec): void {
  const w = spec.build > 1.03 ? 34 : spec.jaw === 'narrow' ? 26 : 30;
  const top = f.hy + f.hh * 0.45;
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.moveTo(f.hx - w, top);
  ctx.lineTo(f.hx + w, top);
  ctx.lineTo(f.hx + w + 6, f.shoulderY + 10);
  ctx.lineTo(f.hx - w - 8, f.shoulderY + 10);
  ctx.closePath();
  ctx.fill();
  // the lit side of the neck
  ctx.fillStyle = t.skin;
  ctx.beginPath();
  ctx.moveTo(f.hx - w, f.hy + f.hh * 0.9);
  ctx.lineTo(f.hx - w * 0.2, f.hy + f.hh * 1.02);
  ctx.lineTo(f.hx - w * 0.1, f.shoulderY + 10);
  ctx.lineTo(f.hx - w - 8, f.shoulderY + 10);
  ctx.closePath();
  ctx.fill();
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
  ctx.fillStyle = t.jacket;
  ctx.beginPath();
  torsoPath(ctx, f);
  ctx.fill();

  withClip(
    ctx,
    () => torsoPath(ctx, f),
    () => {
      // shadow side and the arm seams
      ctx.fillStyle = t.jacketShade;
      ctx.beginPath();
      ctx.moveTo(cx + sw * 0.5, y - 30);
      ctx.bezierCurveTo(cx + sw * 0.62, y + 120, cx + sw * 0.5, y + 300, cx + sw * 0.56, b);
      ctx.lineTo(cx + sw + 40, b);
      ctx.lineTo(cx + sw + 40, y - 40);
      ctx.closePath();
      ctx.fill();
      armSeam(ctx, cx - sw + 52, y + 40, b, t.jacketShade, -1);
      armSeam(ctx, cx + sw * 0.94 - 50, y + 40, b, t.jacketDeep, 1);
      // a lit plane on the near shoulder
      ctx.fillStyle = t.jacketLight;
      ctx.beginPath();
      ctx.ellipse(cx - sw * 0.62, y + 10, sw * 0.34, 26, -0.12, 0, Math.PI * 2);
      ctx.globalAlpha = 0.55;
      ctx.fill();
      ctx.globalAlpha = 1;
      outfit(ctx, spec, f, t);
    },
  );
}

function armSeam(ctx: Ctx, x: number, y: number, b: number, color: string, dir: number): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.bezierCurveTo(x - dir * 6, y + 120, x - dir * 2, y + 260, x + dir * 4, b);
  ctx.stroke();
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

/** The shirt showing inside a jacket's V. */
function shirtV(ctx: Ctx, f: Frame, t: Tones, depth: number, closed: boolean): void {
  const { hx, shoulderY: y } = f;
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 44, y - 24);
  ctx.lineTo(hx + 44, y - 24);
  ctx.lineTo(hx + 4, y + depth);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.shirtShade;
  ctx.beginPath();
  ctx.moveTo(hx + 8, y - 20);
  ctx.lineTo(hx + 44, y - 24);
  ctx.lineTo(hx + 4, y + depth);
  ctx.closePath();
  ctx.fill();
  if (!closed) {
    // open collar: a small V of skin below the neck
    ctx.fillStyle = t.skinShade;
    ctx.beginPath();
    ctx.moveTo(hx - 22, y - 22);
    ctx.lineTo(hx + 24, y - 22);
    ctx.lineTo(hx + 2, y + 38);
    ctx.closePath();
    ctx.fill();
  }
  // collar points
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 32, y - 28);
  ctx.lineTo(hx - (closed ? 2 : 14), y + (closed ? 22 : 34));
  ctx.lineTo(hx - 48, y + 16);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.shirtShade;
  ctx.beginPath();
  ctx.moveTo(hx + 34, y - 28);
  ctx.lineTo(hx + (closed ? 6 : 18), y + (closed ? 22 : 34));
  ctx.lineTo(hx + 48, y + 14);
  ctx.closePath();
  ctx.fill();
}

function tie(ctx: Ctx, f: Frame, color: number): void {
  const { hx, shoulderY: y } = f;
  ctx.fillStyle = css(color);
  ctx.beginPath();
  ctx.moveTo(hx - 11, y + 4);
  ctx.lineTo(hx + 13, y + 4);
  ctx.lineTo(hx + 9, y + 24);
  ctx.lineTo(hx - 7, y + 24);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(hx - 7, y + 24);
  ctx.lineTo(hx + 9, y + 24);
  ctx.lineTo(hx + 20, y + 230);
  ctx.lineTo(hx + 2, y + 256);
  ctx.lineTo(hx - 16, y + 230);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = css(shade(color, -0.28));
  ctx.beginPath();
  ctx.moveTo(hx + 2, y + 24);
  ctx.lineTo(hx + 9, y + 24);
  ctx.lineTo(hx + 20, y + 230);
  ctx.lineTo(hx + 2, y + 256);
  ctx.closePath();
  ctx.fill();
}

function lapels(ctx: Ctx, f: Frame, t: Tones, depth: number, cut: 'notch' | 'shawl', open = 0): void {
  const { hx, shoulderY: y } = f;
  const bottom = y + depth;
  // near lapel (lit)
  ctx.fillStyle = t.jacketLight;
  ctx.beginPath();
  ctx.moveTo(hx - 46 - open, y - 26);
  ctx.lineTo(hx + 2, bottom);
  ctx.lineTo(hx - 34, bottom - 70);
  if (cut === 'notch') {
    ctx.lineTo(hx - 96 - open, y + 56);
    ctx.lineTo(hx - 80 - open, y + 36);
    ctx.lineTo(hx - 96 - open, y + 22);
  } else {
    ctx.quadraticCurveTo(hx - 104 - open, y + 40, hx - 72 - open, y - 20);
  }
  ctx.closePath();
  ctx.fill();
  // far lapel (shade)
  ctx.fillStyle = t.jacketDeep;
  ctx.beginPath();
  ctx.moveTo(hx + 46 + open, y - 26);
  ctx.lineTo(hx + 6, bottom);
  ctx.lineTo(hx + 40, bottom - 70);
  if (cut === 'notch') {
    ctx.lineTo(hx + 92 + open, y + 56);
    ctx.lineTo(hx + 78 + open, y + 36);
    ctx.lineTo(hx + 92 + open, y + 22);
  } else {
    ctx.quadraticCurveTo(hx + 100 + open, y + 40, hx + 70 + open, y - 20);
  }
  ctx.closePath();
  ctx.fill();
  // the jacket's own collar behind the neck
  ctx.fillStyle = t.jacketShade;
  ctx.beginPath();
  ctx.moveTo(hx - 46 - open, y - 26);
  ctx.quadraticCurveTo(hx, y - 44, hx + 46 + open, y - 26);
  ctx.lineTo(hx + 40, y - 18);
  ctx.quadraticCurveTo(hx, y - 32, hx - 40, y - 18);
  ctx.closePath();
  ctx.fill();
}

function blouse(ctx: Ctx, f: Frame, t: Tones, collar = false): void {
  const { hx, shoulderY: y } = f;
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 60, y - 24);
  ctx.lineTo(hx + 60, y - 24);
  ctx.lineTo(hx + 44, y + 260);
  ctx.lineTo(hx - 40, y + 260);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.shirtShade;
  ctx.fillRect(hx + 18, y - 24, 44, 284);
  // neckline: a soft scoop of skin
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.moveTo(hx - 30, y - 24);
  ctx.quadraticCurveTo(hx, y + (collar ? 20 : 40), hx + 32, y - 24);
  ctx.closePath();
  ctx.fill();
  if (collar) {
    ctx.fillStyle = t.shirt;
    ctx.beginPath();
    ctx.moveTo(hx - 34, y - 26);
    ctx.quadraticCurveTo(hx - 20, y + 24, hx + 2, y + 22);
    ctx.lineTo(hx - 44, y + 8);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = t.shirtShade;
    ctx.beginPath();
    ctx.moveTo(hx + 36, y - 26);
    ctx.quadraticCurveTo(hx + 22, y + 24, hx + 2, y + 22);
    ctx.lineTo(hx + 46, y + 8);
    ctx.closePath();
    ctx.fill();
  }
}

function cardigan(ctx: Ctx, f: Frame, t: Tones): void {
  const { hx, shoulderY: y } = f;
  ctx.fillStyle = t.jacket;
  ctx.beginPath();
  ctx.moveTo(hx - 66, y - 24);
  ctx.lineTo(hx - 4, y + 200);
  ctx.lineTo(hx - 4, FIGURE_HEIGHT + 4);
  ctx.lineTo(hx - 140, FIGURE_HEIGHT + 4);
  ctx.lineTo(hx - 140, y - 24);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.jacketShade;
  ctx.beginPath();
  ctx.moveTo(hx + 66, y - 24);
  ctx.lineTo(hx + 6, y + 200);
  ctx.lineTo(hx + 6, FIGURE_HEIGHT + 4);
  ctx.lineTo(hx + 140, FIGURE_HEIGHT + 4);
  ctx.lineTo(hx + 140, y - 24);
  ctx.closePath();
  ctx.fill();
  // ribbed edge and buttons
  ctx.strokeStyle = t.jacketLight;
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(hx - 64, y - 22);
  ctx.lineTo(hx - 6, y + 200);
  ctx.lineTo(hx - 6, FIGURE_HEIGHT);
  ctx.stroke();
  for (let i = 0; i < 4; i++) {
    ellipse(ctx, hx - 16, y + 214 + i * 56, 5, 5, shade(0xe8dccb, -0.25));
  }
}

function zipCollar(ctx: Ctx, f: Frame, t: Tones): void {
  const { hx, shoulderY: y } = f;
  // shirt collar peeking out above the sweater
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 40, y - 40);
  ctx.lineTo(hx - 6, y + 10);
  ctx.lineTo(hx - 58, y - 6);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.shirtShade;
  ctx.beginPath();
  ctx.moveTo(hx + 42, y - 40);
  ctx.lineTo(hx + 8, y + 10);
  ctx.lineTo(hx + 60, y - 6);
  ctx.closePath();
  ctx.fill();
  // stand collar of the quarter-zip, open into a short V
  ctx.fillStyle = t.jacketLight;
  ctx.beginPath();
  ctx.moveTo(hx - 56, y - 30);
  ctx.lineTo(hx - 4, y + 60);
  ctx.lineTo(hx - 4, y + 76);
  ctx.lineTo(hx - 70, y + 6);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.jacketDeep;
  ctx.beginPath();
  ctx.moveTo(hx + 58, y - 30);
  ctx.lineTo(hx + 4, y + 60);
  ctx.lineTo(hx + 4, y + 76);
  ctx.lineTo(hx + 72, y + 6);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = t.jacketDeep;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(hx, y + 70);
  ctx.lineTo(hx + 2, y + 220);
  ctx.stroke();
  ctx.fillStyle = css(PALETTE.fog);
  ctx.fillRect(hx - 3, y + 66, 7, 16);
}

function fieldJacket(ctx: Ctx, f: Frame, t: Tones): void {
  const { hx, shoulderY: y } = f;
  // crew-neck shirt
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 52, y - 26);
  ctx.lineTo(hx + 54, y - 26);
  ctx.lineTo(hx + 22, y + 120);
  ctx.lineTo(hx - 20, y + 120);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.moveTo(hx - 34, y - 26);
  ctx.quadraticCurveTo(hx, y + 16, hx + 36, y - 26);
  ctx.closePath();
  ctx.fill();
  // open jacket fronts with a stand collar
  ctx.fillStyle = t.jacketLight;
  ctx.beginPath();
  ctx.moveTo(hx - 58, y - 34);
  ctx.lineTo(hx - 22, y + 120);
  ctx.lineTo(hx - 22, FIGURE_HEIGHT);
  ctx.lineTo(hx - 44, FIGURE_HEIGHT);
  ctx.lineTo(hx - 44, y + 130);
  ctx.lineTo(hx - 80, y);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.jacketDeep;
  ctx.beginPath();
  ctx.moveTo(hx + 60, y - 34);
  ctx.lineTo(hx + 24, y + 120);
  ctx.lineTo(hx + 24, FIGURE_HEIGHT);
  ctx.lineTo(hx + 46, FIGURE_HEIGHT);
  ctx.lineTo(hx + 46, y + 130);
  ctx.lineTo(hx + 82, y);
  ctx.closePath();
  ctx.fill();
  // chest pocket flaps
  ctx.fillStyle = t.jacketShade;
  ctx.beginPath();
  ctx.roundRect(hx - 150, y + 96, 86, 26, 4);
  ctx.fill();
  ctx.fillStyle = t.jacketDeep;
  ctx.beginPath();
  ctx.roundRect(hx + 66, y + 96, 80, 26, 4);
  ctx.fill();
}

function turtleneck(ctx: Ctx, f: Frame, t: Tones): void {
  const { hx, shoulderY: y } = f;
  ctx.fillStyle = t.shirt;
  ctx.beginPath();
  ctx.moveTo(hx - 70, y - 24);
  ctx.lineTo(hx + 70, y - 24);
  ctx.lineTo(hx + 40, y + 300);
  ctx.lineTo(hx - 40, y + 300);
  ctx.closePath();
  ctx.fill();
  // the rolled neck covers most of the neck
  ctx.beginPath();
  ctx.roundRect(hx - 40, y - 62, 82, 56, 14);
  ctx.fill();
  ctx.fillStyle = t.shirtShade;
  ctx.beginPath();
  ctx.roundRect(hx + 8, y - 62, 34, 56, [0, 14, 14, 0]);
  ctx.fill();
  ctx.fillRect(hx + 14, y - 10, 56, 310);
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

  ctx.fillStyle = t.skin;
  ctx.beginPath();
  headPath(ctx, spec, f);
  ctx.fill();

  withClip(
    ctx,
    () => headPath(ctx, spec, f),
    () => {
      // the turned-away side of the face in shade
      ctx.fillStyle = t.skinShade;
      ctx.beginPath();
      ctx.ellipse(hx + hw * 1.2, hy + hh * 0.1, hw * 0.5, hh * 1.3, 0, 0, Math.PI * 2);
      ctx.fill();
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
  ctx.fillStyle = side < 0 ? t.skin : t.skinShade;
  ctx.beginPath();
  ctx.ellipse(x + side * 6, y, 13, 23, side * 0.15, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = t.skinDeep;
  ctx.globalAlpha = 0.5;
  ctx.beginPath();
  ctx.ellipse(x + side * 7, y, 6, 13, side * 0.15, 0, Math.PI * 2);
  ctx.fill();
  ctx.globalAlpha = 1;
}

function facialHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const { hx, hy, hw, hh } = f;
  const fx = hx + f.turn;
  const stubble = spec.facialHair === 'stubble';
  // a beard a little lighter than the hair, so the jaw keeps its shape instead of a dark mask
  ctx.fillStyle = stubble ? rgba(spec.hair, 0.26) : css(mix(spec.hair, spec.skin, 0.16));
  ctx.beginPath();
  ctx.moveTo(hx - hw * 1.0, hy + hh * 0.1);
  ctx.bezierCurveTo(hx - hw * 0.92, hy + hh * 0.55, hx - hw * 0.5, hy + hh * 1.1, hx, hy + hh * 1.08);
  ctx.bezierCurveTo(
    hx + hw * 0.5,
    hy + hh * 1.1,
    hx + hw * 0.92,
    hy + hh * 0.55,
    hx + hw * 1.0,
    hy + hh * 0.1,
  );
  ctx.lineTo(hx + hw * 0.84, hy + hh * 0.2);
  ctx.bezierCurveTo(hx + hw * 0.76, hy + hh * 0.5, fx + 40, hy + hh * 0.52, fx + 26, hy + hh * 0.46);
  ctx.quadraticCurveTo(fx, hy + hh * 0.38, fx - 26, hy + hh * 0.46);
  ctx.bezierCurveTo(fx - 42, hy + hh * 0.52, hx - hw * 0.76, hy + hh * 0.5, hx - hw * 0.84, hy + hh * 0.2);
  ctx.closePath();
  ctx.fill();
  if (!stubble) {
    // a mix of grey in a salt-and-pepper beard
    if (spec.hairAccent !== spec.hair) {
      ctx.strokeStyle = rgba(spec.hairAccent, 0.35);
      ctx.lineWidth = 3;
      for (let i = -2; i <= 2; i++) {
        ctx.beginPath();
        ctx.moveTo(fx + i * 14, hy + hh * 0.74);
        ctx.lineTo(fx + i * 15, hy + hh * 0.98);
        ctx.stroke();
      }
    }
    // skin around the lips, so the mouth stays readable
    ctx.fillStyle = t.skinShade;
    ctx.beginPath();
    ctx.ellipse(fx + 1, hy + hh * 0.62, 22, 10, 0, 0, Math.PI * 2);
    ctx.fill();
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
  nose(ctx, fx, hy, hh, t);
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
    ctx.fillStyle = t.lid;
    ctx.globalAlpha = 0.55;
    ctx.beginPath();
    almond();
    ctx.fill();
    ctx.globalAlpha = 1;
    return;
  }
  ctx.fillStyle = 'rgba(246,242,234,0.92)';
  ctx.beginPath();
  almond();
  ctx.fill();
  withClip(ctx, almond, () => {
    const ix = x + pose.gazeX * 5 * scale;
    const iy = y - 1 + pose.gazeY * 3;
    ctx.fillStyle = t.iris;
    ctx.beginPath();
    ctx.arc(ix, iy, 7.6 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = 'rgba(255,255,255,0.75)';
    ctx.beginPath();
    ctx.arc(ix - 2.4, iy - 2.6, 2.1, 0, Math.PI * 2);
    ctx.fill();
  });
  // upper lid: the one line that carries most of the expression
  ctx.strokeStyle = t.lid;
  ctx.lineWidth = 3.2;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - w - 2, y + 1);
  ctx.quadraticCurveTo(x - w * 0.1, y - up * 1.6, x + w + 1, y - 2);
  ctx.stroke();
  if (pose.eyeSmile) {
    ctx.strokeStyle = t.skinDeep;
    ctx.lineWidth = 2;
    ctx.globalAlpha = 0.6;
    ctx.beginPath();
    ctx.moveTo(x - w * 0.8, y + 6);
    ctx.quadraticCurveTo(x, y + 1, x + w * 0.8, y + 5);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}

function brows(ctx: Ctx, fx: number, eyeY: number, eyeDx: number, t: Tones, pose: Pose): void {
  const baseY = eyeY - 26 - pose.browLift;
  const knit = pose.browKnit * 7;
  ctx.strokeStyle = t.brow;
  ctx.lineCap = 'round';
  // near brow
  ctx.lineWidth = 6.5;
  ctx.beginPath();
  ctx.moveTo(fx - eyeDx + 17, baseY - knit + 2);
  ctx.quadraticCurveTo(fx - eyeDx - 2, baseY - 6 - knit * 0.3, fx - eyeDx - 19, baseY + 2);
  ctx.stroke();
  // far brow: slightly shorter, and it may lift on its own when thinking
  const lift = pose.browAsym;
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(fx + eyeDx - 15, baseY - knit + 2 - lift * 0.6);
  ctx.quadraticCurveTo(
    fx + eyeDx + 1,
    baseY - 6 - knit * 0.3 - lift,
    fx + eyeDx + 16,
    baseY + 1 - lift * 0.6,
  );
  ctx.stroke();
}

function nose(ctx: Ctx, fx: number, hy: number, hh: number, t: Tones): void {
  // a shadow plane on the far side of the nose and a soft base: no outline
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.moveTo(fx + 3, hy + hh * 0.08);
  ctx.quadraticCurveTo(fx + 11, hy + hh * 0.26, fx + 13, hy + hh * 0.36);
  ctx.quadraticCurveTo(fx + 4, hy + hh * 0.4, fx - 1, hy + hh * 0.37);
  ctx.quadraticCurveTo(fx + 6, hy + hh * 0.24, fx + 3, hy + hh * 0.08);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = t.skinDeep;
  ctx.lineWidth = 2.4;
  ctx.lineCap = 'round';
  ctx.globalAlpha = 0.7;
  ctx.beginPath();
  ctx.moveTo(fx - 10, hy + hh * 0.36);
  ctx.quadraticCurveTo(fx + 2, hy + hh * 0.42, fx + 14, hy + hh * 0.35);
  ctx.stroke();
  ctx.globalAlpha = 1;
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
    ctx.fillStyle = '#3f1e1d';
    ctx.beginPath();
    ctx.moveTo(mx - half - 3, leftY - 1);
    ctx.quadraticCurveTo(mx, my + 3, mx + half + 3, rightY - 1);
    ctx.quadraticCurveTo(mx, my + depth + 3, mx - half - 3, leftY - 1);
    ctx.closePath();
    ctx.fill();
    withClip(
      ctx,
      () => {
        ctx.moveTo(mx - half - 3, leftY - 1);
        ctx.quadraticCurveTo(mx, my + 3, mx + half + 3, rightY - 1);
        ctx.quadraticCurveTo(mx, my + depth + 3, mx - half - 3, leftY - 1);
        ctx.closePath();
      },
      () => {
        ctx.fillStyle = 'rgba(240,236,228,0.95)';
        ctx.fillRect(mx - half - 4, my - 12, half * 2 + 8, 15 + depth * 0.18);
      },
    );
    // lower lip
    ctx.strokeStyle = t.lips;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(mx - half * 0.7, my + depth * 0.78);
    ctx.quadraticCurveTo(mx, my + depth + 5, mx + half * 0.7, my + depth * 0.78);
    ctx.stroke();
    return;
  }
  // closed mouth: a soft lower lip and one expressive line
  ctx.fillStyle = t.lips;
  ctx.globalAlpha = 0.55;
  ctx.beginPath();
  ctx.moveTo(mx - half * 0.7, my + 2);
  ctx.quadraticCurveTo(mx, my + 15 - curve * 3, mx + half * 0.7, my + 2);
  ctx.closePath();
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = t.lipsDeep;
  ctx.lineWidth = 3.4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(mx - half, leftY);
  ctx.quadraticCurveTo(mx, my + curve * 9, mx + half, rightY);
  ctx.stroke();
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
  ctx.strokeStyle = 'rgba(255,255,255,0.28)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(fx - dx - 8, y + 8);
  ctx.lineTo(fx - dx + 4, y - 6);
  ctx.stroke();
}

// ---------------------------------------------------------------- hair

function backHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const { hx, hy, hw, hh } = f;
  switch (spec.hairStyle) {
    case 'long': {
      ctx.fillStyle = t.hairShade;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 1.1, hy - hh * 0.5);
      ctx.bezierCurveTo(
        hx - hw * 1.5,
        hy + hh * 0.6,
        hx - hw * 1.45,
        hy + hh * 2.2,
        hx - hw * 1.3,
        hy + hh * 2.9,
      );
      ctx.lineTo(hx + hw * 1.35, hy + hh * 2.9);
      ctx.bezierCurveTo(
        hx + hw * 1.5,
        hy + hh * 2.2,
        hx + hw * 1.5,
        hy + hh * 0.6,
        hx + hw * 1.1,
        hy - hh * 0.5,
      );
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'bob':
    case 'bob_fringe': {
      const length = spec.hairStyle === 'bob' ? 0.78 : 0.62;
      // only a touch darker than the front: the bob should read as one mass of hair
      ctx.fillStyle = css(shade(spec.hair, -0.12));
      ctx.beginPath();
      ctx.moveTo(hx - hw * 1.18, hy - hh * 0.2);
      ctx.bezierCurveTo(
        hx - hw * 1.3,
        hy + hh * 0.3,
        hx - hw * 1.26,
        hy + hh * length,
        hx - hw * 1.1,
        hy + hh * (length + 0.06),
      );
      ctx.lineTo(hx + hw * 1.12, hy + hh * (length + 0.02));
      ctx.bezierCurveTo(
        hx + hw * 1.28,
        hy + hh * length,
        hx + hw * 1.3,
        hy + hh * 0.3,
        hx + hw * 1.18,
        hy - hh * 0.2,
      );
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'bun': {
      // the bun sits high at the back: a clear silhouette cue even as a thumbnail
      ctx.fillStyle = t.hairShade;
      ctx.beginPath();
      ctx.arc(hx - 10, hy - hh * 1.02, 38, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = t.hair;
      ctx.beginPath();
      ctx.arc(hx - 16, hy - hh * 1.06, 30, Math.PI * 0.9, Math.PI * 1.9);
      ctx.fill();
      break;
    }
    default:
      break;
  }
}

/** Hair that falls in front of the shoulders but behind the face. */
function shoulderLocks(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  if (spec.hairStyle !== 'long') return;
  const { hx, hy, hw, hh } = f;
  ctx.fillStyle = t.hair;
  ctx.beginPath();
  ctx.moveTo(hx - hw * 1.08, hy - hh * 0.4);
  ctx.bezierCurveTo(
    hx - hw * 1.32,
    hy + hh * 0.6,
    hx - hw * 1.25,
    hy + hh * 1.8,
    hx - hw * 1.02,
    hy + hh * 2.5,
  );
  ctx.lineTo(hx - hw * 0.55, hy + hh * 2.3);
  ctx.bezierCurveTo(hx - hw * 0.75, hy + hh * 1.6, hx - hw * 0.82, hy + hh * 0.6, hx - hw * 0.7, hy);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = t.hairShade;
  ctx.beginPath();
  ctx.moveTo(hx + hw * 1.08, hy - hh * 0.4);
  ctx.bezierCurveTo(
    hx + hw * 1.32,
    hy + hh * 0.6,
    hx + hw * 1.28,
    hy + hh * 1.8,
    hx + hw * 1.1,
    hy + hh * 2.45,
  );
  ctx.lineTo(hx + hw * 0.66, hy + hh * 2.25);
  ctx.bezierCurveTo(hx + hw * 0.82, hy + hh * 1.6, hx + hw * 0.86, hy + hh * 0.6, hx + hw * 0.74, hy);
  ctx.closePath();
  ctx.fill();
}

function frontHair(ctx: Ctx, spec: CharacterSpec, f: Frame, t: Tones): void {
  const { hx, hy, hw, hh } = f;
  const withCast = (draw: () => void): void => withShadow(ctx, { blur: 10, dy: 5, alpha: 0.22 }, draw);
  switch (spec.hairStyle) {
    case 'side_part': {
      const lift = spec.id === 'chenyu' ? 1.2 : 1.12;
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.04, hy + hh * 0.02);
        ctx.bezierCurveTo(hx - hw * 1.14, hy - hh * 0.7, hx - hw * 0.7, hy - hh * lift, hx, hy - hh * lift);
        ctx.bezierCurveTo(
          hx + hw * 0.8,
          hy - hh * lift,
          hx + hw * 1.12,
          hy - hh * 0.7,
          hx + hw * 1.03,
          hy - hh * 0.02,
        );
        ctx.lineTo(hx + hw * 0.92, hy - hh * 0.05);
        ctx.bezierCurveTo(
          hx + hw * 0.9,
          hy - hh * 0.42,
          hx + hw * 0.6,
          hy - hh * 0.56,
          hx + hw * 0.1,
          hy - hh * 0.56,
        );
        ctx.bezierCurveTo(
          hx - hw * 0.3,
          hy - hh * 0.58,
          hx - hw * 0.62,
          hy - hh * 0.66,
          hx - hw * 0.74,
          hy - hh * 0.48,
        );
        ctx.bezierCurveTo(
          hx - hw * 0.86,
          hy - hh * 0.34,
          hx - hw * 0.92,
          hy - hh * 0.2,
          hx - hw * 0.92,
          hy - hh * 0.02,
        );
        ctx.closePath();
        ctx.fill();
      });
      // the sweep over from the parting, in a lighter tone
      ctx.fillStyle = t.hairLight;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.5, hy - hh * 1.02);
      ctx.bezierCurveTo(
        hx + hw * 0.2,
        hy - hh * 1.12,
        hx + hw * 0.8,
        hy - hh * 0.9,
        hx + hw * 0.9,
        hy - hh * 0.5,
      );
      ctx.bezierCurveTo(hx + hw * 0.5, hy - hh * 0.8, hx, hy - hh * 0.86, hx - hw * 0.5, hy - hh * 1.02);
      ctx.fill();
      ctx.strokeStyle = t.hairShade;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.5, hy - hh * 1.02);
      ctx.quadraticCurveTo(hx - hw * 0.5, hy - hh * 0.8, hx - hw * 0.6, hy - hh * 0.62);
      ctx.stroke();
      if (spec.hairAccent !== spec.hair) temples(ctx, f, t);
      break;
    }
    case 'bald_fringe': {
      ctx.fillStyle = t.hair;
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(hx + side * hw * 1.05, hy + hh * 0.05);
        ctx.bezierCurveTo(
          hx + side * hw * 1.1,
          hy - hh * 0.3,
          hx + side * hw * 0.98,
          hy - hh * 0.52,
          hx + side * hw * 0.84,
          hy - hh * 0.6,
        );
        ctx.bezierCurveTo(
          hx + side * hw * 0.86,
          hy - hh * 0.36,
          hx + side * hw * 0.9,
          hy - hh * 0.16,
          hx + side * hw * 0.9,
          hy + hh * 0.04,
        );
        ctx.closePath();
        ctx.fill();
      }
      // a sheen on the crown: reads as "bald" rather than "hairless shape"
      ellipse(ctx, hx - hw * 0.3, hy - hh * 0.72, hw * 0.34, hh * 0.12, 0xffffff, 0.16);
      break;
    }
    case 'slick_back': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.03, hy - hh * 0.02);
        ctx.bezierCurveTo(hx - hw * 1.1, hy - hh * 0.8, hx - hw * 0.6, hy - hh * 1.1, hx, hy - hh * 1.1);
        ctx.bezierCurveTo(
          hx + hw * 0.6,
          hy - hh * 1.1,
          hx + hw * 1.1,
          hy - hh * 0.8,
          hx + hw * 1.03,
          hy - hh * 0.02,
        );
        ctx.lineTo(hx + hw * 0.92, hy - hh * 0.1);
        ctx.bezierCurveTo(
          hx + hw * 0.86,
          hy - hh * 0.5,
          hx + hw * 0.5,
          hy - hh * 0.62,
          hx + hw * 0.1,
          hy - hh * 0.62,
        );
        ctx.lineTo(hx, hy - hh * 0.56);
        ctx.lineTo(hx - hw * 0.1, hy - hh * 0.62);
        ctx.bezierCurveTo(
          hx - hw * 0.5,
          hy - hh * 0.62,
          hx - hw * 0.86,
          hy - hh * 0.5,
          hx - hw * 0.92,
          hy - hh * 0.1,
        );
        ctx.closePath();
        ctx.fill();
      });
      ctx.strokeStyle = t.hairAccent;
      ctx.lineWidth = 2;
      ctx.globalAlpha = 0.3;
      for (let i = -1; i <= 1; i++) {
        ctx.beginPath();
        ctx.moveTo(hx + i * 16, hy - hh * 0.66);
        ctx.quadraticCurveTo(hx + i * 20, hy - hh * 0.95, hx + i * 12 + 10, hy - hh * 1.06);
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      temples(ctx, f, t);
      break;
    }
    case 'wavy': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.05, hy + hh * 0.02);
        ctx.bezierCurveTo(
          hx - hw * 1.25,
          hy - hh * 0.8,
          hx - hw * 0.7,
          hy - hh * 1.22,
          hx + hw * 0.05,
          hy - hh * 1.18,
        );
        ctx.bezierCurveTo(
          hx + hw * 0.9,
          hy - hh * 1.16,
          hx + hw * 1.2,
          hy - hh * 0.7,
          hx + hw * 1.05,
          hy + hh * 0.02,
        );
        ctx.lineTo(hx + hw * 0.94, hy - hh * 0.1);
        // a wavy fringe edge, swept to the far side
        ctx.quadraticCurveTo(hx + hw * 0.9, hy - hh * 0.48, hx + hw * 0.55, hy - hh * 0.5);
        ctx.quadraticCurveTo(hx + hw * 0.36, hy - hh * 0.66, hx + hw * 0.1, hy - hh * 0.56);
        ctx.quadraticCurveTo(hx - hw * 0.16, hy - hh * 0.7, hx - hw * 0.42, hy - hh * 0.58);
        ctx.quadraticCurveTo(hx - hw * 0.78, hy - hh * 0.6, hx - hw * 0.92, hy - hh * 0.1);
        ctx.closePath();
        ctx.fill();
      });
      ctx.strokeStyle = t.hairLight;
      ctx.lineWidth = 3;
      for (const [x0, y0, x1, y1] of [
        [-0.5, -0.95, 0.1, -0.8],
        [0.0, -1.05, 0.6, -0.82],
        [-0.8, -0.6, -0.4, -0.76],
      ] as const) {
        ctx.beginPath();
        ctx.moveTo(hx + hw * x0, hy + hh * y0);
        ctx.quadraticCurveTo(
          hx + hw * ((x0 + x1) / 2),
          hy + hh * (Math.min(y0, y1) - 0.12),
          hx + hw * x1,
          hy + hh * y1,
        );
        ctx.stroke();
      }
      break;
    }
    case 'bun': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.03, hy + hh * 0.04);
        ctx.bezierCurveTo(hx - hw * 1.1, hy - hh * 0.72, hx - hw * 0.62, hy - hh * 1.06, hx, hy - hh * 1.06);
        ctx.bezierCurveTo(
          hx + hw * 0.62,
          hy - hh * 1.06,
          hx + hw * 1.1,
          hy - hh * 0.72,
          hx + hw * 1.03,
          hy + hh * 0.04,
        );
        ctx.lineTo(hx + hw * 0.9, hy - hh * 0.05);
        // pulled back from a side parting, framing the forehead
        ctx.bezierCurveTo(
          hx + hw * 0.82,
          hy - hh * 0.5,
          hx + hw * 0.3,
          hy - hh * 0.58,
          hx - hw * 0.18,
          hy - hh * 0.66,
        );
        ctx.bezierCurveTo(
          hx - hw * 0.62,
          hy - hh * 0.56,
          hx - hw * 0.9,
          hy - hh * 0.34,
          hx - hw * 0.9,
          hy + hh * 0.04,
        );
        ctx.closePath();
        ctx.fill();
      });
      ctx.fillStyle = t.hairLight;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.18, hy - hh * 0.66);
      ctx.bezierCurveTo(
        hx + hw * 0.3,
        hy - hh * 0.98,
        hx + hw * 0.7,
        hy - hh * 0.86,
        hx + hw * 0.92,
        hy - hh * 0.4,
      );
      ctx.bezierCurveTo(
        hx + hw * 0.6,
        hy - hh * 0.7,
        hx + hw * 0.2,
        hy - hh * 0.74,
        hx - hw * 0.18,
        hy - hh * 0.66,
      );
      ctx.fill();
      // one loose strand at the near temple
      ctx.strokeStyle = t.hair;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.86, hy - hh * 0.3);
      ctx.quadraticCurveTo(hx - hw * 0.98, hy + hh * 0.1, hx - hw * 0.86, hy + hh * 0.36);
      ctx.stroke();
      break;
    }
    case 'long': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.08, hy + hh * 0.3);
        ctx.bezierCurveTo(
          hx - hw * 1.2,
          hy - hh * 0.76,
          hx - hw * 0.62,
          hy - hh * 1.12,
          hx + hw * 0.05,
          hy - hh * 1.1,
        );
        ctx.bezierCurveTo(
          hx + hw * 0.76,
          hy - hh * 1.08,
          hx + hw * 1.2,
          hy - hh * 0.72,
          hx + hw * 1.08,
          hy + hh * 0.3,
        );
        ctx.lineTo(hx + hw * 0.94, hy + hh * 0.1);
        ctx.bezierCurveTo(
          hx + hw * 0.92,
          hy - hh * 0.4,
          hx + hw * 0.6,
          hy - hh * 0.64,
          hx + hw * 0.12,
          hy - hh * 0.68,
        );
        ctx.bezierCurveTo(
          hx - hw * 0.26,
          hy - hh * 0.5,
          hx - hw * 0.7,
          hy - hh * 0.4,
          hx - hw * 0.9,
          hy + hh * 0.1,
        );
        ctx.closePath();
        ctx.fill();
      });
      ctx.fillStyle = t.hairLight;
      ctx.beginPath();
      ctx.moveTo(hx + hw * 0.12, hy - hh * 0.68);
      ctx.bezierCurveTo(
        hx - hw * 0.3,
        hy - hh * 0.9,
        hx - hw * 0.7,
        hy - hh * 0.8,
        hx - hw * 0.9,
        hy - hh * 0.3,
      );
      ctx.bezierCurveTo(
        hx - hw * 0.6,
        hy - hh * 0.56,
        hx - hw * 0.26,
        hy - hh * 0.58,
        hx + hw * 0.12,
        hy - hh * 0.68,
      );
      ctx.fill();
      break;
    }
    case 'textured': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.02, hy - hh * 0.02);
        ctx.bezierCurveTo(
          hx - hw * 1.06,
          hy - hh * 0.5,
          hx - hw * 0.96,
          hy - hh * 0.9,
          hx - hw * 0.76,
          hy - hh * 1.0,
        );
        // a tousled top: short irregular points, swept forward
        const tips: [number, number][] = [
          [-0.6, -1.18],
          [-0.42, -1.08],
          [-0.24, -1.26],
          [-0.04, -1.12],
          [0.16, -1.3],
          [0.36, -1.14],
          [0.56, -1.26],
          [0.74, -1.06],
          [0.92, -1.06],
        ];
        for (const [tx, ty] of tips) ctx.lineTo(hx + hw * tx, hy + hh * ty);
        ctx.bezierCurveTo(
          hx + hw * 1.1,
          hy - hh * 0.8,
          hx + hw * 1.08,
          hy - hh * 0.4,
          hx + hw * 1.02,
          hy - hh * 0.02,
        );
        ctx.lineTo(hx + hw * 0.92, hy - hh * 0.1);
        ctx.lineTo(hx + hw * 0.84, hy - hh * 0.44);
        ctx.lineTo(hx + hw * 0.56, hy - hh * 0.56);
        ctx.lineTo(hx + hw * 0.42, hy - hh * 0.44);
        ctx.lineTo(hx + hw * 0.2, hy - hh * 0.6);
        ctx.lineTo(hx - hw * 0.04, hy - hh * 0.48);
        ctx.lineTo(hx - hw * 0.3, hy - hh * 0.62);
        ctx.lineTo(hx - hw * 0.62, hy - hh * 0.54);
        ctx.lineTo(hx - hw * 0.9, hy - hh * 0.3);
        ctx.lineTo(hx - hw * 0.92, hy - hh * 0.02);
        ctx.closePath();
        ctx.fill();
      });
      ctx.strokeStyle = t.hairLight;
      ctx.lineWidth = 3;
      for (let i = 0; i < 5; i++) {
        const x = hx - hw * 0.6 + i * hw * 0.3;
        ctx.beginPath();
        ctx.moveTo(x, hy - hh * 0.7);
        ctx.lineTo(x + 10, hy - hh * 1.02);
        ctx.stroke();
      }
      break;
    }
    case 'crop': {
      ctx.fillStyle = t.hair;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 1.03, hy - hh * 0.1);
      ctx.bezierCurveTo(hx - hw * 1.08, hy - hh * 0.76, hx - hw * 0.64, hy - hh * 1.06, hx, hy - hh * 1.06);
      ctx.bezierCurveTo(
        hx + hw * 0.64,
        hy - hh * 1.06,
        hx + hw * 1.08,
        hy - hh * 0.76,
        hx + hw * 1.03,
        hy - hh * 0.1,
      );
      ctx.lineTo(hx + hw * 0.94, hy - hh * 0.2);
      ctx.bezierCurveTo(
        hx + hw * 0.9,
        hy - hh * 0.5,
        hx + hw * 0.7,
        hy - hh * 0.58,
        hx + hw * 0.4,
        hy - hh * 0.6,
      );
      ctx.quadraticCurveTo(hx, hy - hh * 0.64, hx - hw * 0.4, hy - hh * 0.6);
      ctx.bezierCurveTo(
        hx - hw * 0.7,
        hy - hh * 0.58,
        hx - hw * 0.9,
        hy - hh * 0.5,
        hx - hw * 0.94,
        hy - hh * 0.2,
      );
      ctx.closePath();
      ctx.fill();
      glow(ctx, hx - hw * 0.3, hy - hh * 0.86, hw * 0.3, 0xffffff, 0.05);
      break;
    }
    case 'curly': {
      const curls: [number, number, number][] = [];
      for (let i = 0; i <= 12; i++) {
        const a = Math.PI * (1.02 + (i / 12) * 0.96);
        const rx = hw * 1.02;
        const ry = hh * 1.0;
        curls.push([hx + Math.cos(a) * rx, hy - hh * 0.08 + Math.sin(a) * ry, 19 + (i % 3) * 3]);
      }
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.02, hy);
        ctx.bezierCurveTo(hx - hw * 1.06, hy - hh * 0.8, hx - hw * 0.6, hy - hh * 1.08, hx, hy - hh * 1.08);
        ctx.bezierCurveTo(hx + hw * 0.6, hy - hh * 1.08, hx + hw * 1.06, hy - hh * 0.8, hx + hw * 1.02, hy);
        ctx.lineTo(hx + hw * 0.9, hy - hh * 0.2);
        ctx.quadraticCurveTo(hx + hw * 0.7, hy - hh * 0.62, hx, hy - hh * 0.6);
        ctx.quadraticCurveTo(hx - hw * 0.7, hy - hh * 0.62, hx - hw * 0.9, hy - hh * 0.2);
        ctx.closePath();
        ctx.fill();
        for (const [x, y, r] of curls) {
          ctx.beginPath();
          ctx.arc(x, y, r, 0, Math.PI * 2);
          ctx.fill();
        }
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
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.16, hy + hh * (length + 0.04));
        ctx.bezierCurveTo(hx - hw * 1.3, hy - hh * 0.2, hx - hw * 1.1, hy - hh * 1.1, hx, hy - hh * 1.12);
        ctx.bezierCurveTo(
          hx + hw * 1.1,
          hy - hh * 1.1,
          hx + hw * 1.3,
          hy - hh * 0.2,
          hx + hw * 1.14,
          hy + hh * length,
        );
        ctx.lineTo(hx + hw * 0.84, hy + hh * (length - 0.06));
        if (spec.hairStyle === 'bob_fringe') {
          // blunt fringe straight across the forehead
          ctx.bezierCurveTo(
            hx + hw * 0.9,
            hy + hh * 0.1,
            hx + hw * 0.96,
            hy - hh * 0.3,
            hx + hw * 0.8,
            hy - hh * 0.34,
          );
          ctx.quadraticCurveTo(hx, hy - hh * 0.28, hx - hw * 0.8, hy - hh * 0.34);
          ctx.bezierCurveTo(
            hx - hw * 0.96,
            hy - hh * 0.3,
            hx - hw * 0.9,
            hy + hh * 0.1,
            hx - hw * 0.86,
            hy + hh * length,
          );
        } else {
          // side-swept front that frames the face on both sides
          ctx.bezierCurveTo(
            hx + hw * 0.92,
            hy + hh * 0.1,
            hx + hw * 0.96,
            hy - hh * 0.36,
            hx + hw * 0.6,
            hy - hh * 0.56,
          );
          ctx.bezierCurveTo(
            hx + hw * 0.2,
            hy - hh * 0.74,
            hx - hw * 0.3,
            hy - hh * 0.72,
            hx - hw * 0.5,
            hy - hh * 0.6,
          );
          ctx.bezierCurveTo(
            hx - hw * 0.86,
            hy - hh * 0.34,
            hx - hw * 0.94,
            hy + hh * 0.1,
            hx - hw * 0.86,
            hy + hh * length,
          );
        }
        ctx.closePath();
        ctx.fill();
      });
      ctx.fillStyle = t.hairLight;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.5, hy - hh * 1.0);
      ctx.bezierCurveTo(hx - hw * 1.0, hy - hh * 0.8, hx - hw * 1.2, hy, hx - hw * 1.12, hy + hh * 0.5);
      ctx.bezierCurveTo(hx - hw * 1.0, hy, hx - hw * 0.9, hy - hh * 0.7, hx - hw * 0.5, hy - hh * 1.0);
      ctx.fill();
      break;
    }
    case 'quiff': {
      withCast(() => {
        ctx.fillStyle = t.hair;
        ctx.beginPath();
        ctx.moveTo(hx - hw * 1.03, hy - hh * 0.04);
        ctx.bezierCurveTo(
          hx - hw * 1.08,
          hy - hh * 0.7,
          hx - hw * 0.8,
          hy - hh * 1.06,
          hx - hw * 0.3,
          hy - hh * 1.14,
        );
        // volume swept up and back at the front
        ctx.bezierCurveTo(
          hx + hw * 0.2,
          hy - hh * 1.36,
          hx + hw * 0.9,
          hy - hh * 1.3,
          hx + hw * 1.02,
          hy - hh * 0.84,
        );
        ctx.bezierCurveTo(
          hx + hw * 1.12,
          hy - hh * 0.5,
          hx + hw * 1.06,
          hy - hh * 0.2,
          hx + hw * 1.03,
          hy - hh * 0.04,
        );
        ctx.lineTo(hx + hw * 0.92, hy - hh * 0.14);
        ctx.bezierCurveTo(
          hx + hw * 0.9,
          hy - hh * 0.5,
          hx + hw * 0.6,
          hy - hh * 0.72,
          hx + hw * 0.2,
          hy - hh * 0.7,
        );
        ctx.bezierCurveTo(
          hx - hw * 0.3,
          hy - hh * 0.68,
          hx - hw * 0.8,
          hy - hh * 0.56,
          hx - hw * 0.92,
          hy - hh * 0.14,
        );
        ctx.closePath();
        ctx.fill();
      });
      ctx.fillStyle = t.hairLight;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 0.5, hy - hh * 0.8);
      ctx.bezierCurveTo(
        hx - hw * 0.1,
        hy - hh * 1.24,
        hx + hw * 0.6,
        hy - hh * 1.26,
        hx + hw * 0.9,
        hy - hh * 0.9,
      );
      ctx.bezierCurveTo(
        hx + hw * 0.4,
        hy - hh * 1.06,
        hx - hw * 0.1,
        hy - hh * 1.0,
        hx - hw * 0.5,
        hy - hh * 0.8,
      );
      ctx.fill();
      ctx.strokeStyle = t.hairShade;
      ctx.lineWidth = 2.5;
      for (let i = 0; i < 3; i++) {
        ctx.beginPath();
        ctx.moveTo(hx - hw * 0.2 + i * 22, hy - hh * 0.7);
        ctx.quadraticCurveTo(hx + i * 24, hy - hh * 1.05, hx + hw * 0.3 + i * 20, hy - hh * 1.12);
        ctx.stroke();
      }
      break;
    }
    case 'generic': {
      ctx.fillStyle = t.hair;
      ctx.beginPath();
      ctx.moveTo(hx - hw * 1.03, hy - hh * 0.06);
      ctx.bezierCurveTo(hx - hw * 1.08, hy - hh * 0.8, hx - hw * 0.6, hy - hh * 1.08, hx, hy - hh * 1.08);
      ctx.bezierCurveTo(
        hx + hw * 0.6,
        hy - hh * 1.08,
        hx + hw * 1.08,
        hy - hh * 0.8,
        hx + hw * 1.03,
        hy - hh * 0.06,
      );
      ctx.lineTo(hx + hw * 0.92, hy - hh * 0.14);
      ctx.quadraticCurveTo(hx + hw * 0.7, hy - hh * 0.62, hx, hy - hh * 0.62);
      ctx.quadraticCurveTo(hx - hw * 0.7, hy - hh * 0.62, hx - hw * 0.92, hy - hh * 0.14);
      ctx.closePath();
      ctx.fill();
      break;
    }
  }
}

/** Grey at the temples: the quickest way to say "senior". */
function temples(ctx: Ctx, f: Frame, t: Tones): void {
  const { hx, hy, hw, hh } = f;
  ctx.fillStyle = t.hairAccent;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(hx + side * hw * 1.0, hy + hh * 0.0);
    ctx.bezierCurveTo(
      hx + side * hw * 1.04,
      hy - hh * 0.24,
      hx + side * hw * 1.0,
      hy - hh * 0.4,
      hx + side * hw * 0.94,
      hy - hh * 0.5,
    );
    ctx.bezierCurveTo(
      hx + side * hw * 0.9,
      hy - hh * 0.34,
      hx + side * hw * 0.91,
      hy - hh * 0.16,
      hx + side * hw * 0.92,
      hy + hh * 0.0,
    );
    ctx.closePath();
    ctx.fill();
  }
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
    ctx.strokeStyle = css(spec.jacket);
    ctx.lineCap = 'round';
    ctx.lineWidth = 64;
    ctx.beginPath();
    ctx.moveTo(elbowX, elbowY);
    ctx.quadraticCurveTo(wristX - 20, wristY + 160, wristX, wristY + 26);
    ctx.stroke();
  });
  ctx.strokeStyle = t.jacketShade;
  ctx.lineCap = 'round';
  ctx.lineWidth = 20;
  ctx.beginPath();
  ctx.moveTo(elbowX + 22, elbowY);
  ctx.quadraticCurveTo(wristX + 4, wristY + 170, wristX + 20, wristY + 34);
  ctx.stroke();
  // shirt cuff, following the line of the forearm
  ctx.save();
  ctx.translate(wristX + 2, wristY + 22);
  ctx.rotate(0.1);
  ctx.fillStyle = t.shirtShade;
  ctx.beginPath();
  ctx.roundRect(-27, -8, 54, 16, 5);
  ctx.fill();
  ctx.restore();
  // the fist under the chin, knuckles towards us, as in the classic thinker's pose
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.ellipse(wristX + 2, wristY + 4, 22, 22, 0.15, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.translate(fistX, fistY);
  ctx.rotate(-0.12);
  withShadow(ctx, { blur: 10, dx: 3, dy: 5, alpha: 0.3 }, () => {
    ctx.fillStyle = t.skin;
    ctx.beginPath();
    ctx.roundRect(-32, -26, 64, 52, [22, 22, 18, 18]);
    ctx.fill();
  });
  // curled fingers read as four soft segments across the top of the fist
  ctx.strokeStyle = t.skinShade;
  ctx.lineWidth = 2.5;
  for (let i = 1; i < 4; i++) {
    ctx.beginPath();
    ctx.moveTo(-32 + i * 16, -24);
    ctx.lineTo(-32 + i * 16, -4);
    ctx.stroke();
  }
  ctx.fillStyle = t.skinShade;
  ctx.beginPath();
  ctx.roundRect(6, -2, 26, 28, [0, 0, 16, 0]);
  ctx.fill();
  // the thumb folded across the front
  ctx.strokeStyle = t.skinLight;
  ctx.lineWidth = 11;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(-24, 12);
  ctx.lineTo(2, 6);
  ctx.stroke();
  ctx.restore();
}
