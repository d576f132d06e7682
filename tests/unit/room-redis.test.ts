import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomState, Tally } from '../../src/room/protocol.ts';
import { ask, LISTENING, SERVER_ARGS, spawnReady, startRedis, until } from '../room/server-process.ts';

/**
 * Two room server processes sharing rooms through a real Redis (started here, on a free port,
 * saving nothing): the host on one instance, the phones on the other.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
const sockets: Socket[] = [];

/** A process this file starts, stopped when it ends. */
async function start(command: string, args: string[], env: Record<string, string>, ready: RegExp) {
  const started = await spawnReady(command, args, ready, env);
  children.push(started.child);
  return started.match;
}

function client(port: number): Socket {
  const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
  sockets.push(socket);
  return socket;
}

let portA = 0;
let portB = 0;
let instanceEnv: Record<string, string> = {};

beforeAll(async () => {
  const redis = await startRedis();
  children.push(redis.child);
  // Heartbeats every 0.3 s: an instance silent for 1.2 s is taken for dead.
  instanceEnv = {
    PORT: '0',
    REDIS_URL: redis.url,
    ROOM_STATIC_DIR: ROOT,
    ROOM_HEARTBEAT_SECONDS: '0.3',
  };
  portA = Number(await start(process.execPath, SERVER_ARGS, instanceEnv, LISTENING));
  portB = Number(await start(process.execPath, SERVER_ARGS, instanceEnv, LISTENING));
});

afterAll(() => {
  for (const s of sockets) s.disconnect();
  for (const c of children) c.kill('SIGTERM');
});

describe('room server on Redis', () => {
  it('two instances share a room: host on one, phones on the other, votes counted once', async () => {
    const host = client(portA);
    const seen: { tally: Tally | null } = { tally: null };
    host.on('tally', (t: Tally) => {
      seen.tally = t;
    });
    const opened = await ask(host, 'room:open', { locale: 'en', title: 'Shared' });
    expect(opened.ok).toBe(true);
    const auth = { code: opened.code, hostSecret: opened.hostSecret };
    const options = [
      { key: 'a', text: 'A' },
      { key: 'b', text: 'B' },
    ];
    expect(
      await ask(host, 'decision:open', { ...auth, decisionId: 'd1', prompt: 'Which?', options }),
    ).toEqual({ ok: true });

    const phones = [client(portB), client(portB), client(portA)];
    const states: (RoomState | null)[] = [null, null, null];
    for (const [i, p] of phones.entries())
      p.on('room:state', (s: RoomState) => {
        states[i] = s;
      });
    const ids = phones.map(() => randomBytes(16).toString('base64url'));
    for (const [i, p] of phones.entries())
      expect((await ask(p, 'phone:join', { code: opened.code, phoneId: ids[i] })).state).toMatchObject({
        title: 'Shared',
      });
    // Concurrent votes on both instances: the store's optimistic retry must keep every one.
    await Promise.all(phones.map((p, i) => ask(p, 'vote', { decisionId: 'd1', key: i === 0 ? 'b' : 'a' })));
    await ask(phones[1] as Socket, 'vote', { decisionId: 'd1', key: 'a' });
    await until('the shared tally', () => seen.tally?.voters === 3 && seen.tally.phones === 3);
    expect(seen.tally?.counts).toEqual({ a: 2, b: 1 });

    // A host command on instance A reaches the phones on instance B.
    expect(await ask(host, 'room:blank', { ...auth, on: true })).toEqual({ ok: true });
    await until('blank on every phone', () => states.every((s) => s?.blank === true));
    // A forged command through instance B is refused there too.
    const forger = client(portB);
    expect(await ask(forger, 'room:close', { code: opened.code, hostSecret: 'x'.repeat(43) })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const closed = await ask(host, 'decision:close', { ...auth, decisionId: 'd1' });
    expect(closed).toMatchObject({ ok: true, tally: { counts: { a: 2, b: 1 }, voters: 3, open: false } });
    expect(await ask(phones[0] as Socket, 'vote', { decisionId: 'd1', key: 'a' })).toEqual({
      ok: false,
      error: 'closed',
    });
  });

  it('the phones of an instance that dies drop out of the count; the others stay', async () => {
    const portC = Number(await start(process.execPath, SERVER_ARGS, instanceEnv, LISTENING));
    const doomed = children.at(-1) as ChildProcess;
    const host = client(portA);
    const seen = { phones: -1 };
    host.on('room:phones', (p: { phones: number }) => {
      seen.phones = p.phones;
    });
    const opened = await ask(host, 'room:open', { locale: 'en', title: 'Doomed' });
    const phones = [client(portC), client(portC), client(portB)];
    for (const [i, p] of phones.entries()) {
      expect(
        await ask(p, 'phone:join', { code: opened.code, phoneId: randomBytes(16).toString('base64url') }),
      ).toMatchObject({ ok: true });
      // One join at a time, each counted: counts from two instances travel by two paths.
      await until(`${i + 1} phones`, () => seen.phones === i + 1, 20_000);
    }
    // Instance C dies without a goodbye: its two phones cannot say they left.
    doomed.kill('SIGKILL');
    await until('the dead instance’s phones to drop out', () => seen.phones === 1, 15_000);
  });
});
