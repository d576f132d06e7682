import type { StoreApi } from 'zustand/vanilla';
import type { YearState } from '../campaign/year.ts';
import { yearSliceSpec } from '../campaign/year-save.ts';
import type { ClassSession } from '../classroom/session.ts';
import { sessionsSchema, upgradeSessions } from '../classroom/session-schema.ts';
import { endingRank } from '../narrative/roles.ts';
import { compactSnapshot } from '../narrative/saved-play.ts';
import {
  createSlice,
  type KeyValueStore,
  mergeRecords,
  type SaveProblem,
  type SliceSpec,
  type SliceStore,
} from './persisted-slice.ts';
import {
  progressSchema,
  type RunState,
  runsSchema,
  runsV1Schema,
  type ScenarioProgress,
  type Settings,
  settingsSchema,
} from './schema.ts';
import { parseWith } from './schema-kit.ts';

export type { KeyValueStore, SaveProblem } from './persisted-slice.ts';

/** What survives a reload, kept under separate keys so a damaged run never costs the settings. */
export interface PersistedSlice {
  settings: Settings;
  progress: Record<string, ScenarioProgress>;
  /** what replays each scenario's run (see narrative/saved-play.ts) */
  runs: Record<string, RunState>;
  /** classroom sessions, one per scenario */
  sessions: Record<string, ClassSession>;
  /** Wu Di's year (the campaign), null until one is started */
  year: YearState | null;
}

export const STORAGE_PREFIX = 'wudi-turn';

export function storageKey(part: keyof PersistedSlice): string {
  return `${STORAGE_PREFIX}:${part}`;
}

/** The format version of each part of the game's save; see docs/SAVING.md for what changed. */
export const SAVE_VERSIONS = { settings: 1, progress: 1, runs: 2, sessions: 2, year: 1 } as const;

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const better = (a: ScenarioProgress['bestEnding'], b: ScenarioProgress['bestEnding']) =>
  endingRank(a) >= endingRank(b) ? a : b;

/** The saved parts of the game; `active` is the scenario this tab plays, whose run it keeps. */
export function gameSliceSpecs(active: () => string | null) {
  /** another tab's runs (or sessions) are taken up, except the one this tab is playing */
  const takeUpOthers = <T>(
    mine: Record<string, T>,
    theirs: Record<string, T>,
    base: Record<string, T> | null,
  ) => {
    const out = mergeRecords(mine, theirs, base, (_m, t) => t);
    const id = active();
    const own = id === null ? undefined : mine[id];
    if (id !== null && own !== undefined) out[id] = own;
    return out;
  };
  const settings: SliceSpec<Settings> = {
    key: storageKey('settings'),
    name: 'settings',
    version: SAVE_VERSIONS.settings,
    schema: settingsSchema,
  };
  const progress: SliceSpec<Record<string, ScenarioProgress>> = {
    key: storageKey('progress'),
    name: 'progress',
    version: SAVE_VERSIONS.progress,
    schema: progressSchema,
    // Plays made in both tabs add up; the best ending is the better of the two.
    merge: (mine, theirs, base) =>
      mergeRecords(mine, theirs, base, (m, t, b) => ({
        status: m.status === 'finished' || t.status === 'finished' ? 'finished' : 'in-progress',
        bestEnding: better(m.bestEnding, t.bestEnding),
        plays: t.plays + Math.max(0, m.plays - (b?.plays ?? 0)),
      })),
  };
  const runs: SliceSpec<Record<string, RunState>> = {
    key: storageKey('runs'),
    name: 'runs',
    version: SAVE_VERSIONS.runs,
    schema: runsSchema,
    migrations: {
      // Format 1 kept the engine's whole snapshot, an ink state per decision: keep what replays it.
      1: (data) => {
        const old = parseWith(runsV1Schema, data, 'runs');
        return Object.fromEntries(
          Object.entries(old).map(([id, { snapshot, ...run }]) => [
            id,
            { ...run, play: compactSnapshot(snapshot) },
          ]),
        );
      },
    },
    merge: takeUpOthers,
    // A run that cannot be saved must not come back older after a reload (a finished scenario at
    // decision 7): the stale one goes.
    onWriteFail: 'remove',
  };
  const sessions: SliceSpec<Record<string, ClassSession>> = {
    key: storageKey('sessions'),
    name: 'sessions',
    version: SAVE_VERSIONS.sessions,
    schema: sessionsSchema,
    // Format 1 sessions were kept before phones voted: the same, with no phone votes.
    migrations: { 1: upgradeSessions },
    merge: takeUpOthers,
    onWriteFail: 'remove',
  };
  // The year follows the tab that changed it last: one learner plays one year at a time.
  const year: SliceSpec<YearState | null> = yearSliceSpec;
  return { settings, progress, runs, sessions, year };
}

