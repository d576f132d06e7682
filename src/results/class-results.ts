import * as v from 'valibot';
import type { KeyValueStore } from '../state/persist.ts';
import { createSlice, decode, type SliceSpec, same, saveReports } from '../state/persisted-slice.ts';
import { describeIssue, isObject, listOf, number, shape, text } from '../state/schema-kit.ts';
import { classAverageFileSchema } from './check-result.ts';
import { type ClassAverageFile, RESULT_FILE_KIND, RESULT_FORMAT_VERSION } from './result.ts';
import {
  type FaultCode,
  type FileInput,
  type FileReport,
  type KnownScenarios,
  type LoadedResult,
  type ResultFault,
  readResultFiles,
} from './result-files.ts';

/**
 * The class the trainer has loaded: the results, what became of each file, the class name and
 * the reference group set beside it. Kept in the browser (localStorage) so a reload keeps the
 * class; everything read back is checked again exactly as a dropped file is, so a damaged store
 * loses only what is damaged.
 *
 * The reference is kept with the class rather than in memory: a reload in front of the room
 * must not quietly take away the comparison being projected, and the file holds figures, not
 * names, so keeping it costs nothing in privacy. It is not the learner's own reference
 * (results-store.ts), which a trainer playing on the same browser would otherwise overwrite.
 * Clearing the class keeps it (it has its own remove button); "Reset my data" removes it.
 */
export const CLASS_RESULTS_KEY = 'wudi-turn:class-results';
/** Format 2: the `{ v, data }` envelope every saved key has; format 1 had its own. */
const STORE_VERSION = 2;

export interface ClassResultsState {
  className: string;
  /** per file read, in the order read */
  files: FileReport[];
  results: LoadedResult[];
  /** a second set of figures shown beside the class's (an earlier cohort, incumbent KAMs) */
  reference: ClassAverageFile | null;
  /** the last save failed (storage full or blocked): the class lasts until the page closes */
  unsaved: boolean;
}

export interface ClassResults {
  get(): ClassResultsState;
  subscribe(listener: (state: ClassResultsState) => void): () => void;
  /** reads a batch of files against what is loaded; returns their reports */
  add(files: readonly FileInput[]): FileReport[];
  setClassName(name: string): void;
  setReference(file: ClassAverageFile | null): void;
  /** removes the results and files; the name and the reference stay */
  clear(): void;
  /** "Reset my data": the class goes, name and all, and nothing of it is left stored */
  forget(): void;
}

const FAULT_CODES: readonly FaultCode[] = [
  'not-json',
  'too-large',
  'too-deep',
  'too-many',
  'unreadable',
  'malformed',
  'wrong-game',
  'unsupported-version',
  'unknown-scenario',
  'wrong-version',
  'duplicate',
  'tampered',
];

/** A stored fault: its code and plain details (text, numbers, flags), nothing else. */
const faultSchema = v.pipe(
  v.record(v.string(), v.unknown(), 'an object'),
  v.check((o) => FAULT_CODES.includes(o.code as FaultCode), 'a fault with a known code'),
  v.check((o) => typeof o.file === 'string', 'a fault naming its file'),
  v.transform((o) => {
    const fault: Record<string, unknown> = {
      index: typeof o.index === 'number' ? o.index : null,
      learner: typeof o.learner === 'string' ? o.learner : null,
    };
    for (const [key, value] of Object.entries(o))
      if (
        !(key in fault) &&
        (typeof value === 'string' ||
          typeof value === 'number' ||
          typeof value === 'boolean' ||
          value === null)
      )
        fault[key] = value;
    return fault as unknown as ResultFault;
  }),
);

const fileReportSchema = shape({ file: text, loaded: number, faults: listOf(faultSchema) });

interface SavedClass {
  className: string;
  files: unknown[];
  results: unknown[];
  /** absent in classes saved before there were references: read as none */
  reference?: unknown;
}

/** Format 1 kept the class in its own envelope ({ version, className, files, results }). */
const classSpec: SliceSpec<SavedClass> = {
  key: CLASS_RESULTS_KEY,
  name: 'class results',
  version: STORE_VERSION,
  // Each file report and result is checked on its own below, as a dropped file is.
  schema: shape({
    className: v.optional(text, ''),
    files: v.optional(listOf(v.unknown()), []),
    results: v.optional(listOf(v.unknown()), []),
    reference: v.optional(v.unknown()),
  }),
  legacy: (parsed) =>
    isObject(parsed) && 'version' in parsed ? { v: Number(parsed.version), data: parsed } : null,
  migrations: { 1: (data) => data },
  // A class loaded in another tab is taken up unless this tab changed its own since.
  merge: (mine, theirs, base) => (same(mine, base) ? theirs : mine),
};

