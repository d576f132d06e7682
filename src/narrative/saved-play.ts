import {
  type EngineOptions,
  type EngineSnapshot,
  loggedChoices,
  type ReplayMatch,
  StoryEngine,
} from './engine.ts';
import type { RoleScores } from './roles.ts';

/**
 * A run as it is saved: only what replays it. The ink state and options of every decision
 * (what rewinding needs) are derived again by replaying the choices on the story, so a whole
 * scenario is a few kilobytes instead of one ink state per decision.
 */
export interface SavedPlay {
  /** the seed of the order options were shown in; null: authored order */
  optionSeed: number | null;
  /** each decision's option, by its place and by itself (its text and scores) */
  choices: SavedChoice[];
  /** lines read since the last decision, the one on screen included */
  linesAfter: number;
  /** the player was facing a decision's options */
  atDecision: boolean;
  /** the story had ended */
  ended: boolean;
}

export interface SavedChoice {
  index: number;
  text: string;
  score: Partial<RoleScores>;
}

export function compactSnapshot(snapshot: EngineSnapshot): SavedPlay {
  return {
    optionSeed: snapshot.optionSeed ?? null,
    choices: loggedChoices(snapshot.decisions).map((c) => ({
      index: c.index,
      text: c.option?.text ?? '',
      score: c.option?.score ?? {},
    })),
    linesAfter: snapshot.linesSinceDecision,
    atDecision: snapshot.step.kind === 'choices',
    ended: snapshot.step.kind === 'end',
  };
}

/**
 * The engine where the saved play stood, on this compiled story. 'text' matches each choice by
 * its words (the same language, perhaps an edited story), 'place' by its place and scores (the
 * other language). Throws a StoryError if the story no longer offers a choice that was made.
 */
export function expandPlay(
  compiled: string,
  play: SavedPlay,
  match: ReplayMatch = 'text',
  carry: Pick<EngineOptions, 'preset' | 'watch'> = {},
): StoryEngine {
  const engine = new StoryEngine(compiled, { ...carry, optionSeed: play.optionSeed });
  engine.replay(
    play.choices.map((c) => ({ index: c.index, option: { text: c.text, score: c.score } })),
    play.linesAfter,
    play.atDecision,
    match,
  );
  // The last line read counts as read, and the end is one step past it.
  if (play.ended) for (let i = 0; i < 10_000 && engine.current.kind === 'line'; i++) engine.advance();
  return engine;
}
