import { Story } from 'inkjs';
import { optionOrder } from './option-order.ts';
import type { Ending, RoleScores } from './roles.ts';
import {
  type ChoiceTags,
  type LineTags,
  parseChoiceTags,
  parseHeader,
  parseLineTags,
  type StoryHeader,
  splitTag,
  type TagProblem,
} from './tags.ts';
import { HEADER_TAGS, includes } from './vocabulary.ts';

/** A line of story text with its parsed tags, ready for the dialogue panel. */
export interface StoryLine {
  text: string;
  speaker: string | null;
  mood: string | null;
  sfx: string | null;
  facilitator: string | null;
  ending: Ending | null;
  problems: TagProblem[];
}

export interface ChoiceOption {
  index: number;
  text: string;
  score: Partial<RoleScores>;
  hasScore: boolean;
  feedback: string | null;
  cap: string | null;
  problems: TagProblem[];
}

/** Where the player is: reading a line, facing a decision, or at the end. */
export type StoryStep =
  | { kind: 'line'; line: StoryLine }
  | {
      kind: 'choices';
      /** the decision's place in the story, the same in every language version ("knot.0") */
      point: string;
      /** options as authored: indices, saves and results all refer to this order */
      options: ChoiceOption[];
      /** authored indices in the order shown (see option-order.ts); absent in saves from before shuffling */
      order?: number[];
      facilitator: string | null;
      prompt: string | null;
    }
  | { kind: 'end'; ending: Ending | null };

/** Setting and music persist from line to line until a tag changes them. */
export interface StageContext {
  scene: string | null;
  music: string | null;
}

export interface DecisionRecord {
  /** 1-based position in this run */
  number: number;
  /** the decision's place in the story (see StoryStep) */
  point: string;
  prompt: string | null;
  facilitator: string | null;
  options: ChoiceOption[];
  chosen: number;
  /** ink state just before this decision, so the class can rewind to it */
  stateBefore: string;
  contextBefore: StageContext;
  /** lines shown between the previous decision and this one, for replay on an edited story */
  linesBefore: number;
}

export interface EngineSnapshot {
  inkState: string;
  step: StoryStep;
  context: StageContext;
  decisions: DecisionRecord[];
  linesSinceDecision: number;
  lastLineText: string | null;
  lastFacilitator: string | null;
  ending: Ending | null;
  /** the seed of the order options are shown in; null or absent: authored order */
  optionSeed?: number | null;
}

/** An Ink value a story can carry through Wu Di's year (see `# carry:`). */
export type CarryValue = boolean | number | string;

export interface EngineOptions {
  /** shuffle the order options are shown in with this seed; null keeps authored order */
  optionSeed?: number | null;
  /**
   * Variables set before the first line (Wu Di's year: facts from earlier scenarios). A name
   * the story does not declare is left alone: an edited story must not fail to open.
   */
  preset?: Readonly<Record<string, CarryValue>>;
  /** variables to watch: each decision after which one changed is logged (turning points) */
  watch?: readonly string[];
}

/** A watched variable that changed after a decision (a turning point of the year). */
export interface VariableChange {
  /** the decision's 1-based number in this run */
  decision: number;
  name: string;
  before: CarryValue | null;
  after: CarryValue | null;
}

export class StoryError extends Error {}

/** A decision as logged: the option's place, and the option itself when it is known. */
export interface LoggedChoice {
  index: number;
  option?: { text: string; score: Partial<RoleScores> };
}

/** 'text': the same language, an edited story; 'place': the other language of the same story. */
export type ReplayMatch = 'text' | 'place';

/**
 * A snapshot's decisions replayed on another version of its story (an edit, or the other
 * language), keeping its option order: the one way a run or a branch is carried over.
 */
export function replayOn(compiled: string, snapshot: EngineSnapshot, match: ReplayMatch): StoryEngine {
  const engine = new StoryEngine(compiled, { optionSeed: snapshot.optionSeed ?? null });
  engine.replay(
    loggedChoices(snapshot.decisions),
    snapshot.linesSinceDecision,
    snapshot.step.kind === 'choices',
    match,
  );
  return engine;
}

