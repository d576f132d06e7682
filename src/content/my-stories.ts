import * as v from 'valibot';
import { hashText } from '../narrative/hash.ts';
import type { KeyValueStore } from '../state/persist.ts';
import { createSlice, mergeRecords, type SliceSpec, saveReports } from '../state/persisted-slice.ts';
import { tooLarge, utf8Bytes } from '../state/safe-json.ts';
import type { Locale } from '../state/schema.ts';
import { listOf, shape, text } from '../state/schema-kit.ts';
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
/** The largest story file opened: the course's stories are under 50 KB, and the browser keeps it. */
export const MAX_STORY_BYTES = 1024 * 1024;
export const MY_STORY_PREFIX = 'my-';

const savedStorySchema = shape({
  id: v.pipe(text, v.startsWith(MY_STORY_PREFIX, `text starting with "${MY_STORY_PREFIX}"`)),
  fileName: text,
  source: text,
  addedAt: text,
});

/** Format 1 was the bare list; format 2 has the `{ v, data }` envelope every saved key has. */
export const MY_STORIES_VERSION = 2;

const myStoriesSpec: SliceSpec<SavedStory[]> = {
  key: MY_STORIES_KEY,
  name: 'My stories',
  version: MY_STORIES_VERSION,
  schema: listOf(savedStorySchema),
  legacy: (parsed) => (Array.isArray(parsed) ? { v: 1, data: parsed } : null),
  migrations: { 1: (data) => data },
  // Stories added in another tab are kept; one removed there goes here too.
  merge: (mine, theirs, base) => {
    const byId = (list: readonly SavedStory[] | null) =>
      Object.fromEntries((list ?? []).map((s) => [s.id, s]));
    return Object.values(mergeRecords(byId(mine), byId(theirs), base ? byId(base) : null));
  },
};

/** The saved list, for a quick look; problems are reported when My stories is created. */
export function readSavedStories(storage: KeyValueStore | null): SavedStory[] {
  return createSlice(storage, myStoriesSpec, () => {}).load() ?? [];
}

export function storyIdFor(fileName: string, source: string): string {
  return `${MY_STORY_PREFIX}${hashText(`${fileName}\n${source}`)}`;
}

type Prepare = (fileName: string, source: string, id: string) => Promise<PreparedStory>;

export interface MyStories {
  list(): SavedStory[];
  /**
   * compiles and explores the file; keeps it only if it compiles. `kept` is false when it could
   * not be saved (storage full, or a newer version's list): it lasts until the page closes.
   */
  add(fileName: string, source: string): Promise<PreparedStory & { id: string; kept: boolean }>;
  remove(id: string): void;
  metas(): StoryMeta[];
  load(id: string): Promise<StoryModule>;
  subscribe(listener: () => void): () => void;
}

export function createMyStories(storage: KeyValueStore | null, prepare: Prepare): MyStories {
  const reports = saveReports(storage);
  const slice = createSlice(storage, myStoriesSpec, (p) => {
    // A failed write is said where the story is added (see add), not as a notice.
    if (p.kind !== 'write-failed') reports.report(p);
  });
  let saved = slice.load() ?? [];
  const modules = new Map<string, StoryModule>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  /** true if the list is in storage (a newer version's list, or a full storage, keeps it here only) */
  const write = (): boolean => {
    saved = slice.save(saved);
    notify();
    return storage !== null && !slice.failing && !slice.locked;
  };
  storage?.watch?.((key) => {
    if (key !== null && key !== MY_STORIES_KEY) return;
    const merged = slice.refresh(saved);
    if (!merged) return;
    saved = merged;
    notify();
  });
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
      const large = tooLarge(utf8Bytes(source), MAX_STORY_BYTES);
      if (large)
        return { module: null, messages: [`${fileName}: ${large.detail}`], errors: 1, id, kept: false };
      const prepared = await prepare(fileName, source, id);
      if (!prepared.module) return { ...prepared, id, kept: false };
      modules.set(id, prepared.module);
      saved = [
        ...saved.filter((s) => s.id !== id),
        { id, fileName, source, addedAt: new Date().toISOString() },
      ];
      return { ...prepared, id, kept: write() };
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
            stage: null,
            goals: [],
            scored: false,
            carry: [],
          },
          possible: null,
          capabilityPossible: null,
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
