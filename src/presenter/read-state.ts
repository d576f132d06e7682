import type {
  MirrorBranch,
  MirrorClassroom,
  MirrorDecision,
  MirrorState,
} from '../classroom/mirror-protocol.ts';
import type { BranchComparison, BranchSide, DebateTimer } from '../classroom/session.ts';
import { ENDINGS } from '../narrative/roles.ts';
import { checkOption, checkRoleScores, checkStep } from '../state/schema.ts';
import {
  arrayOf,
  bool,
  type Check,
  fail,
  InvalidData,
  isObject,
  nullable,
  num,
  obj,
  oneOf,
  str,
} from '../state/validate.ts';

/**
 * A message on the channel comes from another window: it is checked like a file before the
 * presenter draws anything from it. Only the fields the presenter shows are checked in depth;
 * the rest is passed through as sent.
 */

const scores = checkRoleScores;
const option = checkOption;
const step = checkStep;
const ending = nullable(oneOf(ENDINGS));

const decision: Check<MirrorDecision> = (v, p) => {
  const o = obj(v, p);
  const options = arrayOf(option)(o.options, `${p}.options`);
  const chosen = num(o.chosen, `${p}.chosen`);
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= options.length) fail(`${p}.chosen`, 'an option');
  return {
    number: num(o.number, `${p}.number`),
    point: str(o.point, `${p}.point`),
    prompt: nullable(str)(o.prompt, `${p}.prompt`),
    facilitator: nullable(str)(o.facilitator, `${p}.facilitator`),
    options,
    chosen,
    // from a game window older than shuffled options: authored order
    shownAs:
      o.shownAs === undefined
        ? chosen + 1
        : checkShownAs(num(o.shownAs, `${p}.shownAs`), `${p}.shownAs`, options.length),
  };
};

function checkShownAs(n: number, p: string, count: number): number {
  return Number.isInteger(n) && n >= 1 && n <= count ? n : fail(p, 'an option');
}

const branch: Check<MirrorBranch> = (v, p) => {
  const o = obj(v, p);
  return {
    id: str(o.id, `${p}.id`),
    kind: oneOf(['main', 'what-if'] as const)(o.kind, `${p}.kind`),
    forkAt: num(o.forkAt, `${p}.forkAt`),
    lookBack: o.lookBack === true,
    decisions: arrayOf(decision)(o.decisions, `${p}.decisions`),
    waitingAt: nullable(num)(o.waitingAt, `${p}.waitingAt`),
    finished: bool(o.finished, `${p}.finished`),
    ending: ending(o.ending, `${p}.ending`),
  };
};

const timer: Check<DebateTimer> = (v, p) => {
  const o = obj(v, p);
  return {
    durationMs: num(o.durationMs, `${p}.durationMs`),
    elapsedMs: num(o.elapsedMs, `${p}.elapsedMs`),
    runningSince: nullable(num)(o.runningSince, `${p}.runningSince`),
  };
};

const side: Check<BranchSide> = (v, p) => {
  const o = obj(v, p);
  return {
    branch: str(o.branch, `${p}.branch`),
    fromFork: scores(o.fromFork, `${p}.fromFork`),
    // the presenter shows only the scores of a side; its decision records pass through unread
    decisions: Array.isArray(o.decisions) ? (o.decisions as BranchSide['decisions']) : [],
    ending: ending(o.ending, `${p}.ending`),
    finished: bool(o.finished, `${p}.finished`),
  };
};

const comparison: Check<BranchComparison> = (v, p) => {
  const o = obj(v, p);
  return {
    forkAt: num(o.forkAt, `${p}.forkAt`),
    main: side(o.main, `${p}.main`),
    whatIf: side(o.whatIf, `${p}.whatIf`),
    difference: scores(o.difference, `${p}.difference`),
  };
};

const classroom: Check<MirrorClassroom> = (v, p) => {
  const o = obj(v, p);
  return {
    sessionId: str(o.sessionId, `${p}.sessionId`),
    current: str(o.current, `${p}.current`),
    branches: arrayOf(branch)(o.branches, `${p}.branches`),
    tally: arrayOf(num)(o.tally, `${p}.tally`),
    selected: nullable(num)(o.selected, `${p}.selected`),
    timer: timer(o.timer, `${p}.timer`),
    comparison: nullable(comparison)(o.comparison, `${p}.comparison`),
  };
};

export const checkMirrorState: Check<MirrorState> = (v, p) => {
  const o = obj(v, p);
  if (o.type !== 'state') fail(`${p}.type`, '"state"');
  const scenario = nullable((s: unknown, q: string) => {
    const so = obj(s, q);
    return {
      id: str(so.id, `${q}.id`),
      title: nullable(str)(so.title, `${q}.title`),
      role: nullable(str)(so.role, `${q}.role`),
    };
  })(o.scenario, `${p}.scenario`);
  return {
    type: 'state',
    sentAt: num(o.sentAt, `${p}.sentAt`),
    screen: str(o.screen, `${p}.screen`),
    locale: nullable(str)(o.locale, `${p}.locale`),
    mode: oneOf(['solo', 'class'] as const)(o.mode, `${p}.mode`),
    scenario,
    step: nullable(step)(o.step, `${p}.step`),
    facilitator: nullable(str)(o.facilitator, `${p}.facilitator`),
    decisions: arrayOf(decision)(o.decisions, `${p}.decisions`),
    totals: scores(o.totals, `${p}.totals`),
    possible: nullable(scores)(o.possible, `${p}.possible`),
    classroom: nullable(classroom)(o.classroom, `${p}.classroom`),
    blank: o.blank === true,
  };
};

export type ReadResult = { ok: true; state: MirrorState } | { ok: false; problem: string } | null;

/**
 * A state message, checked; null for messages that are not states at all (another
 * presenter's hello or command on the same channel), a problem for a state that does not fit.
 */
export function readMirrorState(data: unknown): ReadResult {
  if (!isObject(data) || data.type !== 'state') return null;
  try {
    return { ok: true, state: checkMirrorState(data, 'state') };
  } catch (error) {
    if (error instanceof InvalidData) return { ok: false, problem: error.message };
    throw error;
  }
}
