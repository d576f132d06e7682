import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';

/**
 * The room server as its tests and the room bench run it: the real `server/index.ts` in a process of
 * its own (so a restart is a real kill), found ready by the line it prints; Redis the same way; and
 * the small waits the clients need.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The server key file of this test run: shared by every server a test file starts (so a restart
 * finds the key it had, as on the trainer's laptop) and never the user's own. A test can pass its
 * own ROOM_KEY_FILE.
 */
let keyDir: string | null = null;
export function testKeyFile(): string {
  if (!keyDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'room-key-'));
    keyDir = dir;
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return path.join(keyDir, 'key');
}

/** A child process found ready by a line it prints: `match` is the line's first group (a port). */
export interface ReadyProcess {
  child: ChildProcess;
  match: string;
  output: () => string;
}

/** Starts `command` and waits (30 s at most) for `ready` in what it prints; an early exit fails with its output. */
export function spawnReady(
  command: string,
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
): Promise<ReadyProcess> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${out}`)), 30_000);
    let started = false;
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = started ? null : ready.exec(out);
      if (!m) return;
      started = true;
      clearTimeout(timer);
      resolve({ child, match: m[1] ?? '', output: () => out });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}):\n${out}`));
    });
    // A missing redis-server: say so (scripts/ensure-browser-deps.mjs installs it on Debian).
    child.on('error', (error) => reject(new Error(`cannot start ${command}: ${error.message}`)));
  });
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Debian's redis-server on a free port of this machine, saving nothing. */
export async function startRedis(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const redis = await spawnReady(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    /(Ready to accept)/,
  );
  return { child: redis.child, url: `redis://127.0.0.1:${port}` };
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
}

export const SERVER_ARGS = ['--import', 'tsx', 'server/index.ts'];
export const LISTENING = /listening on port (\d+)/;

export async function startServer(
  port: number,
  staticDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = await spawnReady(process.execPath, SERVER_ARGS, LISTENING, {
    PORT: String(port),
    ROOM_STATIC_DIR: staticDir,
    ROOM_KEY_FILE: testKeyFile(),
    ...env,
  });
  return { child: server.child, port: Number(server.match), output: server.output };
}

export function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return stopChild(server.child, signal);
}

export type Reply = { ok: boolean; error?: string } & Record<string, unknown>;

export function ask(socket: Socket, event: string, payload?: unknown): Promise<Reply> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<Reply>;
}

export async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
