import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The server key: room codes and voter tags are HMACs under it (server/room-secrets.ts), so nobody
 * without it can compute a host secret for a code read off the projector, or link a voter tag to a
 * phone id. It must outlive the process (a restarted server checks a resuming host against it), so
 * it is kept in a file (one laptop) or in Redis (several instances share one). docs/ROOM.md.
 */
export const KEY_BYTES = 32;
/** The Redis key every instance reads the server key from (set once, with NX, by the first). */
export const REDIS_KEY_NAME = 'wudi:room-key';

export class KeyError extends Error {}

/** The key as stored: 32 bytes in base64url, one line. Anything else is refused, never replaced. */
export function parseKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9_-]{43}$/.test(trimmed) ? Buffer.from(trimmed, 'base64url') : null;
  if (!key || key.length !== KEY_BYTES)
    throw new KeyError(
      `${where} does not hold a room server key (${KEY_BYTES} bytes in base64url, one line). ` +
        'It is not replaced automatically, because a new key makes every room code unresumable: ' +
        'fix or delete it, or point ROOM_KEY_FILE elsewhere.',
    );
  return key;
}

export function newKeyText(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/**
 * Where the key file lives when ROOM_KEY_FILE is not set: the user's state folder, which outlives a
 * restart of the process and of the laptop (unlike the temporary folder).
 */
export function defaultKeyFile(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
    return path.join(base, 'wudi-room', 'key');
  }
  const base = env.XDG_STATE_HOME || path.join(home, '.local', 'state');
  return path.join(base, 'wudi-room', 'key');
}

export type KeySource =
  | { kind: 'file'; file: string; created: boolean }
  | { kind: 'process'; reason: string }
  | { kind: 'redis'; created: boolean };

export interface LoadedKey {
  key: Buffer;
  source: KeySource;
}

const errorCode = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String(error.code) : '';

/**
 * Reads the key file, or creates it (mode 0600) when it is missing. Two processes starting at once
 * end with the same key: the file is written aside and linked into place, which fails if it exists.
 * A file that exists but does not parse is an error (KeyError); a file that cannot be read or
 * written (a read-only disk) gives a key for this process only, and says so.
 */
export function loadKeyFile(file: string): LoadedKey {
  let existing: string | null;
  try {
    existing = readIfPresent(file);
  } catch (error) {
    if (error instanceof KeyError) throw error;
    // Unreadable (permissions): as if the disk were read-only, and never overwritten.
    return processKey(`cannot read ${file} (${errorCode(error) || String(error)})`);
  }
  if (existing !== null)
    return { key: parseKey(existing, file), source: { kind: 'file', file, created: false } };
  const text = `${newKeyText()}\n`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(aside, text, { mode: 0o600, flag: 'wx' });
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        // A file system without hard links: create in place, which only the first process can do.
        fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
      }
    } finally {
      fs.rmSync(aside, { force: true });
    }
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return loadKeyFile(file);
    return processKey(`cannot write ${file} (${errorCode(error) || String(error)})`);
  }
  let written: string | null = null;
  try {
    written = readIfPresent(file);
  } catch {
    // handled below
  }
  if (written === null) return processKey(`cannot read ${file} back`);
  return { key: parseKey(written, file), source: { kind: 'file', file, created: written === text } };
}

function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    if (errorCode(error) === 'EISDIR') throw new KeyError(`${file} is a folder, not a room server key file`);
    throw error;
  }
}

function processKey(reason: string): LoadedKey {
  return { key: randomBytes(KEY_BYTES), source: { kind: 'process', reason } };
}

/** The part of a Redis client the key needs (node-redis v4/v5 `set` with NX, and `get`). */
export interface KeyStore {
  set(key: string, value: string, options: { NX: true }): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

/** With REDIS_URL: the first instance to start sets the key, every instance reads the same one. */
export async function loadRedisKey(client: KeyStore): Promise<LoadedKey> {
  const mine = newKeyText();
  await client.set(REDIS_KEY_NAME, mine, { NX: true });
  const stored = await client.get(REDIS_KEY_NAME);
  if (stored === null) throw new KeyError(`Redis has no ${REDIS_KEY_NAME} right after setting it`);
  return {
    key: parseKey(stored, `Redis key ${REDIS_KEY_NAME}`),
    source: { kind: 'redis', created: stored === mine },
  };
}
