/**
 * npm run bench:room: 300 phones in 10 rooms vote through the real room server (a child process,
 * as `npm run room` runs it), and the same phones through a bare Socket.IO relay in the same run.
 * It reports the latency from a phone's vote to the projector's tally, and fails only on a lost or
 * doubled vote (correctness), never on a time. Method: bench/README.md, "Room server".
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { io as connect, type Socket } from 'socket.io-client';
import { newKeyText, parseKey, REDIS_KEY_NAME } from '../server/room-key.ts';
import { roomSecrets } from '../server/room-secrets.ts';
import { EVENTS, type Tally } from '../src/room/protocol.ts';
import {
  ask,
  LISTENING,
  type ServerProcess,
  spawnReady,
  startRedis,
  startServer,
  stopChild,
  stopServer,
  until,
} from '../tests/room/server-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROOMS = 10;
const PHONES_PER_ROOM = 30;
const DECISIONS = 5;
const KEYS = ['a', 'b', 'c', 'd'];
/** Votes arrive over this window, as a room answers after "3, 2, 1" rather than all in one tick. */
const SPREAD_MS = 1500;
const CHANGE_SHARE = 0.2;
/** A phone that changes its mind does so this long after its first vote, at the earliest. */
const CHANGE_AFTER_MS = [300, 1000] as const;
const SEED = 20261124;

// ---- the schedule: drawn once, so every pass sees the same votes at the same moments ----

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlannedVote {
  at: number;
  key: string;
}
const random = mulberry32(SEED);
const pick = (keys: string[]) => keys[Math.floor(random() * keys.length)] ?? 'a';
/** plan[decision][phone] = the votes that phone sends in that decision, in order */
const plan: PlannedVote[][][] = [];
for (let d = 0; d < DECISIONS; d++) {
  const round: PlannedVote[][] = [];
  for (let p = 0; p < ROOMS * PHONES_PER_ROOM; p++) {
    const first = { at: random() * SPREAD_MS, key: pick(KEYS) };
    const votes = [first];
    if (random() < CHANGE_SHARE) {
      const [lo, hi] = CHANGE_AFTER_MS;
      votes.push({
        at: first.at + lo + random() * (hi - lo),
        key: pick(KEYS.filter((k) => k !== first.key)),
      });
    }
    round.push(votes);
  }
  plan.push(round);
}

// ---- clients ----

function client(port: number): Socket {
  // No reconnection: a dropped socket in a bench is a finding to report, not to paper over.
  return connect(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnection: false,
    timeout: 20_000,
  });
}

interface Phone {
  socket: Socket;
  id: string;
  tag: string;
  room: number;
  /** the vote sent and not yet seen on the projector */
  pending: { key: string; t0: number } | null;
  /** the last vote the server accepted in this decision */
  last: string | null;
}

