import { createStore } from 'zustand/vanilla';
import {
  advanceYear,
  currentScenario,
  finishScenario,
  openingValues,
  startYear,
  turningPoints,
  type YearState,
} from '../campaign/year.ts';
import type { ClassSession } from '../classroom/session.ts';
import { openPosition, settleSession } from '../classroom/session.ts';
import { metaOf, type StoryModule } from '../content/story-module.ts';
import { newOptionSeed } from '../narrative/option-order.ts';
import {
  createClassroomActions,
  openSession,
  sessionWithSnapshot,
  withDecisionTiming,
} from './classroom-actions.ts';
import {
  type Cue,
  type Game,
  type GameActions,
  type GameDeps,
  type GameState,
  ROOM_OFF,
} from './game-types.ts';
import { createNotices, type NoticeKind } from './notices.ts';
import { connectSaves } from './persist.ts';
import { saveReports } from './persisted-slice.ts';
import { type CarryOptions, type OpenOutcome, Playthrough } from './playthrough.ts';
import { createRouter } from './router.ts';
import { DEFAULT_SETTINGS, type Locale, type RunState } from './schema.ts';
import { totalsOf } from './scoring.ts';
import { movedSelection, optionToPlay } from './selection.ts';
import { playClock, progressOnEnd, progressOnOpen, runAt } from './solo-run.ts';
import { EMPTY_STAGE, nextStage } from './stage-state.ts';

export type {
  ActiveScenario,
  Cue,
  Game,
  GameActions,
  GameDeps,
  GameState,
  PlaySlice,
  StoryLibrary,
} from './game-types.ts';
export type { Notice, NoticeKind } from './notices.ts';
export type { ReferenceScreen, Screen } from './router.ts';

/** Everything but settings as a first visit has it; "reset my data" returns here too. */
const FRESH_START = {
  progress: {},
  runs: {},
  sessions: {},
  year: null,
  screen: 'title',
  scenario: null,
  step: null,
  snapshot: null,
  stage: EMPTY_STAGE,
  notices: [],
  returnTo: 'menu',
  returnVia: null,
  roomBlank: false,
  room: ROOM_OFF,
  selection: null,
} satisfies Omit<GameState, 'settings' | 'loading'>;

/** The notice a player gets when a saved position had to be replayed or restarted. */
function noticeOf(outcome: OpenOutcome): { kind: NoticeKind; detail: string | null } | null {
  switch (outcome.kind) {
    case 'replayed':
      return { kind: 'story-changed-replayed', detail: null };
    case 'restarted':
      return { kind: 'story-changed-restarted', detail: outcome.detail };
    case 'damaged':
      return { kind: 'run-damaged', detail: outcome.detail };
    default:
      return null;
  }
}

