import * as v from 'valibot';
import { jsonDepthExceeds } from './safe-json.ts';
import { describeIssue, isObject } from './schema-kit.ts';

/**
 * One saved thing under one storage key: its format version, its schema and the migrations
 * from each older version. Every key the game writes goes through here, so every one follows
 * the same rules (docs/SAVING.md):
 *
 * - a key written by a newer version of the game is never written or removed: this tab goes
 *   on in memory for that part, and says so;
 * - a key from an older version is migrated; a damaged one (not JSON, not the schema) is copied
 *   to `<key>:damaged` before anything else is written there, and reported;
 * - before writing, the key is read again: what another tab wrote since is merged in;
 * - a key that failed to load is never written back with defaults (nothing is written until the
 *   game changes that part).
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** tells when another tab changed a key (null: all of them); absent where no tab can */
  watch?(listener: (key: string | null) => void): () => void;
}

export interface SliceSpec<T> {
  key: string;
  /** the part's name in reports ("runs", "results") */
  name: string;
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns data of version n into data of version n + 1 */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** formats from before the `{ v, data }` envelope: their version and data, or null */
  legacy?: (parsed: unknown) => { v: number; data: unknown } | null;
  /** puts this tab's value and another tab's together; base is the value both started from */
  merge?: (mine: T, theirs: T, base: T | null) => T;
  /**
   * When a write fails (storage full): 'remove' takes the older value away, so it cannot come
   * back stale after a reload (a run); 'keep' leaves it (an older list that is still true).
   */
  onWriteFail?: 'remove' | 'keep';
}

export type SaveProblem =
  | { kind: 'newer'; key: string; name: string; version: number }
  | { kind: 'damaged'; key: string; name: string; detail: string; keptAs: string | null }
  | { kind: 'write-failed'; key: string; name: string; detail: string; removed: boolean }
  | { kind: 'taken-up'; key: string; name: string }
  | { kind: 'unavailable'; detail: string };

export interface SliceStore<T> {
  readonly spec: SliceSpec<T>;
  /** the saved value, or null if there is none this tab may use (problems are reported) */
  load(): T | null;
  /**
   * Writes the value, merged with what another tab wrote since; returns the value now saved
   * (the one to show). `replace` writes it as it is (a reset).
   */
  save(value: T, options?: { replace?: boolean }): T;
  /** another tab wrote: the merged value to show, or null if nothing changed */
  refresh(mine: T): T | null;
  /** copies the raw text last read to `<key>:damaged`; the name it is kept under, or null */
  keepAside(): string | null;
  /** true while a newer version's data sits in the key: it is never touched */
  readonly locked: boolean;
  /** the last write failed (storage full): the value lives in this page only */
  readonly failing: boolean;
}

type Decoded<T> =
  | { status: 'ok'; value: T }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; detail: string };

function message(error: unknown): string {
  return error instanceof Error
    ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
    : String(error);
}

/** Saves nest far less deep (sessions, the deepest, about 15 levels); files are held to 64. */
const MAX_STORED_DEPTH = 256;

export function decode<T>(spec: SliceSpec<T>, raw: string): Decoded<T> {
  // Another page of the same origin can write here: nesting no save has is refused before it
  // is parsed, so no later check or seal runs out of stack on it.
  if (jsonDepthExceeds(raw, MAX_STORED_DEPTH))
    return { status: 'damaged', detail: `nested too deeply (more than ${MAX_STORED_DEPTH} levels)` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { status: 'damaged', detail: `not JSON (${message(error)})` };
  }
  const envelope =
    isObject(parsed) && 'v' in parsed && 'data' in parsed
      ? { v: parsed.v, data: parsed.data }
      : (spec.legacy?.(parsed) ?? null);
  if (!envelope) return { status: 'damaged', detail: `not a saved ${spec.name} of this game` };
  const version = envelope.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { status: 'damaged', detail: `${spec.name}: format version should be a whole number` };
  if (version > spec.version) return { status: 'newer', version };
  let data = envelope.data;
  for (let n = version; n < spec.version; n++) {
    const migrate = spec.migrations?.[n];
    if (!migrate) return { status: 'damaged', detail: `${spec.name}: no way to read format ${n}` };
    try {
      data = migrate(data);
    } catch (error) {
      return { status: 'damaged', detail: `${spec.name} (format ${n}): ${message(error)}` };
    }
  }
  const read = v.safeParse(spec.schema, data);
  return read.success
    ? { status: 'ok', value: read.output }
    : { status: 'damaged', detail: describeIssue(read.issues, spec.name) };
}

export function encode<T>(spec: SliceSpec<T>, value: T): string {
  return JSON.stringify({ v: spec.version, data: value });
}

/** The free name `<key>:damaged` (or `<key>:damaged-2`…) for a raw value, or the one holding it. */
function keepRawAside(storage: KeyValueStore, key: string, raw: string): string | null {
  for (let n = 1; n <= 9; n++) {
    const name = n === 1 ? `${key}:damaged` : `${key}:damaged-${n}`;
    try {
      const there = storage.getItem(name);
      if (there === raw) return name;
      if (there !== null) continue;
      storage.setItem(name, raw);
      return name;
    } catch {
      return null;
    }
  }
  return null;
}