/** The decision log as replay takes it. */
export function loggedChoices(decisions: readonly DecisionRecord[]): LoggedChoice[] {
  return decisions.map((d) => {
    const option = d.options[d.chosen];
    return { index: d.chosen, ...(option ? { option: { text: option.text, score: option.score } } : {}) };
  });
}

function sameScore(a: Partial<RoleScores>, b: Partial<RoleScores>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RoleScores>;
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/** Where the logged option is offered now, or null if it is not. */
function matchChoice(
  options: readonly ChoiceOption[],
  logged: number | LoggedChoice,
  match: ReplayMatch,
): number | null {
  const entry = typeof logged === 'number' ? { index: logged } : logged;
  const was = entry.option;
  if (!was) return options[entry.index] ? entry.index : null;
  if (match === 'text') {
    const found = options.findIndex((o) => o.text === was.text);
    return found >= 0 ? found : null;
  }
  const there = options[entry.index];
  return there && sameScore(there.score, was.score) ? entry.index : null;
}

/**
 * Steps a compiled Ink story line by line. It knows nothing of the page: the store calls it
 * and turns its steps into state.
 */
export class StoryEngine {
  readonly header: StoryHeader;
  readonly headerProblems: TagProblem[];
  private readonly story: Story;
  private readonly globalTagCount: number;
  private step: StoryStep;
  private context: StageContext = { scene: null, music: null };
  private decisions: DecisionRecord[] = [];
  private linesSinceDecision = 0;
  private lastLineText: string | null = null;
  private lastFacilitator: string | null = null;
  private ending: Ending | null = null;
  private started = false;
  private optionSeed: number | null;
  private readonly preset: Readonly<Record<string, CarryValue>>;
  private readonly watched: readonly string[];
  private changes: VariableChange[] = [];

  constructor(compiled: string | object, options: EngineOptions = {}) {
    this.optionSeed = options.optionSeed ?? null;
    this.preset = options.preset ?? {};
    this.watched = options.watch ?? [];
    this.story = new Story(typeof compiled === 'string' ? compiled : JSON.stringify(compiled));
    applyPreset(this.story, this.preset);
    const globalTags = this.story.globalTags ?? [];
    this.globalTagCount = globalTags.length;
    const parsed = parseHeader(globalTags);
    this.header = parsed.header;
    this.headerProblems = parsed.problems;
    this.story.onError = (message: string) => {
      throw new StoryError(message);
    };
    this.step = { kind: 'end', ending: null };
  }

  /** Back to the very beginning, without reloading the story (cheap: for replays and walks). */
  reset(): StoryStep {
    this.story.ResetState();
    applyPreset(this.story, this.preset);
    this.changes = [];
    this.context = { scene: null, music: null };
    this.decisions = [];
    this.linesSinceDecision = 0;
    this.lastLineText = null;
    this.lastFacilitator = null;
    this.ending = null;
    this.atOpening = true;
    return this.start();
  }

  /** Moves to the first line. Separate from the constructor so restore() can skip it. */
  start(): StoryStep {
    this.started = true;
    this.step = this.read();
    return this.step;
  }

  get current(): StoryStep {
    return this.step;
  }

  get stageContext(): StageContext {
    return { ...this.context };
  }

  get decisionLog(): readonly DecisionRecord[] {
    return this.decisions;
  }

  get endingReached(): Ending | null {
    return this.ending;
  }

  /** Each decision after which a watched variable changed, in play order. */
  get variableChanges(): readonly VariableChange[] {
    return this.changes;
  }

  /** The story's current values of these variables; a name it does not declare is left out. */
  readVariables(names: readonly string[]): Record<string, CarryValue> {
    const out: Record<string, CarryValue> = {};
    for (const name of names) {
      const value = readVariable(this.story, name);
      if (value !== null) out[name] = value;
    }
    return out;
  }

  /** Continue past the current line. */
  advance(): StoryStep {
    if (this.step.kind !== 'line') return this.step;
    this.step = this.read();
    return this.step;
  }

  choose(index: number): DecisionRecord {
    if (this.step.kind !== 'choices') throw new StoryError('There is no decision to make here.');
    const options = this.step.options;
    const option = options[index];
    if (!option) throw new StoryError(`There is no option ${index + 1} at this decision.`);
    const record: DecisionRecord = {
      number: this.decisions.length + 1,
      point: this.step.point,
      prompt: this.step.prompt,
      facilitator: this.step.facilitator,
      options,
      chosen: index,
      stateBefore: this.story.state.toJson(),
      contextBefore: { ...this.context },
      linesBefore: this.linesSinceDecision,
    };
    const before = this.watched.map((name) => readVariable(this.story, name));
    this.story.ChooseChoiceIndex(index);
    this.decisions.push(record);
    this.linesSinceDecision = 0;
    this.lastFacilitator = null;
    this.step = this.read();
    // What the option led to up to the next decision counts as its effect.
    this.watched.forEach((name, i) => {
      const after = readVariable(this.story, name);
      const was = before[i] ?? null;
      if (after !== was) this.changes.push({ decision: record.number, name, before: was, after });
    });
    return record;
  }

  snapshot(): EngineSnapshot {
    return {
      inkState: this.story.state.toJson(),
      step: this.step,
      context: { ...this.context },
      decisions: this.decisions.map((d) => ({ ...d })),
      linesSinceDecision: this.linesSinceDecision,
      lastLineText: this.lastLineText,
      lastFacilitator: this.lastFacilitator,
      ending: this.ending,
      optionSeed: this.optionSeed,
    };
  }

  restore(snapshot: EngineSnapshot): void {
    this.story.state.LoadJson(snapshot.inkState);
    this.changes = [];
    this.step = snapshot.step;
    this.context = { ...snapshot.context };
    this.decisions = snapshot.decisions.map((d) => ({ ...d }));
    this.linesSinceDecision = snapshot.linesSinceDecision;
    this.lastLineText = snapshot.lastLineText;
    this.lastFacilitator = snapshot.lastFacilitator;
    this.ending = snapshot.ending;
    this.optionSeed = snapshot.optionSeed ?? null;
    this.started = true;
    this.atOpening = false;
  }

  /** Returns to the moment decision `number` (1-based) was offered, forgetting it and all later ones. */
  rewindTo(number: number): StoryStep {
    const record = this.decisions[number - 1];
    if (!record) throw new StoryError(`There is no decision ${number} to return to.`);
    this.story.state.LoadJson(record.stateBefore);
    this.changes = this.changes.filter((c) => c.decision < number);
    this.decisions = this.decisions.slice(0, number - 1);
    this.context = { ...record.contextBefore };
    this.linesSinceDecision = record.linesBefore;
    this.lastFacilitator = record.facilitator;
    this.lastLineText = record.prompt;
    this.ending = null;
    this.step = {
      kind: 'choices',
      point: record.point,
      options: record.options,
      order: optionOrder(this.optionSeed, record.point, record.options.length),
      facilitator: record.facilitator,
      prompt: record.prompt,
    };
    return this.step;
  }

  /**
   * Replays logged choices on a (possibly edited) story: reads every line, takes the same
   * option at each decision, then reads as many lines as the player had (and on to the options
   * if the player was facing a decision). A logged choice is matched by the option itself, never
   * by its place alone: in the same language by its text, in the other language (the same story,
   * other words) by its place and its scores. Throws if the story no longer offers what was chosen.
   */
  replay(
    choices: readonly (number | LoggedChoice)[],
    linesAfter: number,
    atDecision = false,
    match: ReplayMatch = 'text',
  ): void {
    if (!this.started) this.start();
    for (const [i, logged] of choices.entries()) {
      let guard = 0;
      while (this.step.kind === 'line') {
        this.advance();
        if (++guard > 10_000) throw new StoryError('The story never reaches a decision.');
      }
      const index = this.step.kind === 'choices' ? matchChoice(this.step.options, logged, match) : null;
      if (index === null)
        throw new StoryError(`Decision ${i + 1} no longer offers the option that was chosen.`);
      this.choose(index);
    }
    // The line on screen counts as read, so N lines read means N - 1 advances.
    for (let i = 1; i < linesAfter && this.step.kind === 'line'; i++) this.advance();
    // A save made at a decision had read past its last line to the options.
    if (atDecision) for (let i = 0; i < 10_000 && this.step.kind === 'line'; i++) this.advance();
  }

  private read(): StoryStep {
    let pendingTags: string[] = [];
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      let tags = this.story.currentTags ?? [];
      if (this.atOpening) {
        this.atOpening = false;
        // Ink hands the file's opening tags to the first line too: the header is not line data,
        // but an opening `# scene:` above the first line is.
        tags = [
          ...tags.slice(0, this.globalTagCount).filter((tag) => !includes(HEADER_TAGS, splitTag(tag).name)),
          ...tags.slice(this.globalTagCount),
        ];
      }
      tags = [...pendingTags, ...tags];
      pendingTags = [];
      if (text === '') {
        // A tag on a line of its own belongs to what follows it.
        pendingTags = tags;
        continue;
      }
      return { kind: 'line', line: this.makeLine(text, parseLineTags(tags)) };
    }
    if (pendingTags.length > 0) this.makeLine('', parseLineTags(pendingTags));
    const choices = this.story.currentChoices;
    if (choices.length > 0) {
      const point = choicePointId(choices[0]?.sourcePath ?? '');
      return {
        kind: 'choices',
        point,
        order: optionOrder(this.optionSeed, point, choices.length),
        facilitator: this.lastFacilitator,
        prompt: this.lastLineText,
        options: choices.map((choice, index) =>
          toOption(index, choice.text, parseChoiceTags(choice.tags ?? [])),
        ),
      };
    }
    return { kind: 'end', ending: this.ending };
  }

  /** the next Continue is the story's first, which also carries the file's opening tags */
  private atOpening = true;

  private makeLine(text: string, tags: LineTags): StoryLine {
    if (tags.scene !== null) this.context.scene = tags.scene;
    if (tags.music !== null) this.context.music = tags.music;
    if (tags.facilitator !== null) this.lastFacilitator = tags.facilitator;
    if (tags.ending !== null) this.ending = tags.ending;
    if (text !== '') {
      this.linesSinceDecision++;
      this.lastLineText = text;
    }
    return {
      text,
      speaker: tags.speaker,
      mood: tags.mood,
      sfx: tags.sfx,
      facilitator: tags.facilitator,
      ending: tags.ending,
      problems: tags.problems,
    };
  }
}

