import { checkSnapshot } from '../state/schema.ts';
import {
  arrayOf,
  type Check,
  fail,
  InvalidData,
  nullable,
  num,
  obj,
  oneOf,
  recordOf,
  str,
} from '../state/validate.ts';
import { type Branch, type ClassSession, MAIN, SESSION_KIND, SESSION_VERSION } from './session.ts';

const count: Check<number> = (v, p) => {
  const n = num(v, p);
  if (!Number.isInteger(n) || n < 0) fail(p, 'a whole number, zero or more');
  return n;
};

const checkBranch: Check<Branch> = (v, p) => {
  const o = obj(v, p);
  return {
    id: str(o.id, `${p}.id`),
    kind: oneOf(['main', 'what-if'] as const)(o.kind, `${p}.kind`),
    // forkAt and openedAt in files from before this version are derived now, and ignored.
    snapshot: checkSnapshot(o.snapshot, `${p}.snapshot`),
    createdAt: str(o.createdAt, `${p}.createdAt`),
  };
};

export const checkSession: Check<ClassSession> = (v, p) => {
  const o = obj(v, p);
  if (o.kind !== SESSION_KIND) fail(`${p}.kind`, `"${SESSION_KIND}" (this is not a classroom session)`);
  if (o.version !== SESSION_VERSION) fail(`${p}.version`, `${SESSION_VERSION}`);
  const branches = arrayOf(checkBranch)(o.branches, `${p}.branches`);
  if (!branches.some((b) => b.id === MAIN && b.kind === 'main'))
    fail(`${p}.branches`, 'a list with the main line');
  const current = str(o.current, `${p}.current`);
  if (!branches.some((b) => b.id === current)) fail(`${p}.current`, 'one of the branches');
  const timer = obj(o.timer, `${p}.timer`);
  const timings = arrayOf((t, q) => {
    const x = obj(t, q);
    return {
      branch: str(x.branch, `${q}.branch`),
      number: count(x.number, `${q}.number`),
      debateMs: count(x.debateMs, `${q}.debateMs`),
      totalMs: count(x.totalMs, `${q}.totalMs`),
      decidedAt: str(x.decidedAt, `${q}.decidedAt`),
    };
  })(o.timings, `${p}.timings`);
  return {
    kind: SESSION_KIND,
    version: SESSION_VERSION,
    id: str(o.id, `${p}.id`),
    scenarioId: str(o.scenarioId, `${p}.scenarioId`),
    locale: str(o.locale, `${p}.locale`),
    title: nullable(str)(o.title, `${p}.title`),
    storyHash: str(o.storyHash, `${p}.storyHash`),
    startedAt: str(o.startedAt, `${p}.startedAt`),
    current,
    branches,
    votes: recordOf(arrayOf(count))(o.votes, `${p}.votes`),
    timer: {
      durationMs: count(timer.durationMs, `${p}.timer.durationMs`),
      elapsedMs: count(timer.elapsedMs, `${p}.timer.elapsedMs`),
      runningSince: nullable(num)(timer.runningSince, `${p}.timer.runningSince`),
    },
    selection: nullable(count)(o.selection, `${p}.selection`),
    decisionShownAt: nullable(num)(o.decisionShownAt, `${p}.decisionShownAt`),
    timings,
  };
};

export const checkSessions: Check<Record<string, ClassSession>> = recordOf(checkSession);

/** Reads a session file a trainer exported: the session, or a message saying what is wrong. */
export function parseSessionFile(text: string): { session: ClassSession } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not a JSON file' };
  }
  try {
    return { session: checkSession(data, 'session') };
  } catch (error) {
    return { error: error instanceof InvalidData ? error.message : String(error) };
  }
}

export function sessionFileName(session: ClassSession): string {
  const day = session.startedAt.slice(0, 10);
  return `wudi-class-${session.scenarioId}-${day}.json`;
}
