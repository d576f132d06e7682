import type { StoryModule } from '../../src/content/story-module.ts';
import { readHeader } from '../../src/narrative/engine.ts';
import { exploreStory } from '../../src/narrative/explore.ts';
import { hashText } from '../../src/narrative/hash.ts';
import type { Locale } from '../../src/state/schema.ts';
import type { StoryLibrary } from '../../src/state/store.ts';

/** Builds a story module as the Vite plugin would, from compiled JSON. */
export function moduleFrom(json: string, id: string, locale: Locale): StoryModule {
  const explore = exploreStory(json);
  return {
    id,
    locale,
    file: `stories/${locale}/${id}.ink`,
    hash: hashText(json),
    header: readHeader(json),
    possible: explore.possible,
    capabilityPossible: explore.capabilityPossible,
    exact: explore.exact,
    boundNote: explore.note,
    decisionsMin: explore.decisionsMin,
    decisionsMax: explore.decisionsMax,
    json,
  };
}

/** An in-memory library whose stories a test can swap, as an author's edit would. */
export function fakeLibrary(modules: StoryModule[]): StoryLibrary & { replace(m: StoryModule): void } {
  const byKey = new Map(modules.map((m) => [`${m.locale}/${m.id}`, m]));
  return {
    list: (locale) => [...byKey.values()].filter((m) => m.locale === locale),
    load: async (locale, id) => {
      const m = byKey.get(`${locale}/${id}`);
      if (!m) throw new Error(`no story ${locale}/${id}`);
      return m;
    },
    replace: (m) => void byKey.set(`${m.locale}/${m.id}`, m),
  };
}
