import * as v from 'valibot';
import type {
  MirrorBranch,
  MirrorClassroom,
  MirrorDecision,
  MirrorRoom,
  MirrorState,
} from '../classroom/mirror-protocol.ts';
import type { BranchComparison, BranchSide, DebateTimer } from '../classroom/session.ts';
import { ENDINGS } from '../narrative/roles.ts';
import { optionSchema, roleScoresSchema, stepSchema } from '../state/schema.ts';
import {
  describeIssue,
  flag,
  isObject,
  listOf,
  maybe,
  number,
  oneOf,
  shape,
  text,
} from '../state/schema-kit.ts';

/**
 * A message on the channel comes from another window: it is checked like a file before the
 * presenter draws anything from it. Only the fields the presenter shows are checked in depth;
 * the rest is passed through as sent.
 */

const ending = maybe(oneOf(ENDINGS));

const decision: v.GenericSchema<unknown, MirrorDecision> = v.pipe(
  shape({
    number,
    point: text,
    prompt: maybe(text),
    facilitator: maybe(text),
    options: listOf(optionSchema),
    chosen: v.pipe(number, v.integer('an option'), v.minValue(0, 'an option')),
    shownAs: v.optional(v.pipe(number, v.integer('an option'), v.minValue(1, 'an option'))),
  }),
  v.forward(
    v.check((d) => d.chosen < d.options.length, 'an option'),
    ['chosen'],
  ),
  v.forward(
    v.check((d) => d.shownAs === undefined || d.shownAs <= d.options.length, 'an option'),
    ['shownAs'],
  ),
  // from a game window older than shuffled options: authored order
  v.transform((d) => ({ ...d, shownAs: d.shownAs ?? d.chosen + 1 })),
);

const branch: v.GenericSchema<unknown, MirrorBranch> = shape({
  id: text,
  kind: oneOf(['main', 'what-if']),
  forkAt: number,
  lookBack: v.pipe(
    v.unknown(),
    v.transform((x) => x === true),
  ),
  decisions: listOf(decision),
  waitingAt: maybe(number),
  finished: flag,
  ending,
});

const timer: v.GenericSchema<unknown, DebateTimer> = shape({
  durationMs: number,
  elapsedMs: number,
  runningSince: maybe(number),
});

const side: v.GenericSchema<unknown, BranchSide> = shape({
  branch: text,
  fromFork: roleScoresSchema,
  // the presenter shows only the scores of a side; its decision records pass through unread
  decisions: v.pipe(
    v.unknown(),
    v.transform((x) => (Array.isArray(x) ? (x as BranchSide['decisions']) : [])),
  ),
  ending,
  finished: flag,
});

const comparison: v.GenericSchema<unknown, BranchComparison> = shape({
  forkAt: number,
  main: side,
  whatIf: side,
  difference: roleScoresSchema,
});

const classroom: v.GenericSchema<unknown, MirrorClassroom> = shape({
  sessionId: text,
  current: text,
  branches: listOf(branch),
  tally: listOf(number),
  selected: maybe(number),
  timer,
  comparison: maybe(comparison),
  phones: maybe(shape({ counts: listOf(number), voters: number, open: v.boolean() })),
});

const room: v.GenericSchema<unknown, MirrorRoom> = shape({
  status: oneOf(['connecting', 'live', 'reconnecting', 'unavailable']),
  code: maybe(text),
  joinUrl: maybe(text),
  phones: number,
  card: v.boolean(),
});

export const mirrorStateSchema: v.GenericSchema<unknown, MirrorState> = shape({
  type: v.literal('state', '"state"'),
  sentAt: number,
  screen: text,
  locale: maybe(text),
  mode: oneOf(['solo', 'class']),
  scenario: maybe(shape({ id: text, title: maybe(text), role: maybe(text) })),
  step: maybe(stepSchema),
  facilitator: maybe(text),
  decisions: listOf(decision),
  totals: roleScoresSchema,
  possible: maybe(roleScoresSchema),
  classroom: maybe(classroom),
  blank: v.pipe(
    v.unknown(),
    v.transform((x) => x === true),
  ),
  // An older game window sends no room: phones are not voting.
  room: v.optional(v.nullable(room), null),
});

export type ReadResult = { ok: true; state: MirrorState } | { ok: false; problem: string } | null;

/**
 * A state message, checked; null for messages that are not states at all (another
 * presenter's hello or command on the same channel), a problem for a state that does not fit.
 */
export function readMirrorState(data: unknown): ReadResult {
  if (!isObject(data) || data.type !== 'state') return null;
  const read = v.safeParse(mirrorStateSchema, data);
  return read.success
    ? { ok: true, state: read.output }
    : { ok: false, problem: describeIssue(read.issues, 'state') };
}
