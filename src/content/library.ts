import type { Locale } from '../state/schema.ts';
import type { StoryLibrary } from '../state/store.ts';
import type { StoryMeta, StoryModule } from './story-module.ts';
import { createWorlds, type World } from './world.ts';

/**
 * The scenario list is whatever `.ink` files sit directly in stories/<locale>/ at build time
 * (files in _shared/ or starting with "_" are only INCLUDEd). The dev server updates it live.
 */
const metaFiles = import.meta.glob<StoryMeta>(['/stories/*/*.ink', '!/stories/*/_*.ink'], {
  query: '?meta',
  import: 'default',
  eager: true,
});
const storyFiles = import.meta.glob<StoryModule>(['/stories/*/*.ink', '!/stories/*/_*.ink'], {
  import: 'default',
});
const worldFiles = import.meta.glob('/stories/*/_shared/world.json', { import: 'default', eager: true });

export const worlds: Record<string, World> = createWorlds(worldFiles);

export function sortStories(list: StoryMeta[]): StoryMeta[] {
  return [...list].sort(
    (a, b) =>
      (a.header?.order ?? Number.MAX_SAFE_INTEGER) - (b.header?.order ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id),
  );
}

export const library: StoryLibrary = {
  list(locale: Locale) {
    return sortStories(Object.values(metaFiles).filter((m) => m.locale === locale));
  },
  async load(locale: Locale, id: string) {
    const loader = storyFiles[`/stories/${locale}/${id}.ink`];
    if (!loader) throw new Error(`no story "${id}" in ${locale}`);
    return loader();
  },
};

type Listener = (next: { library: StoryLibrary; worlds: Record<string, World> }) => void;

// Hot data outlives each new copy of this module, so listeners survive repeated edits.
const listeners: Set<Listener> = import.meta.hot?.data.listeners ?? new Set<Listener>();
if (import.meta.hot) {
  import.meta.hot.data.listeners = listeners;
  import.meta.hot.accept((next) => {
    if (!next) return;
    const mod = next as unknown as { library: StoryLibrary; worlds: Record<string, World> };
    for (const listener of listeners) listener(mod);
  });
}

export function onLibraryUpdate(listener: Listener): void {
  listeners.add(listener);
}