interface PassResult {
  name: string;
  /** every latency, sorted: the two relay passes are pooled into one baseline */
  samples: number[];
  servers: number;
  votes: number;
  latencyMs: { count: number; p50: number; p95: number; max: number };
  /** votes whose ballot no tally showed (overwritten by the phone's next vote, or never) */
  unseen: number;
  refused: number;
  lost: number;
  doubled: number;
  joinMs: number;
  wallMs: number;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What differs between the room server and the relay: how a host and a phone get into a room, how
 * a vote is sent, and how the host hears of it. The schedule and the bookkeeping are shared.
 */
interface Protocol {
  openRoom(host: Socket, r: number, onBallot: (tag: string, key: string) => void): Promise<string>;
  join(phone: Phone, code: string): Promise<void>;
  vote(phone: Phone, decisionId: string, key: string): Promise<boolean>;
  openDecision?(host: number, decisionId: string): Promise<void>;
  closeDecision?(host: number, decisionId: string): Promise<Tally>;
}

async function runPass(name: string, ports: number[], protocol: (hosts: Socket[]) => Protocol) {
  const started = performance.now();
  const hosts = Array.from({ length: ROOMS }, (_, r) => client(ports[r % ports.length] ?? 0));
  const proto = protocol(hosts);
  const pendingByRoom = hosts.map(() => new Map<string, Phone>());
  const latencies: number[] = [];
  let unseen = 0;
  let refused = 0;
  let lost = 0;
  let doubled = 0;
  let votes = 0;

  const codes = await Promise.all(
    hosts.map((host, r) =>
      proto.openRoom(host, r, (tag, key) => {
        const phone = pendingByRoom[r]?.get(tag);
        if (!phone?.pending || phone.pending.key !== key) return;
        latencies.push(performance.now() - phone.pending.t0);
        phone.pending = null;
        pendingByRoom[r]?.delete(tag);
      }),
    ),
  );

  const joinStart = performance.now();
  const phones: Phone[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const code = codes[r] ?? '';
    for (let j = 0; j < PHONES_PER_ROOM; j++) {
      // With several instances a room's phones are spread over them, away from their host's.
      const port = ports[(r + j + 1) % ports.length] ?? 0;
      const id = randomBytes(16).toString('base64url');
      phones.push({
        socket: client(port),
        id,
        tag: secrets.voterTagFor(code, id),
        room: r,
        pending: null,
        last: null,
      });
    }
  }
  await Promise.all(phones.map((p) => proto.join(p, codes[p.room] ?? '')));
  const joinMs = performance.now() - joinStart;

  for (let d = 0; d < DECISIONS; d++) {
    const decisionId = `bench-${d + 1}`;
    await Promise.all(hosts.map((_, r) => proto.openDecision?.(r, decisionId)));
    for (const p of phones) p.last = null;
    const acks: Promise<void>[] = [];
    const t0 = performance.now();
    phones.forEach((phone, i) => {
      for (const planned of plan[d]?.[i] ?? []) {
        const sent = new Promise<void>((resolve) => {
          setTimeout(
            () => {
              if (phone.pending) unseen++;
              phone.pending = { key: planned.key, t0: performance.now() };
              pendingByRoom[phone.room]?.set(phone.tag, phone);
              votes++;
              proto.vote(phone, decisionId, planned.key).then(
                (ok) => {
                  if (ok) phone.last = planned.key;
                  else refused++;
                  resolve();
                },
                () => {
                  refused++;
                  resolve();
                },
              );
            },
            Math.max(0, t0 + planned.at - performance.now()),
          );
        });
        acks.push(sent);
      }
    });
    await Promise.all(acks);
    await until(
      'every ballot on its projector',
      () => pendingByRoom.every((m) => m.size === 0),
      10_000,
    ).catch(() => {
      for (const m of pendingByRoom) {
        unseen += m.size;
        for (const p of m.values()) p.pending = null;
        m.clear();
      }
    });
    if (proto.closeDecision) {
      const tallies = await Promise.all(hosts.map((_, r) => proto.closeDecision?.(r, decisionId)));
      tallies.forEach((tally, r) => {
        if (tally?.open !== false)
          throw new Error(`decision:close answered a tally still open (room ${r + 1})`);
        const mine = phones.filter((p) => p.room === r);
        const expected: Record<string, number> = {};
        for (const p of mine) if (p.last) expected[p.last] = (expected[p.last] ?? 0) + 1;
        const tags = new Set(mine.map((p) => p.tag));
        for (const p of mine) if (p.last && tally?.ballots[p.tag] !== p.last) lost++;
        for (const tag of Object.keys(tally?.ballots ?? {})) if (!tags.has(tag)) doubled++;
        for (const key of KEYS) doubled += Math.max(0, (tally?.counts[key] ?? 0) - (expected[key] ?? 0));
      });
    }
    // Between decisions the trainer talks; this also keeps one round's stragglers out of the next.
    await sleep(300);
  }

  for (const s of [...hosts, ...phones.map((p) => p.socket)]) s.disconnect();
  const sorted = latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const result: PassResult = {
    name,
    samples: sorted,
    servers: ports.length,
    votes,
    latencyMs: {
      count: sorted.length,
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      max: round(sorted.at(-1) ?? Number.NaN),
    },
    unseen,
    refused,
    lost,
    doubled,
    joinMs: Math.round(joinMs),
    wallMs: Math.round(performance.now() - started),
  };
  console.log(
    `${name.padEnd(34)} ${String(result.latencyMs.count).padStart(5)} ${ms(result.latencyMs.p50)} ${ms(result.latencyMs.p95)} ${ms(result.latencyMs.max)}` +
      `  lost ${lost}, doubled ${doubled}, refused ${refused}, unseen ${unseen}`,
  );
  return result;
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

// ---- the two protocols ----

function roomProtocol(hosts: Socket[]): Protocol {
  const auth: { code: string; hostSecret: string }[] = [];
  const options = KEYS.map((key) => ({ key, text: `Option ${key.toUpperCase()}` }));
  return {
    async openRoom(host, r, onBallot) {
      // Only the ballots are read: the host's work per tally stays as small as a projector's.
      host.on(EVENTS.tally, (tally: Tally) => {
        for (const [tag, key] of Object.entries(tally.ballots)) onBallot(tag, key);
      });
      const answer = await ask(host, EVENTS.open, { locale: 'en', title: `Bench room ${r + 1}` });
      if (!answer.ok) throw new Error(`room:open refused: ${answer.error}`);
      auth[r] = { code: String(answer.code), hostSecret: String(answer.hostSecret) };
      return String(answer.code);
    },
    async join(phone, code) {
      const answer = await ask(phone.socket, EVENTS.join, { code, phoneId: phone.id });
      if (!answer.ok) throw new Error(`phone:join refused: ${answer.error}`);
    },
    async vote(phone, decisionId, key) {
      return (await ask(phone.socket, EVENTS.vote, { decisionId, key })).ok;
    },
    async openDecision(r, decisionId) {
      const host = hosts[r];
      if (!host) return;
      const answer = await ask(host, EVENTS.decisionOpen, {
        ...auth[r],
        decisionId,
        prompt: `Decision ${decisionId}: what does Wu Di do?`,
        options,
      });
      if (!answer.ok) throw new Error(`decision:open refused: ${answer.error}`);
    },
    async closeDecision(r, decisionId) {
      const host = hosts[r];
      if (!host) throw new Error('no host');
      const answer = await ask(host, EVENTS.decisionClose, { ...auth[r], decisionId });
      if (!answer.ok) throw new Error(`decision:close refused: ${answer.error}`);
      return answer.tally as Tally;
    },
  };
}

function relayProtocol(): Protocol {
  return {
    async openRoom(host, r, onBallot) {
      host.on('relay', (ballot: { tag: string; key: string }) => onBallot(ballot.tag, ballot.key));
      const code = `R${r}`;
      await ask(host, 'host', code);
      return code;
    },
    async join(phone, code) {
      await ask(phone.socket, 'join', code);
    },
    async vote(phone, _decisionId, key) {
      return (await ask(phone.socket, 'vote', { tag: phone.tag, key })).ok;
    },
  };
}

// ---- processes ----

// ---- the run ----

const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'cpu', node: process.version };
console.log(`Machine: ${machine.cores} × ${machine.cpu}, Node ${machine.node}`);
console.log(
  `${ROOMS} rooms × ${PHONES_PER_ROOM} phones, ${DECISIONS} decisions, votes spread over ${SPREAD_MS} ms, ` +
    `${CHANGE_SHARE * 100}% change once\n`,
);
console.log(`${'pass'.padEnd(34)} votes     p50        p95        max`);

const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-bench-room-'));
// A server key the bench knows: it names each phone's ballot as the server does (an HMAC under it).
const keyText = newKeyText();
const keyFile = path.join(staticDir, 'room-key');
fs.writeFileSync(keyFile, `${keyText}\n`, { mode: 0o600 });
const secrets = roomSecrets(parseKey(keyText, 'the bench key'));
const results: PassResult[] = [];
const withRedis = !process.argv.includes('--no-redis');
try {
  // The relay runs first and last, so a machine that slows down during the run shows in the baseline.
  const relayRun = async (label: string) => {
    const relay = await spawnReady(
      process.execPath,
      ['--import', 'tsx', 'bench/relay-server.ts'],
      LISTENING,
      { PORT: '0' },
    );
    try {
      results.push(await runPass(label, [Number(relay.match)], relayProtocol));
    } finally {
      await stopChild(relay.child);
    }
  };
  await relayRun('bare Socket.IO relay (baseline)');

  const server: ServerProcess = await startServer(0, staticDir, { ROOM_KEY_FILE: keyFile });
  try {
    results.push(await runPass('room server, in memory', [server.port], roomProtocol));
  } finally {
    await stopServer(server);
  }

  if (withRedis) {
    const redis = await startRedis().catch((error: unknown) => {
      console.log(
        `(no Redis pass: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
      return null;
    });
    if (redis) {
      const env = { REDIS_URL: redis.url };
      const servers: ServerProcess[] = [];
      try {
        // The instances take the key Redis holds: the bench's, so it can name each phone's ballot.
        const redisClient = createClient({ url: env.REDIS_URL });
        await redisClient.connect();
        await redisClient.set(REDIS_KEY_NAME, keyText);
        await redisClient.quit();
        servers.push(await startServer(0, staticDir, env), await startServer(0, staticDir, env));
        results.push(
          await runPass(
            'room server, 2 instances + Redis',
            servers.map((s) => s.port),
            roomProtocol,
          ),
        );
      } finally {
        for (const s of servers) await stopServer(s);
        await stopChild(redis.child);
      }
    }
  }

  await relayRun('bare Socket.IO relay (again)');
} finally {
  fs.rmSync(staticDir, { recursive: true, force: true });
}

// Both relay passes, pooled: the baseline stands for the machine over the whole run, not its best minute.
const pooled = results
  .filter((r) => r.name.startsWith('bare'))
  .flatMap((r) => r.samples)
  .sort((a, b) => a - b);
const baseline = {
  p50: Math.round(percentile(pooled, 0.5) * 10) / 10,
  p95: Math.round(percentile(pooled, 0.95) * 10) / 10,
};
const ratios = results
  .filter((r) => !r.name.startsWith('bare'))
  .map((r) => ({
    name: r.name,
    // From the unrounded percentiles: at about a millisecond, rounding would move the ratio.
    p50: Math.round((percentile(r.samples, 0.5) / percentile(pooled, 0.5)) * 10) / 10,
    p95: Math.round((percentile(r.samples, 0.95) / percentile(pooled, 0.95)) * 10) / 10,
  }));
console.log(`\nbaseline (both relay passes pooled): p50 ${baseline.p50} ms, p95 ${baseline.p95} ms`);
for (const r of ratios) console.log(`${r.name}: p50 ${r.p50}× the bare relay's, p95 ${r.p95}×`);

const date = new Date().toISOString();
fs.writeFileSync(
  path.join(ROOT, 'bench/last-room-run.json'),
  `${JSON.stringify(
    {
      date,
      machine,
      setup: {
        rooms: ROOMS,
        phonesPerRoom: PHONES_PER_ROOM,
        decisions: DECISIONS,
        spreadMs: SPREAD_MS,
        changeShare: CHANGE_SHARE,
        seed: SEED,
      },
      passes: results.map(({ samples: _samples, ...rest }) => rest),
      baseline,
      ratios,
    },
    null,
    2,
  )}\n`,
);

const broken = results.filter((r) => r.lost > 0 || r.doubled > 0 || r.refused > 0);
if (broken.length > 0) {
  console.error(`\nFAILED: votes lost, doubled or refused in ${broken.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
process.exit(0);
