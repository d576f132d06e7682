import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { parseTrustProxy } from './client-address.ts';
import { RedisInstances, RedisRoomStore } from './redis-room-store.ts';
import { defaultKeyFile, KeyError, type LoadedKey, loadKeyFile, loadRedisKey } from './room-key.ts';
import { roomSecrets } from './room-secrets.ts';
import { attachRooms, type RoomIo } from './room-socket.ts';
import { MemoryRoomStore, type RoomStore } from './room-store.ts';
import { staticFiles } from './static-files.ts';

/**
 * `npm run room`: the room server on the trainer's laptop. It serves the built game (dist/) and
 * the rooms' Socket.IO on one port, so phones need one address only. docs/ROOM.md.
 */
const DEFAULT_PORT = 8787;
/** A room outlives a class day, not a week: the code on the projector should not work tomorrow. */
const DEFAULT_TTL_HOURS = 8;
/** Room messages are small; this bounds what one frame can make the server parse. */
const MAX_MESSAGE_BYTES = 64 * 1024;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} should be a number, not "${raw}"`);
  return value;
}

const port = envNumber('PORT', DEFAULT_PORT);
const ttlMs = envNumber('ROOM_TTL_HOURS', DEFAULT_TTL_HOURS) * 3_600_000;
const staticDir = path.resolve(process.env.ROOM_STATIC_DIR ?? 'dist');
// Expired rooms need not go the very second: a minute is soon enough, and a test can ask for less.
const sweepMs = envNumber('ROOM_SWEEP_SECONDS', 60) * 1000;
// With REDIS_URL: each instance beats this often; one silent for four beats is taken for dead.
const heartbeatMs = Math.max(100, envNumber('ROOM_HEARTBEAT_SECONDS', 10) * 1000);

const handleFile = staticFiles(staticDir);
const publicUrl = publicOrigin(process.env.ROOM_PUBLIC_URL);
let listeningPort = port;
const http = createServer((req, res) => {
  if ((req.url ?? '').split('?')[0] === INFO_PATH) return serverInfo(res);
  handleFile(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

const io: RoomIo = new Server(http, {
  // The phone page bundles its own client; nothing else needs one served.
  serveClient: false,
  maxHttpBufferSize: MAX_MESSAGE_BYTES,
});
const trustProxy = parseTrustProxy(process.env.ROOM_TRUST_PROXY);
const setup = await roomStore().catch((error: unknown) => {
  // A key file that is there but wrong is never replaced: the trainer is told, and nothing starts.
  if (!(error instanceof KeyError)) throw error;
  console.error(`[room] ${error.message}`);
  process.exit(1);
});
describeKey(setup.key);
const instances = setup.instances;
const rooms = attachRooms(io, {
  store: setup.store,
  ttlMs,
  secrets: roomSecrets(setup.key.key),
  trustProxy,
  ...(instances ? { instances } : {}),
});
const heart = instances
  ? setInterval(() => {
      instances
        .beat()
        .then(() => rooms.prune())
        .catch((error: unknown) => console.error(`[room] heartbeat failed: ${String(error)}`));
    }, heartbeatMs)
  : null;
heart?.unref();
if (trustProxy.kind !== 'none')
  console.log('[room] rate limits use the address in X-Forwarded-For from the trusted proxy');

/**
 * In memory by default. With REDIS_URL, rooms live in Redis and Socket.IO's Redis adapter carries
 * each event to the sockets of every instance, so several servers behind a load balancer share rooms.
 * The server key comes with the store: a file beside the memory, a Redis key beside the rooms.
 */
async function roomStore(): Promise<{ store: RoomStore; key: LoadedKey; instances?: RedisInstances }> {
  const url = process.env.REDIS_URL;
  if (!url) {
    const file = process.env.ROOM_KEY_FILE ? path.resolve(process.env.ROOM_KEY_FILE) : defaultKeyFile();
    return { store: new MemoryRoomStore(), key: loadKeyFile(file) };
  }
  const pub = createClient({ url });
  const sub = pub.duplicate();
  const writer = pub.duplicate();
  for (const client of [pub, sub, writer])
    client.on('error', (e: unknown) => console.error(`[room] redis: ${String(e)}`));
  await Promise.all([pub.connect(), sub.connect(), writer.connect()]);
  io.adapter(createAdapter(pub, sub));
  console.log('[room] rooms shared through Redis');
  const instances = new RedisInstances(pub, heartbeatMs * 4);
  await instances.beat();
  return { store: new RedisRoomStore(pub, writer, ttlMs), key: await loadRedisKey(writer), instances };
}

function describeKey({ source }: LoadedKey): void {
  if (source.kind === 'file')
    console.log(`[room] server key ${source.created ? 'created in' : 'read from'} ${source.file}`);
  else if (source.kind === 'redis')
    console.log(`[room] server key ${source.created ? 'created' : 'read'} in Redis`);
  else
    console.warn(
      `[room] server key for this process only: ${source.reason}. After a restart hosts cannot resume ` +
        'their rooms (they open new ones); set ROOM_KEY_FILE to a writable file to keep one.',
    );
}

const sweeper = setInterval(() => {
  rooms.sweep().catch((error: unknown) => console.error(`[room] sweep failed: ${String(error)}`));
}, sweepMs);
sweeper.unref();

// A handler's error is caught where it happens; this is the last line, so a bug is logged, not fatal.
process.on('unhandledRejection', (reason) => console.error(`[room] unhandled: ${String(reason)}`));

http.listen(port, () => {
  const address = http.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  listeningPort = actual;
  console.log(`[room] listening on port ${actual}`);
  if (!existsSync(path.join(staticDir, 'index.html')))
    console.log(`[room] no game in ${staticDir}: run \`npm run build\` first (rooms work without it)`);
  console.log(`[room] on this computer: http://localhost:${actual}/`);
  for (const url of lanAddresses(actual)) console.log(`[room] on the local network: ${url}`);
  if (publicUrl) console.log(`[room] phones join at: ${publicUrl}/`);
});

/**
 * What the game window asks before it opens a room: that a room server answers here, and the
 * addresses phones can reach it at (the QR code's). A laptop's browser sees itself as localhost,
 * which a phone cannot open, so the server says which addresses its network gave it.
 */
const INFO_PATH = '/room-server.json';

function serverInfo(res: ServerResponse): void {
  const joinOrigins = publicUrl ? [publicUrl] : lanAddresses(listeningPort).map((u) => new URL(u).origin);
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify({ service: 'wudi-room', protocol: 1, joinOrigins }));
}

/** ROOM_PUBLIC_URL: the address phones use when the server sits behind a proxy or a DNS name. */
function publicOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`ROOM_PUBLIC_URL should be an http(s) address, not "${raw}"`);
  return url.origin;
}

function lanAddresses(listening: number): string[] {
  const urls: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const net of list ?? [])
      if (net.family === 'IPv4' && !net.internal) urls.push(`http://${net.address}:${listening}/`);
  return urls;
}

function stop(): void {
  clearInterval(sweeper);
  if (heart) clearInterval(heart);
  void instances?.stop().catch(() => undefined);
  io.close();
  http.close(() => process.exit(0));
  // Open sockets could hold the close: a stop is a stop.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
