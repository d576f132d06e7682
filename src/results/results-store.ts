import type { KeyValueStore } from '../state/persist.ts';
import { checkClassAverageFile, checkSealedResult, TamperedResult } from './check-result.ts';
import type { ActionPlan, ClassAverageFile, LearnerResult } from './result.ts';
import { withSeal } from './result.ts';

/**
 * The learner's finished scenarios, kept in this browser under their own key so a damaged
 * result never costs the settings or a run, and one damaged result never costs the others.
 */
export const RESULTS_KEY = 'wudi-turn:results';
export const CLASS_AVERAGE_KEY = 'wudi-turn:class-average';
export const RESULTS_STORAGE_VERSION = 1;
/** Beyond this many results the oldest are let go, so storage never fills up with replays. */
export const MAX_RESULTS = 200;

export type ResultsProblem =
  /** the whole list could not be read (not JSON, another version): nothing was kept */
  | { kind: 'list-damaged'; detail: string }
  /** one result could not be read or was edited by hand: it was dropped, the others kept */
  | { kind: 'result-damaged'; index: number; detail: string }
  | { kind: 'result-changed'; index: number; detail: string }
  /** the class figures saved earlier could not be read */
  | { kind: 'class-average-damaged'; detail: string }
  /** the browser refused to save (full, private mode): results last until the page closes */
  | { kind: 'unsaved'; detail: string };

export interface ResultsStore {
  /** oldest first */
  list(): readonly LearnerResult[];
  get(id: string): LearnerResult | null;
  add(result: LearnerResult): void;
  updatePlan(id: string, plan: ActionPlan): LearnerResult | null;
  updateLearner(id: string, learner: string): LearnerResult | null;
  classAverage(): ClassAverageFile | null;
  setClassAverage(file: ClassAverageFile | null): void;
  /** what went wrong while loading or saving, for the screens to explain */
  problems(): readonly ResultsProblem[];
  /** "Reset my data": every result and the class figures go */
  clear(): void;
  subscribe(listener: () => void): () => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the saved list; a damaged entry is dropped and reported, the others kept. */
export function readResults(raw: string | null): { results: LearnerResult[]; problems: ResultsProblem[] } {
  if (raw === null) return { results: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { results: [], problems: [{ kind: 'list-damaged', detail: message(error) }] };
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
    return { results: [], problems: [{ kind: 'list-damaged', detail: 'not a results list of this game' }] };
  }
  if (parsed.v !== RESULTS_STORAGE_VERSION) {
    return {
      results: [],
      problems: [{ kind: 'list-damaged', detail: `saved by another version (${String(parsed.v)})` }],
    };
  }
  if (!Array.isArray(parsed.data)) {
    return { results: [], problems: [{ kind: 'list-damaged', detail: 'results should be a list' }] };
  }
  const results: LearnerResult[] = [];
  const problems: ResultsProblem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((item: unknown, index: number) => {
    try {
      const result = checkSealedResult(item, `results[${index}]`);
      if (seen.has(result.id)) return;
      seen.add(result.id);
      results.push(result);
    } catch (error) {
      problems.push({
        kind: error instanceof TamperedResult ? 'result-changed' : 'result-damaged',
        index,
        detail: message(error),
      });
    }
  });
  return { results, problems };
}

export function createResultsStore(storage: KeyValueStore | null): ResultsStore {
  const problems: ResultsProblem[] = [];
  const listeners = new Set<() => void>();

  let raw: string | null = null;
  try {
    raw = storage?.getItem(RESULTS_KEY) ?? null;
  } catch (error) {
    problems.push({ kind: 'unsaved', detail: message(error) });
  }
  const loaded = readResults(raw);
  let results = loaded.results;
  problems.push(...loaded.problems);

  let average: ClassAverageFile | null = null;
  try {
    const rawAverage = storage?.getItem(CLASS_AVERAGE_KEY) ?? null;
    if (rawAverage !== null) average = checkClassAverageFile(JSON.parse(rawAverage), 'class average');
  } catch (error) {
    problems.push({ kind: 'class-average-damaged', detail: message(error) });
    try {
      storage?.removeItem(CLASS_AVERAGE_KEY);
    } catch {
      // Nothing more to lose: the damaged figures are ignored either way.
    }
  }

  const save = (key: string, value: string | null) => {
    if (!storage) return;
    try {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch (error) {
      if (!problems.some((p) => p.kind === 'unsaved'))
        problems.push({ kind: 'unsaved', detail: message(error) });
    }
  };
  const write = () => {
    save(RESULTS_KEY, JSON.stringify({ v: RESULTS_STORAGE_VERSION, data: results }));
    for (const listener of listeners) listener();
  };
  // What was dropped is gone: write the list back so it does not warn again on every visit.
  if (loaded.problems.length > 0) write();

  const replace = (id: string, change: (r: LearnerResult) => Omit<LearnerResult, 'seal'>) => {
    const index = results.findIndex((r) => r.id === id);
    const current = results[index];
    if (!current) return null;
    const next = withSeal(change(current));
    results = results.map((r, i) => (i === index ? next : r));
    write();
    return next;
  };

  return {
    list: () => results,
    get: (id) => results.find((r) => r.id === id) ?? null,
    add(result) {
      results = [...results.filter((r) => r.id !== result.id), result].slice(-MAX_RESULTS);
      write();
    },
    updatePlan: (id, plan) =>
      replace(id, ({ seal: _seal, ...rest }) => ({
        ...rest,
        plan: { role: plan.role, actions: plan.actions.map((a) => ({ ...a })) },
      })),
    updateLearner: (id, learner) => replace(id, ({ seal: _seal, ...rest }) => ({ ...rest, learner })),
    classAverage: () => average,
    setClassAverage(file) {
      average = file;
      save(CLASS_AVERAGE_KEY, file ? JSON.stringify(file) : null);
      for (const listener of listeners) listener();
    },
    problems: () => problems,
    clear() {
      results = [];
      average = null;
      save(CLASS_AVERAGE_KEY, null);
      write();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The result recorded for the run on screen: the latest one of this scenario whose decisions
 * are the ones the run made (the debrief after a reload, or in the other language, finds it).
 */
export function resultForRun(
  results: readonly LearnerResult[],
  scenarioId: string,
  decisions: readonly { point: string; chosen: number }[],
): LearnerResult | null {
  for (let i = results.length - 1; i >= 0; i--) {
    const r = results[i];
    if (!r || r.scenarioId !== scenarioId || r.decisions.length !== decisions.length) continue;
    if (r.decisions.every((d, k) => d.point === decisions[k]?.point && d.chosen === decisions[k]?.chosen)) {
      return r;
    }
  }
  return null;
}
