import { CAPABILITIES, capabilityTotals } from '../narrative/capabilities.ts';
import { ROLES, type RoleScores } from '../narrative/roles.ts';
import { errorText, MAX_RESULTS_PER_FILE, readJson, tooLarge } from '../state/safe-json.ts';
import { InvalidData, isObject } from '../state/schema-kit.ts';
import { checkLearnerResult } from './check-result.ts';
import { type LearnerResult, READABLE_RESULT_VERSIONS, RESULT_FILE_KIND, sealOf } from './result.ts';

/**
 * Reading the learners' result files for the trainer's class view. Every file and every result
 * in it is judged on its own: one bad result or file never stops the others loading. A fault
 * carries a code and details, not a sentence, so the interface words it in either language.
 */

export type FaultCode =
  | 'not-json'
  | 'too-large'
  | 'too-deep'
  | 'too-many'
  | 'unreadable'
  | 'malformed'
  | 'wrong-game'
  | 'unsupported-version'
  | 'unknown-scenario'
  | 'wrong-version'
  | 'duplicate'
  | 'tampered';

export type FaultDetail =
  | { code: 'not-json'; reason: string }
  /** `size` and `limit` in bytes */
  | { code: 'too-large'; size: number; limit: number }
  /** `limit`: the deepest nesting read */
  | { code: 'too-deep'; limit: number }
  /** `count` results where at most `limit` are read */
  | { code: 'too-many'; count: number; limit: number }
  /** anything else that stopped the file or result being read; `reason` says what */
  | { code: 'unreadable'; reason: string }
  /** `field` is a path such as "results[2].scores.S"; `expected` is the validator's wording */
  | { code: 'malformed'; field: string; expected: string }
  /** `found` is the file's `kind`, or null when it has none */
  | { code: 'wrong-game'; found: string | null }
  | { code: 'unsupported-version'; found: string }
  | { code: 'unknown-scenario'; scenarioId: string }
  | { code: 'wrong-version'; scenarioId: string; storyHash: string }
  /** `otherFile` holds the result loaded first; `sameId` when it is the very same result */
  | { code: 'duplicate'; scenarioId: string; otherFile: string; sameId: boolean }
  | {
      code: 'tampered';
      /** seal: changed after export; scores / capabilities: totals differ from the options chosen; chosen: no such option */
      reason: 'seal' | 'scores' | 'capabilities' | 'chosen';
      /** the role or capability whose total does not add up */
      role?: string;
      decision?: number;
    };

export type ResultFault = FaultDetail & {
  file: string;
  /** the result's place in the file, or null for a fault of the whole file */
  index: number | null;
  /** the learner's name when the result got far enough to have one */
  learner: string | null;
};

export interface LoadedResult {
  /** the file it came from, for the status list and duplicate messages */
  file: string;
  result: LearnerResult;
}

export interface FileReport {
  file: string;
  loaded: number;
  faults: ResultFault[];
}

export interface FileInput {
  name: string;
  text: string;
  /** the file's size in bytes, when known; a file over the limit is refused without its text */
  size?: number;
  /** why the browser could not read the file, when it could not: it is refused with this */
  unreadable?: string;
}

/**
 * The versions the class view accepts: per scenario id, the story hashes in every language.
 * Looked up with hashesOf, never by indexing: a result's scenarioId is data ("__proto__").
 */
export type KnownScenarios = Readonly<Record<string, readonly string[]>>;

export function knownScenarios(lists: readonly (readonly { id: string; hash: string }[])[]): KnownScenarios {
  const known = new Map<string, string[]>();
  for (const list of lists)
    for (const meta of list) {
      const hashes = known.get(meta.id) ?? [];
      if (!hashes.includes(meta.hash)) hashes.push(meta.hash);
      known.set(meta.id, hashes);
    }
  // No prototype: no key of the data can reach Object.prototype's members.
  return Object.assign(Object.create(null) as Record<string, readonly string[]>, Object.fromEntries(known));
}

/** The story hashes known for a scenario id, or null; only the object's own keys count. */
export function hashesOf(known: KnownScenarios, scenarioId: string): readonly string[] | null {
  if (!Object.hasOwn(known, scenarioId)) return null;
  const hashes = known[scenarioId];
  return Array.isArray(hashes) ? hashes : null;
}

/** Learner names compare trimmed, case-insensitively, with runs of spaces as one. */
export function learnerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Checks the shape of one result (with the same rules as the results kept in the browser). The
 * object returned is the one read, unchanged (fields a newer version adds stay in place), so its
 * seal can be checked against exactly what was sealed.
 */
export function checkResult(v: unknown, p: string): LearnerResult {
  const checked = checkLearnerResult(v, p);
  if (checked.learner.trim() === '') throw new InvalidData(`${p}.learner should be a name`);
  return v as LearnerResult;
}

/** A value quoted in a fault: a hostile file's 5 MB "kind" is not shown whole. */
function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

function malformed(error: unknown): { code: 'malformed'; field: string; expected: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(.*) should be (.*)$/s.exec(message);
  return { code: 'malformed', field: match?.[1] ?? '', expected: match?.[2] ?? message };
}

