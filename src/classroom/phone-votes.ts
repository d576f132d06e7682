import type { StoryStep } from '../narrative/engine.ts';
import { shownOrder } from '../narrative/option-order.ts';
import type { Tally } from '../room/protocol.ts';
import {
  type ClassSession,
  currentBranch,
  openPosition,
  openTally,
  type PhoneVote,
  padCounts,
  voteKey,
  voteKeyAt,
} from './session.ts';

/**
 * The room's phone vote as the game window keeps it. The game window is the source of truth: it
 * tells the room server what is on screen (roomSnapshot) and folds the tallies the server sends
 * back into the session (foldTally), next to the trainer's hand count and never mixed with it.
 *
 * Phones see options by their place on screen (keys "1".."9"), never by their authored index:
 * the authored order often gives the best option away, and a curious learner can read the
 * network. The mapping back to authored indices is the session's own option order.
 */

/** Where the open decision's votes live, and the id the phones know it by; null at a line or the end. */
export function openDecisionRef(session: ClassSession): { key: string; decisionId: string } | null {
  const branch = currentBranch(session);
  const position = openPosition(branch.snapshot);
  if (!position) return null;
  const number = branch.snapshot.decisions.length + 1;
  // The position (every option taken to get here) is hashed: it holds authored indices.
  return {
    key: voteKey(branch.id, position),
    decisionId: `${session.id}.${branch.id}.${number}.${fnv(position)}`,
  };
}

/** FNV-1a, 32 bits, base 36: a short stable id, not a secret. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The phone key of each option, in authored order: its place on screen, from "1". */
export function keysOf(step: Extract<StoryStep, { kind: 'choices' }>): string[] {
  const keys: string[] = [];
  shownOrder(step).forEach((authored, shown) => {
    keys[authored] = String(shown + 1);
  });
  return keys;
}

/** The phone vote at the decision on screen, if phones have voted (or voting was closed) there. */
export function openPhoneVote(session: ClassSession): PhoneVote | null {
  const ref = openDecisionRef(session);
  return ref ? (session.phoneVotes[ref.key] ?? null) : null;
}

/** Phone counts at a vote key, one per option (authored order); zeros where no phone voted. */
export function phoneCountsAt(session: ClassSession, key: string | null, optionCount: number): number[] {
  return padCounts(key ? session.phoneVotes[key]?.counts : undefined, optionCount);
}

/** Hands and phones together, for the option the room leads with (Enter plays it unless the trainer picks). */
export function roomCounts(session: ClassSession): number[] {
  const { key, counts } = openTally(session);
  const phones = phoneCountsAt(session, key, counts.length);
  return counts.map((c, i) => c + (phones[i] ?? 0));
}

/**
 * A tally from the room server, folded into the session. An open tally updates a vote still open;
 * the first frozen tally (the answer to closing) settles it. Anything else is late and ignored:
 * a settled vote is never changed again, so a restarted server that lost its ballots cannot wipe
 * the record.
 */
export function foldTally(session: ClassSession, tally: Tally): ClassSession {
  const entry = Object.entries(session.phoneVotes).find(([, v]) => v.decisionId === tally.decisionId);
  const ref = openDecisionRef(session);
  let key: string;
  let before: PhoneVote | null;
  if (entry) [key, before] = entry;
  else if (ref && ref.decisionId === tally.decisionId && tally.open) [key, before] = [ref.key, null];
  else return session;
  if (before?.settled) return session;
  if (before && !before.open && tally.open) return session;
  // The keys phones saw are places on screen; this decision's order maps them back.
  const keyed = before?.keys ?? (ref?.key === key ? keysFor(session) : null);
  if (!keyed) return session;
  const index = new Map(keyed.map((k, i) => [k, i]));
  // Ballots are merged, never replaced: a server that lost some (a restart, or a decision opened
  // again after a what-if) cannot take back a vote already counted here. A phone has one ballot.
  const ballots: Record<string, number> = { ...before?.ballots };
  for (const [tag, k] of Object.entries(tally.ballots)) {
    const i = index.get(k);
    if (i !== undefined) ballots[tag] = i;
  }
  const counts = keyed.map(() => 0);
  for (const i of Object.values(ballots)) counts[i] = (counts[i] ?? 0) + 1;
  const voters = Object.keys(ballots).length;
  const vote: PhoneVote = tally.open
    ? { decisionId: tally.decisionId, keys: keyed, counts, voters, open: true, settled: false, ballots }
    : // Frozen: the counts are the record; who voted what is not kept past the vote.
      { decisionId: tally.decisionId, keys: keyed, counts, voters, open: false, settled: true, ballots: {} };
  return { ...session, phoneVotes: { ...session.phoneVotes, [key]: vote } };
}

/** Closing the phone vote at the decision on screen (V, or playing an option): later votes are refused. */
export function closePhoneVote(session: ClassSession): ClassSession {
  const ref = openDecisionRef(session);
  const keys = keysFor(session);
  if (!ref || !keys) return session;
  const before = session.phoneVotes[ref.key];
  if (before && !before.open) return session;
  // Ballots stay until the server's frozen tally settles the vote: they are what it re-sends.
  const vote: PhoneVote = before
    ? { ...before, open: false }
    : {
        decisionId: ref.decisionId,
        keys,
        counts: keys.map(() => 0),
        voters: 0,
        open: false,
        settled: false,
        ballots: {},
      };
  return { ...session, phoneVotes: { ...session.phoneVotes, [ref.key]: vote } };
}

function keysFor(session: ClassSession): string[] | null {
  const step = currentBranch(session).snapshot.step;
  return step.kind === 'choices' ? keysOf(step) : null;
}

/** The phones' vote at decision `number` of a branch, for the room's debrief; null if no phone voted there. */
export function phoneVotesAt(session: ClassSession, branchId: string, number: number): number[] | null {
  const key = voteKeyAt(session, branchId, number);
  const vote = key ? session.phoneVotes[key] : undefined;
  return vote && vote.voters > 0 ? vote.counts : null;
}
