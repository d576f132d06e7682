import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ClassSession, currentBranch, settleSession } from '../classroom/session.ts';
import { metaOf, type StoryMeta, type StoryModule } from '../content/story-module.ts';
import { type EngineSnapshot, StoryEngine, type StoryStep } from '../narrative/engine.ts';
import { newOptionSeed } from '../narrative/option-order.ts';
import { type Ending, endingRank } from '../narrative/roles.ts';
import { compactSnapshot, expandPlay } from '../narrative/saved-play.ts';
import {
  type ClassroomActions,
  carrySession,
  createClassroomActions,
  sessionWithSnapshot,
  startSession,
} from './classroom-actions.ts';
import { connectSaves, type KeyValueStore, type PersistedSlice, type SaveProblem } from './persist.ts';
import { saveReports } from './persisted-slice.ts';
import { DEFAULT_SETTINGS, type Locale, type RunState, type Settings } from './schema.ts';
import { EMPTY_STAGE, nextStage, type StageState } from './stage-state.ts';

export type Screen =
  | 'title'
  | 'prologue'
  | 'menu'
  | 'play'
  | 'debrief'
  | 'glossary'
  | 'maps'
  | 'profile'
  | 'class-view';

/** Screens opened from anywhere that lead back to where they were opened from. */
export type ReferenceScreen = 'glossary' | 'maps' | 'profile' | 'class-view';
const REFERENCE_SCREENS: readonly Screen[] = ['glossary', 'maps', 'profile', 'class-view'];

export type NoticeKind =
  | 'run-damaged'
  | 'settings-damaged'
  | 'progress-damaged'
  | 'sessions-damaged'
  | 'data-damaged'
  | 'saved-by-newer'
  | 'changed-in-another-tab'
  | 'session-imported'
  | 'session-import-failed'
  | 'storage-unavailable'
  | 'story-changed-replayed'
  | 'story-changed-restarted'
  | 'story-load-failed'
  | 'story-updated'
  | 'story-error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  detail: string | null;
}

export interface ActiveScenario {
  id: string;
  locale: Locale;
  meta: StoryMeta;
}

