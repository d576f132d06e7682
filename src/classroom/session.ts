import type { DecisionRecord, EngineSnapshot } from '../narrative/engine.ts';
import { decisionOrder, shownOrder } from '../narrative/option-order.ts';
import { addScores, type Ending, ROLES, type Role, type RoleScores, zeroScores } from '../narrative/roles.ts';

/**
 * A trainer's classroom session on one scenario: the main line the room plays, every what-if
 * branch explored from it, the votes cast at each decision and the debate timer. Plain data,
 * saved as the trainer goes and exportable as a file; the store applies it to the engine.
 */
export const SESSION_KIND = 'wudi-turn/class-session';
export const SESSION_VERSION = 2;
export const MAIN = 'main';

export interface Branch {
  id: string;
  kind: 'main' | 'what-if';
  // Where a what-if leaves the main line is not stored: forkOf() reads it from the decisions.
  /** where the branch stands now: its whole decision log and ink state */
  snapshot: EngineSnapshot;
  createdAt: string;
}

export interface DebateTimer {
  durationMs: number;
  /** time already run before the current start */
  elapsedMs: number;
  /** when the timer was last started (epoch ms), null while paused or stopped */
  runningSince: number | null;
}

export interface DecisionTiming {
  branch: string;
  number: number;
  /** how long the room debated (the timer's running time) before the option was played */
  debateMs: number;
  /** wall-clock time from the decision appearing to the option being played */
  totalMs: number;
  decidedAt: string;
}

/**
 * The phones' vote at one decision (issue 15), kept apart from the hand count: what the room
 * server tallied, in authored option order. `keys` are the phone keys of the options (their place
 * on screen), so a tally that arrives after the decision was played still maps back.
 */
export interface PhoneVote {
  decisionId: string;
  keys: string[];
  counts: number[];
  /** phones with a ballot */
  voters: number;
  /** phones may still vote (or change their vote) */
  open: boolean;
  /** closed and confirmed by the server's frozen tally: never changed again */
  settled: boolean;
  /** voter tag → authored option, while the vote is not settled: what a restarted server is sent back */
  ballots: Record<string, number>;
}

export interface ClassSession {
  kind: typeof SESSION_KIND;
  version: typeof SESSION_VERSION;
  id: string;
  scenarioId: string;
  locale: string;
  title: string | null;
  storyHash: string;
  startedAt: string;
  /** the branch on screen */
  current: string;
  branches: Branch[];
  /**
   * votes per branch and decision (see voteKey): one count per option. A what-if that debates a
   * decision again starts a fresh tally, so the main line's record of the room's vote stays.
   */
  votes: Record<string, number[]>;
  /** the phones' votes, by the same keys as `votes` (format 2; format 1 had none) */
  phoneVotes: Record<string, PhoneVote>;
  timer: DebateTimer;
  /** the option the trainer moved to with Up/Down; null follows the leading option */
  selection: number | null;
  /** when the decision on screen appeared (epoch ms), for its timing */
  decisionShownAt: number | null;
  timings: DecisionTiming[];
}

export function newSession(input: {
  scenarioId: string;
  locale: string;
  title: string | null;
  storyHash: string;
  snapshot: EngineSnapshot;
  debateMs: number;
  now: number;
}): ClassSession {
  const startedAt = new Date(input.now).toISOString();
  return {
    kind: SESSION_KIND,
    version: SESSION_VERSION,
    id: `${input.scenarioId}-${input.now.toString(36)}`,
    scenarioId: input.scenarioId,
    locale: input.locale,
    title: input.title,
    storyHash: input.storyHash,
    startedAt,
    current: MAIN,
    branches: [{ id: MAIN, kind: 'main', snapshot: input.snapshot, createdAt: startedAt }],
    votes: {},
    phoneVotes: {},
    timer: { durationMs: input.debateMs, elapsedMs: 0, runningSince: null },
    selection: null,
    decisionShownAt: input.snapshot.step.kind === 'choices' ? input.now : null,
    timings: [],
  };
}

export function branchOf(session: ClassSession, id: string): Branch | null {
  return session.branches.find((b) => b.id === id) ?? null;
}

export function currentBranch(session: ClassSession): Branch {
  const branch = branchOf(session, session.current) ?? branchOf(session, MAIN);
  if (!branch) throw new Error('A classroom session always has a main line.');
  return branch;
}

export function mainBranch(session: ClassSession): Branch {
  const branch = branchOf(session, MAIN);
  if (!branch) throw new Error('A classroom session always has a main line.');
  return branch;
}

/**
 * Where a decision sits, by the options taken to reach it: the same position on two
 * branches shares its votes, because the room debated the same thing.
 */
export function positionKey(decisions: readonly Pick<DecisionRecord, 'chosen'>[], number: number): string {
  return `${decisions
    .slice(0, number - 1)
    .map((d) => d.chosen)
    .join('.')}@${number}`;
}

/** The position of the decision on screen, or null when no decision is waiting. */
export function openPosition(snapshot: EngineSnapshot): string | null {
  if (snapshot.step.kind !== 'choices') return null;
  return positionKey(snapshot.decisions, snapshot.decisions.length + 1);
}

