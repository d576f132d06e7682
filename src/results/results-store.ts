import * as v from 'valibot';
import type { KeyValueStore } from '../state/persist.ts';
import { createSlice, decode, type SliceSpec, same, saveReports } from '../state/persisted-slice.ts';
import { isObject, listOf } from '../state/schema-kit.ts';
import {
  checkSealedResult,
  classAverageFileSchema,
  selfRatingSchema,
  TamperedResult,
} from './check-result.ts';
import {
  type ActionPlan,
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type SelfRating,
  withSeal,
} from './result.ts';

/**
 * The learner's finished scenarios, kept in this browser under their own key so a damaged
 * result never costs the settings or a run, and one damaged result never costs the others.
 * Results are only ever added to (another tab's are merged in, by id) until the learner resets.
 */
export const RESULTS_KEY = 'wudi-turn:results';
export const CLASS_AVERAGE_KEY = 'wudi-turn:class-average';
/** a second set of figures to compare with (an earlier cohort, incumbent KAMs), named by whoever made it */
export const REFERENCE_KEY = 'wudi-turn:reference';
export const SELF_RATING_KEY = 'wudi-turn:self-rating';
export const RESULTS_STORAGE_VERSION = 1;
/** Format 1 kept the class figures as the bare file; format 2 wraps them like every other key. */
export const CLASS_AVERAGE_STORAGE_VERSION = 2;
/** Beyond this many results the oldest are let go, so storage never fills up with replays. */
export const MAX_RESULTS = 200;

export type ResultsProblem =
  /** the whole list could not be read (not JSON, not a list): it was kept aside, untouched */
  | { kind: 'list-damaged'; detail: string }
  /** the list or the class figures were saved by a newer version: kept untouched, not saved here */
  | { kind: 'saved-by-newer'; detail: string }
  /** one result could not be read or was edited by hand: it was dropped, the others kept */
  | { kind: 'result-damaged'; index: number; detail: string }
  | { kind: 'result-changed'; index: number; detail: string }
  /** the class figures saved earlier could not be read */
  | { kind: 'class-average-damaged'; detail: string }
  /** the reference figures or the self-rating saved earlier could not be read */
  | { kind: 'reference-damaged'; detail: string }
  | { kind: 'self-rating-damaged'; detail: string }
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
  /** the reference group's figures, beside the class's */
  reference(): ClassAverageFile | null;
  setReference(file: ClassAverageFile | null): void;
  /** how the learner rated themselves, before their first scenario or from the profile */
  selfRating(): SelfRating | null;
  setSelfRating(rating: SelfRating | null): void;
  /** what went wrong while loading or saving, for the screens to explain */
  problems(): readonly ResultsProblem[];
  /** "Reset my data": every result, the self-rating and both sets of figures go */
  clear(): void;
  subscribe(listener: () => void): () => void;
}

/** Results by id, oldest first: this tab's and another tab's together (see mergeRecords). */
function mergeResults(
  mine: readonly LearnerResult[],
  theirs: readonly LearnerResult[],
  base: readonly LearnerResult[] | null,
): LearnerResult[] {
  const known = new Set((base ?? []).map((r) => r.id));
  const byId = new Map<string, LearnerResult>();
  const baseSeal = new Map((base ?? []).map((r) => [r.id, r.seal]));
  for (const r of theirs) byId.set(r.id, r);
  for (const r of mine) {
    // Mine and new since the last read, or changed here (a plan edited): kept.
    if (!known.has(r.id) || (byId.has(r.id) && baseSeal.get(r.id) !== r.seal)) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt)).slice(-MAX_RESULTS);
}

// Each result is read on its own (see readResults), so the list's schema is only "a list".
const resultsSpec: SliceSpec<unknown[]> = {
  key: RESULTS_KEY,
  name: 'results',
  version: RESULTS_STORAGE_VERSION,
  schema: listOf(v.unknown()),
  merge: (mine, theirs, base) =>
    mergeResults(mine as LearnerResult[], entries(theirs).results, base ? entries(base).results : null),
};

const classAverageSpec: SliceSpec<ClassAverageFile> = {
  key: CLASS_AVERAGE_KEY,
  name: 'class average',
  version: CLASS_AVERAGE_STORAGE_VERSION,
  schema: classAverageFileSchema,
  legacy: (parsed) =>
    isObject(parsed) && parsed.kind === CLASS_AVERAGE_KIND
      ? { v: Number(parsed.version), data: parsed }
      : null,
  migrations: { 1: (data) => data },
  // Figures opened in another tab are taken up, unless this tab opened others since.
  merge: (mine, theirs, base) => (same(mine, base) ? theirs : mine),
};

const referenceSpec: SliceSpec<ClassAverageFile> = {
  key: REFERENCE_KEY,
  name: 'reference figures',
  version: 1,
  schema: classAverageFileSchema,
  merge: (mine, theirs, base) => (same(mine, base) ? theirs : mine),
};