export interface GameState extends PersistedSlice {
  screen: Screen;
  scenario: ActiveScenario | null;
  step: StoryStep | null;
  /** the decision log and ink state of the scenario being played */
  snapshot: EngineSnapshot | null;
  stage: StageState;
  notices: Notice[];
  loading: boolean;
  /** where "back" leads from the glossary or the branch maps */
  returnTo: Screen;
  /** classroom mode: the projected screen is blanked (B); not saved, a reload shows the room again */
  roomBlank: boolean;
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

/** A pause longer than this is not counted as time spent playing (a learner left for lunch). */
export const IDLE_GAP_MS = 5 * 60 * 1000;

export interface Game {
  store: StoreApi<GameState>;
  actions: GameActions;
  classroom: ClassroomActions;
  onCue(listener: (cue: Cue) => void): () => void;
  /** resolves when a scenario that was open before a reload is back on screen */
  ready: Promise<void>;
}

export interface GameActions {
  chooseLocale(locale: Locale): Promise<void>;
  begin(): void;
  finishPrologue(): void;
  showPrologue(): void;
  openScenario(id: string, options?: { fresh?: boolean }): Promise<void>;
  restartScenario(): Promise<void>;
  advance(): void;
  choose(index: number): void;
  rewindTo(decisionNumber: number): void;
  backToMenu(): void;
  updateSettings(patch: Partial<Omit<Settings, 'activeScenario'>>): void;
  resetData(): void;
  dismissNotice(id: number): void;
  /** reference screens: the glossary and the facilitator's branch maps */
  showGlossary(): void;
  showMaps(): void;
  /** the learner's profile and the trainer's class view, reached from the menu */
  show(screen: ReferenceScreen): void;
  goBack(): void;
  /** the dev server delivered a new version of a story */
  storyUpdated(module: StoryModule): Promise<void>;
  /** a classroom session file the trainer kept: opens its scenario in classroom mode */
  importSession(session: ClassSession): Promise<void>;
}

/** Everything but settings as a first visit has it; "reset my data" returns here too. */
const FRESH_START = {
  progress: {},
  runs: {},
  sessions: {},
  screen: 'title',
  scenario: null,
  step: null,
  snapshot: null,
  stage: EMPTY_STAGE,
  notices: [],
  returnTo: 'menu',
  roomBlank: false,
} satisfies Omit<GameState, 'settings' | 'loading'>;

export function createGame(deps: GameDeps): Game {
  let engine: StoryEngine | null = null;
  /** the compiled story on screen, for the classroom's what-if branches */
  let storyJson: string | null = null;
  let noticeId = 0;
  const cueListeners = new Set<(cue: Cue) => void>();
  const now = deps.now ?? (() => Date.now());
  const drawOptionSeed = deps.optionSeed ?? (() => newOptionSeed());
  let lastTick: number | null = null;
  /** time spent on the current run since the last step, idle gaps left out */
  const tick = () => {
    const t = now();
    const gap = lastTick === null ? 0 : t - lastTick;
    lastTick = t;
    return gap > 0 && gap <= IDLE_GAP_MS ? gap : 0;
  };
  const emit = (cue: Cue) => {
    for (const listener of cueListeners) listener(cue);
  };

  const store = createStore<GameState>()(
    (): GameState => ({ settings: { ...DEFAULT_SETTINGS }, ...FRESH_START, loading: false }),
  );

  const notify = (kind: NoticeKind, detail: string | null = null) => {
    store.setState((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, detail }] }));
  };
  // Saved data: loaded, saved on change, merged with other tabs; every problem is told once.
  const told = new Set<string>();
  const reportProblem = (p: SaveProblem) => {
    const notice = noticeFor(p);
    if (!notice) return;
    const once = notice.kind === 'storage-unavailable' ? notice.kind : `${notice.kind}|${notice.detail}`;
    if (told.has(once)) return;
    told.add(once);
    // One notice per kind, naming every part: a newer version's data is often in every key.
    const same = store.getState().notices.find((n) => n.kind === notice.kind);
    if (same && notice.kind !== 'storage-unavailable') {
      const detail = [same.detail, notice.detail].filter(Boolean).join('; ');
      store.setState((s) => ({ notices: s.notices.map((n) => (n === same ? { ...n, detail } : n)) }));
    } else notify(notice.kind, notice.detail);
  };
  const saves = connectSaves(store, deps.storage, reportProblem);
  // Results, class data and My stories report through the same storage's log.
  saveReports(deps.storage).listen(reportProblem);

  if (deps.classroom && store.getState().settings.mode !== 'class') {
    store.setState((s) => ({ settings: { ...s.settings, mode: 'class' } }));
  }

  const locale = (): Locale => store.getState().settings.locale ?? 'en';

  /** Copy the engine's position into the state, save the run and emit the line's cues. */
  const sync = (options: { cues?: boolean; show?: boolean } = {}) => {
    const s = store.getState();
    if (!engine || !s.scenario) return;
    const step = engine.current;
    const snapshot = engine.snapshot();
    const line = step.kind === 'line' ? step.line : null;
    const stage = nextStage(s.stage, line, engine.stageContext);
    const patch: Partial<GameState> = { step, snapshot, stage };
    // A story just put on screen shows with its position in the same update, never a moment before it.
    if (options.show) patch.screen = step.kind === 'end' ? 'debrief' : 'play';
    const session = s.settings.mode === 'class' ? s.sessions[s.scenario.id] : undefined;
    if (session) {
      // The room's play lives in its session, apart from any learner's run on this machine.
      const debateMs = s.settings.debateSeconds * 1000;
      patch.sessions = {
        ...s.sessions,
        [s.scenario.id]: sessionWithSnapshot(session, snapshot, now(), debateMs),
      };
      if (step.kind === 'end') patch.screen = 'debrief';
    } else {
      const previousRun = s.runs[s.scenario.id];
      patch.runs = {
        ...s.runs,
        [s.scenario.id]: {
          scenarioId: s.scenario.id,
          locale: s.scenario.locale,
          storyHash: s.scenario.meta.hash,
          play: compactSnapshot(snapshot),
          activeMs: (previousRun?.activeMs ?? 0) + (options.cues === false ? 0 : tick()),
        },
      };
    }
    // A play counts when its end is reached live, not when a reload shows the debrief again.
    if (step.kind === 'end' && !session && options.cues !== false) {
      const previous = s.progress[s.scenario.id];
      const ending = step.ending;
      const best =
        previous && endingRank(previous.bestEnding) > endingRank(ending) ? previous.bestEnding : ending;
      patch.progress = {
        ...s.progress,
        [s.scenario.id]: { status: 'finished', bestEnding: best, plays: (previous?.plays ?? 0) + 1 },
      };
      patch.screen = 'debrief';
    }
    store.setState(patch);
    if (options.cues !== false) {
      if (line?.sfx) emit({ type: 'sfx', id: line.sfx });
      if (step.kind === 'end') emit({ type: 'ending', ending: step.ending });
    }
  };

  const markInProgress = (id: string) => {
    const s = store.getState();
    const previous = s.progress[id];
    if (previous?.status === 'finished') return;
    store.setState({
      progress: { ...s.progress, [id]: { status: 'in-progress', bestEnding: null, plays: 0 } },
    });
  };

  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      notify('story-error', error instanceof Error ? error.message : String(error));
    }
  };

  /**
   * Puts a story on screen: resumes the saved run if it belongs to this very story, replays its
   * choices if the story was edited since, and starts afresh (with a notice) if that fails.
   */
  const mount = (module: StoryModule, run: RunState | null) => {
    const fresh = () => {
      const e = new StoryEngine(module.json, { optionSeed: drawOptionSeed() });
      e.start();
      return e;
    };
    const moduleLocale = module.locale as Locale;
    let next: StoryEngine;
    if (!run) next = fresh();
    else if (run.storyHash === module.hash && run.locale === moduleLocale) {
      try {
        // What rewinding needs (each decision's ink state) is derived again by replaying.
        next = expandPlay(module.json, run.play, 'text');
      } catch (error) {
        notify('run-damaged', error instanceof Error ? error.message : String(error));
        next = fresh();
      }
    } else {
      try {
        // the same seed: the other language or the edited story shows options in the same order
        next = expandPlay(module.json, run.play, run.locale === moduleLocale ? 'text' : 'place');
        if (run.locale === moduleLocale) notify('story-changed-replayed');
      } catch (error) {
        notify('story-changed-restarted', error instanceof Error ? error.message : String(error));
        next = fresh();
      }
    }
    engine = next;
    storyJson = module.json;
    store.setState((s) => ({
      scenario: { id: module.id, locale: moduleLocale, meta: metaOf(module) },
      stage: EMPTY_STAGE,
      settings: { ...s.settings, activeScenario: module.id },
    }));
    markInProgress(module.id);
    sync({ cues: false, show: true });
  };

  /** Puts a story on screen for the room: its saved session, carried over if the story changed. */
  const mountClass = (module: StoryModule, saved: ClassSession | null) => {
    const moduleLocale = module.locale as Locale;
    const title = module.header?.title ?? null;
    const debateMs = store.getState().settings.debateSeconds * 1000;
    let session: ClassSession;
    let next: StoryEngine;
    const fresh = () => startSession({ ...module, title }, debateMs, now(), drawOptionSeed());
    if (!saved) ({ session, engine: next } = fresh());
    else {
      try {
        session =
          saved.storyHash === module.hash && saved.locale === moduleLocale
            ? saved
            : carrySession(saved, { json: module.json, hash: module.hash, locale: moduleLocale, title });
        next = new StoryEngine(module.json);
        next.restore(currentBranch(session).snapshot);
        if (saved.storyHash !== module.hash && saved.locale === moduleLocale)
          notify('story-changed-replayed');
      } catch (error) {
        notify('story-changed-restarted', error instanceof Error ? error.message : String(error));
        ({ session, engine: next } = fresh());
      }
    }
    engine = next;
    storyJson = module.json;
    const settled = settleSession(session, now());
    store.setState((s) => ({
      scenario: { id: module.id, locale: moduleLocale, meta: metaOf(module) },
      stage: EMPTY_STAGE,
      sessions: { ...s.sessions, [module.id]: settled },
      settings: { ...s.settings, activeScenario: module.id },
    }));
    sync({ cues: false, show: true });
  };

  const inClass = () => store.getState().settings.mode === 'class';

  const loadModule = async (id: string, loc: Locale): Promise<StoryModule | null> => {
    store.setState({ loading: true });
    try {
      return await deps.library.load(loc, id);
    } catch (error) {
      notify('story-load-failed', `${loc}/${id}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      store.setState({ loading: false });
    }
  };

  const actions: GameActions = {
    async chooseLocale(next) {
      const s = store.getState();
      if (s.settings.locale === next) return;
      store.setState({ settings: { ...s.settings, locale: next } });
      // Both languages share one structure, so a run carries over by replaying its choices.
      if (s.scenario && (s.screen === 'play' || s.screen === 'debrief') && s.scenario.locale !== next) {
        const module = await loadModule(s.scenario.id, next);
        const current = store.getState();
        if (module && inClass()) mountClass(module, current.sessions[s.scenario.id] ?? null);
        else if (module) mount(module, current.runs[s.scenario.id] ?? null);
      }
    },
    begin() {
      const s = store.getState();
      store.setState({ screen: s.settings.prologueSeen ? 'menu' : 'prologue' });
    },
    showPrologue() {
      store.setState({ screen: 'prologue' });
    },
    finishPrologue() {
      const s = store.getState();
      store.setState({ screen: 'menu', settings: { ...s.settings, prologueSeen: true } });
    },
    async openScenario(id, options = {}) {
      const module = await loadModule(id, locale());
      if (!module) return;
      if (inClass()) {
        mountClass(module, options.fresh ? null : (store.getState().sessions[id] ?? null));
        return;
      }
      const saved = store.getState().runs[id] ?? null;
      const resumable = saved && !options.fresh && !saved.play.ended ? saved : null;
      mount(module, resumable);
    },
    async restartScenario() {
      const s = store.getState();
      if (s.scenario) await actions.openScenario(s.scenario.id, { fresh: true });
    },
    advance() {
      guard(() => {
        if (!engine) return;
        const before = engine.current.kind;
        engine.advance();
        if (before === 'line') emit({ type: 'sfx', id: 'page' });
        sync();
      });
    },
    choose(index) {
      guard(() => {
        if (engine?.current.kind !== 'choices') return;
        engine.choose(index);
        emit({ type: 'sfx', id: 'click' });
        sync();
      });
    },
    rewindTo(decisionNumber) {
      guard(() => {
        if (!engine) return;
        engine.rewindTo(decisionNumber);
        sync({ cues: false, show: true });
      });
    },
    backToMenu() {
      const s = store.getState();
      engine = null;
      storyJson = null;
      store.setState({
        screen: 'menu',
        scenario: null,
        step: null,
        snapshot: null,
        stage: EMPTY_STAGE,
        settings: { ...s.settings, activeScenario: null },
      });
    },
    updateSettings(patch) {
      const s = store.getState();
      store.setState({ settings: { ...s.settings, ...patch } });
    },
    resetData() {
      const s = store.getState();
      engine = null;
      storyJson = null;
      saves.replaceNext();
      store.setState({ settings: { ...DEFAULT_SETTINGS, locale: s.settings.locale }, ...FRESH_START });
      deps.onReset?.();
    },
    showGlossary() {
      actions.show('glossary');
    },
    showMaps() {
      actions.show('maps');
    },
    show(screen) {
      const s = store.getState();
      if (s.screen === screen) return;
      // From one reference screen to another, "back" still leads to where the first was opened.
      store.setState({ screen, returnTo: REFERENCE_SCREENS.includes(s.screen) ? s.returnTo : s.screen });
    },
    goBack() {
      const s = store.getState();
      const back =
        s.returnTo === 'play' || s.returnTo === 'debrief' ? (s.scenario ? s.returnTo : 'menu') : s.returnTo;
      store.setState({ screen: REFERENCE_SCREENS.includes(back) ? 'menu' : back });
    },
    dismissNotice(id) {
      store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    async storyUpdated(module) {
      const s = store.getState();
      if (!s.scenario || s.scenario.id !== module.id || s.scenario.locale !== module.locale) return;
      if (s.scenario.meta.hash === module.hash) {
        // Same story, new facts about it (the dev server finished exploring it).
        store.setState({ scenario: { ...s.scenario, meta: metaOf(module) } });
        return;
      }
      if (inClass()) mountClass(module, s.sessions[module.id] ?? null);
      else mount(module, s.runs[module.id] ?? null);
      notify('story-updated', module.file);
    },
    async importSession(session) {
      const s = store.getState();
      const loc = (session.locale === 'zh-CN' ? 'zh-CN' : 'en') as Locale;
      const module = await loadModule(session.scenarioId, s.settings.locale ?? loc);
      if (!module) {
        notify('session-import-failed', session.scenarioId);
        return;
      }
      store.setState({ settings: { ...store.getState().settings, mode: 'class' } });
      mountClass(module, session);
      notify('session-imported', session.title ?? session.scenarioId);
    },
  };

  // A reload lands where the player left: on the same line of the same scenario.
  const ready = (async () => {
    const s = store.getState();
    const active = s.settings.activeScenario;
    if (
      active &&
      s.settings.mode === 'class' &&
      (s.sessions[active] || s.runs[active]) &&
      s.settings.locale
    ) {
      // A room that opens on a learner's unfinished run starts its own session of that scenario.
      const module = await loadModule(active, locale());
      if (module) mountClass(module, store.getState().sessions[active] ?? null);
    } else if (active && s.runs[active] && s.settings.locale) {
      const run = s.runs[active];
      const module = await loadModule(active, locale());
      if (module) mount(module, run ?? null);
    }
  })();

  const classroom = createClassroomActions({
    store,
    engine: () => engine,
    storyJson: () => storyJson,
    now,
    sync,
    sfx: (id) => emit({ type: 'sfx', id }),
    guard,
  });

  return {
    store,
    actions,
    classroom,
    ready,
    onCue(listener) {
      cueListeners.add(listener);
      return () => cueListeners.delete(listener);
    },
  };
}

const GAME_PARTS: Record<string, NoticeKind> = {
  settings: 'settings-damaged',
  progress: 'progress-damaged',
  runs: 'run-damaged',
  sessions: 'sessions-damaged',
};

/** What the player is told about a problem with saved data (see docs/SAVING.md). */
function noticeFor(p: SaveProblem): { kind: NoticeKind; detail: string | null } | null {
  switch (p.kind) {
    case 'unavailable':
      return { kind: 'storage-unavailable', detail: p.detail };
    case 'write-failed':
      return { kind: 'storage-unavailable', detail: `${p.name}: ${p.detail}` };
    case 'newer':
      return { kind: 'saved-by-newer', detail: p.key };
    case 'taken-up':
      return { kind: 'changed-in-another-tab', detail: p.name };
    case 'damaged': {
      const kept = p.keptAs ? `; kept as ${p.keptAs}` : '; left as it is';
      return { kind: GAME_PARTS[p.name] ?? 'data-damaged', detail: `${p.detail}${kept}` };
    }
  }
}