/** Why a well-formed result cannot be trusted, or null when it adds up. */
export function tamperOf(result: LearnerResult): Extract<FaultDetail, { code: 'tampered' }> | null {
  const totals: RoleScores = { S: 0, T: 0, R: 0, O: 0, BE: 0 };
  for (const d of result.decisions) {
    const option = d.options[d.chosen];
    if (!option) return { code: 'tampered', reason: 'chosen', decision: d.number };
    for (const role of ROLES) totals[role] += option.score[role] ?? 0;
  }
  for (const role of ROLES)
    if (Math.abs(totals[role] - result.scores[role]) > 1e-9)
      return { code: 'tampered', reason: 'scores', role };
  if (result.capabilities) {
    const caps = capabilityTotals(result.decisions.map((d) => d.options[d.chosen]));
    for (const cap of CAPABILITIES)
      if (Math.abs(caps[cap] - result.capabilities[cap]) > 1e-9)
        return { code: 'tampered', reason: 'capabilities', role: cap };
  }
  if (sealOf(result) !== result.seal) return { code: 'tampered', reason: 'seal' };
  return null;
}

/**
 * Reads a batch of files against the results already loaded. Returns what loaded and a report
 * per file; a duplicate is judged against everything loaded before it, in this batch or earlier.
 */
export function readResultFiles(
  files: readonly FileInput[],
  known: KnownScenarios,
  already: readonly LoadedResult[] = [],
): { loaded: LoadedResult[]; reports: FileReport[] } {
  const loaded: LoadedResult[] = [];
  const byId = new Map<string, LoadedResult>();
  const byLearner = new Map<string, LoadedResult>();
  const remember = (item: LoadedResult) => {
    byId.set(item.result.id, item);
    byLearner.set(`${item.result.scenarioId}\n${learnerKey(item.result.learner)}`, item);
  };
  for (const item of already) remember(item);

  // A verdict is a fault or { result }: a result's own fields (a hostile "code") never decide it.
  const judge = (raw: unknown, index: number): FaultDetail | { result: LearnerResult } => {
    let result: LearnerResult;
    try {
      result = checkResult(raw, `results[${index}]`);
    } catch (error) {
      return malformed(error);
    }
    const hashes = hashesOf(known, result.scenarioId);
    if (!hashes) return { code: 'unknown-scenario', scenarioId: clip(result.scenarioId) };
    if (!hashes.includes(result.storyHash))
      return { code: 'wrong-version', scenarioId: result.scenarioId, storyHash: clip(result.storyHash) };
    const tamper = tamperOf(result);
    if (tamper) return tamper;
    const sameId = byId.get(result.id);
    const other = sameId ?? byLearner.get(`${result.scenarioId}\n${learnerKey(result.learner)}`);
    if (other)
      return {
        code: 'duplicate',
        scenarioId: result.scenarioId,
        otherFile: other.file,
        sameId: sameId !== undefined,
      };
    return { result };
  };

  const readFile = (file: FileInput): FileReport => {
    const faults: ResultFault[] = [];
    const whole = (detail: FaultDetail): FileReport => ({
      file: file.name,
      loaded: 0,
      faults: [{ ...detail, file: file.name, index: null, learner: null }],
    });
    if (file.unreadable !== undefined)
      return whole({ code: 'unreadable', reason: clip(file.unreadable, 200) || 'could not be read' });
    const large = file.size === undefined ? null : tooLarge(file.size);
    const read = large ?? readJson(file.text);
    if (!read.ok) {
      if (read.reason === 'too-large')
        return whole({ code: 'too-large', size: read.size, limit: read.limit });
      if (read.reason === 'too-deep') return whole({ code: 'too-deep', limit: read.limit });
      return whole({ code: 'not-json', reason: read.detail });
    }
    const data = read.value;
    if (!isObject(data)) return whole({ code: 'wrong-game', found: null });
    if (data.kind !== RESULT_FILE_KIND)
      return whole({ code: 'wrong-game', found: typeof data.kind === 'string' ? clip(data.kind) : null });
    if (!READABLE_RESULT_VERSIONS.includes(data.version as number))
      return whole({
        code: 'unsupported-version',
        found: clip(JSON.stringify(data.version ?? null) ?? 'null'),
      });
    if (!Array.isArray(data.results)) return whole(malformed(new InvalidData('results should be a list')));
    if (data.results.length === 0)
      return whole(malformed(new InvalidData('results should be at least one result')));
    if (data.results.length > MAX_RESULTS_PER_FILE)
      return whole({ code: 'too-many', count: data.results.length, limit: MAX_RESULTS_PER_FILE });

    let count = 0;
    data.results.forEach((raw: unknown, index: number) => {
      let verdict: FaultDetail | { result: LearnerResult };
      try {
        verdict = judge(raw, index);
      } catch (error) {
        // One result that breaks a check is refused on its own; the rest of the file still loads.
        verdict = { code: 'unreadable', reason: errorText(error) };
      }
      if (!('result' in verdict)) {
        const learner = isObject(raw) && typeof raw.learner === 'string' ? clip(raw.learner) : null;
        faults.push({ ...verdict, file: file.name, index, learner });
        return;
      }
      const item = { file: file.name, result: verdict.result };
      loaded.push(item);
      remember(item);
      count++;
    });
    return { file: file.name, loaded: count, faults };
  };
  // Each file is guarded on its own: whatever one file does, the rest of the batch is read.
  const reports = files.map((file): FileReport => {
    try {
      return readFile(file);
    } catch (error) {
      return {
        file: file.name,
        loaded: 0,
        faults: [
          { code: 'unreadable', reason: errorText(error), file: file.name, index: null, learner: null },
        ],
      };
    }
  });
  return { loaded, reports };
}
