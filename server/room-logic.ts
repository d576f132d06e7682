import {
  type DecisionView,
  LIMITS,
  type RoomError,
  type RoomLocale,
  type RoomSnapshot,
  type RoomState,
  type Tally,
} from '../src/room/protocol.ts';

/**
 * One room as the server holds it: plain data, and functions that return a new room, so a store
 * can keep it anywhere (memory today, Redis next) and apply one change at a time.
 *
 * The server only relays and tallies; the game window is the source of truth. So a room can be
 * rebuilt at any moment from what the host re-sends (resume), and ballots are keyed by voter,
 * which makes a vote sent twice, or a ballot the host and the phone both re-send, count once.
 */
export interface Room {
  code: string;
  /** A digest of the host secret: the secret itself is never kept. */
  secretHash: string;
  locale: RoomLocale;
  title: string;
  whatif: boolean;
  blank: boolean;
  decision: RoomDecision | null;
  /** voter tag → the phone's optional nickname and its live connections. */
  phones: Record<string, Phone>;
  /** ms since epoch of the last host message: a room expires some hours after it. */
  hostSeen: number;
}

export interface RoomDecision extends DecisionView {
  open: boolean;
  ballots: Record<string, string>;
}

export interface Phone {
  nickname: string | null;
  /**
   * Live connections by server instance id: with several instances (REDIS_URL) an instance that
   * dies without a goodbye leaves its count here, and `pruneInstances` takes it out.
   */
  connections: Record<string, number>;
}

/** The instance id of a server alone (rooms in memory): nothing else ever writes its rooms. */
export const LOCAL_INSTANCE = 'local';

export type Outcome = { ok: true; room: Room } | { ok: false; error: RoomError };

export function createRoom(init: {
  code: string;
  secretHash: string;
  locale: RoomLocale;
  title: string;
  now: number;
}): Room {
  return {
    code: init.code,
    secretHash: init.secretHash,
    locale: init.locale,
    title: init.title,
    whatif: false,
    blank: false,
    decision: null,
    phones: {},
    hostSeen: init.now,
  };
}

export function isExpired(room: Room, now: number, ttlMs: number): boolean {
  return now - room.hostSeen > ttlMs;
}

export function touchHost(room: Room, now: number): Room {
  return { ...room, hostSeen: now };
}

// ---- phones ----

/** A phone's connection arrives; the same phone on a second tab or after a reconnect is still one phone. */
export function joinPhone(
  room: Room,
  voter: string,
  nickname: string | null,
  instance: string = LOCAL_INSTANCE,
): Outcome {
  const known = room.phones[voter];
  if (!known && Object.keys(room.phones).length >= LIMITS.phones) return { ok: false, error: 'full' };
  const held = connectionsOf(known);
  const phone: Phone = {
    nickname: nickname ?? known?.nickname ?? null,
    connections: { ...held, [instance]: (held[instance] ?? 0) + 1 },
  };
  return { ok: true, room: { ...room, phones: { ...room.phones, [voter]: phone } } };
}

/**
 * A connection goes. The phone's entry (and nickname) goes with its last connection; its ballot
 * stays, because a vote cast is the room's, even if the phone sleeps.
 */
export function leavePhone(room: Room, voter: string, instance: string = LOCAL_INSTANCE): Room {
  const known = room.phones[voter];
  if (!known) return room;
  const { [voter]: _gone, ...others } = room.phones;
  const { [instance]: mine = 0, ...elsewhere } = connectionsOf(known);
  const connections = mine > 1 ? { ...elsewhere, [instance]: mine - 1 } : elsewhere;
  if (Object.keys(connections).length === 0) return { ...room, phones: others };
  return { ...room, phones: { ...others, [voter]: { ...known, connections } } };
}

/** The instances holding connections of this room's phones. */
export function instancesOf(room: Room): string[] {
  const ids = new Set<string>();
  for (const phone of Object.values(room.phones))
    for (const id of Object.keys(connectionsOf(phone))) ids.add(id);
  return [...ids];
}

/**
 * Takes out the connections of instances that are gone (no heartbeat): a phone left with none is
 * no longer in the room. Its ballot stays, as when it leaves. The same room when nothing changed.
 */
export function pruneInstances(room: Room, alive: ReadonlySet<string>): Room {
  let changed = false;
  const phones: Record<string, Phone> = {};
  for (const [voter, phone] of Object.entries(room.phones)) {
    const held = connectionsOf(phone);
    const kept = Object.fromEntries(Object.entries(held).filter(([id]) => alive.has(id)));
    if (Object.keys(kept).length === Object.keys(held).length && typeof phone.connections === 'object') {
      phones[voter] = phone;
      continue;
    }
    changed = true;
    if (Object.keys(kept).length > 0) phones[voter] = { ...phone, connections: kept };
  }
  return changed ? { ...room, phones } : room;
}

