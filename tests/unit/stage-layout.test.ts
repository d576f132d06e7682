import { describe, expect, it } from 'vitest';
import { CAST_IDS, specFor } from '../../src/stage/cast.ts';
import {
  FIGURE_HEAD_HEIGHT,
  FIGURE_WIDTH,
  headCentreY,
  MAX_RENDER_WIDTH,
  MIN_RENDER_WIDTH,
  PANEL_TOP,
  placeFigure,
  renderSizeFor,
  SAFE_MARGIN_X,
  SAFE_MARGIN_Y,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  sideFor,
  visibleBandForAspect,
  worthResizing,
} from '../../src/stage/layout.ts';

describe('stage layout', () => {
  it('keeps a 16:9 base and a bottom-third panel', () => {
    expect(STAGE_WIDTH / STAGE_HEIGHT).toBeCloseTo(16 / 9);
    expect(PANEL_TOP).toBe(720);
    expect(SAFE_MARGIN_X).toBe(96);
    expect(SAFE_MARGIN_Y).toBe(54);
  });

  it.each(CAST_IDS)('keeps %s’s whole face above the dialogue panel and inside the safe area', (id) => {
    const centre = headCentreY(specFor(id).heightOffset);
    const chin = centre + FIGURE_HEAD_HEIGHT / 2;
    // hair can rise up to about two thirds of a head above the centre
    const crown = centre - FIGURE_HEAD_HEIGHT * 0.7;
    expect(chin).toBeLessThan(PANEL_TOP - 100);
    expect(crown).toBeGreaterThan(SAFE_MARGIN_Y);
  });

  it('places figures at left-centre or right-centre, facing the middle', () => {
    const left = placeFigure('zhaolin');
    const right = placeFigure('eleanor');
    expect(left.side).toBe('left');
    expect(right.side).toBe('right');
    expect(left.x).toBeLessThan(STAGE_WIDTH / 2);
    expect(right.x).toBeGreaterThan(STAGE_WIDTH / 2);
    expect(left.flipX).toBe(false);
    expect(right.flipX).toBe(true);
    expect(left.x + right.x).toBe(STAGE_WIDTH);
    // they slide in from the outside, a few pixels
    expect(left.enterOffset).toBeLessThan(0);
    expect(right.enterOffset).toBeGreaterThan(0);
    expect(Math.abs(left.enterOffset)).toBeLessThanOrEqual(40);
  });

  it('keeps the whole figure texture clear of the overscan margin', () => {
    for (const id of [...CAST_IDS, 'someone_new']) {
      const { x } = placeFigure(id);
      expect(x - FIGURE_WIDTH / 2).toBeGreaterThanOrEqual(SAFE_MARGIN_X);
      expect(x + FIGURE_WIDTH / 2).toBeLessThanOrEqual(STAGE_WIDTH - SAFE_MARGIN_X);
    }
  });

  it('keeps faces inside the picture when a 4:3 projector crops the sides', () => {
    const band = visibleBandForAspect(4 / 3);
    for (const id of CAST_IDS) {
      const { x } = placeFigure(id);
      // the head is about 160 px wide, and the figure is drawn a little off its own centre
      expect(x - 120).toBeGreaterThan(band.left + 30);
      expect(x + 120).toBeLessThan(band.right - 30);
    }
  });

  it('crops top and bottom on an ultra-wide window instead', () => {
    const band = visibleBandForAspect(21 / 9);
    expect(band.left).toBe(0);
    expect(band.top).toBeGreaterThan(0);
    expect(band.bottom).toBeLessThan(STAGE_HEIGHT);
    expect(visibleBandForAspect(16 / 9)).toEqual({
      left: 0,
      right: STAGE_WIDTH,
      top: 0,
      bottom: STAGE_HEIGHT,
    });
  });

  it('puts the Tianyu team on the left and customers and competitors on the right', () => {
    expect(
      ['zhaolin', 'linxiao', 'priya', 'zhanghao', 'kwame', 'chenyu', 'marco', 'sunmei'].map(sideFor),
    ).toEqual(Array(8).fill('left'));
    expect(['eleanor', 'daniel', 'rafael', 'arjun', 'lars', 'unknown'].map(sideFor)).toEqual(
      Array(6).fill('right'),
    );
  });
});

describe('render size', () => {
  it('renders no more pixels than the window shows, at 16:9', () => {
    expect(renderSizeFor(1280, 720, 1)).toEqual({ width: 1280, height: 720 });
    expect(renderSizeFor(1920, 1080, 1)).toEqual({ width: 1920, height: 1080 });
    const small = renderSizeFor(1366, 768, 1);
    expect(small.width).toBeGreaterThanOrEqual(1360);
    expect(small.width / small.height).toBeCloseTo(16 / 9);
  });

  it('covers the window like the ENVELOP scale mode does', () => {
    // a 4:3 window is covered by the height: 768 px tall means a 1365 px wide stage
    expect(renderSizeFor(1024, 768, 1).width).toBeGreaterThanOrEqual(1360);
  });

  it('honours the device pixel ratio but never exceeds the art resolution', () => {
    expect(renderSizeFor(1280, 720, 1.5)).toEqual({ width: 1920, height: 1080 });
    expect(renderSizeFor(2560, 1440, 2).width).toBe(MAX_RENDER_WIDTH);
  });

  it('keeps a floor for tiny parents and full resolution when the size is unknown', () => {
    expect(renderSizeFor(300, 200, 1).width).toBe(MIN_RENDER_WIDTH);
    expect(renderSizeFor(0, 0, 1).width).toBe(MAX_RENDER_WIDTH);
    expect(renderSizeFor(1280, 720, Number.NaN)).toEqual({ width: 1280, height: 720 });
  });

  it('only resizes for a visible difference', () => {
    expect(worthResizing(1280, 1296)).toBe(false);
    expect(worthResizing(1280, 1920)).toBe(true);
  });
});
