import { describe, expect, it } from 'vitest';
import { CAST_IDS, specFor } from '../../src/stage/cast.ts';
import {
  FIGURE_HEAD_HEIGHT,
  FIGURE_WIDTH,
  headCentreY,
  PANEL_TOP,
  placeFigure,
  SAFE_MARGIN_X,
  SAFE_MARGIN_Y,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  sideFor,
  visibleBandForAspect,
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