/** A room written before connections were counted per instance held a plain number. */
function connectionsOf(phone: Phone | undefined): Record<string, number> {
  const c: unknown = phone?.connections;
  if (typeof c === 'number') return c > 0 ? { '?': c } : {};
  return (c as Record<string, number> | undefined) ?? {};
}

export function connectedPhones(room: Room): number {
  return Object.keys(room.phones).length;
}

export function castVote(room: Room, voter: string, decisionId: string, key: string): Outcome {
  if (!room.phones[voter]) return { ok: false, error: 'not-joined' };
  const decision = room.decision;
  if (!decision || decision.decisionId !== decisionId) return { ok: false, error: 'no-decision' };
  if (!decision.open) return { ok: false, error: 'closed' };
  if (!decision.options.some((o) => o.key === key)) return { ok: false, error: 'no-option' };
  if (!(voter in decision.ballots) && Object.keys(decision.ballots).length >= LIMITS.phones)
    return { ok: false, error: 'full' };
  return {
    ok: true,
    room: { ...room, decision: { ...decision, ballots: { ...decision.ballots, [voter]: key } } },
  };
}

// ---- host ----

/** A new decision replaces the one before: its ballots were the host's the moment it was tallied. */
export function openDecision(room: Room, view: DecisionView, now: number): Room {
  const decision: RoomDecision = {
    decisionId: view.decisionId,
    prompt: view.prompt,
    options: view.options.map((o) => ({ key: o.key, text: o.text })),
    open: true,
    ballots: {},
  };
  // Opening the decision already on screen again (a host retrying after a lost answer) keeps its ballots.
  if (room.decision?.decisionId === view.decisionId && sameOptions(room.decision, decision))
    decision.ballots = room.decision.ballots;
  return { ...room, decision, hostSeen: now };
}

export function closeDecision(room: Room, decisionId: string, now: number): Outcome {
  if (!room.decision || room.decision.decisionId !== decisionId) return { ok: false, error: 'no-decision' };
  return { ok: true, room: { ...room, decision: { ...room.decision, open: false }, hostSeen: now } };
}

export function setWhatif(room: Room, on: boolean, now: number): Room {
  return { ...room, whatif: on, hostSeen: now };
}

export function setBlank(room: Room, on: boolean, now: number): Room {
  return { ...room, blank: on, hostSeen: now };
}

/**
 * The host re-sends the room as it knows it. The host decides what is on screen (title, toggles,
 * which decision, open or closed); ballots are merged by voter so nothing counted is lost or
 * doubled. For a voter both sides know, the server's ballot is kept: it can only be newer than the
 * last tally the host received.
 */
export function resumeRoom(
  existing: Room | undefined,
  init: { code: string; secretHash: string; state: RoomSnapshot; now: number },
): Room {
  const { state } = init;
  const base = existing ?? createRoom({ ...init, locale: state.locale, title: state.title });
  let decision: RoomDecision | null = null;
  if (state.decision) {
    const sent: RoomDecision = {
      decisionId: state.decision.decisionId,
      prompt: state.decision.prompt,
      options: state.decision.options.map((o) => ({ key: o.key, text: o.text })),
      open: state.decision.open,
      ballots: { ...state.decision.ballots },
    };
    const held = base.decision;
    if (held && held.decisionId === sent.decisionId && sameOptions(held, sent)) {
      const optionKeys = new Set(sent.options.map((o) => o.key));
      for (const [voter, key] of Object.entries(held.ballots))
        if (optionKeys.has(key)) sent.ballots[voter] = key;
    }
    decision = sent;
  }
  return {
    ...base,
    locale: state.locale,
    title: state.title,
    whatif: state.whatif,
    blank: state.blank,
    decision,
    hostSeen: init.now,
  };
}

function sameOptions(a: DecisionView, b: DecisionView): boolean {
  return a.options.length === b.options.length && a.options.every((o, i) => o.key === b.options[i]?.key);
}

// ---- views ----

export function tallyOf(room: Room): Tally | null {
  const d = room.decision;
  if (!d) return null;
  const counts: Record<string, number> = {};
  for (const o of d.options) counts[o.key] = 0;
  for (const key of Object.values(d.ballots)) counts[key] = (counts[key] ?? 0) + 1;
  return {
    code: room.code,
    decisionId: d.decisionId,
    open: d.open,
    counts,
    phones: connectedPhones(room),
    voters: Object.keys(d.ballots).length,
    ballots: { ...d.ballots },
  };
}

export function phoneView(room: Room, voter: string | null): RoomState {
  const d = room.decision;
  return {
    code: room.code,
    title: room.title,
    locale: room.locale,
    decision: d
      ? {
          decisionId: d.decisionId,
          prompt: d.prompt,
          options: d.options.map((o) => ({ ...o })),
          open: d.open,
        }
      : null,
    yourVote: d && voter ? (d.ballots[voter] ?? null) : null,
    whatif: room.whatif,
    blank: room.blank,
  };
}
