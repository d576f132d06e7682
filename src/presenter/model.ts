import { formatClock, signed } from '../classroom/session.ts';
import { type ScoreChip, scoreChips, scoreText } from '../words/format.ts';

export { formatClock, signed };

import type { MirrorBranch, MirrorState, PresenterCommand } from '../classroom/mirror-protocol.ts';
import { type DebateTimer, timerRemaining, voteShares } from '../classroom/session.ts';
import type { ChoiceOption } from '../narrative/engine.ts';
import { shownOrder } from '../narrative/option-order.ts';
import { ROLES, type Role } from '../narrative/roles.ts';
import { DIGIT, digitOf, type KeyTable, lookUp } from '../ui/key-router.ts';

/**
 * What the presenter window shows, worked out from the latest state the game window sent.
 * Plain functions, no DOM: the view only draws what these return.
 */

export type Phase = 'waiting' | 'solo' | 'no-scenario' | 'live';

const NO_SCENARIO_SCREENS = ['title', 'prologue', 'menu'];

export function phaseOf(state: MirrorState | null): Phase {
  if (!state) return 'waiting';
  if (state.mode === 'solo') return 'solo';
  // A reference screen (glossary, maps) opened mid-scenario keeps the scenario in view here.
  if (!state.scenario || !state.step || NO_SCENARIO_SCREENS.includes(state.screen)) return 'no-scenario';
  return 'live';
}

/** Score chips as the game shows them: one format everywhere (words/format.ts). */
export { type ScoreChip, scoreChips, scoreText as formatScore };

export interface TimerView {
  remainingMs: number;
  text: string;
  status: 'ready' | 'running' | 'paused' | 'done';
  /** share of the debate time used, 0..1 */
  used: number;
}

/**
 * The debate timer at `now`. The game window stamps `runningSince` with its own clock; both
 * windows run on the same machine, so the presenter's clock reads it directly.
 */
export function timerView(timer: DebateTimer, now: number): TimerView {
  const remainingMs = timerRemaining(timer, now);
  const running = timer.runningSince !== null;
  const status = remainingMs === 0 ? 'done' : running ? 'running' : timer.elapsedMs > 0 ? 'paused' : 'ready';
  const used = timer.durationMs > 0 ? Math.min(1, 1 - remainingMs / timer.durationMs) : 1;
  return { remainingMs, text: formatClock(remainingMs), status, used };
}

export interface BranchLabel {
  kind: 'main' | 'what-if';
  /** the decision a what-if leaves the main line at */
  forkAt: number;
  /** only a look back at the main line so far, at this decision */
  lookBackAt: number | null;
}

function labelOf(branch: MirrorBranch): BranchLabel {
  return {
    kind: branch.kind,
    forkAt: branch.forkAt,
    lookBackAt: branch.lookBack ? (branch.waitingAt ?? branch.decisions.length + 1) : null,
  };
}

export interface Header {
  title: string;
  branch: BranchLabel | null;
  /** the decision waiting on screen, or null on a line or at the end */
  decision: number | null;
  /** decisions already made on the branch on screen */
  made: number;
}

export function headerOf(state: MirrorState): Header {
  const c = state.classroom;
  const branch = c ? (c.branches.find((b) => b.id === c.current) ?? null) : null;
  return {
    title: state.scenario?.title ?? state.scenario?.id ?? '',
    branch: branch ? labelOf(branch) : null,
    decision: state.step?.kind === 'choices' ? state.decisions.length + 1 : null,
    made: state.decisions.length,
  };
}

export interface OptionView {
  /** 0-based, as the commands take it */
  index: number;
  /** 1-based, as the room and the keys see it */
  number: number;
  text: string;
  chips: ScoreChip[];
  feedback: string | null;
  votes: number;
  share: number;
  /** the phones' votes for it, or null when phones are not voting here */
  phoneVotes: number | null;
  phoneShare: number;
  /** the option Enter would play */
  selected: boolean;
  /** the most votes (and at least one) */
  leading: boolean;
}

export interface DecisionView {
  number: number;
  prompt: string | null;
  facilitator: string | null;
  options: OptionView[];
  totalVotes: number;
  /** 0-based; null outside classroom mode */
  selected: number | null;
  /** the phones' vote here: how many voted, and whether they still may; null when phones are not voting */
  phones: { voters: number; open: boolean } | null;
}

/** The decision on screen with each option's score, coach's note, votes and share; null when none waits. */
export function decisionOf(state: MirrorState): DecisionView | null {
  const step = state.step;
  if (step?.kind !== 'choices') return null;
  const tally = step.options.map((_, i) => state.classroom?.tally[i] ?? 0);
  const shares = voteShares(tally);
  const phones = state.classroom?.phones ?? null;
  const linked = state.room !== null && state.room.status !== 'unavailable';
  const phoneTally = step.options.map((_, i) => phones?.counts[i] ?? 0);
  const phoneShares = voteShares(phoneTally);
  // The room leads with hands and phones together (the game's rule for what Enter plays).
  const room = tally.map((c, i) => c + (phoneTally[i] ?? 0));
  const most = Math.max(0, ...room);
  const selected = state.classroom?.selected ?? null;
  return {
    number: state.decisions.length + 1,
    prompt: step.prompt,
    facilitator: state.facilitator ?? step.facilitator,
    // in the room's order: numbers as the room sees them, indices as the story counts
    options: shownOrder(step).map((i, shown) => {
      const o = step.options[i] as ChoiceOption;
      return {
        index: i,
        number: shown + 1,
        text: o.text,
        chips: scoreChips(o.score),
        feedback: o.feedback,
        votes: tally[i] ?? 0,
        share: shares[i] ?? 0,
        phoneVotes: phones || linked ? (phoneTally[i] ?? 0) : null,
        phoneShare: phoneShares[i] ?? 0,
        selected: selected === i,
        leading: most > 0 && room[i] === most,
      };
    }),
    totalVotes: tally.reduce((a, b) => a + b, 0),
    selected,
    phones: phones || linked ? { voters: phones?.voters ?? 0, open: phones?.open ?? true } : null,
  };
}