// ---- votes ----

export function voteKey(branch: string, position: string): string {
  return `${branch}|${position}`;
}

/** One count per option, zeros where none were kept (a record is as long as the votes it saw). */
export function padCounts(counts: readonly number[] | undefined, optionCount: number): number[] {
  return Array.from({ length: optionCount }, (_, i) => counts?.[i] ?? 0);
}

export function tallyAt(session: ClassSession, key: string | null, optionCount: number): number[] {
  return padCounts(key ? session.votes[key] : undefined, optionCount);
}

/** The decision waiting on the branch on screen: where its votes are kept, and their counts. */
export function openTally(session: ClassSession): { key: string | null; counts: number[] } {
  const branch = currentBranch(session);
  const position = openPosition(branch.snapshot);
  const step = branch.snapshot.step;
  const key = position ? voteKey(branch.id, position) : null;
  return { key, counts: tallyAt(session, key, step.kind === 'choices' ? step.options.length : 0) };
}

/** The room's vote at decision `number` of a branch, if it voted there. */
export function votesAt(session: ClassSession, branchId: string, number: number): number[] | null {
  const key = voteKeyAt(session, branchId, number);
  const counts = key ? session.votes[key] : undefined;
  return counts?.some((c) => c > 0) ? counts : null;
}

/** Where the votes of decision `number` of a branch are kept (hands' and phones' alike). */
export function voteKeyAt(session: ClassSession, branchId: string, number: number): string | null {
  const branch = branchOf(session, branchId);
  return branch ? voteKey(branchId, positionKey(branch.snapshot.decisions, number)) : null;
}

/**
 * A decision's vote numbered as the room saw the options (votes are kept per authored option):
 * the counts in the order shown, and the place (1-based) of the option played.
 */
export function voteAsShown(
  branch: Branch,
  number: number,
  counts: readonly number[],
): { counts: number[]; played: number } | null {
  const d = branch.snapshot.decisions[number - 1];
  if (!d) return null;
  const order = decisionOrder(branch.snapshot.optionSeed, d);
  return { counts: order.map((i) => counts[i] ?? 0), played: order.indexOf(d.chosen) + 1 };
}

/** Adds (delta 1) or removes (delta -1) one vote; a count never goes below zero. */
export function castVote(
  votes: Record<string, number[]>,
  position: string,
  optionCount: number,
  option: number,
  delta: number,
): Record<string, number[]> {
  if (option < 0 || option >= optionCount) return votes;
  const counts = Array.from({ length: optionCount }, (_, i) => votes[position]?.[i] ?? 0);
  counts[option] = Math.max(0, (counts[option] ?? 0) + delta);
  return { ...votes, [position]: counts };
}

export function clearVotes(votes: Record<string, number[]>, position: string): Record<string, number[]> {
  const { [position]: _cleared, ...rest } = votes;
  return rest;
}

/** Each option's share of the votes cast (0..1); all zero before anyone votes. */
export function voteShares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** The option with the most votes; the first shown of equals; the first shown before anyone votes. */
export function leadingOption(
  counts: readonly number[],
  order: readonly number[] = counts.map((_, i) => i),
): number {
  let best = order[0] ?? 0;
  for (const i of order) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return best;
}

/** The order the decision on screen shows its options in (authored indices). */
function orderOnScreen(session: ClassSession, count: number): number[] {
  const step = currentBranch(session).snapshot.step;
  return step.kind === 'choices' && step.options.length === count
    ? shownOrder(step)
    : Array.from({ length: count }, (_, i) => i);
}

/** The option Enter would play: the trainer's selection, or the room's leading option. */
export function selectedOption(session: ClassSession, counts: readonly number[]): number {
  const s = session.selection;
  return s !== null && s >= 0 && s < counts.length
    ? s
    : leadingOption(counts, orderOnScreen(session, counts.length));
}

/** Up and Down move through the options as shown. */
export function moveSelection(session: ClassSession, counts: readonly number[], delta: number): number {
  const n = counts.length;
  if (n === 0) return 0;
  const order = orderOnScreen(session, n);
  const at = order.indexOf(selectedOption(session, counts));
  return order[(((at + delta) % n) + n) % n] ?? 0;
}

/** A gap longer than this (a break, a reload the next day) is not time the room spent debating. */
export const STALE_MS = 5 * 60 * 1000;

/**
 * A session coming back (a reload, a file opened days later): a running timer is paused where
 * it stood, and the decision's clock restarts if it was left longer than a break.
 */
export function settleSession(session: ClassSession, now: number): ClassSession {
  const timer =
    session.timer.runningSince === null
      ? session.timer
      : {
          ...session.timer,
          elapsedMs: Math.min(session.timer.durationMs, Math.round(timerElapsed(session.timer, now))),
          runningSince: null,
        };
  const waiting = currentBranch(session).snapshot.step.kind === 'choices';
  const shown = session.decisionShownAt;
  const fresh = shown !== null && now >= shown && now - shown <= STALE_MS;
  return { ...session, timer, decisionShownAt: !waiting ? null : fresh ? shown : now };
}

