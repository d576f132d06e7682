import type { Room } from './room-logic.ts';

/**
 * Where rooms live. Async and change-by-function so that a shared store (Redis, for several server
 * instances behind a load balancer) can follow without touching the socket handlers: `update`
 * must apply `change` to the room as it is now, atomically, as a WATCH/MULTI retry loop would.
 */
export interface RoomStore {
  get(code: string): Promise<Room | undefined>;
  /**
   * Reads the room, hands it to `change`, and writes what `change` returns: a room to keep, or
   * `null` to delete it. The room is unchanged when `change` returns `undefined` for it.
   */
  update<T>(code: string, change: (room: Room | undefined) => Change<T>): Promise<T>;
  delete(code: string): Promise<void>;
  codes(): Promise<string[]>;
}

export interface Change<T> {
  room?: Room | null;
  result: T;
}

/** The default: one process, nothing to install; rooms go with the process (the host re-sends them). */
export class MemoryRoomStore implements RoomStore {
  private readonly rooms = new Map<string, Room>();

  async get(code: string): Promise<Room | undefined> {
    return this.rooms.get(code);
  }

  async update<T>(code: string, change: (room: Room | undefined) => Change<T>): Promise<T> {
    // Synchronous between read and write: no other change can come in between.
    const out = change(this.rooms.get(code));
    if (out.room === null) this.rooms.delete(code);
    else if (out.room) this.rooms.set(code, out.room);
    return out.result;
  }

  async delete(code: string): Promise<void> {
    this.rooms.delete(code);
  }

  async codes(): Promise<string[]> {
    return [...this.rooms.keys()];
  }
}
