import { describe, expect, it } from 'vitest';
import { channels, css, luminance, mix, mute, PALETTE, rgba, shade } from '../../src/stage/palette.ts';
import { createRng, hashString, pick, range } from '../../src/stage/random.ts';
import {
  ALL_BACKDROPS,
  backdropFor,
  backdropTextureKey,
  NEUTRAL_BACKDROP,
  SETTING_IDS,
  TITLE_BACKDROP,
} from '../../src/stage/settings.ts';
import { TextureBudget } from '../../src/stage/textureBudget.ts';
import worldEn from '../../stories/en/_shared/world.json';

describe('palette maths', () => {
  it('mixes and formats colours', () => {
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x102030, 0x102030, 0.7)).toBe(0x102030);
    expect(mix(0x000000, 0xffffff, 2)).toBe(0xffffff);
    expect(css(0x0b1322)).toBe('#0b1322');
    expect(rgba(0xff8000, 0.5)).toBe('rgba(255,128,0,0.5)');
    expect(channels(0x123456)).toEqual([0x12, 0x34, 0x56]);
  });

  it('darkens towards navy and lightens towards warm white', () => {
    expect(luminance(shade(PALETTE.teal, -0.3))).toBeLessThan(luminance(PALETTE.teal));
    expect(luminance(shade(PALETTE.teal, 0.3))).toBeGreaterThan(luminance(PALETTE.teal));
    const [r, , b] = channels(shade(0x808080, -0.5));
    expect(b).toBeGreaterThan(r);
  });

  it('mutes saturation without changing much else', () => {
    const [r, g, b] = channels(mute(0xff0000, 1));
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  it('keeps the backdrop base darker than the text a panel will carry', () => {
    for (const c of [PALETTE.navy, PALETTE.navyDeep, PALETTE.slateDeep])
      expect(luminance(c)).toBeLessThan(0.05);
  });
});

describe('seeded random', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng('cafe');
    const b = createRng('cafe');
    const c = createRng('airport');
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(c()).not.toBe(seqA[0]);
    expect(hashString('x')).toBe(hashString('x'));
  });

  it('stays in range', () => {
    const rng = createRng(7);
    for (let i = 0; i < 500; i++) {
      const v = range(rng, -2, 3);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThan(3);
    }
    expect(['a', 'b']).toContain(pick(rng, ['a', 'b']));
    expect(() => pick(rng, [])).toThrow();
  });
});

describe('settings', () => {
  it('knows every setting in the story world', () => {
    expect([...SETTING_IDS].sort()).toEqual(Object.keys(worldEn.settings).sort());
  });

  it('maps null to the title backdrop and unknown ids to the neutral one', () => {
    expect(backdropFor(null)).toBe(TITLE_BACKDROP);
    expect(backdropFor('nowhere')).toBe(NEUTRAL_BACKDROP);
    expect(backdropFor(' Cafe ')).toBe('cafe');
    expect(backdropFor('')).toBe(NEUTRAL_BACKDROP);
  });

  it('gives each backdrop its own texture key', () => {
    expect(new Set(ALL_BACKDROPS.map(backdropTextureKey)).size).toBe(ALL_BACKDROPS.length);
  });
});

describe('TextureBudget', () => {
  it('evicts the least recently used key beyond capacity', () => {
    const budget = new TextureBudget(2);
    expect(budget.touch('a')).toEqual([]);
    expect(budget.touch('b')).toEqual([]);
    expect(budget.touch('a')).toEqual([]);
    expect(budget.touch('c')).toEqual(['b']);
    expect(budget.has('a')).toBe(true);
    expect(budget.size).toBe(2);
  });

  it('never evicts what is on screen, even if that means running over budget', () => {
    const budget = new TextureBudget(1);
    budget.touch('a');
    expect(budget.touch('b', new Set(['a']))).toEqual([]);
    expect(budget.size).toBe(2);
    expect(budget.touch('c', new Set(['b']))).toEqual(['a']);
  });

  it('can forget a key and rejects a zero budget', () => {
    const budget = new TextureBudget(3);
    budget.touch('a');
    budget.forget('a');
    expect(budget.has('a')).toBe(false);
    expect(() => new TextureBudget(0)).toThrow();
  });
});
