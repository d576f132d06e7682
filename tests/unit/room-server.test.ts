import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFromDigest } from '../../server/room-secrets.ts';
import type { RoomSnapshot, RoomState, Tally } from '../../src/room/protocol.ts';
import {
  ask,
  type Reply,
  type ServerProcess,
  startServer,
  stopServer,
  until,
} from '../room/server-process.ts';

/**
 * The room server as a real process, with real Socket.IO clients: a host (the game window) and
 * phones. Each phone behaves as the phone page will: it keeps its id, and on every (re)connection
 * joins again and re-sends its vote.
 */

function client(port: number): Socket {
  return connect(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 400,
    timeout: 5000,
  });
}

const sockets: Socket[] = [];

class Host {
  readonly socket: Socket;
  code = '';
  secret = '';
  tally: Tally | null = null;
  phones = 0;
  snapshot: RoomSnapshot | null = null;

  constructor(port: number) {
    this.socket = client(port);
    sockets.push(this.socket);
    this.socket.on('tally', (t: Tally) => {
      this.tally = t;
      this.phones = t.phones;
    });
    this.socket.on('room:phones', (p: { phones: number }) => {
      this.phones = p.phones;
    });
    // The game window re-sends the room as it knows it after every reconnection.
    this.socket.io.on('reconnect', () => {
      if (!this.snapshot) return;
      const decision = this.snapshot.decision
        ? { ...this.snapshot.decision, ballots: this.tally?.ballots ?? this.snapshot.decision.ballots }
        : null;
      void ask(this.socket, 'room:resume', {
        code: this.code,
        hostSecret: this.secret,
        state: { ...this.snapshot, decision },
      });
    });
  }

  async open(title = 'Scenario 1'): Promise<void> {
    const answer = await ask(this.socket, 'room:open', { locale: 'en', title });
    expect(answer.ok).toBe(true);
    this.code = String(answer.code);
    this.secret = String(answer.hostSecret);
    this.snapshot = { locale: 'en', title, whatif: false, blank: false, decision: null };
  }

  command(event: string, payload: Record<string, unknown>): Promise<Reply> {
    return ask(this.socket, event, { code: this.code, hostSecret: this.secret, ...payload });
  }

  async openDecision(decisionId: string, keys: string[]): Promise<void> {
    const view = {
      decisionId,
      prompt: `Decision ${decisionId}?`,
      options: keys.map((key) => ({ key, text: `Option ${key}` })),
    };
    expect(await this.command('decision:open', view)).toEqual({ ok: true });
    if (this.snapshot) this.snapshot = { ...this.snapshot, decision: { ...view, open: true, ballots: {} } };
  }
}

class Phone {
  readonly socket: Socket;
  readonly phoneId = randomBytes(16).toString('base64url');
  state: RoomState | null = null;
  lastVote: { decisionId: string; key: string } | null = null;
  joins = 0;

  constructor(
    port: number,
    private readonly code: string,
  ) {
    this.socket = client(port);
    sockets.push(this.socket);
    this.socket.on('room:state', (s: RoomState) => {
      this.state = s;
    });
    this.socket.on('connect', () => void this.rejoin());
  }

  /** Joins (again), waiting while a restarted server does not know the room yet, then re-sends the vote. */
  private async rejoin(): Promise<void> {
    for (let attempt = 0; attempt < 50 && this.socket.connected; attempt++) {
      const answer = await ask(this.socket, 'phone:join', { code: this.code, phoneId: this.phoneId }).catch(
        () => null,
      );
      if (answer?.ok) {
        this.joins++;
        this.state = answer.state as RoomState;
        if (this.lastVote) await ask(this.socket, 'vote', this.lastVote);
        return;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async joined(): Promise<void> {
    const before = this.joins;
    await until('the phone to join', () => this.joins > before || (this.joins > 0 && this.socket.connected));
  }

  async vote(key: string): Promise<Reply> {
    const decisionId = this.state?.decision?.decisionId ?? '';
    const answer = await ask(this.socket, 'vote', { decisionId, key });
    if (answer.ok) this.lastVote = { decisionId, key };
    return answer;
  }
}

let staticDir = '';
let server: ServerProcess;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'room-static-'));
  fs.mkdirSync(path.join(staticDir, 'dist', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'dist', 'index.html'), '<!doctype html><title>game</title>');
  fs.writeFileSync(path.join(staticDir, 'dist', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'secret.txt'), 'not for the room');
  server = await startServer(0, path.join(staticDir, 'dist'));
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  // A start that timed out left no server to stop: the hook must not hide that failure.
  if ((server as ServerProcess | undefined) !== undefined) await stopServer(server);
  fs.rmSync(staticDir, { recursive: true, force: true });
});