/** The class as saved, each part checked again; `lost` says what had to be dropped. */
function restore(
  data: SavedClass,
  known: KnownScenarios,
): { state: Omit<ClassResultsState, 'unsaved'>; lost: string[] } {
  const lost: string[] = [];
  const files: FileReport[] = [];
  data.files.forEach((item, index) => {
    const read = v.safeParse(fileReportSchema, item);
    if (read.success) files.push(read.output);
    else lost.push(describeIssue(read.issues, `files[${index}]`));
  });
  // The results go through the same checks as a dropped file, one stored file at a time.
  const byFile = new Map<string, unknown[]>();
  data.results.forEach((item, index) => {
    if (!isObject(item) || typeof item.file !== 'string') {
      lost.push(`results[${index}] should be a result with its file`);
      return;
    }
    const list = byFile.get(item.file) ?? [];
    list.push(item.result);
    byFile.set(item.file, list);
  });
  const results: LoadedResult[] = [];
  for (const [file, list] of byFile) {
    const text = JSON.stringify({ kind: RESULT_FILE_KIND, version: RESULT_FORMAT_VERSION, results: list });
    const read = readResultFiles([{ name: file, text }], known, results);
    results.push(...read.loaded);
    const report = files.find((f) => f.file === file);
    const faults = read.reports[0]?.faults ?? [];
    if (faults.length > 0) lost.push(`${file}: ${faults.map((f) => f.code).join(', ')}`);
    if (report && faults.length > 0) {
      report.loaded = read.loaded.length;
      report.faults.push(...faults);
    }
  }
  let reference: ClassAverageFile | null = null;
  if (data.reference !== undefined && data.reference !== null) {
    const read = v.safeParse(classAverageFileSchema, data.reference);
    if (read.success) reference = read.output;
    else lost.push(describeIssue(read.issues, 'reference'));
  }
  return { state: { className: data.className, files, results, reference }, lost };
}

/** What is saved of the state; the reference only when there is one, as classes saved before it. */
function toSaved(st: Omit<ClassResultsState, 'unsaved'>): SavedClass {
  const { className, files, results, reference } = st;
  return reference ? { className, files, results, reference } : { className, files, results };
}

export function createClassResults(storage: KeyValueStore | null, known: () => KnownScenarios): ClassResults {
  const reports = saveReports(storage);
  let unsaved = false;
  const slice = createSlice(storage, classSpec, (p) => {
    // A failed write shows in the class view (state.unsaved), not as a notice.
    if (p.kind !== 'write-failed') reports.report(p);
  });
  const saved = slice.load();
  const restored = saved ? restore(saved, known()) : null;
  if (restored && restored.lost.length > 0) {
    // What was dropped is kept aside with the class as it was saved, and the trainer is told.
    reports.report({
      kind: 'damaged',
      key: CLASS_RESULTS_KEY,
      name: 'class results',
      detail: restored.lost.join('; '),
      keptAs: slice.keepAside(),
    });
  }
  let state: ClassResultsState = {
    className: '',
    files: [],
    results: [],
    reference: null,
    unsaved: false,
    ...restored?.state,
  };
  const listeners = new Set<(state: ClassResultsState) => void>();

  const commit = (next: Omit<ClassResultsState, 'unsaved'>) => {
    slice.save(toSaved(next), { replace: true });
    unsaved = storage === null ? next.results.length > 0 : slice.failing;
    state = { ...next, unsaved };
    for (const listener of listeners) listener(state);
  };
  // A class loaded or cleared in another tab is taken up.
  storage?.watch?.((key) => {
    if (key !== null && key !== CLASS_RESULTS_KEY) return;
    const theirs = slice.refresh(toSaved(state));
    if (!theirs) return;
    state = { ...restore(theirs, known()).state, unsaved };
    for (const listener of listeners) listener(state);
  });

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(files) {
      const read = readResultFiles(files, known(), state.results);
      commit({
        ...state,
        files: [...state.files, ...read.reports],
        results: [...state.results, ...read.loaded],
      });
      return read.reports;
    },
    setClassName(name) {
      if (name === state.className) return;
      commit({ ...state, className: name });
    },
    setReference(file) {
      if (file === state.reference) return;
      commit({ ...state, reference: file });
    },
    clear() {
      commit({ ...state, files: [], results: [] });
    },
    forget() {
      clearSavedClass(storage);
      unsaved = false;
      state = { className: '', files: [], results: [], reference: null, unsaved };
      for (const listener of listeners) listener(state);
    },
  };
}

/** "Reset my data": the class goes too, unless a newer version saved it (then it is left as it is). */
function clearSavedClass(storage: KeyValueStore | null): void {
  try {
    const raw = storage?.getItem(CLASS_RESULTS_KEY) ?? null;
    if (raw !== null && decode(classSpec, raw).status === 'newer') return;
    storage?.removeItem(CLASS_RESULTS_KEY);
  } catch {
    // Storage already refused us: there is nothing saved to remove.
  }
}
