import type { ChoiceOption, DecisionRecord, StoryStep } from '../narrative/engine.ts';
import { decisionOrder } from '../narrative/option-order.ts';
import type { Ending, RoleScores } from '../narrative/roles.ts';
import { isObject } from '../state/schema-kit.ts';
import {
  type BranchComparison,
  type ClassSession,
  compareWithMain,
  currentBranch,
  type DebateTimer,
  forkOf,
  isRedundant,
  openTally,
  selectedOption,
} from './session.ts';

/**
 * What the game window tells a presenter window, and what the presenter may ask of it. Both
 * windows are on the same origin and talk over a BroadcastChannel; the game window owns all
 * state and the presenter only renders what it is sent.
 */
export const MIRROR_CHANNEL = 'wudi-turn-state';

/** A decision as the presenter's chapter list shows it (no ink state: that stays in the game window). */
export interface MirrorDecision {
  number: number;
  point: string;
  prompt: string | null;
  facilitator: string | null;
  options: ChoiceOption[];
  chosen: number;
  /** 1-based: where the chosen option stood in the order the room saw */
  shownAs: number;
}

export interface MirrorBranch {
  id: string;
  kind: 'main' | 'what-if';
  forkAt: number;
  /** a what-if that so far only repeats another branch: a look back, not yet a what-if */
  lookBack: boolean;
  decisions: MirrorDecision[];
  /** the number of the decision waiting on this branch, or null if it stands on a line or the end */
  waitingAt: number | null;
  finished: boolean;
  ending: Ending | null;
}

export interface MirrorClassroom {
  sessionId: string;
  current: string;
  branches: MirrorBranch[];
  /** votes for the decision on screen, one count per option (empty when none is waiting) */
  tally: number[];
  /** the option Enter would play */
  selected: number | null;
  timer: DebateTimer;
  /** the what-if on screen beside the main line, when one is */
  comparison: BranchComparison | null;
}

export interface MirrorState {
  type: 'state';
  /** the game window's clock when this was sent (the timer runs on it) */
  sentAt: number;
  screen: string;
  locale: string | null;
  mode: 'solo' | 'class';
  scenario: { id: string; title: string | null; role: string | null } | null;
  step: StoryStep | null;
  /** the `# facilitator:` note for the decision on screen */
  facilitator: string | null;
  decisions: MirrorDecision[];
  totals: RoleScores;
  possible: RoleScores | null;
  classroom: MirrorClassroom | null;
  /** the projected screen is blanked */
  blank: boolean;
}

export type PresenterCommand =
  | { name: 'goTo'; branch: string; number: number }
  | { name: 'returnToMain' }
  | { name: 'vote'; index: number; delta: 1 | -1 }
  | { name: 'clearVotes' }
  | { name: 'select'; index: number }
  | { name: 'playSelected' }
  | { name: 'advance' }
  | { name: 'previous' }
  | { name: 'blank'; on: boolean }
  | { name: 'toggleTimer' }
  | { name: 'resetTimer' };

export type PresenterMessage = { type: 'hello' } | { type: 'command'; command: PresenterCommand };

export function mirrorDecision(d: DecisionRecord, optionSeed: number | null | undefined): MirrorDecision {
  return {
    number: d.number,
    point: d.point,
    prompt: d.prompt,
    facilitator: d.facilitator,
    options: d.options,
    chosen: d.chosen,
    shownAs: decisionOrder(optionSeed, d).indexOf(d.chosen) + 1,
  };
}

export function mirrorClassroom(session: ClassSession): MirrorClassroom {
  const tally = openTally(session).counts;
  const count = tally.length;
  const branch = currentBranch(session);
  return {
    sessionId: session.id,
    current: session.current,
    branches: session.branches.map((b) => ({
      id: b.id,
      kind: b.kind,
      forkAt: forkOf(session, b),
      lookBack: isRedundant(session, b),
      decisions: b.snapshot.decisions.map((d) => mirrorDecision(d, b.snapshot.optionSeed)),
      waitingAt: b.snapshot.step.kind === 'choices' ? b.snapshot.decisions.length + 1 : null,
      finished: b.snapshot.step.kind === 'end',
      ending: b.snapshot.step.kind === 'end' ? b.snapshot.ending : null,
    })),
    tally,
    selected: count > 0 ? selectedOption(session, tally) : null,
    timer: session.timer,
    comparison: branch.kind === 'what-if' ? compareWithMain(session, branch.id) : null,
  };
}

const int = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** A message from another window is input like any other: anything unexpected is ignored. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type !== 'command' || !isObject(data.command)) return null;
  const c = data.command;
  switch (c.name) {
    case 'goTo':
      return typeof c.branch === 'string' && int(c.number, 1, 10_000)
        ? { type: 'command', command: { name: 'goTo', branch: c.branch, number: c.number } }
        : null;
    case 'vote':
      return int(c.index, 0, 8) && (c.delta === 1 || c.delta === -1)
        ? { type: 'command', command: { name: 'vote', index: c.index, delta: c.delta } }
        : null;
    case 'select':
      return int(c.index, 0, 8) ? { type: 'command', command: { name: 'select', index: c.index } } : null;
    case 'blank':
      return typeof c.on === 'boolean' ? { type: 'command', command: { name: 'blank', on: c.on } } : null;
    case 'returnToMain':
    case 'clearVotes':
    case 'playSelected':
    case 'advance':
    case 'previous':
    case 'toggleTimer':
    case 'resetTimer':
      return { type: 'command', command: { name: c.name } };
    default:
      return null;
  }
}