function get(port: number, rawPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      })
      .on('error', reject);
  });
}

async function roomWithPhones(count: number): Promise<{ host: Host; phones: Phone[] }> {
  const host = new Host(server.port);
  await host.open();
  await host.openDecision('main:1', ['b', 'a', 'c']);
  const phones = Array.from({ length: count }, () => new Phone(server.port, host.code));
  await Promise.all(phones.map((p) => p.joined()));
  await until('the host to see the phones', () => host.phones === count);
  return { host, phones };
}

describe('room server', () => {
  it('serves the built game with content types, and nothing outside it', async () => {
    const page = await get(server.port, '/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toContain('<title>game</title>');
    expect(await get(server.port, '/assets/app.js?v=1')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    });
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ])
      expect((await get(server.port, p)).body).not.toContain('not for the room');
    expect((await get(server.port, '/nope.js')).status).toBe(404);
  });

  it('tells the game window it is a room server, and where phones can reach it', async () => {
    const info = await get(server.port, '/room-server.json?x=1');
    expect(info).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    const body = JSON.parse(info.body) as { service: string; joinOrigins: string[] };
    expect(body.service).toBe('wudi-room');
    // Every address is an origin a phone can open: never localhost, and on the port it listens on.
    for (const origin of body.joinOrigins) {
      expect(origin).toMatch(/^http:\/\/[0-9.]+:\d+$/);
      expect(origin).not.toContain('127.0.0.1');
      expect(new URL(origin).port).toBe(String(server.port));
    }
    const proxied = await startServer(0, path.join(staticDir, 'dist'), {
      ROOM_PUBLIC_URL: 'https://room.example.com/some/path',
    });
    try {
      const named = JSON.parse((await get(proxied.port, '/room-server.json')).body) as {
        joinOrigins: string[];
      };
      expect(named.joinOrigins).toEqual(['https://room.example.com']);
    } finally {
      await stopServer(proxied);
    }
  });

  it('a host opens a room; three phones join and vote; one changes its vote; the tally is right', async () => {
    const { host, phones } = await roomWithPhones(3);
    expect(host.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(phones[0]?.state).toMatchObject({
      title: 'Scenario 1',
      decision: { decisionId: 'main:1', open: true, options: [{ key: 'b' }, { key: 'a' }, { key: 'c' }] },
      yourVote: null,
    });
    const [p1, p2, p3] = phones as [Phone, Phone, Phone];
    expect((await p1.vote('a')).ok).toBe(true);
    expect((await p2.vote('a')).ok).toBe(true);
    expect((await p3.vote('c')).ok).toBe(true);
    expect((await p2.vote('b')).state).toMatchObject({ yourVote: 'b' });
    await until('the tally', () => host.tally?.voters === 3 && host.tally.counts.b === 1);
    expect(host.tally).toMatchObject({ counts: { b: 1, a: 1, c: 1 }, phones: 3, voters: 3, open: true });
    // The host never sees a phone id, only tags it can re-send.
    expect(JSON.stringify(host.tally)).not.toContain(p1.phoneId);
    expect(Object.keys(host.tally?.ballots ?? {})).toHaveLength(3);
  });

  it('closing freezes the tally and later votes are refused; what-if and blank reach the phones', async () => {
    const { host, phones } = await roomWithPhones(2);
    const [p1, p2] = phones as [Phone, Phone];
    await p1.vote('c');
    const closed = await host.command('decision:close', { decisionId: 'main:1' });
    expect(closed).toMatchObject({
      ok: true,
      tally: { open: false, counts: { a: 0, b: 0, c: 1 }, voters: 1 },
    });
    expect(await p2.vote('a')).toEqual({ ok: false, error: 'closed' });
    expect(await p1.vote('a')).toEqual({ ok: false, error: 'closed' });
    await until('phones to see voting closed', () => p2.state?.decision?.open === false);
    expect(await host.command('room:whatif', { on: true })).toEqual({ ok: true });
    expect(await host.command('room:blank', { on: true })).toEqual({ ok: true });
    await until('phones to see what-if and blank', () =>
      phones.every((p) => p.state?.whatif && p.state.blank),
    );
    expect(host.tally?.counts).toEqual({ b: 0, a: 0, c: 1 });
  });

  it('refuses forged host commands: wrong secret, or a secret of another room', async () => {
    const { host, phones } = await roomWithPhones(1);
    const other = new Host(server.port);
    await other.open('Another class');
    const forger = client(server.port);
    sockets.push(forger);
    const forged = { code: host.code, hostSecret: other.secret };
    expect(await ask(forger, 'room:close', forged)).toEqual({ ok: false, error: 'forbidden' });
    expect(await ask(forger, 'room:blank', { ...forged, on: true })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await ask(forger, 'decision:close', { ...forged, decisionId: 'main:1' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const state = { locale: 'en', title: 'Hijacked', whatif: false, blank: false, decision: null };
    expect(await ask(forger, 'room:resume', { ...forged, state })).toEqual({ ok: false, error: 'forbidden' });
    expect(await ask(forger, 'room:close', { code: 'ZZZZZZ', hostSecret: other.secret })).toEqual({
      ok: false,
      error: 'no-room',
    });
    // The room is untouched: still open, not blank, same title, and its phone can vote.
    expect((await phones[0]?.vote('a'))?.state).toMatchObject({
      title: 'Scenario 1',
      blank: false,
      yourVote: 'a',
    });
    expect(server.output()).toContain('wrong host secret');
  });

  it('rate-limits a flood of votes and keeps serving everyone else', async () => {
    const { host, phones } = await roomWithPhones(2);
    const [flooder, calm] = phones as [Phone, Phone];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        ask(flooder.socket, 'vote', { decisionId: 'main:1', key: ['a', 'b', 'c'][i % 3] }),
      ),
    );
    const refused = answers.filter((a) => a.error === 'rate').length;
    expect(refused).toBeGreaterThan(150);
    expect(answers.filter((a) => a.ok).length).toBeLessThanOrEqual(15);
    expect((await calm.vote('b')).ok).toBe(true);
    await until('the tally after the flood', () => host.tally?.voters === 2);
    expect(host.tally?.phones).toBe(2);
    expect(server.child.exitCode).toBeNull();
  });

  it('drops malformed and unknown messages, logs them, and does not crash', async () => {
    const { host, phones } = await roomWithPhones(1);
    const bad = client(server.port);
    sockets.push(bad);
    await until('the bad client to connect', () => bad.connected);
    expect(await ask(bad, 'vote', 'garbage')).toEqual({ ok: false, error: 'invalid' });
    expect(await ask(bad, 'phone:join', { code: host.code, phoneId: 'x' })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await ask(bad, 'room:open', { locale: 'fr', title: 'x' })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await ask(bad, 'room:open', { locale: 'en', title: 'x'.repeat(5000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    const nine = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, text: 't' }));
    expect(await host.command('decision:open', { decisionId: 'd', prompt: 'p', options: nine })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await ask(bad, 'vote', null)).toEqual({ ok: false, error: 'invalid' });
    bad.emit('vote');
    bad.emit('no-such-event', { a: 1 });
    bad.emit('phone:join', { code: host.code, phoneId: 'p'.repeat(20), nickname: { toString: 1 } });
    // A frame above the size limit: the server closes that connection, nothing else.
    const huge = client(server.port);
    sockets.push(huge);
    await until('the huge client to connect', () => huge.connected);
    huge.io.opts.reconnection = false;
    huge.emit('vote', { decisionId: 'x'.repeat(200_000), key: 'a' });
    await until('the server to close the oversized connection', () => !huge.connected);
    expect((await phones[0]?.vote('c'))?.ok).toBe(true);
    await until('the tally', () => host.tally?.counts.c === 1);
    expect(server.output()).toMatch(/dropped "vote" from .*: message should be/);
    expect(server.child.exitCode).toBeNull();
  });

  it('room:close deletes the room: phones are told, and can no longer vote or join', async () => {
    const { host, phones } = await roomWithPhones(1);
    const [phone] = phones as [Phone];
    let told = false;
    phone.socket.on('room:closed', () => {
      told = true;
    });
    expect(await host.command('room:close', {})).toEqual({ ok: true });
    await until('the phone to be told', () => told);
    expect(await phone.vote('a')).toEqual({ ok: false, error: 'no-room' });
    expect(await ask(phone.socket, 'phone:join', { code: host.code, phoneId: phone.phoneId })).toEqual({
      ok: false,
      error: 'no-room',
    });
    expect(await host.command('room:blank', { on: true })).toEqual({ ok: false, error: 'no-room' });
  });
});

describe('room server restart', () => {
  it('clients reconnect by themselves; the host resumes and phones re-send: no vote lost or doubled', async () => {
    let first = await startServer(0, path.join(staticDir, 'dist'));
    const port = first.port;
    const host = new Host(port);
    await host.open();
    await host.openDecision('main:2', ['a', 'b', 'c']);
    const phones = Array.from({ length: 3 }, () => new Phone(port, host.code));
    await Promise.all(phones.map((p) => p.joined()));
    const [p1, p2, p3] = phones as [Phone, Phone, Phone];
    await p1.vote('a');
    await p2.vote('b');
    await p3.vote('c');
    await p3.vote('a');
    // A fourth phone votes and is gone before the restart (a flat battery): only the host can bring its vote back.
    const gone = new Phone(port, host.code);
    await gone.joined();
    await gone.vote('c');
    gone.socket.disconnect();
    await until('the tally before the restart', () => host.tally?.voters === 4 && host.tally.phones === 3);
    const before = host.tally;

    // The laptop's server dies without a goodbye, and comes back on the same port.
    await stopServer(first, 'SIGKILL');
    await until('every client to notice', () => [host, ...phones].every((c) => !c.socket.connected));
    const joinsBefore = phones.map((p) => p.joins);
    first = await startServer(port, path.join(staticDir, 'dist'));
    try {
      await until(
        'every phone to join again',
        () => phones.every((p, i) => p.joins > (joinsBefore[i] ?? 0)),
        15_000,
      );
      await until(
        'the tally after the restart',
        () => host.tally?.voters === 4 && host.tally.phones === 3,
        15_000,
      );
      expect(host.tally?.counts).toEqual(before?.counts);
      expect(host.tally?.ballots).toEqual(before?.ballots);
      expect(p3.state?.yourVote).toBe('a');

      // Voting goes on after the restart, and each phone still has one ballot.
      await p3.vote('b');
      await until('the changed vote', () => host.tally?.counts.b === 2);
      expect(host.tally).toMatchObject({ counts: { a: 1, b: 2, c: 1 }, voters: 4 });
      const closed = await host.command('decision:close', { decisionId: 'main:2' });
      expect(closed).toMatchObject({
        ok: true,
        tally: { counts: { a: 1, b: 2, c: 1 }, voters: 4, open: false },
      });
    } finally {
      for (const c of [host, ...phones]) c.socket.disconnect();
      await stopServer(first);
    }
  });
});

describe('room server key', () => {
  it('after a restart, the same key lets the host resume; another key or a plain-hash forgery does not', async () => {
    const dist = path.join(staticDir, 'dist');
    const otherKey = path.join(staticDir, 'other-key');
    let running = await startServer(0, dist);
    const port = running.port;
    const host = new Host(port);
    try {
      await host.open('Keyed');
      const state = { locale: 'en', title: 'Keyed', whatif: false, blank: false, decision: null };
      const resume = (secret: string, code = host.code) =>
        ask(host.socket, 'room:resume', { code, hostSecret: secret, state });
      await stopServer(running, 'SIGKILL');
      await until('the host to notice', () => !host.socket.connected);

      // Another key: the server cannot tell the host from anyone, so nobody resumes.
      running = await startServer(port, dist, { ROOM_KEY_FILE: otherKey });
      await until('the host to reconnect', () => host.socket.connected, 15_000);
      expect(await resume(host.secret)).toEqual({ ok: false, error: 'forbidden' });
      // A secret whose plain SHA-256 gives a code (what an offline search could find) does not take that room.
      const forged = randomBytes(32).toString('base64url');
      const forgedCode = codeFromDigest(createHash('sha256').update(`room-code:${forged}`).digest());
      expect(await resume(forged, forgedCode)).toEqual({ ok: false, error: 'forbidden' });
      expect(fs.statSync(otherKey).mode & 0o777).toBe(0o600);
      await stopServer(running, 'SIGKILL');
      await until('the host to notice', () => !host.socket.connected);

      // The key it had: the host's secret is proof again.
      running = await startServer(port, dist);
      await until('the host to reconnect', () => host.socket.connected, 15_000);
      expect(await resume(host.secret)).toEqual({ ok: true, tally: null });
      expect(running.output()).toContain('server key read from');
    } finally {
      host.socket.disconnect();
      await stopServer(running);
    }
  });

  it('a key file that is not a key stops the server with a message, and stays as it was', async () => {
    const bad = path.join(staticDir, 'bad-key');
    fs.writeFileSync(bad, 'hello\n');
    await expect(startServer(0, path.join(staticDir, 'dist'), { ROOM_KEY_FILE: bad })).rejects.toThrow(
      /does not hold a room server key/,
    );
    expect(fs.readFileSync(bad, 'utf8')).toBe('hello\n');
  });
});

describe('room server behind a proxy', () => {
  it('with ROOM_TRUST_PROXY=1, counts a connection from this machine under its X-Forwarded-For address', async () => {
    const proxied = await startServer(0, path.join(staticDir, 'dist'), { ROOM_TRUST_PROXY: '1' });
    const open = (headers: Record<string, string>) => {
      const socket = connect(`http://127.0.0.1:${proxied.port}`, {
        transports: ['websocket'],
        extraHeaders: headers,
      });
      sockets.push(socket);
      return socket;
    };
    try {
      const phone = open({ 'X-Forwarded-For': '6.6.6.6, 203.0.113.9' });
      await until('the connection', () => phone.connected);
      phone.emit('no-such-event');
      await until('the dropped message in the log', () => proxied.output().includes('from 203.0.113.9'));
      expect(proxied.output()).not.toContain('from 6.6.6.6');
    } finally {
      await stopServer(proxied);
    }
  });
});

describe('room server expiry', () => {
  it('deletes a room some time after its host last spoke, and tells its phones', async () => {
    // A TTL of about 1.1 s, swept every 0.2 s.
    const short = await startServer(0, path.join(staticDir, 'dist'), {
      ROOM_TTL_HOURS: String(1.1 / 3600),
      ROOM_SWEEP_SECONDS: '0.2',
    });
    const host = new Host(short.port);
    try {
      await host.open();
      const phone = new Phone(short.port, host.code);
      await phone.joined();
      let told = false;
      phone.socket.on('room:closed', () => {
        told = true;
      });
      // A host message renews the room: still there after more than one TTL in all.
      await new Promise((r) => setTimeout(r, 700));
      expect(await host.command('room:whatif', { on: true })).toEqual({ ok: true });
      await new Promise((r) => setTimeout(r, 700));
      expect(told).toBe(false);
      await until('the room to expire', () => told, 5000);
      expect(await ask(phone.socket, 'phone:join', { code: host.code, phoneId: phone.phoneId })).toEqual({
        ok: false,
        error: 'no-room',
      });
      expect(short.output()).toContain(`room ${host.code} expired`);
      // The trainer comes back later: the game window resumes the room, and the same phone connection is let in again.
      const state = { locale: 'en', title: 'After lunch', whatif: false, blank: false, decision: null };
      expect(await host.command('room:resume', { state })).toMatchObject({ ok: true });
      await host.openDecision('main:9', ['a', 'b']);
      const rejoined = await ask(phone.socket, 'phone:join', { code: host.code, phoneId: phone.phoneId });
      expect(rejoined).toMatchObject({
        ok: true,
        state: { title: 'After lunch', decision: { decisionId: 'main:9' } },
      });
      phone.state = rejoined.state as RoomState;
      expect(await phone.vote('b')).toMatchObject({ ok: true });
      await until('the tally after coming back', () => host.tally?.counts.b === 1 && host.tally.phones === 1);
      phone.socket.disconnect();
    } finally {
      host.socket.disconnect();
      await stopServer(short);
    }
  });
});
