import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ClassSession } from '../classroom/session.ts';
import { checkSessions } from '../classroom/session-schema.ts';
import {
  checkProgress,
  checkRuns,
  checkSettings,
  DEFAULT_SETTINGS,
  type RunState,
  type ScenarioProgress,
  type Settings,
} from './schema.ts';
import type { Check } from './validate.ts';

/** What survives a reload, kept under separate keys so a damaged run never costs the settings. */
export interface PersistedSlice {
  settings: Settings;
  progress: Record<string, ScenarioProgress>;
  runs: Record<string, RunState>;
  /** classroom sessions, one per scenario */
  sessions: Record<string, ClassSession>;
}

export const SCHEMA_VERSION = 1;
export const STORAGE_PREFIX = 'wudi-turn';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type PersistProblem =
  | { kind: 'damaged'; part: keyof PersistedSlice; detail: string }
  | { kind: 'unavailable'; detail: string };

interface Part<K extends keyof PersistedSlice> {
  name: K;
  check: Check<PersistedSlice[K]>;
}

const PARTS: [Part<'settings'>, Part<'progress'>, Part<'runs'>, Part<'sessions'>] = [
  { name: 'settings', check: checkSettings },
  { name: 'progress', check: checkProgress },
  { name: 'runs', check: checkRuns },
  { name: 'sessions', check: checkSessions },
];

export function storageKey(part: keyof PersistedSlice): string {
  return `${STORAGE_PREFIX}:${part}`;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/**
 * A zustand PersistStorage that validates each part on the way in and never throws: a
 * damaged part is dropped with a report, and a full or missing localStorage (quota, private
 * mode) falls back to memory with a report instead of breaking the game.
 */
export function createSplitStorage(
  backing: KeyValueStore | null,
  report: (problem: PersistProblem) => void,
): PersistStorage<PersistedSlice> {
  let store: KeyValueStore = backing ?? memoryStore();
  if (!backing) report({ kind: 'unavailable', detail: 'no storage' });
  let degraded = !backing;
  const written = new Map<string, string>();

  const degrade = (error: unknown) => {
    if (degraded) return;
    degraded = true;
    const memory = memoryStore();
    for (const [k, v] of written) memory.setItem(k, v);
    store = memory;
    report({ kind: 'unavailable', detail: error instanceof Error ? error.name : String(error) });
  };

  const readPart = <K extends keyof PersistedSlice>(part: Part<K>): PersistedSlice[K] | undefined => {
    let raw: string | null;
    try {
      raw = store.getItem(storageKey(part.name));
    } catch (error) {
      degrade(error);
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
        throw new Error('not a save of this game');
      }
      if (parsed.v !== SCHEMA_VERSION) throw new Error(`saved by another version (${String(parsed.v)})`);
      const value = part.check(parsed.data, part.name);
      written.set(storageKey(part.name), raw);
      return value;
    } catch (error) {
      report({
        kind: 'damaged',
        part: part.name,
        detail: error instanceof Error ? error.message : String(error),
      });
      try {
        store.removeItem(storageKey(part.name));
      } catch {
        // Nothing more to lose: the damaged part is ignored either way.
      }
      return undefined;
    }
  };

  return {
    getItem: (): StorageValue<PersistedSlice> | null => {
      const state: Partial<PersistedSlice> = {};
      const settings = readPart(PARTS[0]);
      if (settings) state.settings = { ...DEFAULT_SETTINGS, ...settings };
      const progress = readPart(PARTS[1]);
      if (progress) state.progress = progress;
      const runs = readPart(PARTS[2]);
      if (runs) state.runs = runs;
      const sessions = readPart(PARTS[3]);
      if (sessions) state.sessions = sessions;
      return { state: state as PersistedSlice, version: SCHEMA_VERSION };
    },
    setItem: (_name, value) => {
      for (const part of PARTS) {
        const key = storageKey(part.name);
        const raw = JSON.stringify({ v: SCHEMA_VERSION, data: value.state[part.name] });
        if (written.get(key) === raw) continue;
        written.set(key, raw);
        try {
          store.setItem(key, raw);
        } catch (error) {
          degrade(error);
          store.setItem(key, raw);
        }
      }
    },
    removeItem: () => {
      for (const part of PARTS) {
        written.delete(storageKey(part.name));
        try {
          store.removeItem(storageKey(part.name));
        } catch (error) {
          degrade(error);
        }
      }
    },
  };
}

/** localStorage if the browser lets us touch it at all (some privacy modes throw on access). */
export function browserStorage(): KeyValueStore | null {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return null;
    const probe = `${STORAGE_PREFIX}:probe`;
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return null;
  }
}
