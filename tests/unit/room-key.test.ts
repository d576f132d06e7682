import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy } from '../../server/client-address.ts';
import {
  defaultKeyFile,
  KEY_BYTES,
  KeyError,
  type KeyStore,
  loadKeyFile,
  loadRedisKey,
  newKeyText,
  REDIS_KEY_NAME,
} from '../../server/room-key.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'room-key-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('room server key', () => {
  it('is created once (mode 0600, 32 bytes) and read back the same after a restart', () => {
    const file = path.join(dir, 'state', 'wudi-room', 'key');
    const first = loadKeyFile(file);
    expect(first.source).toEqual({ kind: 'file', file, created: true });
    expect(first.key).toHaveLength(KEY_BYTES);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = loadKeyFile(file);
    expect(again.source).toEqual({ kind: 'file', file, created: false });
    expect(again.key.equals(first.key)).toBe(true);
    // Nothing was left beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['key']);
  });

  it('a file that is not a key stops the server with a clear message, and is never replaced', () => {
    const file = path.join(dir, 'bad-key');
    fs.writeFileSync(file, 'not a key\n');
    expect(() => loadKeyFile(file)).toThrow(KeyError);
    expect(() => loadKeyFile(file)).toThrow(/bad-key does not hold a room server key/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a key\n');
    fs.writeFileSync(file, `${newKeyText()}x\n`);
    expect(() => loadKeyFile(file)).toThrow(KeyError);
    expect(() => loadKeyFile(dir)).toThrow(KeyError);
  });

  it('where no file can be written, the key is this process’s own, and says why', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const loaded = loadKeyFile(path.join(blocker, 'key'));
    expect(loaded.source.kind).toBe('process');
    expect(loaded.key).toHaveLength(KEY_BYTES);
    expect(loadKeyFile(path.join(blocker, 'key')).key.equals(loaded.key)).toBe(false);
  });

  it('lives in the user’s state folder by default, not a temporary one', () => {
    expect(defaultKeyFile({}, 'linux', '/home/t')).toBe(
      path.join('/home/t', '.local', 'state', 'wudi-room', 'key'),
    );
    expect(defaultKeyFile({ XDG_STATE_HOME: '/s' }, 'darwin', '/home/t')).toBe(
      path.join('/s', 'wudi-room', 'key'),
    );
    expect(defaultKeyFile({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toBe(
      path.join('C:\\L', 'wudi-room', 'key'),
    );
  });

  it('with Redis, the first instance sets it and every instance reads the same one', async () => {
    const data = new Map<string, string>();
    const redis: KeyStore = {
      async set(key, value, options) {
        if (options.NX && data.has(key)) return null;
        data.set(key, value);
        return 'OK';
      },
      async get(key) {
        return data.get(key) ?? null;
      },
    };
    const a = await loadRedisKey(redis);
    const b = await loadRedisKey(redis);
    expect(a.source).toEqual({ kind: 'redis', created: true });
    expect(b.source).toEqual({ kind: 'redis', created: false });
    expect(a.key.equals(b.key)).toBe(true);
    data.set(REDIS_KEY_NAME, 'garbage');
    await expect(loadRedisKey(redis)).rejects.toThrow(KeyError);
  });
});

describe('client address for the rate limits (ROOM_TRUST_PROXY)', () => {
  const none = parseTrustProxy(undefined);
  const local = parseTrustProxy('1');
  const listed = parseTrustProxy('10.0.0.2, fd00::2');

  it('reads the setting: off, a proxy on this machine, or a list of proxy addresses', () => {
    expect(none).toEqual({ kind: 'none' });
    expect(parseTrustProxy('0')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('loopback')).toEqual({ kind: 'loopback' });
    expect(listed).toEqual({ kind: 'list', addresses: new Set(['10.0.0.2', 'fd00::2']) });
    expect(() => parseTrustProxy('2')).toThrow(/ROOM_TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/8')).toThrow(/ROOM_TRUST_PROXY/);
  });

  it('without it, the peer address, whatever the header says', () => {
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', none)).toBe('127.0.0.1');
    expect(clientAddress('198.51.100.7', undefined, none)).toBe('198.51.100.7');
  });

  it('from a trusted proxy, the right-most X-Forwarded-For entry: the one the proxy added', () => {
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', local)).toBe('203.0.113.9');
    expect(clientAddress('::1', '6.6.6.6, 203.0.113.9', local)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', ['6.6.6.6', '203.0.113.9'], local)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', '203.0.113.9', listed)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:10.0.0.2', '2001:db8::1', listed)).toBe('2001:db8::1');
    expect(clientAddress('127.0.0.1', '::ffff:203.0.113.9', local)).toBe('203.0.113.9');
  });

  it('a header from anyone else, or one that is not an address, is ignored', () => {
    // A phone talking to the server directly cannot choose its bucket.
    expect(clientAddress('198.51.100.7', '203.0.113.9', local)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '203.0.113.9', listed)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.3', '203.0.113.9', listed)).toBe('10.0.0.3');
    expect(clientAddress('127.0.0.1', 'unknown', local)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9, ', local)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined, local)).toBe('127.0.0.1');
  });
});
