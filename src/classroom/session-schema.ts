import * as v from 'valibot';
import { errorText, readJson, tooLarge } from '../state/safe-json.ts';
import { snapshotSchema } from '../state/schema.ts';
import {
  count,
  flag,
  InvalidData,
  listOf,
  maybe,
  number,
  oneOf,
  parseWith,
  recordOf,
  shape,
  text,
} from '../state/schema-kit.ts';
import { type ClassSession, MAIN, SESSION_KIND, SESSION_VERSION } from './session.ts';

const branchSchema = shape({
  id: text,
  kind: oneOf(['main', 'what-if']),
  // forkAt and openedAt in files from before this version are derived now, and ignored.
  snapshot: snapshotSchema,
  createdAt: text,
});

const phoneVoteSchema = shape({
  decisionId: text,
  keys: listOf(text),
  counts: listOf(count),
  voters: count,
  open: flag,
  settled: flag,
  ballots: recordOf(count),
});

export const sessionSchema: v.GenericSchema<unknown, ClassSession> = v.pipe(
  shape({
    kind: v.literal(SESSION_KIND, `"${SESSION_KIND}" (this is not a classroom session)`),
    version: v.literal(SESSION_VERSION, `${SESSION_VERSION}`),
    id: text,
    scenarioId: text,
    locale: text,
    title: maybe(text),
    storyHash: text,
    startedAt: text,
    current: text,
    branches: v.pipe(
      listOf(branchSchema),
      v.check((bs) => bs.some((b) => b.id === MAIN && b.kind === 'main'), 'a list with the main line'),
    ),
    votes: recordOf(listOf(count)),
    phoneVotes: recordOf(phoneVoteSchema),
    timer: shape({ durationMs: count, elapsedMs: count, runningSince: maybe(number) }),
    selection: maybe(count),
    decisionShownAt: maybe(number),
    timings: listOf(shape({ branch: text, number: count, debateMs: count, totalMs: count, decidedAt: text })),
  }),
  v.forward(
    v.check((o) => o.branches.some((b) => b.id === o.current), 'one of the branches'),
    ['current'],
  ),
);

export const sessionsSchema = recordOf(sessionSchema);

/**
 * A session of format 1 (before phones voted) as format 2: the same, with no phone votes. Anything
 * else is passed on untouched for the schema to judge.
 */
export function upgradeSession(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const old = value as Record<string, unknown>;
  if (old.kind !== SESSION_KIND || old.version !== 1) return value;
  return { ...old, version: 2, phoneVotes: {} };
}

/** The saved sessions (one per scenario) of format 1, as format 2. */
export function upgradeSessions(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([id, session]) => [id, upgradeSession(session)]));
}

export const checkSession = (value: unknown, path: string): ClassSession =>
  parseWith(sessionSchema, value, path);

/** Reads a session file a trainer exported: the session, or a message saying what is wrong. */
export function parseSessionFile(text: string, size?: number): { session: ClassSession } | { error: string } {
  const read = (size === undefined ? null : tooLarge(size)) ?? readJson(text);
  if (!read.ok) return { error: read.reason === 'not-json' ? 'not a JSON file' : read.detail };
  try {
    return { session: checkSession(upgradeSession(read.value), 'session') };
  } catch (error) {
    return { error: error instanceof InvalidData ? error.message : errorText(error) };
  }
}

export function sessionFileName(session: ClassSession): string {
  const day = session.startedAt.slice(0, 10);
  return `wudi-class-${session.scenarioId}-${day}.json`;
}
