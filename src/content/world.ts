import type { Locale } from '../state/schema.ts';

export interface CastMember {
  name: string;
  title: string;
}

export interface World {
  cast: Record<string, CastMember>;
  settings: Record<string, string>;
}

const EMPTY: World = { cast: {}, settings: {} };

/** Cast and setting names per locale, read from stories/<locale>/_shared/world.json. */
export function createWorlds(files: Record<string, unknown>): Record<string, World> {
  const out: Record<string, World> = {};
  for (const [file, data] of Object.entries(files)) {
    const locale = file.split('/').at(-3);
    if (locale && typeof data === 'object' && data !== null) out[locale] = data as World;
  }
  return out;
}

export function castMember(worlds: Record<string, World>, locale: Locale, id: string): CastMember {
  const world = worlds[locale] ?? EMPTY;
  // An unknown cast id still gets a readable name: the id itself, never a blank.
  return world.cast[id] ?? { name: id, title: '' };
}
