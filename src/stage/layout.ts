/**
 * Layout maths for the 1920x1080 stage. Pure module: the numbers here decide where faces sit
 * relative to the DOM dialogue panel, so they are unit-tested rather than eyeballed.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** Projector overscan: nothing important within 5% of any edge. */
export const SAFE_MARGIN_X = Math.round(STAGE_WIDTH * 0.05);
export const SAFE_MARGIN_Y = Math.round(STAGE_HEIGHT * 0.05);

/** The DOM dialogue panel owns the bottom third. */
export const PANEL_TOP = Math.round((STAGE_HEIGHT * 2) / 3);

/**
 * The character texture: a half-body figure whose bottom edge sits on the bottom of the stage,
 * so the torso runs behind the panel and only head and shoulders need to stay clear of it.
 */
export const FIGURE_WIDTH = 640;
export const FIGURE_HEIGHT = 900;
/** Where the head centre sits inside the figure texture before the character's height offset. */
export const FIGURE_HEAD_Y = 250;
export const FIGURE_HEAD_HEIGHT = 212;
/** The figure's bottom edge sits this far below the stage, so a mood's small lift never shows it. */
export const FIGURE_SINK = 14;

export type Side = 'left' | 'right';

/**
 * Tianyu colleagues stand on the left and Meridian or Nordvik people on the right, so a
 * learner can tell "our side" from "their side" before reading a name. Anyone unknown defaults
 * to the right, the customer's side, which is where most of the conversations happen.
 */
const LEFT_SIDE = new Set(['zhaolin', 'linxiao', 'priya', 'zhanghao', 'kwame', 'chenyu', 'marco', 'sunmei']);

export function sideFor(castId: string): Side {
  return LEFT_SIDE.has(castId) ? 'left' : 'right';
}

export interface FigurePlacement {
  side: Side;
  /** centre x of the figure texture on the stage */
  x: number;
  /** bottom y of the figure texture on the stage */
  bottom: number;
  /** figures are drawn facing right; mirror those on the right so they face the centre */
  flipX: boolean;
  /** entry slide, in px, from the outer side towards the resting x */
  enterOffset: number;
}

/** Left-centre and right-centre: clear of the edges and of the 4:3 crop, off the centre line. */
export const FIGURE_X_FRACTION = 0.285;

export function placeFigure(castId: string): FigurePlacement {
  const side = sideFor(castId);
  const x =
    side === 'left'
      ? Math.round(STAGE_WIDTH * FIGURE_X_FRACTION)
      : Math.round(STAGE_WIDTH * (1 - FIGURE_X_FRACTION));
  return {
    side,
    x,
    bottom: STAGE_HEIGHT + FIGURE_SINK,
    flipX: side === 'right',
    enterOffset: side === 'left' ? -28 : 28,
  };
}

/** Stage y of the head centre for a figure with the given height offset (negative = taller). */
export function headCentreY(heightOffset: number): number {
  return STAGE_HEIGHT + FIGURE_SINK - FIGURE_HEIGHT + FIGURE_HEAD_Y + heightOffset;
}

/**
 * The horizontal band of the window that survives when a 16:9 stage is scaled to cover a
 * narrower window (Phaser's ENVELOP mode crops the sides). Used to check that faces stay in
 * view on a 4:3 projector.
 */
export function visibleBandForAspect(aspect: number): {
  left: number;
  right: number;
  top: number;
  bottom: number;
} {
  const stageAspect = STAGE_WIDTH / STAGE_HEIGHT;
  if (aspect >= stageAspect) {
    const visibleH = STAGE_WIDTH / aspect;
    const cut = (STAGE_HEIGHT - visibleH) / 2;
    return { left: 0, right: STAGE_WIDTH, top: cut, bottom: STAGE_HEIGHT - cut };
  }
  const visibleW = STAGE_HEIGHT * aspect;
  const cut = (STAGE_WIDTH - visibleW) / 2;
  return { left: cut, right: STAGE_WIDTH - cut, top: 0, bottom: STAGE_HEIGHT };
}

/** The smallest and largest canvas the stage renders into, in device pixels (width at 16:9). */
export const MIN_RENDER_WIDTH = 960;
export const MAX_RENDER_WIDTH = STAGE_WIDTH;

/**
 * How many device pixels the canvas needs for a parent of this CSS size. The scene is always laid
 * out in 1920x1080 stage units and a camera zoom maps them onto the canvas, so a 1280x720 window
 * renders 2.25 times fewer pixels than a full-HD canvas scaled down by the browser would: on a
 * software renderer (and a tired classroom laptop) pixels are the whole cost.
 */
export function renderSizeFor(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
): {
  width: number;
  height: number;
} {
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  // ENVELOP covers the parent: the displayed stage is as wide as the wider of the two fits
  const cover = Math.max(cssWidth / STAGE_WIDTH, cssHeight / STAGE_HEIGHT);
  const wanted = Number.isFinite(cover) && cover > 0 ? STAGE_WIDTH * cover * dpr : MAX_RENDER_WIDTH;
  const width = Math.round(Math.min(MAX_RENDER_WIDTH, Math.max(MIN_RENDER_WIDTH, wanted)) / 16) * 16;
  return { width, height: (width / 16) * 9 };
}

/** Resizing the canvas clears it and costs a frame: only do it for a change worth seeing. */
export function worthResizing(currentWidth: number, nextWidth: number): boolean {
  return Math.abs(nextWidth - currentWidth) / currentWidth > 0.08;
}
