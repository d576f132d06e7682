import type { StoreApi } from 'zustand/vanilla';
import {
  type Branch,
  branchOf,
  type ClassSession,
  castVote,
  clearVotes,
  currentBranch,
  isRedundant,
  MAIN,
  mainBranch,
  newSession,
  nextBranchId,
  openPosition,
  openTally,
  resetTimer,
  timerElapsed,
  toggleTimer,
} from '../classroom/session.ts';
import { type EngineSnapshot, type ReplayMatch, replayOn, StoryEngine } from '../narrative/engine.ts';
import type { GameState } from './store.ts';

/** What the classroom actions need from the store that owns the engine. */
export interface ClassroomHost {
  store: StoreApi<GameState>;
  engine(): StoryEngine | null;
  /** the compiled story on screen, to build engines for other branches */
  storyJson(): string | null;
  now(): number;
  /** copy the engine's position into the state (and the session's current branch) */
  sync(options?: { cues?: boolean; show?: boolean }): void;
  sfx(id: string): void;
  guard(work: () => void): void;
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
  /** the session as a file's text, for the trainer to keep */
  exportSession(): string | null;
}

/** A branch's snapshot replayed on another version of the story (an edit, or the other language). */
export function replaySnapshot(
  json: string,
  snapshot: EngineSnapshot,
  match: ReplayMatch = 'text',
): EngineSnapshot {
  return replayOn(json, snapshot, match).snapshot();
}

/**
 * A session carried over to another version of the story (an edit, or the other language). A
 * what-if the edited story no longer allows is dropped; if the main line no longer fits, it throws.
 */
export function carrySession(
  session: ClassSession,
  module: { json: string; hash: string; locale: string; title: string | null },
): ClassSession {
  const branches = session.branches.flatMap((b) => {
    try {
      const match = session.locale === module.locale ? 'text' : 'place';
      return [{ ...b, snapshot: replaySnapshot(module.json, b.snapshot, match) }];
    } catch (error) {
      if (b.kind === 'main') throw error;
      return [];
    }
  });
  const current = branches.some((b) => b.id === session.current) ? session.current : MAIN;
  return {
    ...session,
    locale: module.locale,
    title: module.title,
    storyHash: module.hash,
    branches,
    current,
  };
}

export function startSession(
  module: { id: string; json: string; hash: string; locale: string; title: string | null },
  debateMs: number,
  now: number,
  optionSeed: number | null,
): { session: ClassSession; engine: StoryEngine } {
  // One order for the whole session: every branch and the presenter window show the room's order.
  const engine = new StoryEngine(module.json, { optionSeed });
  engine.start();
  const session = newSession({
    scenarioId: module.id,
    locale: module.locale,
    title: module.title,
    storyHash: module.hash,
    snapshot: engine.snapshot(),
    debateMs,
    now,
  });
  return { session, engine };
}

/**
 * Folds the engine's new position into the session: the branch's snapshot, and a fresh
 * timer, selection and clock when a new decision comes up.
 */
export function sessionWithSnapshot(
  session: ClassSession,
  snapshot: EngineSnapshot,
  now: number,
  debateMs: number,
): ClassSession {
  const branch = currentBranch(session);
  const before = openPosition(branch.snapshot);
  const after = openPosition(snapshot);
  const branches = session.branches.map((b) => (b.id === branch.id ? { ...b, snapshot } : b));
  if (before === after) return { ...session, branches };
  return {
    ...session,
    branches,
    selection: null,
    timer: resetTimer(session.timer, debateMs),
    decisionShownAt: after ? now : null,
  };
}

/** The session with the decision about to be played timed: how long the room debated, and in all. */
export function withDecisionTiming(session: ClassSession, number: number, now: number): ClassSession {
  const timing = {
    branch: currentBranch(session).id,
    number,
    debateMs: Math.round(timerElapsed(session.timer, now)),
    totalMs: session.decisionShownAt === null ? 0 : Math.max(0, now - session.decisionShownAt),
    decidedAt: new Date(now).toISOString(),
  };
  return { ...session, timings: [...session.timings, timing] };
}

