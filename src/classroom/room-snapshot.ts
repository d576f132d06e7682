import { shownOrder } from '../narrative/option-order.ts';
import { LIMITS } from '../room/limits.ts';
import type { RoomSnapshot } from '../room/protocol.ts';
import { keysOf, openDecisionRef } from './phone-votes.ts';
import { type ClassSession, currentBranch } from './session.ts';

/** Text as the protocol carries it: no control characters but newlines, within its limits. */
function clean(text: string, max: number, allowNewline: boolean): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const control = (c < 0x20 && !(allowNewline && c === 0x0a)) || c === 0x7f;
    out += control ? ' ' : ch;
  }
  out = out.trim();
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/**
 * The room as phones should see it now: the decision on screen in the room's order (prompt and
 * option texts only: no scores, notes or authored order), whether voting is open, the ballots
 * already counted (so a restarted server gets them back), and the what-if and blank markers.
 */
export function roomSnapshot(input: {
  session: ClassSession | null;
  locale: RoomSnapshot['locale'];
  title: string;
  blank: boolean;
  /** said when the story gives the decision no prompt of its own */
  promptFallback: string;
}): RoomSnapshot {
  const { session } = input;
  const title = clean(input.title, LIMITS.title, false) || '—';
  const branch = session ? currentBranch(session) : null;
  const base = { locale: input.locale, title, whatif: branch?.kind === 'what-if', blank: input.blank };
  const ref = session ? openDecisionRef(session) : null;
  const step = branch?.snapshot.step;
  if (!session || !ref || step?.kind !== 'choices') return { ...base, decision: null };
  const vote = session.phoneVotes[ref.key];
  const keys = keysOf(step);
  const ballots: Record<string, string> = {};
  for (const [tag, i] of Object.entries(vote?.ballots ?? {})) {
    const k = keys[i];
    if (k) ballots[tag] = k;
  }
  return {
    ...base,
    decision: {
      decisionId: ref.decisionId,
      prompt: clean(step.prompt ?? '', LIMITS.prompt, true) || input.promptFallback,
      options: shownOrder(step)
        .slice(0, LIMITS.options)
        .map((i, shown) => ({
          key: String(shown + 1),
          text: clean(step.options[i]?.text ?? '', LIMITS.optionText, true) || String(shown + 1),
        })),
      open: vote?.open ?? true,
      ballots,
    },
  };
}
