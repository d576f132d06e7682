import type { Socket } from 'socket.io-client';
import * as v from 'valibot';
import { roomSnapshot } from '../classroom/room-snapshot.ts';
import {
  type CloseDecisionAnswer,
  EVENTS,
  hostSecret,
  type OpenAnswer,
  phoneCountSchema,
  type ResumeAnswer,
  type RoomSnapshot,
  roomClosed,
  roomCode,
  serverInfoSchema,
  type Tally,
  tallySchema,
} from '../room/protocol.ts';
import type { Game, GameState } from '../state/store.ts';
import { watch } from '../state/watch.ts';
import { strings } from './i18n.ts';
import { classStrings } from './i18n-class.ts';
import { HELD_ROOM_KEY } from './room-held.ts';

/**
 * The game window's link to the room server (docs/ROOM.md): the thin shell between the store and
 * Socket.IO. The store says whether phones should vote (room.status); this opens the room, tells
 * the server what is on screen, and hands each tally to the store, which keeps the record.
 *
 * The game window is the source of truth. On every connection (the first, and after the server
 * restarted or the laptop slept) it sends the whole room again with the ballots it has counted, so
 * nothing counted is lost, and the server keeps one ballot per phone, so nothing is counted twice.
 * The host secret lives in this tab's sessionStorage: a reload keeps the room, nothing else sees it.
 */
const INFO_PATH = '/room-server.json';
/** Waiting on an answer longer than this means the server is gone; Socket.IO reconnects. */
const ANSWER_MS = 8000;

const heldRoom = v.object({ code: roomCode, hostSecret });
type HeldRoom = v.InferOutput<typeof heldRoom>;

