import { roomCounts } from '../classroom/phone-votes.ts';
import { type ClassSession, moveSelection, selectedOption } from '../classroom/session.ts';
import type { StoryStep } from '../narrative/engine.ts';
import { shownOrder } from '../narrative/option-order.ts';

/**
 * The selection's two policies. Alone, a learner plays only an option picked out on purpose
 * (a stray Enter commits nothing); in the room, Enter plays the trainer's pick, or else the
 * option the room leads with. Plain data in, so the store and the views share one rule.
 */

/** The option `choose()` plays when no option is named; null when there is none to play. */
export function optionToPlay(
  step: StoryStep | null,
  selection: number | null,
  session: ClassSession | null,
): number | null {
  if (step?.kind !== 'choices' || step.options.length === 0) return null;
  if (!session) return selection !== null && selection < step.options.length ? selection : null;
  return selectedOption({ ...session, selection }, roomCounts(session));
}

/**
 * Where Up (-1) or Down (+1) moves the selection, through the options as shown and wrapping.
 * Alone, the first Down picks the top option and the first Up the bottom one; in the room the
 * move starts from the option Enter would play.
 */
export function movedSelection(
  step: StoryStep | null,
  selection: number | null,
  session: ClassSession | null,
  delta: 1 | -1,
): number | null {
  if (step?.kind !== 'choices' || step.options.length === 0) return null;
  if (session) {
    const counts = roomCounts(session);
    return counts.length === 0 ? null : moveSelection({ ...session, selection }, counts, delta);
  }
  const order = shownOrder(step);
  const n = order.length;
  const at = selection === null ? (delta === 1 ? -1 : n) : order.indexOf(selection);
  return order[(at + delta + n) % n] ?? null;
}