export function createGame(deps: GameDeps): Game {
  /** the scenario on screen, played one way in both modes */
  let playthrough: Playthrough | null = null;
  const cueListeners = new Set<(cue: Cue) => void>();
  const now = deps.now ?? (() => Date.now());
  const drawOptionSeed = deps.optionSeed ?? (() => newOptionSeed());
  const tick = playClock(now);
  const emit = (cue: Cue) => {
    for (const listener of cueListeners) listener(cue);
  };

  const store = createStore<GameState>()(
    (): GameState => ({ settings: { ...DEFAULT_SETTINGS }, ...FRESH_START, loading: false }),
  );
  const notices = createNotices(store);
  const notify = notices.notify;
  // Saved data: loaded, saved on change, merged with other tabs; every problem is told once.
  const saves = connectSaves(store, deps.storage, notices.tell);
  // Results, class data and My stories report through the same storage's log.
  saveReports(deps.storage).listen(notices.tell);

  if (deps.classroom && store.getState().settings.mode !== 'class') {
    store.setState((s) => ({ settings: { ...s.settings, mode: 'class' } }));
  }
  const router = createRouter(store);

  const locale = (): Locale => store.getState().settings.locale ?? 'en';
  const inClass = () => store.getState().settings.mode === 'class';

  /** Copy the playthrough's position into the state, save it by the mode's policy and emit cues. */
  const sync = (options: { cues?: boolean; show?: boolean; session?: ClassSession } = {}) => {
    const s = store.getState();
    if (!playthrough || !s.scenario) return;
    const step = playthrough.step;
    const snapshot = playthrough.snapshot();
    const line = step.kind === 'line' ? step.line : null;
    const stage = nextStage(s.stage, line, playthrough.stageContext);
    const patch: Partial<GameState> = { step, snapshot, stage };
    // A story just put on screen shows with its position in the same update, never a moment before it.
    if (options.show || step.kind === 'end') patch.screen = step.kind === 'end' ? 'debrief' : 'play';
    const id = s.scenario.id;
    const session = s.settings.mode === 'class' ? (options.session ?? s.sessions[id]) : undefined;
    if (session) {
      // The room's play lives in its session, apart from any learner's run on this machine.
      const debateMs = s.settings.debateSeconds * 1000;
      const next = sessionWithSnapshot(session, snapshot, now(), debateMs);
      patch.sessions = { ...s.sessions, [id]: next };
      patch.selection = next.selection;
    } else if (s.scenario.year && s.year) {
      // Wu Di's year keeps its own run; the solo run and progress of this scenario stay as they are.
      if (!s.snapshot || openPosition(s.snapshot) !== openPosition(snapshot)) patch.selection = null;
      const scenario = { id, locale: s.scenario.locale, hash: s.scenario.meta.hash };
      const gained = options.cues === false ? 0 : tick();
      let year: YearState = { ...s.year, run: runAt(s.year.run ?? undefined, scenario, snapshot, gained) };
      if (step.kind === 'end' && options.cues !== false) year = yearEnded(year, s.scenario, snapshot);
      patch.year = year;
    } else {
      // A new decision on screen starts with nothing picked out.
      if (!s.snapshot || openPosition(s.snapshot) !== openPosition(snapshot)) patch.selection = null;
      const scenario = { id, locale: s.scenario.locale, hash: s.scenario.meta.hash };
      const gained = options.cues === false ? 0 : tick();
      patch.runs = { ...s.runs, [id]: runAt(s.runs[id], scenario, snapshot, gained) };
      // A play counts when its end is reached live, not when a reload shows the debrief again.
      if (step.kind === 'end' && options.cues !== false)
        patch.progress = { ...s.progress, [id]: progressOnEnd(s.progress[id], step.ending) };
    }
    store.setState(patch);
    if (options.cues !== false) {
      if (line?.sfx) emit({ type: 'sfx', id: line.sfx });
      if (step.kind === 'end') emit({ type: 'ending', ending: step.ending });
    }
  };

  /** The year's scenario ended live: what it leaves the year (its facts, roles and turning points). */
  const yearEnded = (
    year: YearState,
    scenario: NonNullable<GameState['scenario']>,
    snapshot: NonNullable<GameState['snapshot']>,
  ): YearState => {
    if (!playthrough) return year;
    const carry = scenario.meta.header?.carry ?? [];
    return finishScenario(year, {
      scenario: {
        scenarioId: scenario.id,
        title: scenario.meta.header?.title ?? null,
        ending: snapshot.ending,
        scores: totalsOf(snapshot.decisions),
        possible: scenario.meta.possible,
      },
      turningPoints: turningPoints(scenario.id, snapshot.decisions, playthrough.variableChanges, carry),
      values: playthrough.readVariables(carry.map((c) => c.name)),
      carry,
    });
  };

  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      notify('story-error', error instanceof Error ? error.message : String(error));
    }
  };

  /** Puts a playthrough on screen as the scenario being played. */
  const put = (
    module: StoryModule,
    next: Playthrough,
    outcome: OpenOutcome,
    patch: Partial<GameState> = {},
  ) => {
    const notice = noticeOf(outcome);
    if (notice) notify(notice.kind, notice.detail);
    playthrough = next;
    const year = patch.scenario === undefined ? false : Boolean(patch.scenario?.year);
    store.setState((s) => ({
      scenario: {
        id: module.id,
        locale: module.locale as Locale,
        meta: metaOf(module),
        ...(year && { year }),
      },
      stage: EMPTY_STAGE,
      settings: { ...s.settings, activeScenario: module.id, activeYear: year },
      ...patch,
    }));
    sync({ cues: false, show: true });
  };

  /** The solo policy: the learner's saved run, resumed, replayed on an edited story, or started afresh. */
  const mount = (module: StoryModule, run: RunState | null) => {
    const { playthrough: next, outcome } = Playthrough.open(module, run, drawOptionSeed);
    const { progress } = store.getState();
    const opened = progressOnOpen(progress[module.id]);
    put(module, next, outcome, {
      selection: null,
      ...(opened && { progress: { ...progress, [module.id]: opened } }),
    });
  };

  /** The room's policy: its saved session, carried over if the story changed. */
  const mountClass = (module: StoryModule, saved: ClassSession | null) => {
    const title = module.header?.title ?? null;
    const debateMs = store.getState().settings.debateSeconds * 1000;
    const opened = openSession({ ...module, title }, saved, debateMs, now(), drawOptionSeed);
    const session = settleSession(opened.session, now());
    put(module, opened.playthrough, opened.outcome, {
      sessions: { ...store.getState().sessions, [module.id]: session },
      selection: session.selection,
    });
  };

  /**
   * Wu Di's year: the scenario it is at, opened on the year's run with the facts it lists set
   * before the first line (the values kept with the run when it is resumed).
   */
  const mountYear = (module: StoryModule, year: YearState) => {
    const carry = module.header?.carry ?? [];
    const preset = openingValues(year, carry);
    const options: CarryOptions = { preset, watch: carry.map((c) => c.name) };
    const run = year.run?.scenarioId === module.id ? year.run : null;
    const { playthrough: next, outcome } = Playthrough.open(module, run, drawOptionSeed, options);
    put(module, next, outcome, {
      selection: null,
      scenario: { id: module.id, locale: module.locale as Locale, meta: metaOf(module), year: true },
      year: { ...year, preset },
    });
  };

  const open = (module: StoryModule) => {
    const s = store.getState();
    if (s.scenario?.year && s.year) mountYear(module, s.year);
    else if (inClass()) mountClass(module, s.sessions[module.id] ?? null);
    else mount(module, s.runs[module.id] ?? null);
  };

  /** The year's current scenario on screen, or the step between scenarios, or its debrief. */
  const goToYear = async (year: YearState) => {
    if (year.phase !== 'playing') {
      playthrough = null;
      store.setState((s) => ({
        screen: 'year',
        scenario: null,
        step: null,
        snapshot: null,
        stage: EMPTY_STAGE,
        selection: null,
        settings: { ...s.settings, activeScenario: null, activeYear: false },
      }));
      return;
    }
    const id = currentScenario(year);
    if (!id) return;
    const module = await loadModule(id, locale());
    if (module) mountYear(module, year);
  };

  /** the room's session of the scenario on screen, in classroom mode */
  const activeSession = (): ClassSession | null => {
    const s = store.getState();
    return s.settings.mode === 'class' && s.scenario ? (s.sessions[s.scenario.id] ?? null) : null;
  };
  /** one update: the selection, and the room's saved copy of it */
  const putSelection = (index: number) => {
    const s = store.getState();
    const session = activeSession();
    if (s.selection === index && (!session || session.selection === index)) return;
    store.setState(
      session && s.scenario
        ? { selection: index, sessions: { ...s.sessions, [s.scenario.id]: { ...session, selection: index } } }
        : { selection: index },
    );
  };

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
    ...router,
    async chooseLocale(next) {
      const s = store.getState();
      if (s.settings.locale === next) return;
      store.setState({ settings: { ...s.settings, locale: next } });
      // Both languages share one structure, so a run carries over by replaying its choices.
      if (s.scenario && (s.screen === 'play' || s.screen === 'debrief') && s.scenario.locale !== next) {
        const module = await loadModule(s.scenario.id, next);
        if (module) open(module);
      }
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
      if (s.scenario?.year) {
        // Within the year a scenario starts again only before its ending has fed the year.
        if (s.year?.phase !== 'playing') return;
        const year = { ...s.year, run: null };
        store.setState({ year });
        await goToYear(year);
        return;
      }
      if (s.scenario) await actions.openScenario(s.scenario.id, { fresh: true });
    },
    advance() {
      guard(() => {
        if (!playthrough) return;
        const before = playthrough.step.kind;
        playthrough.advance();
        if (before === 'line') emit({ type: 'sfx', id: 'page' });
        sync();
      });
    },
    choose(index) {
      guard(() => {
        if (playthrough?.step.kind !== 'choices') return;
        const s = store.getState();
        const session = activeSession();
        const option = index ?? optionToPlay(s.step, s.selection, session);
        if (option === null) return;
        // The room keeps how long it took over each decision, saved with the same update.
        const timed = session
          ? withDecisionTiming(session, playthrough.decisions.length + 1, now())
          : undefined;
        playthrough.choose(option);
        emit({ type: 'sfx', id: 'click' });
        sync({ session: timed });
      });
    },
    select(index) {
      const s = store.getState();
      if (s.step?.kind !== 'choices' || index < 0 || index >= s.step.options.length) return;
      putSelection(index);
    },
    moveSelection(delta) {
      const s = store.getState();
      const next = movedSelection(s.step, s.selection, activeSession(), delta);
      if (next !== null) putSelection(next);
    },
    rewindTo(decisionNumber) {
      guard(() => {
        if (!playthrough) return;
        playthrough.rewindTo(decisionNumber);
        sync({ cues: false, show: true });
      });
    },
    backToMenu() {
      playthrough = null;
      store.setState((s) => ({
        screen: 'menu',
        scenario: null,
        step: null,
        snapshot: null,
        stage: EMPTY_STAGE,
        selection: null,
        settings: { ...s.settings, activeScenario: null, activeYear: false },
      }));
    },
    updateSettings(patch) {
      store.setState((s) => ({ settings: { ...s.settings, ...patch } }));
    },
    resetData() {
      playthrough = null;
      // A reset is written as it is, not merged with what another tab saved.
      saves.replaceNext();
      store.setState((s) => ({
        settings: { ...DEFAULT_SETTINGS, locale: s.settings.locale },
        ...FRESH_START,
      }));
      deps.onReset?.();
    },
    showGlossary() {
      router.show('glossary');
    },
    showMaps() {
      router.show('maps');
    },
    dismissNotice: notices.dismiss,
    tell: notify,
    async storyUpdated(module) {
      const s = store.getState();
      if (!s.scenario || s.scenario.id !== module.id || s.scenario.locale !== module.locale) return;
      if (s.scenario.meta.hash === module.hash) {
        // Same story, new facts about it (the dev server finished exploring it).
        store.setState({ scenario: { ...s.scenario, meta: metaOf(module) } });
        return;
      }
      open(module);
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
    async startYear() {
      // The course's scenarios in their order; stories opened from a file (no language of their
      // own) are not part of the year.
      const loc = locale();
      const order = deps.library
        .list(loc)
        .filter((m) => m.locale === loc && m.header?.scored && m.header.order !== null)
        .sort((a, b) => (a.header?.order ?? 0) - (b.header?.order ?? 0))
        .map((m) => m.id);
      if (order.length === 0) return;
      const year = startYear(order, now());
      store.setState({ year });
      await goToYear(year);
    },
    async resumeYear() {
      const year = store.getState().year;
      if (year) await goToYear(year);
    },
    showYearStep() {
      const year = store.getState().year;
      if (year && year.phase !== 'playing') void goToYear(year);
    },
    async continueYear() {
      const year = store.getState().year;
      if (year?.phase !== 'between') return;
      const next = advanceYear(year, now());
      store.setState({ year: next });
      await goToYear(next);
    },
  };

  // A reload lands where the player left: on the same line of the same scenario.
  const ready = (async () => {
    const s = store.getState();
    const active = s.settings.activeScenario;
    if (!active || !s.settings.locale) return;
    if (s.settings.activeYear) {
      // A year scenario comes back on the year's run (its debrief too, until the year moves on).
      const year = s.year;
      if (!year || year.phase === 'done' || !year.run || currentScenario(year) !== active) return;
      const module = await loadModule(active, locale());
      if (module) mountYear(module, year);
      return;
    }
    // A room that opens on a learner's unfinished run starts its own session of that scenario.
    const resumable = s.settings.mode === 'class' ? s.sessions[active] || s.runs[active] : s.runs[active];
    if (!resumable) return;
    const module = await loadModule(active, locale());
    if (module) open(module);
  })();

  const classroom = createClassroomActions({
    store,
    playthrough: () => playthrough,
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