export function createSlice<T>(
  storage: KeyValueStore | null,
  spec: SliceSpec<T>,
  report: (problem: SaveProblem) => void,
): SliceStore<T> {
  /** the raw text of the key as this tab last read or wrote it */
  let lastRaw: string | null = null;
  /** the value that raw holds: what both tabs started from when another one writes */
  let base: T | null = null;
  let locked = false;
  let failing = false;
  const { key, name } = spec;

  const read = (): { ok: true; raw: string | null } | { ok: false } => {
    if (!storage) return { ok: true, raw: null };
    try {
      return { ok: true, raw: storage.getItem(key) };
    } catch (error) {
      report({ kind: 'unavailable', detail: message(error) });
      return { ok: false };
    }
  };

  const damaged = (raw: string, detail: string) => {
    const keptAs = storage ? keepRawAside(storage, key, raw) : null;
    // Kept aside, the key may be written again; if it could not be, it is left as it is.
    if (keptAs === null) locked = true;
    report({ kind: 'damaged', key, name, detail, keptAs });
  };

  const slice: SliceStore<T> = {
    spec,
    get locked() {
      return locked;
    },
    get failing() {
      return failing;
    },
    load() {
      const got = read();
      if (!got.ok) {
        // Unreadable is not empty: writing now could overwrite what is there.
        locked = true;
        return null;
      }
      if (got.raw === null) return null;
      const decoded = decode(spec, got.raw);
      if (decoded.status === 'newer') {
        locked = true;
        report({ kind: 'newer', key, name, version: decoded.version });
        return null;
      }
      if (decoded.status === 'damaged') {
        damaged(got.raw, decoded.detail);
        lastRaw = got.raw;
        return null;
      }
      lastRaw = got.raw;
      base = decoded.value;
      return decoded.value;
    },
    save(value, options = {}) {
      if (locked || !storage) return value;
      let next = value;
      const got = read();
      if (!got.ok) return value;
      if (got.raw !== lastRaw && got.raw !== null && !options.replace) {
        const theirs = decode(spec, got.raw);
        if (theirs.status === 'newer') {
          locked = true;
          report({ kind: 'newer', key, name, version: theirs.version });
          return value;
        }
        if (theirs.status === 'damaged') {
          damaged(got.raw, theirs.detail);
          if (locked) return value;
        } else if (spec.merge) {
          next = spec.merge(value, theirs.value, base);
          report({ kind: 'taken-up', key, name });
        }
      }
      const raw = encode(spec, next);
      if (raw === got.raw) {
        lastRaw = raw;
        base = next;
        return next;
      }
      try {
        storage.setItem(key, raw);
        lastRaw = raw;
        base = next;
        failing = false;
      } catch (error) {
        let removed = false;
        if (spec.onWriteFail === 'remove') {
          try {
            storage.removeItem(key);
            removed = true;
            lastRaw = null;
            base = null;
          } catch {
            // Nothing more can be done: the report below says the part is not saved.
          }
        }
        if (!failing) report({ kind: 'write-failed', key, name, detail: message(error), removed });
        failing = true;
      }
      return next;
    },
    refresh(mine) {
      if (locked) return null;
      const got = read();
      if (!got.ok || got.raw === lastRaw) return null;
      if (got.raw === null) {
        // Another tab removed it (a reset there): this tab's next change writes it again.
        lastRaw = null;
        base = null;
        return null;
      }
      const theirs = decode(spec, got.raw);
      if (theirs.status === 'newer') {
        locked = true;
        report({ kind: 'newer', key, name, version: theirs.version });
        return null;
      }
      if (theirs.status === 'damaged') return null;
      const merged = spec.merge ? spec.merge(mine, theirs.value, base) : mine;
      lastRaw = got.raw;
      base = theirs.value;
      if (encode(spec, merged) === encode(spec, mine)) return null;
      report({ kind: 'taken-up', key, name });
      return merged;
    },
    keepAside() {
      if (!storage || lastRaw === null) return null;
      return keepRawAside(storage, key, lastRaw);
    },
  };
  return slice;
}

/** The same JSON: a cheap deep equality for saved values. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Three-way merge of two records keyed by id: an entry this tab did not change since `base` is
 * taken from the other tab (changed or gone); one this tab changed is kept.
 */
export function mergeRecords<T>(
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  base: Readonly<Record<string, T>> | null,
  combine: (mine: T, theirs: T, base: T | undefined) => T = (m) => m,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const m = mine[id];
    const t = theirs[id];
    const b = base?.[id];
    if (m === undefined) {
      // Gone here: removed by this tab only if it was there before.
      if (t !== undefined && (b === undefined || !same(t, b))) out[id] = t;
      continue;
    }
    if (same(m, b)) {
      if (t !== undefined) out[id] = t;
      continue;
    }
    out[id] = t === undefined ? m : combine(m, t, b);
  }
  return out;
}

/** Problems with saved data, for whichever screen tells the player: one log per storage. */
export interface SaveReports {
  report(problem: SaveProblem): void;
  /** the listener hears every problem from now on, and those no one heard yet */
  listen(listener: (problem: SaveProblem) => void): () => void;
}

const logs = new WeakMap<object, SaveReports>();
const NO_STORAGE = {};

export function saveReports(storage: KeyValueStore | null): SaveReports {
  const owner = storage ?? NO_STORAGE;
  const known = logs.get(owner);
  if (known) return known;
  /** problems reported before anyone listened (the stores load before the game starts) */
  let waiting: SaveProblem[] = [];
  const listeners = new Set<(problem: SaveProblem) => void>();
  const log: SaveReports = {
    report(problem) {
      if (listeners.size === 0) waiting.push(problem);
      for (const l of listeners) l(problem);
    },
    listen(listener) {
      listeners.add(listener);
      const past = waiting;
      waiting = [];
      for (const p of past) listener(p);
      return () => listeners.delete(listener);
    },
  };
  logs.set(owner, log);
  return log;
}
