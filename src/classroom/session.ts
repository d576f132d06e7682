import type { DecisionRecord, EngineSnapshot } from '../narrative/engine.ts';
import { addScores, type Ending, ROLES, type Role, type RoleScores, zeroScores } from '../narrative/roles.ts';

/**
 * A trainer's classroom session on one scenario: the main line the room plays, every what-if
 * branch explored from it, the votes cast at each decision and the debate timer. Plain data,
 * saved as the trainer goes and exportable as a file; the store applies it to the engine.
 */
export const SESSION_KIND = 'wudi-turn/class-session';
export const SESSION_VERSION = 1;
export const MAIN = 'main';

export interface Branch {
  id: string;
  kind: 'main' | 'what-if';
  /** the decision (1-based) where this branch leaves the main line; 0 for the main line */
  forkAt: number;
  /** the decision the trainer went back to when opening it (0 for the main line) */
  openedAt: number;
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
  /** votes per decision position (see positionKey): one count per option */
  votes: Record<string, number[]>;
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
    branches: [
      { id: MAIN, kind: 'main', forkAt: 0, openedAt: 0, snapshot: input.snapshot, createdAt: startedAt },
    ],
    votes: {},
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

export function tallyAt(session: ClassSession, position: string | null, optionCount: number): number[] {
  const counts = position ? (session.votes[position] ?? []) : [];
  return Array.from({ length: optionCount }, (_, i) => counts[i] ?? 0);
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

/** The option with the most votes; the first of equals; option 0 before anyone votes. */
export function leadingOption(counts: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < counts.length; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return best;
}

/** The option Enter would play: the trainer's selection, or the room's leading option. */
export function selectedOption(session: ClassSession, counts: readonly number[]): number {
  const s = session.selection;
  return s !== null && s >= 0 && s < counts.length ? s : leadingOption(counts);
}

export function moveSelection(session: ClassSession, counts: readonly number[], delta: number): number {
  const n = counts.length;
  if (n === 0) return 0;
  return (((selectedOption(session, counts) + delta) % n) + n) % n;
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

/** A what-if that has not yet had a decision of its own played: nothing to keep if the trainer leaves it. */
export function isPending(branch: Branch): boolean {
  return branch.kind === 'what-if' && branch.snapshot.decisions.length < branch.openedAt;
}

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

/** The what-if beside the main line, scored from the decision where they part. */
export function compareWithMain(session: ClassSession, whatIfId: string): BranchComparison | null {
  const whatIf = branchOf(session, whatIfId);
  if (whatIf?.kind !== 'what-if') return null;
  const main = mainBranch(session);
  const forkAt = Math.min(whatIf.forkAt, divergence(main.snapshot.decisions, whatIf.snapshot.decisions));
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