// ---- the debate timer ----

export function timerElapsed(timer: DebateTimer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function timerRemaining(timer: DebateTimer, now: number): number {
  return Math.max(0, timer.durationMs - timerElapsed(timer, now));
}

export function toggleTimer(timer: DebateTimer, now: number): DebateTimer {
  if (timer.runningSince !== null)
    return { ...timer, elapsedMs: timerElapsed(timer, now), runningSince: null };
  // Starting a timer that has run out starts a fresh debate.
  const elapsedMs = timerRemaining(timer, now) === 0 ? 0 : timer.elapsedMs;
  return { ...timer, elapsedMs, runningSince: now };
}

export function resetTimer(timer: DebateTimer, durationMs = timer.durationMs): DebateTimer {
  return { durationMs, elapsedMs: 0, runningSince: null };
}

// ---- branches ----

/**
 * A what-if whose decisions so far only repeat another branch's (the trainer went back to look
 * again, or replayed what was played): nothing to keep if the trainer leaves it.
 */
export function isRedundant(session: ClassSession, branch: Branch): boolean {
  if (branch.kind !== 'what-if') return false;
  const mine = branch.snapshot.decisions;
  return session.branches.some(
    (other) =>
      other.id !== branch.id &&
      other.snapshot.decisions.length >= mine.length &&
      mine.every((d, i) => other.snapshot.decisions[i]?.chosen === d.chosen),
  );
}

/** On a what-if at a decision the main line also reached by the same path: the option it took there. */
export function mainChoiceHere(session: ClassSession): number | null {
  const branch = currentBranch(session);
  const position = openPosition(branch.snapshot);
  if (branch.kind !== 'what-if' || !position) return null;
  const main = mainBranch(session);
  const number = branch.snapshot.decisions.length + 1;
  const record = main.snapshot.decisions[number - 1];
  return record && positionKey(main.snapshot.decisions, number) === position ? record.chosen : null;
}

/** Time the room spent at a branch's decisions, from each appearing to its option being played. */
export function timeSpentOn(session: ClassSession, branchId: string): number {
  return session.timings.filter((t) => t.branch === branchId).reduce((sum, t) => sum + t.totalMs, 0);
}

/** mm:ss, rounded up so a debate never shows 0:00 while time is left */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

// The presenter reads the signed-score format from here; it lives with every other number format.
export { signed } from '../words/format.ts';

export function nextBranchId(session: ClassSession): string {
  let n = session.branches.filter((b) => b.kind === 'what-if').length + 1;
  while (branchOf(session, `w${n}`)) n++;
  return `w${n}`;
}

/** The decision where two logs first differ (1-based), or one past the shorter log. */
export function divergence(a: readonly DecisionRecord[], b: readonly DecisionRecord[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i]?.chosen !== b[i]?.chosen) return i + 1;
  return n + 1;
}

export interface BranchSide {
  branch: string;
  /** points earned from the fork on (the decisions before it are the same on both) */
  fromFork: RoleScores;
  decisions: DecisionRecord[];
  ending: Ending | null;
  finished: boolean;
}

export interface BranchComparison {
  forkAt: number;
  main: BranchSide;
  whatIf: BranchSide;
  /** what-if minus main, per role, from the fork on */
  difference: RoleScores;
}

function side(branch: Branch, from: number): BranchSide {
  const decisions = branch.snapshot.decisions.slice(from - 1);
  let fromFork = zeroScores();
  for (const d of decisions) fromFork = addScores(fromFork, d.options[d.chosen]?.score ?? {});
  return {
    branch: branch.id,
    fromFork,
    decisions,
    ending: branch.snapshot.step.kind === 'end' ? branch.snapshot.ending : null,
    finished: branch.snapshot.step.kind === 'end',
  };
}

/** Where a branch leaves the main line: the first decision it played differently (1-based). */
export function forkOf(session: ClassSession, branch: Branch): number {
  if (branch.kind === 'main') return 0;
  return divergence(mainBranch(session).snapshot.decisions, branch.snapshot.decisions);
}

/** The what-if beside the main line, scored from the decision where they part. */
export function compareWithMain(session: ClassSession, whatIfId: string): BranchComparison | null {
  const whatIf = branchOf(session, whatIfId);
  if (whatIf?.kind !== 'what-if') return null;
  const main = mainBranch(session);
  const forkAt = forkOf(session, whatIf);
  const a = side(main, forkAt);
  const b = side(whatIf, forkAt);
  const difference = zeroScores();
  for (const role of ROLES) difference[role] = b.fromFork[role] - a.fromFork[role];
  return { forkAt, main: a, whatIf: b, difference };
}

/** The role a comparison moves most, for a one-line summary. */
export function biggestShift(comparison: BranchComparison): { role: Role; delta: number } | null {
  let best: { role: Role; delta: number } | null = null;
  for (const role of ROLES) {
    const delta = comparison.difference[role];
    if (delta !== 0 && (!best || Math.abs(delta) > Math.abs(best.delta))) best = { role, delta };
  }
  return best;
}
