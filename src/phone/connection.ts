import { io, type Socket } from 'socket.io-client';
import * as v from 'valibot';
import { EVENTS, type RoomState, roomClosed, roomState } from '../room/protocol.ts';
import type { Link, Notice } from './model.ts';

/**
 * The phone's side of the room (docs/ROOM.md): on every connection it joins again, waiting while a
 * restarted server does not know the room yet, then re-sends its last vote for the decision on
 * screen. Socket.IO reconnects by itself; everything the server sends is parsed before it is shown.
 */
export interface RoomHandlers {
  link: (link: Link) => void;
  state: (state: RoomState) => void;
  notice: (notice: Notice) => void;
}

export interface RoomConnection {
  vote: (key: string) => Promise<void>;
  /** joins again with a new nickname (a new connection, so the server takes it) */
  rename: () => void;
  /** the transport in use, for the page's data-transport (the tests read it) */
  transport: () => string;
}

const answer = v.union([
  v.object({ ok: v.literal(true), state: roomState }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);

/** A restarted server knows the room again once the game window resumes it: ask this often. */
const RETRY_MS = 1500;
const ANSWER_MS = 5000;

export function connectRoom(
  options: { code: string; phoneId: string; nickname: () => string | null; socketPath?: string },
  on: RoomHandlers,
): RoomConnection {
  const socket: Socket = io({
    path: options.socketPath ?? '/socket.io/',
    // WebSocket first (one connection, no polling requests); long-polling if a network refuses it.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });
  let current: RoomState | null = null;
  let lastVote: { decisionId: string; key: string } | null = null;
  let joinedOnce = false;
  let ended = false;
  /** each connection's join loop; a newer one stops the older */
  let generation = 0;

  const setState = (state: RoomState) => {
    current = state;
    on.state(state);
  };

  async function ask(event: string, payload: unknown): Promise<v.InferOutput<typeof answer> | null> {
    try {
      const raw: unknown = await socket.timeout(ANSWER_MS).emitWithAck(event, payload);
      const parsed = v.safeParse(answer, raw);
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function join(mine: number): Promise<void> {
    on.link('joining');
    while (socket.connected && mine === generation && !ended) {
      const reply = await ask(EVENTS.join, {
        code: options.code,
        phoneId: options.phoneId,
        nickname: options.nickname(),
      });
      if (mine !== generation || ended) return;
      if (reply?.ok) {
        joinedOnce = true;
        if (reply.state.code !== options.code) return;
        setState(reply.state);
        on.link('live');
        await resend(reply.state);
        return;
      }
      if (reply?.error === 'no-room' && !joinedOnce) {
        // Never in this room: the code is wrong (a room exists before its QR code is shown).
        ended = true;
        on.link('not-found');
        socket.disconnect();
        return;
      }
      if (reply?.error === 'full') {
        ended = true;
        on.link('full');
        socket.disconnect();
        return;
      }
      if (reply?.error === 'no-room') on.link('waiting-host');
      await pause(reply?.error === 'rate' ? RETRY_MS * 2 : RETRY_MS);
    }
  }

  async function resend(state: RoomState): Promise<void> {
    const d = state.decision;
    if (!lastVote || !d?.open || d.decisionId !== lastVote.decisionId) return;
    if (!d.options.some((o) => o.key === lastVote?.key)) return;
    const reply = await ask(EVENTS.vote, lastVote);
    if (reply?.ok && reply.state.code === options.code) setState(reply.state);
  }

  socket.on('connect', () => {
    generation++;
    void join(generation);
  });
  socket.on('disconnect', () => {
    if (!ended) on.link('reconnecting');
  });
  socket.io.on('reconnect_attempt', () => {
    if (!ended) on.link('reconnecting');
  });
  socket.on(EVENTS.state, (raw: unknown) => {
    const parsed = v.safeParse(roomState, raw);
    if (parsed.success && parsed.output.code === options.code) setState(parsed.output);
  });
  socket.on(EVENTS.closed, (raw: unknown) => {
    const parsed = v.safeParse(roomClosed, raw);
    if (!parsed.success || parsed.output.code !== options.code) return;
    ended = true;
    on.link('ended');
    socket.disconnect();
  });

  return {
    async vote(key) {
      const d = current?.decision;
      if (!d?.open || !socket.connected) return;
      const cast = { decisionId: d.decisionId, key };
      lastVote = cast;
      const reply = await ask(EVENTS.vote, cast);
      if (reply?.ok) {
        if (reply.state.code === options.code) setState(reply.state);
        on.notice(null);
        return;
      }
      const error = reply?.ok === false ? reply.error : null;
      if (error === 'closed' || error === 'no-decision') {
        lastVote = null;
        on.notice('too-late');
      } else on.notice(error === 'rate' ? 'too-fast' : 'not-sent');
      // the room as the server has it: the vote that counts is the server's
      if (current) setState(current);
    },
    rename() {
      if (ended) return;
      socket.disconnect();
      socket.connect();
    },
    transport: () => socket.io.engine?.transport.name ?? 'none',
  };
}