function readHeld(): HeldRoom | null {
  try {
    const raw = sessionStorage.getItem(HELD_ROOM_KEY);
    if (!raw) return null;
    const parsed = v.safeParse(heldRoom, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

function writeHeld(room: HeldRoom | null): void {
  try {
    if (room) sessionStorage.setItem(HELD_ROOM_KEY, JSON.stringify(room));
    else sessionStorage.removeItem(HELD_ROOM_KEY);
  } catch {
    // Storage refused: the room lasts as long as this page.
  }
}

/** The address phones open: the server's own word for where it is reachable, when this page is on localhost. */
function joinUrlFor(origins: readonly string[], code: string): string {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
  const origin = (local ? origins[0] : null) ?? window.location.origin;
  return `${origin}/phone.html?room=${code}`;
}

/** The room as the phones should see the state now. */
export function snapshotOf(state: GameState): RoomSnapshot {
  const locale = state.settings.locale ?? 'en';
  const session = state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
  const cs = classStrings(locale);
  const title = state.scenario?.meta.header?.title ?? strings(locale).gameTitle;
  return roomSnapshot({
    session: state.settings.mode === 'class' ? session : null,
    locale,
    title,
    blank: state.roomBlank,
    promptFallback: cs.debate,
  });
}

/** Two snapshots show phones the same thing (ballots aside: they come from the server). */
function sameView(a: RoomSnapshot, b: RoomSnapshot): boolean {
  const strip = (s: RoomSnapshot) =>
    JSON.stringify({ ...s, decision: s.decision && { ...s.decision, ballots: null } });
  return strip(a) === strip(b);
}

export function linkRoomServer(game: Game): () => void {
  let socket: Socket | null = null;
  let held: HeldRoom | null = null;
  let origins: string[] = [];
  /** what the server was last told; null until the room is resumed on this connection */
  let told: RoomSnapshot | null = null;
  let generation = 0;
  const room = () => game.store.getState().room;
  const link = game.classroom.linkRoom;

  const takeTally = (data: unknown) => {
    const parsed = v.safeParse(tallySchema, data);
    if (!parsed.success || parsed.output.code !== held?.code) {
      if (!parsed.success) console.warn('Ignored a tally that does not fit:', v.summarize(parsed.issues));
      return;
    }
    game.classroom.phoneTally(parsed.output as Tally);
  };

  async function ask<T>(event: string, payload: unknown): Promise<T | null> {
    const s = socket;
    if (!s?.connected) return null;
    try {
      return (await s.timeout(ANSWER_MS).emitWithAck(event, payload)) as T;
    } catch {
      return null;
    }
  }

  /** The whole room again: the first time on a connection, and after a change of language. */
  async function resume(): Promise<boolean> {
    if (!held) return false;
    const state = snapshotOf(game.store.getState());
    const answer = await ask<ResumeAnswer>(EVENTS.resume, { ...held, state });
    if (!answer) return false;
    if (!answer.ok) {
      // The server no longer takes this secret (a new server key): open a new room.
      if (answer.error === 'forbidden' || answer.error === 'no-room') {
        held = null;
        writeHeld(null);
      }
      return false;
    }
    told = state;
    if (answer.tally) takeTally(answer.tally);
    return true;
  }

  async function openRoom(): Promise<boolean> {
    const state = game.store.getState();
    const answer = await ask<OpenAnswer>(EVENTS.open, {
      locale: state.settings.locale ?? 'en',
      title: snapshotOf(state).title,
    });
    if (!answer?.ok) return false;
    held = { code: answer.code, hostSecret: answer.hostSecret };
    writeHeld(held);
    return true;
  }

  /** On every connection: the held room resumed, or a new one opened and then filled in. */
  async function onConnect(mine: number): Promise<void> {
    told = null;
    let ok = held ? await resume() : false;
    if (!ok && !held && (await openRoom())) ok = await resume();
    if (mine !== generation) return;
    if (!ok || !held) {
      // Refused (a rate limit, or a server that is starting): the next connection tries again.
      link({ status: 'reconnecting' });
      setTimeout(() => {
        if (mine === generation && socket?.connected && !told) void onConnect(mine);
      }, 3000);
      return;
    }
    link({ status: 'live', code: held.code, joinUrl: joinUrlFor(origins, held.code) });
    await tell(game.store.getState());
  }

  /** Tells the server what changed on screen, with the smallest message that says it. */
  async function tell(state: GameState): Promise<void> {
    if (!held || !told || !socket?.connected) return;
    const next = snapshotOf(state);
    const before = told;
    if (sameView(before, next)) return;
    told = next;
    const auth = held;
    if (before.locale !== next.locale || before.title !== next.title) {
      await resume();
      return;
    }
    if (before.whatif !== next.whatif) void ask(EVENTS.whatif, { ...auth, on: next.whatif });
    if (before.blank !== next.blank) void ask(EVENTS.blank, { ...auth, on: next.blank });
    const was = before.decision;
    const now = next.decision;
    const sameDecision = Boolean(was && now && was.decisionId === now.decisionId);
    // The server holds one decision: the one played is closed before the next replaces it.
    if (was?.open && !sameDecision) await close(auth, was.decisionId);
    if (now && (!sameDecision || (!was?.open && now.open))) {
      const { open: _open, ballots: _ballots, ...view } = now;
      await ask(EVENTS.decisionOpen, { ...auth, ...view });
    }
    if (now && !now.open && (!sameDecision || was?.open)) await close(auth, now.decisionId);
  }

  /** Closed on screen (V), or played: the server's frozen tally settles the record. */
  async function close(auth: HeldRoom, decisionId: string): Promise<void> {
    const answer = await ask<CloseDecisionAnswer>(EVENTS.decisionClose, { ...auth, decisionId });
    if (answer?.ok) takeTally(answer.tally);
  }

  async function start(): Promise<void> {
    const mine = ++generation;
    held = readHeld();
    const info = await fetch(INFO_PATH, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
    const parsed = v.safeParse(serverInfoSchema, info);
    if (mine !== generation) return;
    if (!parsed.success) {
      link({ status: 'unavailable' });
      return;
    }
    origins = parsed.output.joinOrigins;
    // The client is loaded only when a room opens: solo play never downloads it.
    const { io } = await import('socket.io-client');
    if (mine !== generation) return;
    const s = io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 3000 });
    socket = s;
    s.on('connect', () => void onConnect(mine));
    s.on('disconnect', () => {
      told = null;
      if (mine === generation && room().status !== 'off') link({ status: 'reconnecting' });
    });
    s.on(EVENTS.tally, takeTally);
    s.on(EVENTS.phones, (data: unknown) => {
      const parsed = v.safeParse(phoneCountSchema, data);
      if (parsed.success && parsed.output.code === held?.code) link({ phones: parsed.output.phones });
    });
    s.on(EVENTS.closed, (data: unknown) => {
      const parsed = v.safeParse(roomClosed, data);
      if (!parsed.success || parsed.output.code !== held?.code) return;
      // The room expired on the server: a new one opens at once, with a new code to show.
      held = null;
      writeHeld(null);
      told = null;
      link({ status: 'connecting', code: null, joinUrl: null, card: true });
      void onConnect(mine);
    });
  }

  function stop(): void {
    generation++;
    const s = socket;
    const auth = held;
    socket = null;
    held = null;
    told = null;
    writeHeld(null);
    if (!s) return;
    if (auth && s.connected)
      s.timeout(2000)
        .emitWithAck(EVENTS.close, auth)
        .catch(() => undefined)
        .finally(() => s.disconnect());
    else s.disconnect();
  }

  const unwatchStatus = watch(
    game.store,
    (state) => state.room.status,
    (status, before) => {
      if (before === 'off' && status === 'connecting') void start();
      else if (status === 'off') stop();
    },
    Object.is,
  );
  // Only what phones are shown: a line read, a timer started or a sound played tells them nothing.
  const unwatchScreen = watch(
    game.store,
    (state) => [
      state.settings.mode,
      state.settings.locale,
      state.scenario,
      state.scenario ? state.sessions[state.scenario.id] : undefined,
      state.roomBlank,
    ],
    () => void tell(game.store.getState()),
  );

  // Loaded because a room is opening: open it now (the status change came before this module).
  if (game.store.getState().room.status === 'connecting') void start();
  // A reload of this tab keeps its room: the phones stay joined and the code stays on screen.
  else if (readHeld() && game.store.getState().settings.mode === 'class') {
    game.classroom.openRoom();
    game.classroom.linkRoom({ card: false });
  }

  return () => {
    unwatchStatus();
    unwatchScreen();
    stop();
  };
}
