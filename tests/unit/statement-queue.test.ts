import { describe, expect, it } from 'vitest';
import {
  type KeptStore,
  type QueuedStatement,
  readKept,
  type SendOutcome,
  StatementQueue,
} from '../../src/lms/statement-queue.ts';

/** A stand-in LRS and network: what arrived, and what the next answers will be. */
function rig(options: { kept?: QueuedStatement[] } = {}) {
  const data = new Map<string, string>();
  if (options.kept) data.set('q', JSON.stringify(options.kept));
  const store: KeptStore = { read: (k) => data.get(k) ?? null, write: (k, v) => void data.set(k, v) };
  const requests: Array<{ ids: string[]; keepalive: boolean }> = [];
  /** ids the LRS has stored, in order */
  const lrs: string[] = [];
  let online = true;
  const answers: SendOutcome[] = [];
  const onlineListeners = new Set<() => void>();
  const timers: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
  const warnings: string[] = [];
  const queue = new StatementQueue({
    store,
    key: 'q',
    async send(statements, { keepalive }) {
      await Promise.resolve();
      requests.push({ ids: statements.map((s) => s.id), keepalive });
      if (!online) return 'failed';
      const forced = answers.shift();
      if (forced) return forced;
      for (const s of statements) if (!lrs.includes(s.id)) lrs.push(s.id);
      return 'accepted';
    },
    later(fn, ms) {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    onOnline(fn) {
      onlineListeners.add(fn);
      return () => onlineListeners.delete(fn);
    },
    warn: (m) => warnings.push(m),
    retryMs: 1000,
  });
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    queue,
    requests,
    lrs,
    timers,
    warnings,
    kept: () => readKept(store, 'q').map((s) => s.id),
    answer: (...outcomes: SendOutcome[]) => answers.push(...outcomes),
    goOffline: () => {
      online = false;
    },
    goOnline: () => {
      online = true;
      for (const fn of [...onlineListeners]) fn();
    },
    onlineListeners,
    settle,
  };
}

const st = (id: string): QueuedStatement => ({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } });

describe('the statement queue', () => {
  it('sends statements one at a time, in the order they were made, and forgets them once accepted', async () => {
    const r = rig();
    for (const id of ['a', 'b', 'c']) r.queue.add(st(id));
    // Kept before anything is sent: a page closed now loses nothing.
    expect(r.kept()).toEqual(['a', 'b', 'c']);
    await r.queue.drained();
    expect(r.requests.map((q) => q.ids)).toEqual([['a'], ['b'], ['c']]);
    expect(r.lrs).toEqual(['a', 'b', 'c']);
    expect(r.kept()).toEqual([]);
  });

  it('pauses on a network failure and resumes in order when the browser is online again, sending each once more at most', async () => {
    const r = rig();
    r.queue.add(st('a'));
    await r.queue.drained();
    r.goOffline();
    r.queue.add(st('b'));
    r.queue.add(st('c'));
    await r.settle();
    expect(r.queue.isPaused).toBe(true);
    // One failed attempt, then nothing until the network returns: no hammering while offline.
    expect(r.requests.map((q) => q.ids)).toEqual([['a'], ['b']]);
    r.queue.add(st('d'));
    await r.settle();
    expect(r.requests).toHaveLength(2);
    expect(r.kept()).toEqual(['b', 'c', 'd']);
    r.goOnline();
    await r.queue.drained();
    expect(r.lrs).toEqual(['a', 'b', 'c', 'd']);
    expect(r.requests.map((q) => q.ids)).toEqual([['a'], ['b'], ['b'], ['c'], ['d']]);
    expect(r.kept()).toEqual([]);
  });

  it('tries again when the retry timer runs out, waiting twice as long after each failure', async () => {
    const r = rig();
    r.answer('failed', 'failed');
    r.queue.add(st('a'));
    await r.settle();
    expect(r.timers.map((t) => t.ms)).toEqual([1000]);
    r.timers[0]?.fn();
    await r.settle();
    expect(r.timers.map((t) => t.ms)).toEqual([1000, 2000]);
    r.timers[1]?.fn();
    await r.queue.drained();
    expect(r.lrs).toEqual(['a']);
    expect(r.requests).toHaveLength(3);
  });

  it('counts a 409 (the LRS has the id already) as delivered, and drops a statement the LRS rejects', async () => {
    const r = rig();
    r.answer('duplicate', 'rejected');
    for (const id of ['a', 'b', 'c']) r.queue.add(st(id));
    await r.queue.drained();
    expect(r.requests.map((q) => q.ids)).toEqual([['a'], ['b'], ['c']]);
    expect(r.kept()).toEqual([]);
    expect(r.warnings).toEqual([expect.stringContaining('rejected statement b')]);
  });

  it('never queues the same statement twice', async () => {
    const r = rig();
    r.goOffline();
    r.queue.add(st('a'));
    r.queue.add(st('a'));
    await r.settle();
    expect(r.kept()).toEqual(['a']);
  });

  it('sends what an earlier session left first, when started', async () => {
    const r = rig({ kept: [st('old1'), st('old2')] });
    expect(r.queue.waiting.map((s) => s.id)).toEqual(['old1', 'old2']);
    r.queue.add(st('new'));
    await r.queue.drained();
    expect(r.lrs).toEqual(['old1', 'old2', 'new']);
  });

  it('on closing, sends what waits in one keepalive request behind the one in flight, and keeps it until answered', async () => {
    const r = rig();
    r.goOffline();
    r.queue.add(st('a'));
    r.queue.add(st('b'));
    await r.settle();
    expect(r.queue.isPaused).toBe(true);
    r.goOnline();
    // 'a' is in flight again; 'b' and 't' go together as the page closes.
    r.queue.add(st('t'));
    r.queue.close();
    await r.settle();
    expect(r.requests.slice(-2)).toEqual([
      { ids: ['a'], keepalive: false },
      { ids: ['b', 't'], keepalive: true },
    ]);
    expect(r.lrs).toEqual(['a', 'b', 't']);
    expect(r.kept()).toEqual([]);
    // Closed: the online event no longer reaches it, and nothing more is sent.
    expect(r.onlineListeners.size).toBe(0);
  });

  it('keeps what a closing page could not send for the next launch', async () => {
    const r = rig();
    r.goOffline();
    r.queue.add(st('a'));
    await r.settle();
    r.queue.add(st('t'));
    r.queue.close();
    await r.settle();
    expect(r.kept()).toEqual(['a', 't']);
    expect(r.lrs).toEqual([]);
  });

  it('reads unreadable kept data as nothing', () => {
    const store: KeptStore = { read: () => '{not json', write: () => {} };
    expect(readKept(store, 'q')).toEqual([]);
    expect(readKept({ read: () => '[{"x":1},{"id":"a"}]', write: () => {} }, 'q')).toEqual([{ id: 'a' }]);
  });
});
