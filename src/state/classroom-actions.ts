import type { StoreApi } from 'zustand/vanilla';
import { closePhoneVote, foldTally, openPhoneVote } from '../classroom/phone-votes.ts';
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
import type { EngineSnapshot } from '../narrative/engine.ts';
import { type ClassroomActions, type GameState, ROOM_OFF } from './game-types.ts';
import { type OpenOutcome, Playthrough, type StoryVersion } from './playthrough.ts';

/** What the classroom actions need from the store that owns the playthrough. */
export interface ClassroomHost {
  store: StoreApi<GameState>;
  /** the scenario on screen: its story version builds the what-if branches */
  playthrough(): Playthrough | null;
  now(): number;
  /** copy the engine's position into the state (and the session's current branch) */
  sync(options?: { cues?: boolean; show?: boolean }): void;
  sfx(id: string): void;
  guard(work: () => void): void;
}

/**
 * A session carried over to another version of the story (an edit, or the other language). A
 * what-if the edited story no longer allows is dropped; if the main line no longer fits, it throws.
 */
export function carrySession(
  session: ClassSession,
  module: StoryVersion & { title: string | null },
): ClassSession {
  const branches = session.branches.flatMap((b) => {
    try {
      const match = session.locale === module.locale ? 'text' : 'place';
      return [{ ...b, snapshot: Playthrough.replayed(module, b.snapshot, match).snapshot() }];
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
  module: StoryVersion & { id: string; title: string | null },
  debateMs: number,
  now: number,
  optionSeed: number | null,
): { session: ClassSession; playthrough: Playthrough } {
  // One order for the whole session: every branch and the presenter window show the room's order.
  const playthrough = Playthrough.fresh(module, optionSeed);
  const session = newSession({
    scenarioId: module.id,
    locale: module.locale,
    title: module.title,
    storyHash: module.hash,
    snapshot: playthrough.snapshot(),
    debateMs,
    now,
  });
  return { session, playthrough };
}

/**
 * The room's policy for putting a story on screen: its saved session, carried over if the story
 * changed since (every branch replayed by the options chosen), or a new session if it no longer fits.
 */
export function openSession(
  module: StoryVersion & { id: string; title: string | null },
  saved: ClassSession | null,
  debateMs: number,
  now: number,
  optionSeed: () => number | null,
): { session: ClassSession; playthrough: Playthrough; outcome: OpenOutcome } {
  if (!saved) return { ...startSession(module, debateMs, now, optionSeed()), outcome: { kind: 'fresh' } };
  try {
    const same = saved.storyHash === module.hash && saved.locale === module.locale;
    const session = same ? saved : carrySession(saved, module);
    const playthrough = Playthrough.at(module, currentBranch(session).snapshot);
    const outcome: OpenOutcome = same
      ? { kind: 'resumed' }
      : { kind: saved.locale === module.locale ? 'replayed' : 'translated' };
    return { session, playthrough, outcome };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ...startSession(module, debateMs, now, optionSeed()), outcome: { kind: 'restarted', detail } };
  }
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
  // The decision was played: the phones' vote there closes with it (it is the room's record now).
  const closed = openPhoneVote(session)?.open ? closePhoneVote(session) : session;
  return {
    ...closed,
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
    const playthrough = host.playthrough();
    if (!playthrough) return;
    const leaving = currentBranch(session);
    let branches = session.branches.map((b) => (b.id === branch.id ? branch : b));
    if (!branches.some((b) => b.id === branch.id)) branches.push(branch);
    if (leaving.id !== branch.id && isRedundant({ ...session, branches }, leaving)) {
      branches = branches.filter((b) => b.id !== leaving.id);
    }
    playthrough.restore(branch.snapshot);
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
      // Leaving the room's mode ends its phone vote too: the link shell closes the room.
      store.setState({
        settings: { ...s.settings, mode: 'solo' },
        roomBlank: false,
        selection: null,
        room: ROOM_OFF,
      });
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
        const story = host.playthrough()?.story;
        if (!session || !story) return;
        const target = branchOf(session, branchId);
        if (!target) return;
        const made = target.snapshot.decisions.length;
        if (number > made) {
          // Where the branch stands now: resume it.
          show(session, target);
          return;
        }
        if (number < 1) return;
        const snapshot = Playthrough.rewound(story, target.snapshot, number);
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
    closePhoneVote() {
      const session = active();
      if (session) put(closePhoneVote(session));
    },
    phoneTally(tally) {
      const session = active();
      if (!session) return;
      const next = foldTally(session, tally);
      // One update: the record (if the tally changed it) and the phones in the room.
      store.setState((s) => ({
        ...(next === session ? {} : { sessions: { ...s.sessions, [next.scenarioId]: next } }),
        room: s.room.phones === tally.phones ? s.room : { ...s.room, phones: tally.phones },
      }));
    },
    openRoom() {
      const s = store.getState();
      if (s.settings.mode !== 'class' || s.room.status !== 'off') return;
      actions.linkRoom({ ...ROOM_OFF, status: 'connecting', card: true });
    },
    closeRoom() {
      if (store.getState().room.status !== 'off') store.setState({ room: ROOM_OFF });
    },
    linkRoom(patch) {
      store.setState((s) => ({ room: { ...s.room, ...patch } }));
    },
    toggleRoomCard() {
      const room = store.getState().room;
      if (room.status !== 'off') actions.linkRoom({ card: !room.card });
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
