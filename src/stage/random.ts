/**
 * A tiny seeded generator. Backdrops scatter details (lit windows, screen tiles, sticky notes);
 * seeding them by setting id means every player and every screenshot sees the same picture.
 */
import { seededRandom } from '../narrative/random.ts';

export type Rng = () => number;

export function hashString(text: string): number {
  // FNV-1a: short, well distributed, and stable across engines
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The narrative's mulberry32, seeded by a number or a name: good enough for art, and cheap. */
export function createRng(seed: number | string): Rng {
  return seededRandom(typeof seed === 'string' ? hashString(seed) : seed);
}

export function range(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}
