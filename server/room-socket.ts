import type { DefaultEventsMap, Server, Socket } from 'socket.io';
import * as v from 'valibot';
import {
  type Answer,
  decisionClose,
  decisionOpen,
  EVENTS,
  type PhoneCount,
  phoneJoin,
  type RoomError,
  roomClose,
  roomOpen,
  roomResume,
  roomToggle,
  vote,
} from '../src/room/protocol.ts';
import { describeIssue } from '../src/state/schema-kit.ts';
import { clientAddress, type TrustProxy } from './client-address.ts';
import { AddressLimits, allow, ConnectionLimits, type Limited } from './rate-limit.ts';
import {
  castVote,
  closeDecision,
  createRoom,
  instancesOf,
  isExpired,
  joinPhone,
  LOCAL_INSTANCE,
  leavePhone,
  type Outcome,
  openDecision,
  phoneView,
  pruneInstances,
  type Room,
  resumeRoom,
  setBlank,
  setWhatif,
  tallyOf,
} from './room-logic.ts';
import { mayResume, newHostSecret, type RoomSecrets, secretHash, secretMatches } from './room-secrets.ts';
import type { RoomStore } from './room-store.ts';

/**
 * The Socket.IO side of the room server: every event is rate-limited, parsed with its schema and
 * only then applied to the room through the store. Nothing a client sends can throw out of a
 * handler: a refusal is answered (when the client asked for an answer) and logged in one line.
 */
interface SocketData {
  address: string;
  limits: ConnectionLimits;
  phone: { code: string; voter: string } | null;
  lastLog: number;
  unlogged: number;
}

export type RoomIo = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
type RoomSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
type Reply = (answer: Answer<Record<string, unknown>>) => void;
type HostOutcome = { ok: true; room: Room | null } | { ok: false; error: RoomError };

export interface RoomOptions {
  store: RoomStore;
  /** a room is deleted this long after the host's last message */
  ttlMs: number;
  /** room codes and voter tags under the server key (server/room-key.ts) */
  secrets: RoomSecrets;
  /** whose X-Forwarded-For to believe for the rate limits' address (ROOM_TRUST_PROXY) */
  trustProxy?: TrustProxy;
  /**
   * With several instances (REDIS_URL): this instance's id, and which instances still beat, so a
   * dead instance's phones drop out of the rooms (`prune`). Alone, every connection is this one's.
   */
  instances?: Instances;
  now?: () => number;
  log?: (line: string) => void;
}

export interface Instances {
  id: string;
  alive(ids: string[]): Promise<Set<string>>;
}

const KNOWN_EVENTS = new Set<string>(Object.values(EVENTS));
/** A flooding connection would otherwise flood the log: one line per connection per this many ms. */
const LOG_EVERY_MS = 10_000;

const hostRoom = (code: string) => `host:${code}`;
const phoneRoom = (code: string) => `phones:${code}`;

