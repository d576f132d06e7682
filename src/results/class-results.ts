import type { KeyValueStore } from '../state/persist.ts';
import { arrayOf, isObject, nullable, num, obj, str } from '../state/validate.ts';
import { RESULT_FILE_KIND, RESULT_FORMAT_VERSION } from './result.ts';
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
 * The class the trainer has loaded: the results, what became of each file, and the class name.
 * Kept in the browser (localStorage) so a reload keeps the class; everything read back is
 * checked again exactly as a dropped file is, so a damaged store loses only what is damaged.
 */
export const CLASS_RESULTS_KEY = 'wudi-turn:class-results';
const STORE_VERSION = 1;

export interface ClassResultsState {
  className: string;
  /** per file read, in the order read */
  files: FileReport[];
  results: LoadedResult[];
  /** the last save failed (storage full or blocked): the class lasts until the page closes */
  unsaved: boolean;
}

export interface ClassResults {
  get(): ClassResultsState;
  subscribe(listener: (state: ClassResultsState) => void): () => void;
  /** reads a batch of files against what is loaded; returns their reports */
  add(files: readonly FileInput[]): FileReport[];
  setClassName(name: string): void;
  clear(): void;
}

const FAULT_CODES: readonly FaultCode[] = [
  'not-json',
  'malformed',
  'wrong-game',
  'unsupported-version',
  'unknown-scenario',
  'wrong-version',
  'duplicate',
  'tampered',
];

/** A stored fault: its code and plain details, nothing else. */
function checkFault(v: unknown, p: string): ResultFault {
  const o = obj(v, p);
  if (!FAULT_CODES.includes(o.code as FaultCode)) throw new Error(`${p}.code is unknown`);
  const fault: Record<string, unknown> = {
    file: str(o.file, `${p}.file`),
    index: nullable(num)(o.index, `${p}.index`),
    learner: nullable(str)(o.learner, `${p}.learner`),
  };
  for (const [key, value] of Object.entries(o))
    if (
      !(key in fault) &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    )
      fault[key] = value;
  return fault as ResultFault;
}

function restore(
  storage: KeyValueStore | null,
  known: KnownScenarios,
): Omit<ClassResultsState, 'unsaved'> | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(CLASS_RESULTS_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  let data: Record<string, unknown>;
  try {
    data = obj(JSON.parse(raw), 'class');
  } catch {
    return null;
  }
  const className = typeof data.className === 'string' ? data.className : '';
  const files: FileReport[] = [];
  if (Array.isArray(data.files))
    for (const item of data.files) {
      if (!isObject(item)) continue;
      try {
        files.push({
          file: str(item.file, 'file'),
          loaded: num(item.loaded, 'loaded'),
          faults: arrayOf(checkFault)(item.faults, 'faults'),
        });
      } catch {
        // a damaged entry of the status list is dropped; the results are what matter
      }
    }
  // The results go through the same checks as a dropped file, one stored file at a time.
  const byFile = new Map<string, unknown[]>();
  for (const item of Array.isArray(data.results) ? data.results : []) {
    if (!isObject(item) || typeof item.file !== 'string') continue;
    const list = byFile.get(item.file) ?? [];
    list.push(item.result);
    byFile.set(item.file, list);
  }
  const results: LoadedResult[] = [];
  for (const [file, list] of byFile) {
    const text = JSON.stringify({ kind: RESULT_FILE_KIND, version: RESULT_FORMAT_VERSION, results: list });
    const read = readResultFiles([{ name: file, text }], known, results);
    results.push(...read.loaded);
    const report = files.find((f) => f.file === file);
    const lost = read.reports[0]?.faults ?? [];
    if (report && lost.length > 0) {
      report.loaded = read.loaded.length;
      report.faults.push(...lost);
    }
  }
  return { className, files, results };
}

export function createClassResults(storage: KeyValueStore | null, known: () => KnownScenarios): ClassResults {
  let state: ClassResultsState = {
    className: '',
    files: [],
    results: [],
    unsaved: false,
    ...restore(storage, known()),
  };
  const listeners = new Set<(state: ClassResultsState) => void>();

  const commit = (next: Omit<ClassResultsState, 'unsaved'>) => {
    let unsaved = false;
    try {
      if (next.results.length === 0 && next.files.length === 0 && next.className === '')
        storage?.removeItem(CLASS_RESULTS_KEY);
      else
        storage?.setItem(
          CLASS_RESULTS_KEY,
          JSON.stringify({
            version: STORE_VERSION,
            className: next.className,
            files: next.files,
            results: next.results,
          }),
        );
      if (!storage) unsaved = next.results.length > 0;
    } catch {
      unsaved = true;
    }
    state = { ...next, unsaved };
    for (const listener of listeners) listener(state);
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(files) {
      const read = readResultFiles(files, known(), state.results);
      commit({
        className: state.className,
        files: [...state.files, ...read.reports],
        results: [...state.results, ...read.loaded],
      });
      return read.reports;
    },
    setClassName(name) {
      if (name === state.className) return;
      commit({ className: name, files: state.files, results: state.results });
    },
    clear() {
      commit({ className: state.className, files: [], results: [] });
    },
  };
}