export function createClassroomActions(host: ClassroomHost): ClassroomActions {
  const { store } = host;
  const active = (): ClassSession | null => {
    const s = store.getState();
    if (s.settings.mode !== 'class' || !s.scenario) return null;
    return s.sessions[s.scenario.id] ?? null;
  };
  /** the session saved, and its selection (the state's own copy) with it in the same update */
  const put = (session: ClassSession) => {
    store.setState((s) => ({
      sessions: { ...s.sessions, [session.scenarioId]: session },
      selection: session.selection,
    }));
  };
  /** the decision on screen: where its votes are kept, and how many options it offers */
  const open = (session: ClassSession) => {
    const { key, counts } = openTally(session);
    return { key, count: counts.length };
  };

  /**
   * Puts a branch's snapshot on the engine and the screen. A what-if left without anything of
   * its own is dropped, and the decision now on screen gets a fresh selection, timer and clock.
   */
  const show = (session: ClassSession, branch: Branch) => {
    const engine = host.engine();
    if (!engine) return;
    const leaving = currentBranch(session);
    let branches = session.branches.map((b) => (b.id === branch.id ? branch : b));
    if (!branches.some((b) => b.id === branch.id)) branches.push(branch);
    if (leaving.id !== branch.id && isRedundant({ ...session, branches }, leaving)) {
      branches = branches.filter((b) => b.id !== leaving.id);
    }
    engine.restore(branch.snapshot);
    const now = host.now();
    put({
      ...session,
      branches,
      current: branch.id,
      selection: null,
      timer: resetTimer(session.timer, store.getState().settings.debateSeconds * 1000),
      decisionShownAt: branch.snapshot.step.kind === 'choices' ? now : null,
    });
    host.sync({ cues: false, show: true });
  };

  const actions: ClassroomActions = {
    enter() {
      const s = store.getState();
      if (s.settings.mode === 'class') return;
      // the room's own selection, if it has a session of this scenario; a learner's pick stays behind
      const session = s.scenario ? s.sessions[s.scenario.id] : undefined;
      store.setState({ settings: { ...s.settings, mode: 'class' }, selection: session?.selection ?? null });
    },
    leave() {
      const s = store.getState();
      store.setState({ settings: { ...s.settings, mode: 'solo' }, roomBlank: false, selection: null });
    },
    vote(index, delta) {
      const session = active();
      if (!session) return;
      const { key, count } = open(session);
      if (!key) return;
      put({ ...session, votes: castVote(session.votes, key, count, index, delta) });
    },
    clearVotes() {
      const session = active();
      if (!session) return;
      const { key } = open(session);
      if (!key) return;
      put({ ...session, votes: clearVotes(session.votes, key) });
    },
    toggleTimer() {
      const session = active();
      if (session) put({ ...session, timer: toggleTimer(session.timer, host.now()) });
    },
    resetTimer() {
      const session = active();
      if (session)
        put({
          ...session,
          timer: resetTimer(session.timer, store.getState().settings.debateSeconds * 1000),
        });
    },
    previousDecision() {
      const session = active();
      if (!session) return;
      const branch = currentBranch(session);
      // Facing decision k, or reading the lines after decision k - 1: back is decision k - 1.
      const number = branch.snapshot.decisions.length;
      if (number >= 1) actions.goTo(branch.id, number);
    },
    goTo(branchId, number) {
      host.guard(() => {
        const session = active();
        const json = host.storyJson();
        if (!session || !json) return;
        const target = branchOf(session, branchId);
        if (!target) return;
        const made = target.snapshot.decisions.length;
        if (number > made) {
          // Where the branch stands now: resume it.
          show(session, target);
          return;
        }
        if (number < 1) return;
        const engine = new StoryEngine(json);
        engine.restore(target.snapshot);
        engine.rewindTo(number);
        const snapshot = engine.snapshot();
        if (target.kind === 'what-if' && isRedundant(session, target)) {
          // A what-if with nothing of its own yet just moves back.
          show(session, { ...target, snapshot });
          return;
        }
        const created: Branch = {
          id: nextBranchId(session),
          kind: 'what-if',
          snapshot,
          createdAt: new Date(host.now()).toISOString(),
        };
        show(session, created);
      });
    },
    returnToMain() {
      const session = active();
      if (!session) return;
      const main = mainBranch(session);
      if (session.current === MAIN) return;
      show(session, main);
    },
    setBlank(on) {
      if (store.getState().roomBlank !== on) store.setState({ roomBlank: on });
    },
    exportSession() {
      const session = active();
      return session ? JSON.stringify(session, null, 1) : null;
    },
  };
  return actions;
}
