/**
 * The shape of the game's store and of what the shells get: a module of types only, so the
 * store's parts (router, notices, play, classroom, settings) can share them without importing
 * each other.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ClassSession } from '../classroom/session.ts';
import type { StoryMeta, StoryModule } from '../content/story-module.ts';
import type { EngineSnapshot, StoryStep } from '../narrative/engine.ts';
import type { Ending } from '../narrative/roles.ts';
import type { Tally } from '../room/protocol.ts';
import type { NoticeKind, NoticesSlice } from './notices.ts';
import type { KeyValueStore, PersistedSlice } from './persist.ts';
import type { ReferenceScreen, RouterActions, RouterSlice } from './router.ts';
import type { Locale, Settings } from './schema.ts';
import type { StageState } from './stage-state.ts';

export interface ActiveScenario {
  id: string;
  locale: Locale;
  meta: StoryMeta;
  /** played as part of Wu Di's year: its run is the year's, and its ending feeds the year */
  year?: boolean;
}

/** The play slice: the scenario on screen and where its playthrough stands. */
export interface PlaySlice {
  scenario: ActiveScenario | null;
  step: StoryStep | null;
  /** the decision log and ink state of the scenario being played */
  snapshot: EngineSnapshot | null;
  stage: StageState;
  loading: boolean;
  /**
   * The option picked out at the decision on screen (its authored index), by keys, a click or
   * the presenter; null until one is. The room's session keeps a copy, saved with it.
   */
  selection: number | null;
}

/**
 * This window's link to the room server, when phones vote (docs/ROOM.md). Not saved: the host
 * secret lives in the tab's sessionStorage, and the link is made again after a reload.
 */
export interface RoomLink {
  /** off; connecting; live; reconnecting (the server went away); unavailable (no room server here) */
  status: 'off' | 'connecting' | 'live' | 'reconnecting' | 'unavailable';
  code: string | null;
  /** the address phones open (the QR code's), or null until the server has said where it is */
  joinUrl: string | null;
  /** phones connected to the room now */
  phones: number;
  /** the join card (QR code and code) is shown large on the projector */
  card: boolean;
}

export const ROOM_OFF: RoomLink = { status: 'off', code: null, joinUrl: null, phones: 0, card: false };

export interface GameState extends PersistedSlice, RouterSlice, NoticesSlice, PlaySlice {
  /** classroom mode: the projected screen is blanked (B); not saved, a reload shows the room again */
  roomBlank: boolean;
  room: RoomLink;
}

/** Where stories come from: the Vite build in the game, files on disk in tests. */
export interface StoryLibrary {
  list(locale: Locale): StoryMeta[];
  load(locale: Locale, id: string): Promise<StoryModule>;
}

/** One-off cues for the shells (a sound, a transition); state says what is, cues say what happened. */
export type Cue = { type: 'sfx'; id: string } | { type: 'ending'; ending: Ending | null };

export interface GameDeps {
  library: StoryLibrary;
  storage: KeyValueStore | null;
  /** the clock, replaceable in tests */
  now?: () => number;
  /** data kept outside the store (a learner's results) that "reset my data" also clears */
  onReset?: () => void;
  /** open in classroom mode (the page was opened with ?mode=class) */
  classroom?: boolean;
  /** the seed of a new run's or session's option order; tests pin it (null: authored order) */
  optionSeed?: () => number | null;
}

export interface Game {
  store: StoreApi<GameState>;
  actions: GameActions;
  classroom: ClassroomActions;
  onCue(listener: (cue: Cue) => void): () => void;
  /** resolves when a scenario that was open before a reload is back on screen */
  ready: Promise<void>;
}

export interface GameActions extends RouterActions {
  chooseLocale(locale: Locale): Promise<void>;
  openScenario(id: string, options?: { fresh?: boolean }): Promise<void>;
  restartScenario(): Promise<void>;
  advance(): void;
  /** the one way to decide: option `index` (authored), or without it the option to play (see selection.ts) */
  choose(index?: number): void;
  /** pick out option `index` (authored) at the decision on screen */
  select(index: number): void;
  /** Up/Down: move the selection through the options as shown */
  moveSelection(delta: 1 | -1): void;
  rewindTo(decisionNumber: number): void;
  backToMenu(): void;
  updateSettings(patch: Partial<Omit<Settings, 'activeScenario'>>): void;
  resetData(): void;
  dismissNotice(id: number): void;
  /** a notice from a shell (the LMS link): what the player should know, in their language */
  tell(kind: NoticeKind, detail?: string | null): void;
  showGlossary(): void;
  showMaps(): void;
  show(screen: ReferenceScreen): void;
  /** the dev server delivered a new version of a story */
  storyUpdated(module: StoryModule): Promise<void>;
  /** a classroom session file the trainer kept: opens its scenario in classroom mode */
  importSession(session: ClassSession): Promise<void>;
  /** Wu Di's year: a new year from its first scenario (any year kept is replaced) */
  startYear(): Promise<void>;
  /** Wu Di's year where it stands: the scenario being played, the step between two, or its debrief */
  resumeYear(): Promise<void>;
  /** from a year scenario's debrief: the step that shows the facts carried on */
  showYearStep(): void;
  /** from the step between scenarios: the next scenario, or the year's debrief after the last */
  continueYear(): Promise<void>;
}

export interface ClassroomActions {
  /** the trainer's room: projector layout, votes, timer, what-ifs */
  enter(): void;
  /** back to solo play; the session stays saved */
  leave(): void;
  /** a digit adds a vote for option `index`, Shift+digit removes one */
  vote(index: number, delta: 1 | -1): void;
  clearVotes(): void;
  toggleTimer(): void;
  resetTimer(): void;
  /** PageUp: back to the previous decision (as a what-if, so nothing played is lost) */
  previousDecision(): void;
  /**
   * Go to decision `number` of a branch: a decision already taken opens a what-if from it;
   * one past the last resumes the branch where it stands.
   */
  goTo(branchId: string, number: number): void;
  returnToMain(): void;
  /** B or ".": blank the projected screen, or bring it back */
  setBlank(on: boolean): void;
  /** V: phones can no longer vote at the decision on screen (playing an option closes it too) */
  closePhoneVote(): void;
  /** a tally from the room server: folded into the session, kept apart from the hand count */
  phoneTally(tally: Tally): void;
  /** "Let the room vote from phones": the link shell (ui/room-host.ts) opens the room */
  openRoom(): void;
  /** phones stop voting: the room is closed and its phones told */
  closeRoom(): void;
  /** the room link's state, as the link shell learns it */
  linkRoom(patch: Partial<RoomLink>): void;
  /** J: show or hide the join card (QR code and room code) on the projector */
  toggleRoomCard(): void;
  /** the session as a file's text, for the trainer to keep */
  exportSession(): string | null;
}
