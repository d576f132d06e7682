import {
  type CarryValue,
  type DecisionRecord,
  type EngineOptions,
  type EngineSnapshot,
  type ReplayMatch,
  replayOn,
  type StageContext,
  StoryEngine,
  type StoryStep,
  type VariableChange,
} from '../narrative/engine.ts';
import { expandPlay, type SavedPlay } from '../narrative/saved-play.ts';

/** One compiled version of a scenario: what a playthrough runs on. */
export interface StoryVersion {
  json: string;
  hash: string;
  locale: string;
}

/** A learner's run as saved (what replays it), and the story version it was saved on. */
export interface SavedPosition {
  storyHash: string;
  locale: string;
  play: SavedPlay;
}

/** Wu Di's year: variables set before the first line, and those whose changes are logged. */
export type CarryOptions = Pick<EngineOptions, 'preset' | 'watch'>;

/** What happened to a saved position when it was opened on the story as it is now. */
export type OpenOutcome =
  | { kind: 'resumed' }
  | { kind: 'fresh' }
  /** the story was edited since: every decision was found again by its option and replayed */
  | { kind: 'replayed' }
  /** the other language of the same story: decisions replayed by their place and scores */
  | { kind: 'translated' }
  /** the saved position no longer fits the story (an option was removed): a new start */
  | { kind: 'restarted'; detail: string }
  /** the saved position could not be restored at all */
  | { kind: 'damaged'; detail: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one way a scenario is played: it owns the story engine and its snapshot. Advancing,
 * choosing, rewinding and replaying all happen here; the solo run and the room's session are
 * two policies that save what this reports.
 */
export class Playthrough {
  private constructor(
    readonly story: StoryVersion,
    private readonly engine: StoryEngine,
  ) {}

  /** A new start, options shown in the order `optionSeed` gives (null: as authored). */
  static fresh(story: StoryVersion, optionSeed: number | null, carry: CarryOptions = {}): Playthrough {
    const engine = new StoryEngine(story.json, { ...carry, optionSeed });
    engine.start();
    return new Playthrough(story, engine);
  }

  /** Exactly where a snapshot of this very story version stands. */
  static at(story: StoryVersion, snapshot: EngineSnapshot): Playthrough {
    const engine = new StoryEngine(story.json);
    engine.restore(snapshot);
    return new Playthrough(story, engine);
  }

  /**
   * A snapshot carried to another version of its story (an edit, or the other language), its
   * option order kept. Each decision is matched by the option itself, never its index alone;
   * throws if the story no longer offers an option that was chosen.
   */
  static replayed(story: StoryVersion, snapshot: EngineSnapshot, match: ReplayMatch): Playthrough {
    return new Playthrough(story, replayOn(story.json, snapshot, match));
  }

  /**
   * Opens a saved position on the story as it is now: resumed if saved on this very version,
   * replayed if the story changed, and started afresh (with the reason) if it no longer fits.
   */
  static open(
    story: StoryVersion,
    saved: SavedPosition | null,
    optionSeed: () => number | null,
    carry: CarryOptions = {},
  ): { playthrough: Playthrough; outcome: OpenOutcome } {
    if (!saved)
      return { playthrough: Playthrough.fresh(story, optionSeed(), carry), outcome: { kind: 'fresh' } };
    if (saved.storyHash === story.hash && saved.locale === story.locale) {
      try {
        // What rewinding needs (each decision's ink state) is derived again by replaying.
        const engine = expandPlay(story.json, saved.play, 'text', carry);
        return { playthrough: new Playthrough(story, engine), outcome: { kind: 'resumed' } };
      } catch (error) {
        return {
          playthrough: Playthrough.fresh(story, optionSeed(), carry),
          outcome: { kind: 'damaged', detail: message(error) },
        };
      }
    }
    const sameLanguage = saved.locale === story.locale;
    try {
      // the same seed: the other language or the edited story shows options in the same order
      const engine = expandPlay(story.json, saved.play, sameLanguage ? 'text' : 'place', carry);
      return {
        playthrough: new Playthrough(story, engine),
        outcome: { kind: sameLanguage ? 'replayed' : 'translated' },
      };
    } catch (error) {
      return {
        playthrough: Playthrough.fresh(story, optionSeed(), carry),
        outcome: { kind: 'restarted', detail: message(error) },
      };
    }
  }

  /** A snapshot of this story rewound to the moment decision `number` was offered. */
  static rewound(story: StoryVersion, snapshot: EngineSnapshot, number: number): EngineSnapshot {
    const playthrough = Playthrough.at(story, snapshot);
    playthrough.rewindTo(number);
    return playthrough.snapshot();
  }

  get step(): StoryStep {
    return this.engine.current;
  }

  get stageContext(): StageContext {
    return this.engine.stageContext;
  }

  get decisions(): readonly DecisionRecord[] {
    return this.engine.decisionLog;
  }

  snapshot(): EngineSnapshot {
    return this.engine.snapshot();
  }

  /** Each decision after which a watched (carried) variable changed. */
  get variableChanges(): readonly VariableChange[] {
    return this.engine.variableChanges;
  }

  readVariables(names: readonly string[]): Record<string, CarryValue> {
    return this.engine.readVariables(names);
  }

  advance(): StoryStep {
    return this.engine.advance();
  }

  /** Takes option `index` (as authored) of the decision on screen; false if none is on screen. */
  choose(index: number): boolean {
    if (this.engine.current.kind !== 'choices') return false;
    this.engine.choose(index);
    return true;
  }

  rewindTo(number: number): StoryStep {
    return this.engine.rewindTo(number);
  }

  /** Moves to another saved position of the same story version (the room's branches). */
  restore(snapshot: EngineSnapshot): void {
    this.engine.restore(snapshot);
  }
}
