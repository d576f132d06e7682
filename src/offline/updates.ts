/**
 * When a new version of the game may take over (docs/OFFLINE.md). Pure: no DOM, no service
 * worker, so the rule is tested in Node (tests/unit/offline-updates.test.ts).
 *
 * The rule: a new deployment never swaps code under a scenario in play. A new service worker
 * waits (no automatic skipWaiting); while a scenario is in play the player is only told that a
 * new version is ready and will be offered at the menu; on any other screen the notice offers
 * "reload now". Taking it up is always the player's (or trainer's) choice.
 */
import type { Screen } from '../state/router.ts';

/** What the notice shows: nothing, "ready, offered at the menu", or "ready: reload now". */
export type UpdateView = 'hidden' | 'deferred' | 'offer';

export interface UpdateInput {
  /** a new version is installed and waiting to take over */
  waiting: boolean;
  /** the store's screen, and where "back" leads from a reference screen (glossary, maps...) */
  screen: Screen;
  returnTo: Screen;
  /** the notice the player closed, if any (one closed at the menu stays closed) */
  dismissed: Exclude<UpdateView, 'hidden'> | null;
}

/**
 * A scenario is in play on its screen (solo or in the room) and on a reference screen opened
 * from it: the glossary over a scenario leads back into it.
 */
export function scenarioInPlay(screen: Screen, returnTo: Screen): boolean {
  return screen === 'play' || (isReference(screen) && returnTo === 'play');
}

const REFERENCE: ReadonlySet<Screen> = new Set([
  'glossary',
  'maps',
  'profile',
  'self-assessment',
  'class-view',
]);
const isReference = (screen: Screen) => REFERENCE.has(screen);

export function updateView(input: UpdateInput): UpdateView {
  if (!input.waiting) return 'hidden';
  const view: UpdateView = scenarioInPlay(input.screen, input.returnTo) ? 'deferred' : 'offer';
  // "Later" at the menu holds for this page's life; a note closed in play comes back at the menu.
  if (input.dismissed === 'offer' || input.dismissed === view) return 'hidden';
  return view;
}

/** Whether the new version may take over now: it is waiting and no scenario is in play. */
export function mayApply(input: Pick<UpdateInput, 'waiting' | 'screen' | 'returnTo'>): boolean {
  return input.waiting && !scenarioInPlay(input.screen, input.returnTo);
}
