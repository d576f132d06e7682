import { describe, expect, it } from 'vitest';
import {
  CAST,
  CAST_IDS,
  figureTextureKey,
  GENERIC_SPEC,
  POSES,
  poseFor,
  specFor,
} from '../../src/stage/cast.ts';
import { FIGURE_SINK } from '../../src/stage/layout.ts';
import { MOOD_IDS } from '../../src/stage/look.ts';
import { luminance } from '../../src/stage/palette.ts';
import worldEn from '../../stories/en/_shared/world.json';

describe('cast specs', () => {
  it('covers every cast id in the story world except the player', () => {
    const world = Object.keys(worldEn.cast).filter((id) => id !== 'wudi');
    expect([...CAST_IDS].sort()).toEqual(world.sort());
  });

  it('gives every character a distinct silhouette recipe', () => {
    // what you can read at thumbnail size: hair shape, glasses, outfit, facial hair, height band
    const recipes = CAST_IDS.map((id) => {
      const s = specFor(id);
      return [s.hairStyle, s.glasses, s.outfit, s.facialHair, Math.round(s.heightOffset / 20)].join('|');
    });
    expect(new Set(recipes).size).toBe(CAST_IDS.length);
  });

  it('gives every character a distinct jacket colour', () => {
    const jackets = CAST_IDS.map((id) => specFor(id).jacket);
    expect(new Set(jackets).size).toBe(CAST_IDS.length);
  });

  it('keeps figures in a calm, adult range of heights and builds', () => {
    for (const spec of Object.values(CAST)) {
      expect(Math.abs(spec.heightOffset)).toBeLessThanOrEqual(50);
      expect(spec.build).toBeGreaterThan(0.8);
      expect(spec.build).toBeLessThan(1.2);
    }
  });

  it('draws brows that read against the skin', () => {
    // light hair is darkened for brows by the painter; here we only check the spec is sane
    for (const spec of Object.values(CAST)) expect(luminance(spec.skin)).toBeGreaterThan(0.03);
  });

  it('falls back to the generic figure for unknown ids', () => {
    expect(specFor('stranger')).toBe(GENERIC_SPEC);
    expect(GENERIC_SPEC.generic).toBe(true);
    expect(figureTextureKey('stranger', 'pleased')).toBe(figureTextureKey('another', 'pleased'));
    expect(figureTextureKey('eleanor', 'pleased')).not.toBe(figureTextureKey('eleanor', 'neutral'));
  });
});

describe('mood poses', () => {
  it('has a pose for each mood', () => {
    for (const mood of MOOD_IDS) expect(poseFor(mood)).toBe(POSES[mood]);
  });

  it('makes the moods readable in the face', () => {
    expect(POSES.pleased.mouthCurve).toBeGreaterThan(POSES.neutral.mouthCurve);
    expect(POSES.concerned.mouthCurve).toBeLessThan(0);
    expect(POSES.concerned.browKnit).toBeGreaterThan(0);
    expect(POSES.annoyed.browKnit).toBeLessThan(0);
    expect(POSES.annoyed.eyeOpen).toBeLessThan(1);
    expect(POSES.surprised.eyeOpen).toBeGreaterThan(1);
    expect(POSES.surprised.browLift).toBeGreaterThan(POSES.neutral.browLift);
    expect(POSES.thinking.hand).toBe('chin');
  });

  it('keeps posture changes small: a settle, not a jump', () => {
    for (const mood of MOOD_IDS) {
      const pose = POSES[mood];
      expect(Math.abs(pose.headTilt)).toBeLessThanOrEqual(6);
      expect(Math.abs(pose.settleY)).toBeLessThanOrEqual(10);
      // a lift must never reveal the figure's bottom edge, sunk below the stage
      expect(-pose.settleY).toBeLessThan(FIGURE_SINK);
      expect(Math.abs(pose.settleScale - 1)).toBeLessThanOrEqual(0.02);
    }
  });
});
