import type { DecisionRecord, StoryStep } from '../narrative/engine.ts';
import { decisionOrder } from '../narrative/option-order.ts';
import type { Ending, RoleScores } from '../narrative/roles.ts';
import type { GameCommand } from '../state/commands.ts';
import { openPhoneVote, roomCounts } from './phone-votes.ts';
import {
  type BranchComparison,
  type ClassSession,
  compareWithMain,
  currentBranch,
  type DebateTimer,
  forkOf,
  isRedundant,
  openTally,
  padCounts,
  selectedOption,
} from './session.ts';

/**
 * What the game window tells a presenter window, and what the presenter may ask of it. Both
 * windows are on the same origin and talk over a BroadcastChannel; the game window owns all
 * state and the presenter only renders what it is sent.
 *
 * Every page of the origin can open a BroadcastChannel of any name it knows, and hears every
 * message on it. So the two windows talk on a channel named after a secret the game window
 * makes at load and hands only to the presenter window it opened (see PAIR_REQUEST): a page
 * that does not know the secret cannot hear the trainer's notes nor send a command. Tagging
 * messages with the secret on a shared channel would not do: every listener would read the tag.
 */
export const MIRROR_CHANNEL = 'wudi-turn-state';

/** The private channel of one game window and the presenter it paired with. */
export function pairedChannelName(secret: string): string {
  return `${MIRROR_CHANNEL}:${secret}`;
}

/**
 * A fresh secret for one load of the game window: 128 random bits. (getRandomValues, not
 * randomUUID: a classroom may serve the game over plain http on its network, where only
 * the former exists.)
 */
export function newPairingSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The presenter window asks the window that opened it for the secret (window.postMessage). */
export const PAIR_REQUEST = 'wudi-presenter-pair-request';
/** The game window's answer to its own presenter window: the secret, and nothing else. */
export const PAIR_ANSWER = 'wudi-presenter-pair';
export interface PairAnswer {
  type: typeof PAIR_ANSWER;
  secret: string;
}

/** A decision as the presenter's chapter list shows it (no ink state: that stays in the game window). */
export interface MirrorDecision
  extends Pick<DecisionRecord, 'number' | 'point' | 'prompt' | 'facilitator' | 'options' | 'chosen'> {
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
  /** the phones' vote at the decision on screen (authored order), apart from the hands' */
  phones: { counts: number[]; voters: number; open: boolean } | null;
}

/** The room's phone link as the presenter shows it: where phones join and how many are in. */
export interface MirrorRoom {
  status: 'connecting' | 'live' | 'reconnecting' | 'unavailable';
  code: string | null;
  joinUrl: string | null;
  phones: number;
  /** the join card is on the projector */
  card: boolean;
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
  /** phones voting through the room server; null when they are not */
  room: MirrorRoom | null;
}

/** What the presenter may ask of the game: any command that changes the game, none of its window's own. */
export type PresenterCommand = GameCommand;

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
  const phoneVote = openPhoneVote(session);
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
    selected: count > 0 ? selectedOption(session, roomCounts(session)) : null,
    timer: session.timer,
    comparison: branch.kind === 'what-if' ? compareWithMain(session, branch.id) : null,
    phones: phoneVote
      ? {
          counts: padCounts(phoneVote.counts, count),
          voters: phoneVote.voters,
          open: phoneVote.open,
        }
      : null,
  };
}
