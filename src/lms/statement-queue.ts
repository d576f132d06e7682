/**
 * The xAPI statements a cmi5 session has made and its LRS has not yet accepted, in the order
 * they were made. Pure logic: where the statements are kept, how they are sent, the clock and
 * the browser's `online` event are given, so the queue is tested in Node.
 *
 * - A statement has its id from the moment it is made, and keeps it through every attempt: the
 *   LRS stores a statement once whatever happens to the responses (xAPI: PUT is idempotent).
 * - One statement is in flight at a time, so the LRS receives them in the order they were made.
 * - A statement stays kept (localStorage, per registration) until the LRS answers for it: a page
 *   closed while offline sends the rest at the next launch of the same registration.
 * - A network failure pauses the queue until the browser says it is online again or the retry
 *   timer runs out; an LRS that already has the statement (409) counts as delivered; a statement
 *   the LRS rejects as invalid is dropped (with a warning) rather than blocking every later one.
 */

export interface QueuedStatement {
  id: string;
  [key: string]: unknown;
}

/** What one request to the LRS came to. */
export type SendOutcome =
  /** stored (204/200) */
  | 'accepted'
  /** the LRS already has a statement with this id (409) */
  | 'duplicate'
  /** the LRS refuses it and always will (400 and the like) */
  | 'rejected'
  /** no answer, or an answer worth trying again (network down, 5xx, 429) */
  | 'failed';

export interface KeptStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

export interface QueueDeps {
  store: KeptStore;
  /** the registration's key in the store */
  key: string;
  /**
   * Sends statements in one request: one statement (a PUT with its id) while the page lives; the
   * rest at once, with `keepalive`, when it goes away.
   */
  send(statements: QueuedStatement[], options: { keepalive: boolean }): Promise<SendOutcome>;
  /** runs `fn` after `ms`; returns a cancel */
  later(fn: () => void, ms: number): () => void;
  /** calls `fn` when the browser is back online; returns an unsubscribe */
  onOnline(fn: () => void): () => void;
  warn?(message: string): void;
  /** the first retry's delay; it doubles to a minute */
  retryMs?: number;
}

const MAX_RETRY_MS = 60_000;

/** Statements kept under `key`; anything unreadable counts as none. */
export function readKept(store: KeptStore, key: string): QueuedStatement[] {
  try {
    const raw: unknown = JSON.parse(store.read(key) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (s): s is QueuedStatement =>
        typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string',
    );
  } catch {
    return [];
  }
}

export class StatementQueue {
  private pending: QueuedStatement[];
  private sending = false;
  private paused = false;
  private closed = false;
  private retryMs: number;
  private cancelTimer: (() => void) | null = null;
  private readonly offOnline: () => void;
  private waiters: Array<() => void> = [];

  constructor(private readonly deps: QueueDeps) {
    // What an earlier session left goes first: it was made first.
    this.pending = readKept(deps.store, deps.key);
    this.retryMs = deps.retryMs ?? 2000;
    this.offOnline = deps.onOnline(() => this.resume());
  }

  /** statements made and not yet answered for, in order */
  get waiting(): readonly QueuedStatement[] {
    return this.pending;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  add(statement: QueuedStatement): void {
    if (this.pending.some((s) => s.id === statement.id)) return;
    this.pending.push(statement);
    this.keep();
    this.pump();
  }

  /** sends what is kept (an earlier session's leftovers) */
  start(): void {
    this.pump();
  }

  /** resolves when nothing is waiting (or the queue is closed) */
  drained(): Promise<void> {
    if (this.pending.length === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * The page is going away: what waits goes in one request that outlives the page. What the LRS
   * does not confirm stays kept, and goes again (same ids) at the next launch.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelTimer?.();
    this.offOnline();
    // The statement in flight (if any) is already on its way, ahead of these.
    const rest = this.sending ? this.pending.slice(1) : [...this.pending];
    if (rest.length === 0) return;
    void this.deps
      .send(rest, { keepalive: true })
      .then((outcome) => {
        if (outcome === 'accepted') this.forget(rest.map((s) => s.id));
      })
      .catch(() => {});
  }

  private resume(): void {
    if (!this.paused || this.closed) return;
    this.paused = false;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.pump();
  }

  private pause(): void {
    this.paused = true;
    this.cancelTimer?.();
    this.cancelTimer = this.deps.later(() => {
      this.cancelTimer = null;
      this.resume();
    }, this.retryMs);
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
  }

  private pump(): void {
    if (this.sending || this.paused || this.closed) return;
    const next = this.pending[0];
    if (!next) {
      this.settle();
      return;
    }
    this.sending = true;
    let sent: Promise<SendOutcome>;
    try {
      sent = this.deps.send([next], { keepalive: false });
    } catch {
      sent = Promise.resolve('failed');
    }
    sent
      .catch((): SendOutcome => 'failed')
      .then((outcome) => {
        this.sending = false;
        if (outcome === 'failed') {
          if (!this.closed) this.pause();
          return;
        }
        if (outcome === 'rejected')
          this.deps.warn?.(`The LRS rejected statement ${next.id}; it is dropped so the rest can go.`);
        this.retryMs = this.deps.retryMs ?? 2000;
        this.forget([next.id]);
        this.pump();
      });
  }

  private forget(ids: readonly string[]): void {
    this.pending = this.pending.filter((s) => !ids.includes(s.id));
    this.keep();
    if (this.pending.length === 0) this.settle();
  }

  private settle(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private keep(): void {
    try {
      this.deps.store.write(this.deps.key, JSON.stringify(this.pending));
    } catch {
      // A full or forbidden store keeps them in memory only: they still go while the page lives.
    }
  }
}
