import { hashText } from '../narrative/hash.ts';
import type { KeyValueStore } from '../state/persist.ts';
import type { Locale } from '../state/schema.ts';
import type { StoryLibrary } from '../state/store.ts';
import type { PreparedStory } from './prepare-story.ts';
import { metaOf, type StoryMeta, type StoryModule } from './story-module.ts';

/**
 * Stories a facilitator opened in this browser ("My stories"). Only the source text is kept
 * (under its own storage key); it is compiled again in a worker when needed.
 */
export interface SavedStory {
  id: string;
  fileName: string;
  source: string;
  addedAt: string;
}

export const MY_STORIES_KEY = 'wudi-turn:my-stories';
export const MY_STORY_PREFIX = 'my-';

function isSavedStory(v: unknown): v is SavedStory {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    o.id.startsWith(MY_STORY_PREFIX) &&
    typeof o.fileName === 'string' &&
    typeof o.source === 'string' &&
    typeof o.addedAt === 'string'
  );
}

export function readSavedStories(storage: KeyValueStore | null): SavedStory[] {
  try {
    const raw = storage?.getItem(MY_STORIES_KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as unknown;
    // A damaged entry is skipped; the others still load.
    return Array.isArray(parsed) ? parsed.filter(isSavedStory) : [];
  } catch {
    return [];
  }
}

export function storyIdFor(fileName: string, source: string): string {
  return `${MY_STORY_PREFIX}${hashText(`${fileName}\n${source}`)}`;
}

type Prepare = (fileName: string, source: string, id: string) => Promise<PreparedStory>;

export interface MyStories {
  list(): SavedStory[];
  /** compiles and explores the file; keeps it only if it compiles */
  add(fileName: string, source: string): Promise<PreparedStory & { id: string }>;
  remove(id: string): void;
  metas(): StoryMeta[];
  load(id: string): Promise<StoryModule>;
  subscribe(listener: () => void): () => void;
}

export function createMyStories(storage: KeyValueStore | null, prepare: Prepare): MyStories {
  let saved = readSavedStories(storage);
  const modules = new Map<string, StoryModule>();
  const listeners = new Set<() => void>();
  const write = () => {
    try {
      storage?.setItem(MY_STORIES_KEY, JSON.stringify(saved));
    } catch {
      // Storage full: the story still plays in this visit, it just will not be remembered.
    }
    for (const l of listeners) l();
  };
  const load = async (id: string): Promise<StoryModule> => {
    const known = modules.get(id);
    if (known) return known;
    const story = saved.find((s) => s.id === id);
    if (!story) throw new Error(`no story ${id} in My stories`);
    const prepared = await prepare(story.fileName, story.source, id);
    if (!prepared.module) throw new Error(prepared.messages.join('\n'));
    modules.set(id, prepared.module);
    return prepared.module;
  };
  return {
    list: () => saved,
    async add(fileName, source) {
      const id = storyIdFor(fileName, source);
      const prepared = await prepare(fileName, source, id);
      if (prepared.module) {
        modules.set(id, prepared.module);
        saved = [
          ...saved.filter((s) => s.id !== id),
          { id, fileName, source, addedAt: new Date().toISOString() },
        ];
        write();
      }
      return { ...prepared, id };
    },
    remove(id) {
      saved = saved.filter((s) => s.id !== id);
      modules.delete(id);
      write();
    },
    metas() {
      return saved.map((s): StoryMeta => {
        const m = modules.get(s.id);
        if (m) return metaOf(m);
        return {
          id: s.id,
          locale: 'any',
          file: s.fileName,
          hash: '',
          header: {
            title: s.fileName.replace(/\.ink$/, ''),
            role: null,
            order: null,
            summary: null,
            scored: false,
          },
          possible: null,
          exact: false,
          boundNote: null,
          decisionsMin: 0,
          decisionsMax: 0,
        };
      });
    },
    load,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The built-in scenarios plus My stories, as one library for the store. */
export function withMyStories(base: () => StoryLibrary, mine: MyStories): StoryLibrary {
  return {
    list: (locale: Locale) => base().list(locale),
    // A story opened from a file has no language of its own: it plays in the interface's.
    load: async (locale: Locale, id: string) =>
      id.startsWith(MY_STORY_PREFIX) ? { ...(await mine.load(id)), locale } : base().load(locale, id),
  };
}