export interface ChapterEntry {
  number: number;
  prompt: string | null;
  /** 1-based: where the option the branch took stood in the order shown */
  chosen: number;
  chosenText: string;
  chips: ScoreChip[];
  command: PresenterCommand;
}

export interface Chapter {
  id: string;
  label: BranchLabel;
  /** the branch on screen */
  current: boolean;
  entries: ChapterEntry[];
  /** where the branch stands: its waiting decision, or the ending */
  resume: { number: number; waiting: boolean; ended: boolean; current: boolean; command: PresenterCommand };
}

function chapterOf(branch: MirrorBranch, isCurrent: boolean, onScreen: number | null): Chapter {
  const next = branch.decisions.length + 1;
  return {
    id: branch.id,
    label: labelOf(branch),
    current: isCurrent,
    entries: branch.decisions.map((d) => {
      const option = d.options[d.chosen];
      return {
        number: d.number,
        prompt: d.prompt,
        chosen: d.shownAs,
        chosenText: option?.text ?? '',
        chips: scoreChips(option?.score ?? {}),
        command: { type: 'go-to', branch: branch.id, number: d.number },
      };
    }),
    resume: {
      number: next,
      waiting: branch.waitingAt !== null,
      ended: branch.finished,
      current: isCurrent && onScreen === next,
      command: { type: 'go-to', branch: branch.id, number: next },
    },
  };
}

/** Every branch of the session, the main line first, then the what-ifs in the order they were opened. */
export function chaptersOf(state: MirrorState): Chapter[] {
  const c = state.classroom;
  if (!c) return [];
  const onScreen = state.step?.kind === 'choices' ? state.decisions.length + 1 : null;
  const main = c.branches.filter((b) => b.kind === 'main');
  const whatIfs = c.branches.filter((b) => b.kind !== 'main');
  return [...main, ...whatIfs].map((b) => chapterOf(b, b.id === c.current, onScreen));
}

export function onWhatIf(state: MirrorState): boolean {
  const c = state.classroom;
  return Boolean(c?.branches.some((b) => b.id === c.current && b.kind === 'what-if'));
}

export interface ComparisonRow {
  role: Role;
  main: number;
  whatIf: number;
  difference: number;
}

export function comparisonRows(state: MirrorState): ComparisonRow[] {
  const comparison = state.classroom?.comparison;
  if (!comparison) return [];
  return ROLES.map((role) => ({
    role,
    main: comparison.main.fromFork[role],
    whatIf: comparison.whatIf.fromFork[role],
    difference: comparison.difference[role],
  }));
}

export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** What the presenter's keys look at: the decision on screen, if any, and the room's state. */
interface PresenterKeyContext {
  state: MirrorState;
  decision: DecisionView | null;
}

const onLine = ({ state }: PresenterKeyContext) => state.step?.kind === 'line';

/**
 * The presenter's own keys, as in the game's classroom mode: a digit votes, Shift+digit takes
 * a vote back, 0 clears, Up/Down move the selection, T and R run the timer, N the next line.
 * Enter is left to the focused button, so no single key press plays an option by accident.
 */
export const PRESENTER_KEYS: KeyTable<PresenterKeyContext, PresenterCommand> = [
  [
    [DIGIT],
    (press, { decision }) => {
      const n = digitOf({ key: '', code: press.code });
      if (n === null || !decision) return null;
      if (n === 0) return press.shift ? null : { type: 'clear-votes' };
      const option = decision.options[n - 1];
      return option ? { type: 'vote', option: option.index, delta: press.shift ? -1 : 1 } : null;
    },
  ],
  // Up and Down move through the options as shown, from the one Enter would play
  [
    ['ArrowDown'],
    (_, { decision }) => (decision?.options.length ? { type: 'move-selection', delta: 1 } : null),
  ],
  [
    ['ArrowUp'],
    (_, { decision }) => (decision?.options.length ? { type: 'move-selection', delta: -1 } : null),
  ],
  // A clicker keeps working when the trainer has clicked into this window: its keys go on to
  // the game window, as they would there (at a decision "next" never chooses).
  [['PageDown', 'ArrowRight', ' '], (_, ctx) => (onLine(ctx) ? { type: 'advance' } : null)],
  [['PageUp', 'ArrowLeft'], { type: 'previous-decision' }],
  [['b', 'B', '.'], (_, { state }) => ({ type: 'blank', on: !state.blank })],
  [['t', 'T'], (press, { decision }) => (!press.shift && decision ? { type: 'timer-toggle' } : null)],
  [['r', 'R'], (press, { decision }) => (!press.shift && decision ? { type: 'timer-reset' } : null)],
  [['n', 'N'], (press, ctx) => (!press.shift && onLine(ctx) ? { type: 'advance' } : null)],
  [['m', 'M'], (press, { state }) => (!press.shift && onWhatIf(state) ? { type: 'return-to-main' } : null)],
];

export function commandForKey(press: KeyPress, state: MirrorState | null): PresenterCommand | null {
  if (!state || phaseOf(state) !== 'live' || !state.classroom) return null;
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const routed = {
    key: press.key,
    code: press.code,
    shift: press.shiftKey,
    modifiers: false,
    repeat: false,
    target: 'other' as const,
  };
  return lookUp([PRESENTER_KEYS], routed, { state, decision: decisionOf(state) });
}
