import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