const selfRatingSpec: SliceSpec<SelfRating> = {
  key: SELF_RATING_KEY,
  name: 'self-rating',
  version: 1,
  schema: selfRatingSchema,
  // The later rating wins, from whichever tab: it is the learner's latest view of themselves.
  merge: (mine, theirs) => (theirs.ratedAt > mine.ratedAt ? theirs : mine),
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The results of a saved list, each checked on its own: a damaged one is dropped and reported. */
function entries(list: readonly unknown[]): { results: LearnerResult[]; problems: ResultsProblem[] } {
  const results: LearnerResult[] = [];
  const problems: ResultsProblem[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index: number) => {
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

/** Reads the saved list; a damaged entry is dropped and reported, the others kept. */
export function readResults(raw: string | null): { results: LearnerResult[]; problems: ResultsProblem[] } {
  if (raw === null) return { results: [], problems: [] };
  const decoded = decode(resultsSpec, raw);
  if (decoded.status === 'newer')
    return { results: [], problems: [{ kind: 'saved-by-newer', detail: `version ${decoded.version}` }] };
  if (decoded.status === 'damaged')
    return { results: [], problems: [{ kind: 'list-damaged', detail: decoded.detail }] };
  return entries(decoded.value);
}

export function createResultsStore(storage: KeyValueStore | null): ResultsStore {
  const problems: ResultsProblem[] = [];
  const listeners = new Set<() => void>();
  const reports = saveReports(storage);
  const report = reports.report;
  const listSlice = createSlice(storage, resultsSpec, (p) => {
    if (p.kind === 'newer') problems.push({ kind: 'saved-by-newer', detail: `version ${p.version}` });
    if (p.kind === 'damaged') problems.push({ kind: 'list-damaged', detail: p.detail });
    if (p.kind === 'write-failed' && !problems.some((q) => q.kind === 'unsaved'))
      problems.push({ kind: 'unsaved', detail: p.detail });
    if (p.kind !== 'write-failed') report(p);
  });
  const slot = <T>(
    spec: SliceSpec<T>,
    damaged: 'class-average-damaged' | 'reference-damaged' | 'self-rating-damaged',
  ) =>
    createSlice(storage, spec, (p) => {
      if (p.kind === 'newer') problems.push({ kind: 'saved-by-newer', detail: `version ${p.version}` });
      if (p.kind === 'damaged') problems.push({ kind: damaged, detail: p.detail });
      if (p.kind === 'write-failed' && !problems.some((q) => q.kind === 'unsaved'))
        problems.push({ kind: 'unsaved', detail: p.detail });
      if (p.kind !== 'write-failed') report(p);
    });
  const averageSlice = slot(classAverageSpec, 'class-average-damaged');
  const referenceSlice = slot(referenceSpec, 'reference-damaged');
  const selfSlice = slot(selfRatingSpec, 'self-rating-damaged');

  const loaded = entries(listSlice.load() ?? []);
  let results = loaded.results;
  problems.push(...loaded.problems);
  if (loaded.problems.length > 0) {
    // The entries dropped are kept aside with the list as it was, then the list is written clean.
    const keptAs = listSlice.keepAside();
    report({
      kind: 'damaged',
      key: RESULTS_KEY,
      name: 'results',
      detail: loaded.problems.map((p) => p.detail).join('; '),
      keptAs,
    });
  }
  let average: ClassAverageFile | null = averageSlice.load();
  let reference: ClassAverageFile | null = referenceSlice.load();
  let self: SelfRating | null = selfSlice.load();

  const changed = () => {
    for (const listener of listeners) listener();
  };
  const write = (replace = false) => {
    results = entries(listSlice.save(results, { replace })).results;
    changed();
  };
  if (loaded.problems.length > 0 && !listSlice.locked) write();

  // Another tab finished a scenario or reset: its list is taken up, this tab's results kept.
  storage?.watch?.((key) => {
    if (key !== null && ![RESULTS_KEY, CLASS_AVERAGE_KEY, REFERENCE_KEY, SELF_RATING_KEY].includes(key))
      return;
    const merged = listSlice.refresh(results);
    if (merged) results = entries(merged).results;
    const otherAverage = averageSlice.refresh(average as ClassAverageFile);
    if (otherAverage) average = otherAverage;
    const otherReference = referenceSlice.refresh(reference as ClassAverageFile);
    if (otherReference) reference = otherReference;
    const otherSelf = selfSlice.refresh(self as SelfRating);
    if (otherSelf) self = otherSelf;
    if (merged || otherAverage || otherReference || otherSelf) changed();
  });

  const replace = (id: string, change: (r: LearnerResult) => Omit<LearnerResult, 'seal'>) => {
    const index = results.findIndex((r) => r.id === id);
    const current = results[index];
    if (!current) return null;
    const next = withSeal(change(current));
    results = results.map((r, i) => (i === index ? next : r));
    write();
    return results.find((r) => r.id === id) ?? next;
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
      if (file) averageSlice.save(file, { replace: true });
      else if (!averageSlice.locked) removeKey(storage, CLASS_AVERAGE_KEY);
      changed();
    },
    reference: () => reference,
    setReference(file) {
      reference = file;
      if (file) referenceSlice.save(file, { replace: true });
      else if (!referenceSlice.locked) removeKey(storage, REFERENCE_KEY);
      changed();
    },
    selfRating: () => self,
    setSelfRating(rating) {
      self = rating;
      if (rating) selfSlice.save(rating, { replace: true });
      else if (!selfSlice.locked) removeKey(storage, SELF_RATING_KEY);
      changed();
    },
    problems: () => problems,
    clear() {
      results = [];
      average = null;
      reference = null;
      self = null;
      if (!averageSlice.locked) removeKey(storage, CLASS_AVERAGE_KEY);
      if (!referenceSlice.locked) removeKey(storage, REFERENCE_KEY);
      if (!selfSlice.locked) removeKey(storage, SELF_RATING_KEY);
      write(true);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function removeKey(storage: KeyValueStore | null, key: string) {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage refused: there is nothing saved to remove.
  }
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
