/**
 * The room protocol's size limits, in a module of their own: the game window's core reads them
 * (to trim what it sends) without bundling the protocol's schemas into the first download.
 */
export const LIMITS = {
  title: 120,
  prompt: 1000,
  optionText: 400,
  optionKey: 24,
  options: 9,
  decisionId: 120,
  nickname: 24,
  /** Phones in one room, and so ballots in one decision: a lecture hall, not a stadium. */
  phones: 500,
} as const;
