import fs from 'node:fs';
import path from 'node:path';
import { buildStory } from '../../scripts/story-build.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import type { KeyValueStore } from '../../src/state/persist.ts';
import type { Locale } from '../../src/state/schema.ts';

export const SAVED_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/saved');

/** Every key of a fixture folder, as the game of that version left it in localStorage. */
export function savedFixture(version: string): Map<string, string> {
  const dir = path.join(SAVED_FIXTURES, version);
  const keys = new Map<string, string>();
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    keys.set(file.replace(/\.json$/, '').replace(/_/g, ':'), fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  return keys;
}

/** A library scenario built as the game builds it. */
export async function realModule(id: string, locale: Locale): Promise<StoryModule> {
  const built = await buildStory(path.resolve(import.meta.dirname, `../../stories/${locale}/${id}.ink`));
  if (!built.json || !built.explore) throw new Error(`${locale}/${id} did not build`);
  return {
    id,
    locale,
    file: built.file,
    hash: built.hash,
    header: built.header,
    possible: built.explore.possible,
    capabilityPossible: built.explore.capabilityPossible,
    exact: built.explore.exact,
    boundNote: built.explore.note,
    decisionsMin: built.explore.decisionsMin,
    decisionsMax: built.explore.decisionsMax,
    json: built.json,
  };
}

/**
 * Browser tabs of one origin over one storage: a write in one tab fires the others' storage
 * events (never its own), as localStorage does.
 */
export function tabsSharingStorage(count: number): { tabs: KeyValueStore[]; map: Map<string, string> } {
  const map = new Map<string, string>();
  const listeners: Set<(key: string | null) => void>[] = [];
  const tabs = Array.from({ length: count }, (_, i): KeyValueStore => {
    const mine = new Set<(key: string | null) => void>();
    listeners.push(mine);
    const tell = (key: string) => {
      listeners.forEach((set, j) => {
        if (j !== i) for (const l of set) l(key);
      });
    };
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => {
        map.set(k, v);
        tell(k);
      },
      removeItem: (k) => {
        map.delete(k);
        tell(k);
      },
      watch(listener) {
        mine.add(listener);
        return () => mine.delete(listener);
      },
    };
  });
  return { tabs, map };
}
