import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';

/**
 * The room server as its tests run it: the real `server/index.ts` in a process of its own (so a
 * restart is a real kill), found ready by the line it prints, and the small waits the clients need.
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

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
}

export function startServer(
  port: number,
  staticDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      ROOM_STATIC_DIR: staticDir,
      ROOM_KEY_FILE: testKeyFile(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /listening on port (\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve({ child, port: Number(m[1]), output: () => out });
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${out}`));
    });
  });
}

export function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
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