type Parts = keyof PersistedSlice;
const PARTS: readonly Parts[] = ['settings', 'progress', 'runs', 'sessions', 'year'];

/**
 * Loads the game's saved parts into the store and saves each part when it changes. Another
 * tab's writes (the storage event, and a read before each write) are merged in and shown.
 */
export function connectSaves<S extends PersistedSlice>(
  store: StoreApi<S>,
  backing: KeyValueStore | null,
  report: (problem: SaveProblem) => void,
): { replaceNext(): void } {
  if (!backing) report({ kind: 'unavailable', detail: 'no storage' });
  const active = () => {
    const s = store.getState() as S & { scenario?: { id: string } | null };
    return s.scenario?.id ?? s.settings.activeScenario;
  };
  const specs = gameSliceSpecs(active);
  const slices = {
    settings: createSlice(backing, specs.settings, report),
    progress: createSlice(backing, specs.progress, report),
    runs: createSlice(backing, specs.runs, report),
    sessions: createSlice(backing, specs.sessions, report),
    year: createSlice(backing, specs.year, report),
  } satisfies { [K in Parts]: SliceStore<PersistedSlice[K]> };
  const loaded: Partial<PersistedSlice> = {};
  for (const part of PARTS) {
    const value = slices[part].load();
    if (value !== null) Object.assign(loaded, { [part]: value });
  }
  store.setState(loaded as Partial<S>);

  let applying = false;
  /** the next change is "reset my data": written as it is, not merged with another tab's */
  let replacing = false;
  const save = (part: Parts, value: PersistedSlice[Parts], replace: boolean) => {
    const slice = slices[part] as SliceStore<PersistedSlice[Parts]>;
    const saved = slice.save(value, { replace });
    if (saved !== value) apply({ [part]: saved } as Partial<PersistedSlice>);
  };
  const apply = (patch: Partial<PersistedSlice>) => {
    applying = true;
    try {
      store.setState(patch as Partial<S>);
    } finally {
      applying = false;
    }
  };
  store.subscribe((state, previous) => {
    if (applying) return;
    const replace = replacing;
    replacing = false;
    for (const part of PARTS) if (state[part] !== previous[part]) save(part, state[part], replace);
  });
  backing?.watch?.((key) => {
    const patch: Partial<PersistedSlice> = {};
    for (const part of PARTS) {
      if (key !== null && key !== slices[part].spec.key) continue;
      const mine = store.getState()[part];
      const merged = (slices[part] as SliceStore<PersistedSlice[Parts]>).refresh(mine);
      if (merged !== null) Object.assign(patch, { [part]: merged });
    }
    if (Object.keys(patch).length > 0) apply(patch);
  });
  return {
    replaceNext() {
      replacing = true;
    },
  };
}

let opened: KeyValueStore | null | undefined;

/**
 * localStorage if the browser lets us touch it at all (some privacy modes throw on access). The
 * same object every time: problems with saved data are told through it (see saveReports).
 */
export function browserStorage(): KeyValueStore | null {
  if (opened === undefined) opened = openBrowserStorage();
  return opened;
}

function openBrowserStorage(): KeyValueStore | null {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return null;
    const probe = `${STORAGE_PREFIX}:probe`;
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return {
      getItem: (k) => ls.getItem(k),
      setItem: (k, v) => ls.setItem(k, v),
      removeItem: (k) => ls.removeItem(k),
      // The storage event fires in every other tab of this origin when one tab writes.
      watch(listener) {
        const onStorage = (event: StorageEvent) => {
          if (event.storageArea === ls) listener(event.key);
        };
        globalThis.addEventListener('storage', onStorage);
        return () => globalThis.removeEventListener('storage', onStorage);
      },
    };
  } catch {
    return null;
  }
}