export function attachRooms(io: RoomIo, options: RoomOptions) {
  const { store, ttlMs, secrets } = options;
  const { codeForSecret, voterTagFor } = secrets;
  const trustProxy: TrustProxy = options.trustProxy ?? { kind: 'none' };
  const instance = options.instances?.id ?? LOCAL_INSTANCE;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(`[room] ${line}`));
  const addresses = new AddressLimits();

  function drop(socket: RoomSocket, event: string, reason: string): void {
    const d = socket.data;
    const t = now();
    if (t - d.lastLog < LOG_EVERY_MS) {
      d.unlogged++;
      return;
    }
    const more = d.unlogged ? ` (+${d.unlogged} more dropped)` : '';
    d.lastLog = t;
    d.unlogged = 0;
    log(`dropped ${JSON.stringify(event).slice(0, 40)} from ${d.address} (${socket.id}): ${reason}${more}`);
  }

  function on<S extends v.GenericSchema>(
    socket: RoomSocket,
    event: string,
    schema: S,
    kind: Limited | null,
    handler: (message: v.InferOutput<S>, reply: Reply) => Promise<void>,
  ): void {
    socket.on(event, async (...args: unknown[]) => {
      const ack = args.at(-1);
      const reply: Reply = (answer) => {
        if (typeof ack !== 'function') return;
        try {
          ack(answer);
        } catch {
          // the client asked for an answer and went away: nothing to do
        }
      };
      const refuse = (error: RoomError, reason: string) => {
        drop(socket, event, reason);
        reply({ ok: false, error });
      };
      const t = now();
      const d = socket.data;
      if (!allow(d.limits, addresses, d.address, 'any', t)) return refuse('rate', 'rate limit (messages)');
      if (kind && !allow(d.limits, addresses, d.address, kind, t))
        return refuse('rate', `rate limit (${kind})`);
      const parsed = v.safeParse(schema, args[0]);
      if (!parsed.success) return refuse('invalid', describeIssue(parsed.issues, 'message'));
      try {
        await handler(parsed.output, reply);
      } catch (error) {
        log(`error in ${event} from ${d.address}: ${error instanceof Error ? error.message : String(error)}`);
        reply({ ok: false, error: 'invalid' });
      }
    });
  }

  async function tellPhones(room: Room): Promise<void> {
    for (const s of await io.in(phoneRoom(room.code)).fetchSockets()) {
      const voter = s.data.phone?.code === room.code ? s.data.phone.voter : null;
      s.emit(EVENTS.state, phoneView(room, voter));
    }
  }

  function tellHost(room: Room): void {
    const tally = tallyOf(room);
    if (tally) io.to(hostRoom(room.code)).emit(EVENTS.tally, tally);
    else {
      const count: PhoneCount = { code: room.code, phones: Object.keys(room.phones).length };
      io.to(hostRoom(room.code)).emit(EVENTS.phones, count);
    }
  }

  function endRoom(code: string): void {
    io.to(phoneRoom(code)).to(hostRoom(code)).emit(EVENTS.closed, { code });
    io.in(phoneRoom(code)).socketsLeave(phoneRoom(code));
    io.in(hostRoom(code)).socketsLeave(hostRoom(code));
  }

  /**
   * A host command: the room must exist and the secret must match it. The change runs inside the
   * store's update, so the check and the change see the same room.
   */
  async function asHost(
    socket: RoomSocket,
    event: string,
    auth: { code: string; hostSecret: string },
    change: (room: Room) => { room: Room | null; error?: RoomError },
  ): Promise<HostOutcome> {
    const out = await store.update<HostOutcome>(auth.code, (room) => {
      if (!room) return { result: { ok: false, error: 'no-room' } };
      if (!secretMatches(auth.hostSecret, room.secretHash))
        return { result: { ok: false, error: 'forbidden' } };
      const next = change(room);
      if (next.error) return { result: { ok: false, error: next.error } };
      return { room: next.room, result: { ok: true, room: next.room } };
    });
    if (!out.ok) drop(socket, event, out.error === 'forbidden' ? 'wrong host secret' : out.error);
    else void socket.join(hostRoom(auth.code));
    return out;
  }

  io.on('connection', (socket: RoomSocket) => {
    socket.data = {
      address: clientAddress(
        socket.handshake.address,
        socket.handshake.headers['x-forwarded-for'],
        trustProxy,
      ),
      limits: new ConnectionLimits(now()),
      phone: null,
      lastLog: 0,
      unlogged: 0,
    };

    socket.onAny((event: unknown) => {
      if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) drop(socket, String(event), 'unknown event');
    });

    // ---- host ----

    on(socket, EVENTS.open, roomOpen, 'open', async (message, reply) => {
      // The code comes from the secret; a code already in use just means drawing another secret.
      for (let attempt = 0; attempt < 8; attempt++) {
        const secret = newHostSecret();
        const code = codeForSecret(secret);
        const created = await store.update(code, (room) =>
          room
            ? { result: false }
            : {
                room: createRoom({ code, secretHash: secretHash(secret), ...message, now: now() }),
                result: true,
              },
        );
        if (created) {
          await socket.join(hostRoom(code));
          log(`room ${code} opened from ${socket.data.address}`);
          return reply({ ok: true, code, hostSecret: secret });
        }
      }
      reply({ ok: false, error: 'full' });
    });

    on(socket, EVENTS.resume, roomResume, 'open', async (message, reply) => {
      const { code, hostSecret: secret, state } = message;
      const out = await store.update(code, (existing) => {
        // A server that restarted knows no secret: the code itself, derived from the secret, is the proof.
        if (!mayResume(secrets, code, secret, existing)) return { result: null };
        const room = resumeRoom(existing, { code, secretHash: secretHash(secret), state, now: now() });
        return { room, result: room };
      });
      if (!out) {
        drop(socket, EVENTS.resume, 'wrong host secret');
        return reply({ ok: false, error: 'forbidden' });
      }
      await socket.join(hostRoom(code));
      reply({ ok: true, tally: tallyOf(out) });
      tellHost(out);
      await tellPhones(out);
    });

    on(socket, EVENTS.decisionOpen, decisionOpen, null, async (message, reply) => {
      const { code, hostSecret: _secret, ...view } = message;
      const out = await asHost(socket, EVENTS.decisionOpen, message, (room) => ({
        room: openDecision(room, view, now()),
      }));
      if (!out.ok || !out.room) return reply(out.ok ? { ok: false, error: 'no-room' } : out);
      reply({ ok: true });
      tellHost(out.room);
      await tellPhones(out.room);
    });

    on(socket, EVENTS.decisionClose, decisionClose, null, async (message, reply) => {
      const out = await asHost(socket, EVENTS.decisionClose, message, (room) => {
        const closed = closeDecision(room, message.decisionId, now());
        return closed.ok ? { room: closed.room } : { room, error: closed.error };
      });
      const tally = out.ok && out.room ? tallyOf(out.room) : null;
      if (!out.ok || !out.room || !tally) return reply(out.ok ? { ok: false, error: 'no-decision' } : out);
      reply({ ok: true, tally });
      tellHost(out.room);
      await tellPhones(out.room);
    });

    for (const [event, set] of [
      [EVENTS.whatif, setWhatif],
      [EVENTS.blank, setBlank],
    ] as const) {
      on(socket, event, roomToggle, null, async (message, reply) => {
        const out = await asHost(socket, event, message, (room) => ({ room: set(room, message.on, now()) }));
        if (!out.ok || !out.room) return reply(out.ok ? { ok: false, error: 'no-room' } : out);
        reply({ ok: true });
        await tellPhones(out.room);
      });
    }

    on(socket, EVENTS.close, roomClose, null, async (message, reply) => {
      const out = await asHost(socket, EVENTS.close, message, () => ({ room: null }));
      if (!out.ok) return reply(out);
      log(`room ${message.code} closed by its host`);
      reply({ ok: true });
      endRoom(message.code);
    });

    // ---- phones ----

    on(socket, EVENTS.join, phoneJoin, 'join', async (message, reply) => {
      const voter = voterTagFor(message.code, message.phoneId);
      const held = socket.data.phone;
      // A join sent again on the same connection (the page retrying) is not a second phone.
      if (held && (held.code !== message.code || held.voter !== voter)) await leave(socket);
      const again = held?.code === message.code && held.voter === voter;
      const out = await store.update<Outcome>(message.code, (room) => {
        if (!room) return { result: { ok: false, error: 'no-room' } };
        // …unless the room was deleted and made again (expiry, then the host resuming it) since.
        if (again && room.phones[voter]) return { result: { ok: true, room } };
        const joined = joinPhone(room, voter, message.nickname ?? null, instance);
        return joined.ok ? { room: joined.room, result: joined } : { result: joined };
      });
      if (!out.ok) {
        drop(socket, EVENTS.join, out.error);
        return reply(out);
      }
      socket.data.phone = { code: message.code, voter };
      await socket.join(phoneRoom(message.code));
      // The host's count is published before the phone hears back: one phone's joins, in turn, reach
      // the host in order even through different instances (Redis delivers one publisher's messages in order).
      tellHost(out.room);
      reply({ ok: true, state: phoneView(out.room, voter) });
    });

    on(socket, EVENTS.vote, vote, 'vote', async (message, reply) => {
      const phone = socket.data.phone;
      if (!phone) {
        drop(socket, EVENTS.vote, 'not joined');
        return reply({ ok: false, error: 'not-joined' });
      }
      const out = await store.update<Outcome>(phone.code, (room) => {
        if (!room) return { result: { ok: false, error: 'no-room' } };
        const cast = castVote(room, phone.voter, message.decisionId, message.key);
        return cast.ok ? { room: cast.room, result: cast } : { result: cast };
      });
      if (!out.ok) {
        drop(socket, EVENTS.vote, out.error);
        return reply(out);
      }
      reply({ ok: true, state: phoneView(out.room, phone.voter) });
      tellHost(out.room);
    });

    socket.on('disconnect', () => {
      void leave(socket).catch((error: unknown) => log(`error on disconnect: ${String(error)}`));
    });
  });

  async function leave(socket: RoomSocket): Promise<void> {
    const phone = socket.data.phone;
    if (!phone) return;
    socket.data.phone = null;
    await socket.leave(phoneRoom(phone.code));
    const room = await store.update(phone.code, (r) => {
      if (!r) return { result: undefined };
      const next = leavePhone(r, phone.voter, instance);
      return { room: next, result: next };
    });
    if (room) tellHost(room);
  }

  /** Deletes rooms whose host has been silent too long, and forgets idle address buckets. */
  async function sweep(): Promise<string[]> {
    const t = now();
    addresses.sweep(t);
    const expired: string[] = [];
    for (const code of await store.codes()) {
      const gone = await store.update(code, (room) =>
        room && isExpired(room, t, ttlMs) ? { room: null, result: true } : { result: false },
      );
      if (gone) {
        expired.push(code);
        log(`room ${code} expired`);
        endRoom(code);
      }
    }
    return expired;
  }

  /**
   * Takes the phones of instances that stopped beating out of every room (REDIS_URL only), and tells
   * those rooms' hosts the new count.
   */
  async function prune(): Promise<string[]> {
    const instances = options.instances;
    if (!instances) return [];
    const pruned: string[] = [];
    for (const code of await store.codes()) {
      const held = await store.get(code);
      const ids = held ? instancesOf(held).filter((id) => id !== instance) : [];
      if (ids.length === 0) continue;
      const alive = await instances.alive(ids);
      alive.add(instance);
      const room = await store.update(code, (r) => {
        if (!r) return { result: undefined };
        const next = pruneInstances(r, alive);
        return next === r ? { result: undefined } : { room: next, result: next };
      });
      if (room) {
        pruned.push(code);
        log(`room ${code}: phones of a stopped instance taken out`);
        tellHost(room);
      }
    }
    return pruned;
  }

  return { sweep, prune };
}
