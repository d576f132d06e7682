import { randomBytes } from 'node:crypto';
import { type createClient, WatchError } from 'redis';
import type { Room } from './room-logic.ts';
import type { Change, RoomStore } from './room-store.ts';

type Client = ReturnType<typeof createClient>;

const PREFIX = 'wudi:room:';
/** Optimistic retries before a change is given up: only many instances writing one room at once get there. */
const MAX_TRIES = 20;

/**
 * Rooms in Redis, shared by every server instance (REDIS_URL). A change is a WATCH / GET / MULTI
 * SET / EXEC round: if another instance wrote the room in between, EXEC fails and the change is
 * applied again to the newer room, so no vote is lost between instances. WATCH belongs to a
 * connection, so changes go one at a time over a connection of their own.
 */
export class RedisRoomStore implements RoomStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reader: Client,
    private readonly writer: Client,
    /** Redis forgets a room this long after its last write, even if no instance sweeps. */
    private readonly ttlMs: number,
  ) {}

  async get(code: string): Promise<Room | undefined> {
    return parse(await this.reader.get(PREFIX + code));
  }

  update<T>(code: string, change: (room: Room | undefined) => Change<T>): Promise<T> {
    const run = this.queue.then(() => this.apply(code, change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply<T>(code: string, change: (room: Room | undefined) => Change<T>): Promise<T> {
    const key = PREFIX + code;
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      await this.writer.watch(key);
      const out = change(parse(await this.writer.get(key)));
      if (out.room === undefined) {
        await this.writer.unwatch();
        return out.result;
      }
      const multi = this.writer.multi();
      if (out.room === null) multi.del(key);
      else multi.set(key, JSON.stringify(out.room), { PX: Math.max(1, Math.round(this.ttlMs)) });
      try {
        await multi.exec();
        return out.result;
      } catch (error) {
        if (!(error instanceof WatchError)) throw error;
      }
    }
    throw new Error(`room ${code}: too many concurrent changes`);
  }

  async delete(code: string): Promise<void> {
    await this.reader.del(PREFIX + code);
  }

  async codes(): Promise<string[]> {
    const codes: string[] = [];
    for await (const keys of this.reader.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 100 }))
      for (const key of keys) codes.push(key.slice(PREFIX.length));
    return codes;
  }
}

const INSTANCE_PREFIX = 'wudi:instance:';

/**
 * Which instances are alive: each sets `wudi:instance:<id>` every heartbeat, expiring after a few
 * (Redis's clock, so the instances' clocks need not agree). An instance that dies stops setting it;
 * once it has expired, the others take its phones out of the rooms (RoomSocket `prune`).
 */
export class RedisInstances {
  readonly id = randomBytes(8).toString('hex');

  constructor(
    private readonly client: Client,
    /** how long a heartbeat keeps this instance alive */
    private readonly ttlMs: number,
  ) {}

  async beat(): Promise<void> {
    await this.client.set(INSTANCE_PREFIX + this.id, String(process.pid), {
      PX: Math.max(1, Math.round(this.ttlMs)),
    });
  }

  async alive(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const values = await this.client.mGet(ids.map((id) => INSTANCE_PREFIX + id));
    return new Set(ids.filter((_, i) => values[i] !== null && values[i] !== undefined));
  }

  /** A clean stop: the others need not wait for the heartbeat to expire. */
  async stop(): Promise<void> {
    await this.client.del(INSTANCE_PREFIX + this.id);
  }
}

function parse(raw: string | null): Room | undefined {
  // Written by this code only; a room that no longer parses is treated as gone.
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Room;
  } catch {
    return undefined;
  }
}