/** A global variable's value, or null when the story has none of that name (or not a plain value). */
export function readVariable(story: Story, name: string): CarryValue | null {
  const value: unknown = story.variablesState.$(name);
  return typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** Sets the declared ones of these variables, before the first line. */
export function applyPreset(story: Story, preset: Readonly<Record<string, CarryValue>>): void {
  for (const [name, value] of Object.entries(preset)) {
    const declared = readVariable(story, name);
    // A value of another type (an edited story) would change what the story's conditions mean.
    if (declared === null || typeof declared !== typeof value) continue;
    story.variablesState.$(name, value);
  }
}

function toOption(index: number, text: string, tags: ChoiceTags): ChoiceOption {
  return {
    index,
    text: text.trim(),
    score: tags.score,
    hasScore: tags.hasScore,
    feedback: tags.feedback,
    cap: tags.cap,
    problems: tags.problems,
  };
}

/** A compiled story's header (its global tags), read without playing it. */
export function readHeader(compiled: string): StoryHeader {
  return parseHeader(new Story(compiled).globalTags ?? []).header;
}

/** A decision's place: the container its options sit in, whichever of them are offered. */
export function choicePointId(sourcePath: string): string {
  return sourcePath.includes('.') ? sourcePath.slice(0, sourcePath.lastIndexOf('.')) : sourcePath;
}
