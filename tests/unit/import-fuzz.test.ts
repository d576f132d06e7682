import { describe, expect, it } from 'vitest';
import { SESSION_KIND, SESSION_VERSION } from '../../src/classroom/session.ts';
import { parseSessionFile } from '../../src/classroom/session-schema.ts';
import { createMyStories, MAX_STORY_BYTES } from '../../src/content/my-stories.ts';
import { seededRandom } from '../../src/narrative/random.ts';
import { averageFor, readClassAverage } from '../../src/results/check-result.ts';
import { CLASS_RESULTS_KEY, createClassResults } from '../../src/results/class-results.ts';
import { CLASS_AVERAGE_KIND, RESULT_FILE_KIND, RESULT_FORMAT_VERSION } from '../../src/results/result.ts';
import { type FileInput, type ResultFault, readResultFiles } from '../../src/results/result-files.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { jsonDepthExceeds, MAX_FILE_BYTES, MAX_JSON_DEPTH, readJson } from '../../src/state/safe-json.ts';
import { classViewStrings } from '../../src/ui/i18n-classview.ts';
import { resultStrings } from '../../src/ui/i18n-results.ts';
import { ANN, BO, DI, fileOf, KNOWN } from '../helpers/class-fixture.ts';

/**
 * Every reader of a file someone hands the game, fed random and hostile inputs from a seeded
 * generator (the same cases every run): none may throw or hang, and every refusal says why.
 */

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

/** A hostile value, as JSON text (so it can hold what JSON.stringify would not write). */
function hostileJson(rng: Rng): string {
  switch (Math.floor(rng() * 12)) {
    case 0:
      return JSON.stringify(pick(rng, PROTO_KEYS));
    case 1:
      return `{"__proto__": {"polluted": true, "S": 99}, "constructor": {"prototype": {"x": 1}}}`;
    case 2:
      return deepArray(pick(rng, [MAX_JSON_DEPTH + 1, 500, 60000]));
    case 3:
      return deepObject(pick(rng, [MAX_JSON_DEPTH + 1, 3000]));
    case 4:
      return JSON.stringify('x'.repeat(pick(rng, [0, 1, 100_000])));
    case 5:
      return pick(rng, ['null', 'true', '0', '-1', '1e308', '-0', '[]', '{}', '""']);
    case 6:
      return JSON.stringify(pick(rng, [2, 99, '1', -1, 1.5, null]));
    case 7:
      return JSON.stringify([1, 'a', null, { kind: RESULT_FILE_KIND }]);
    case 8:
      return JSON.stringify({ kind: pick(rng, [RESULT_FILE_KIND, CLASS_AVERAGE_KIND, SESSION_KIND]) });
    case 9:
      return JSON.stringify('\u0000\uFEFF\u202E\uD800');
    case 10:
      return JSON.stringify(Array.from({ length: 50 }, (_, i) => i));
    default:
      return JSON.stringify({ code: 'tampered', result: 1, [pick(rng, PROTO_KEYS)]: 'x' });
  }
}

/** Paths (as key lists) to every value in a JSON tree, the root included. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...at, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

/**
 * The good document as text with one value replaced, one key added, or the text cut or
 * garbled. Built as text so a hostile part is written exactly as given.
 */
function mutate(rng: Rng, good: unknown): string {
  const kind = Math.floor(rng() * 6);
  const copy = JSON.parse(JSON.stringify(good)) as unknown;
  if (kind <= 2) {
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    const path = pick(rng, paths);
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (kind === 2 && !Array.isArray(parent)) parent[pick(rng, [...PROTO_KEYS, 'extra'])] = '__FUZZ__';
    else parent[last] = '__FUZZ__';
    return JSON.stringify(copy).replace('"__FUZZ__"', hostileJson(rng));
  }
  const text = JSON.stringify(copy);
  if (kind === 3) return text.slice(0, Math.floor(rng() * text.length));
  if (kind === 4) {
    const chars = [...text];
    for (let i = 0; i < 5; i++)
      chars[Math.floor(rng() * chars.length)] = pick(rng, ['{', ']', '"', ',', '\\']);
    return chars.join('');
  }
  return hostileJson(rng);
}

const sEn = classViewStrings('en');
const sZh = classViewStrings('zh-CN');
const faultWords = (f: ResultFault) => [sEn.fault(f, (id) => id), sZh.fault(f, (id) => id)];

function expectReadable(words: string) {
  expect(typeof words).toBe('string');
  expect(words.trim().length).toBeGreaterThan(0);
  expect(words).not.toMatch(/undefined|\[object /);
}

const CASES = 300;

describe('import fuzz: learner result files', () => {
  const good = JSON.parse(fileOf(ANN, BO)) as unknown;

  it('refuses every hostile file with a reason, and still loads the good file beside it', () => {
    const rng = seededRandom(0x11);
    for (let i = 0; i < CASES; i++) {
      const text = mutate(rng, good);
      const batch: FileInput[] = [
        { name: `fuzz-${i}.json`, text },
        { name: 'di.json', text: fileOf(DI) },
      ];
      const started = performance.now();
      const { loaded, reports } = readResultFiles(batch, KNOWN);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(reports.map((r) => r.file)).toEqual([`fuzz-${i}.json`, 'di.json']);
      // The good file loads whatever came before it (DI may be a duplicate only of itself: no).
      expect(loaded.filter((l) => l.file === 'di.json')).toHaveLength(1);
      const fuzzed = reports[0];
      if (!fuzzed) throw new Error('no report');
      if (fuzzed.loaded < 2) expect(fuzzed.faults.length).toBeGreaterThan(0);
      for (const fault of fuzzed.faults) {
        expect(fault.file).toBe(`fuzz-${i}.json`);
        for (const words of faultWords(fault)) expectReadable(words);
      }
    }
  });

  it('refuses a batch of hostile files added to a class without throwing, and saves what loaded', () => {
    const rng = seededRandom(0x12);
    const storage = memoryStore();
    const store = createClassResults(storage, () => KNOWN);
    const batch: FileInput[] = Array.from({ length: 60 }, (_, i) => ({
      name: `f${i}.json`,
      text: mutate(rng, good),
    }));
    batch.push({ name: 'di.json', text: fileOf(DI) });
    const reports = store.add(batch);
    expect(reports).toHaveLength(61);
    expect(store.get().results.some((r) => r.file === 'di.json')).toBe(true);
    // The class read back from storage is the same class.
    const again = createClassResults(storage, () => KNOWN);
    expect(again.get().results.map((r) => r.result.id)).toEqual(store.get().results.map((r) => r.result.id));
  });
});

describe('import fuzz: class-average files', () => {
  const r = resultStrings('en');
  const good = {
    kind: CLASS_AVERAGE_KIND,
    version: RESULT_FORMAT_VERSION,
    createdAt: '2026-05-05T08:00:00.000Z',
    className: 'KAM',
    scenarios: {
      s1: {
        learners: 3,
        storyHashes: ['h1'],
        possible: null,
        roles: Object.fromEntries(
          ['S', 'T', 'R', 'O', 'BE'].map((k) => [k, { mean: 1, sd: 0, min: 1, max: 1, meanShare: 0.5 }]),
        ),
      },
    },
  };

  it('reads the good file, and refuses every hostile one with a reason', () => {
    expect(readClassAverage(JSON.stringify(good)).ok).toBe(true);
    const rng = seededRandom(0x21);
    for (let i = 0; i < CASES; i++) {
      const read = readClassAverage(mutate(rng, good));
      if (read.ok) {
        // Whatever it read, a lookup by a prototype name finds nothing.
        for (const key of PROTO_KEYS) expect(averageFor(read.file, key)).toBeNull();
        continue;
      }
      expectReadable(r.compareErrors[read.reason]);
      expectReadable(read.detail);
    }
  });
});

describe('import fuzz: classroom session files', () => {
  const good = {
    kind: SESSION_KIND,
    version: SESSION_VERSION,
    id: 'sess-1',
    scenarioId: 's1_strategy',
    locale: 'en',
    title: 'The strategy',
    storyHash: 'h',
    startedAt: '2026-05-05T08:00:00.000Z',
    current: 'main',
    branches: [],
    votes: { 'main|@1': [1, 0] },
    timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
    selection: null,
    decisionShownAt: null,
    timings: [],
  };

  it('refuses every hostile session file with a reason', () => {
    const rng = seededRandom(0x31);
    for (let i = 0; i < CASES; i++) {
      const parsed = parseSessionFile(mutate(rng, good));
      if ('error' in parsed) expectReadable(parsed.error);
    }
  });
});

describe('import limits', () => {
  it('refuses a 30 MB file as too large, naming the limit, before parsing it', () => {
    const text = `{"kind":"${RESULT_FILE_KIND}","pad":"${'x'.repeat(30 * 1024 * 1024)}"}`;
    const read = readJson(text);
    expect(read).toMatchObject({ ok: false, reason: 'too-large', limit: MAX_FILE_BYTES });
    expect(!read.ok && read.detail).toMatch(/too large .*10 MB/);
    // The class view passes the size without reading the text.
    const { reports } = readResultFiles([{ name: 'film.json', text: '', size: 30 * 1024 * 1024 }], KNOWN);
    expect(reports[0]?.faults[0]).toMatchObject({ code: 'too-large', limit: MAX_FILE_BYTES });
    expect(sEn.fault(reports[0]?.faults[0] as ResultFault, (id) => id)).toMatch(/too large \(30 MB\).*10 MB/);
    expect(readClassAverage('', 30 * 1024 * 1024)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(parseSessionFile('', 30 * 1024 * 1024)).toEqual({ error: expect.stringMatching(/too large/) });
  });

  it('refuses a file the browser could not read with the browser’s reason, not as “not JSON”', () => {
    const { reports } = readResultFiles(
      [{ name: 'gone.json', text: '', unreadable: 'NotFoundError: the file was moved' }],
      KNOWN,
    );
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'unreadable', reason: 'NotFoundError: the file was moved' }),
    ]);
    expect(sZh.fault(reports[0]?.faults[0] as ResultFault, (id) => id)).toBe(
      'gone.json：无法读取（NotFoundError: the file was moved）。',
    );
  });

  it('counts nesting outside strings only', () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":[[1]]}', 2)).toBe(true);
  });

  it('refuses a story file over the limit without compiling it', async () => {
    let compiled = 0;
    const mine = createMyStories(memoryStore(), async () => {
      compiled++;
      return { module: null, messages: [], errors: 0 };
    });
    const added = await mine.add('huge.ink', 'x'.repeat(MAX_STORY_BYTES + 1));
    expect(compiled).toBe(0);
    expect(added.module).toBeNull();
    expect(added.messages[0]).toMatch(/huge\.ink: too large .*1 MB/);
    expect(mine.list()).toEqual([]);
  });
});

describe('the class view’s three hangs (issue 11)', () => {
  const withResult = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...JSON.parse(fileOf(ANN)), results: [{ ...ANN, ...patch }] });

  it('refuses a result whose scenario is __proto__ or constructor as an unknown scenario', () => {
    const { loaded, reports } = readResultFiles(
      [
        { name: 'proto.json', text: withResult({ scenarioId: '__proto__' }) },
        { name: 'ctor.json', text: withResult({ scenarioId: 'constructor' }) },
        { name: 'tostring.json', text: withResult({ scenarioId: 'toString' }) },
        { name: 'di.json', text: fileOf(DI) },
      ],
      KNOWN,
    );
    expect(reports.map((r) => r.faults.map((f) => [f.code, 'scenarioId' in f ? f.scenarioId : '']))).toEqual([
      [['unknown-scenario', '__proto__']],
      [['unknown-scenario', 'constructor']],
      [['unknown-scenario', 'toString']],
      [],
    ]);
    expect(loaded.map((l) => l.file)).toEqual(['di.json']);
    expect(sEn.fault(reports[1]?.faults[0] as ResultFault, (id) => id)).toMatch(/“constructor”/);
  });

  it('refuses a result with a 60,000-deep extra field as nested too deeply, and loads the rest', () => {
    const deep = JSON.stringify({ ...JSON.parse(fileOf(ANN)) }).replace(
      '"results":[{',
      `"results":[{"extra":${deepArray(60000)},`,
    );
    const store = createClassResults(memoryStore(), () => KNOWN);
    const reports = store.add([
      { name: 'deep.json', text: deep },
      { name: 'di.json', text: fileOf(DI) },
    ]);
    expect(reports[0]?.faults).toEqual([
      expect.objectContaining({ code: 'too-deep', limit: MAX_JSON_DEPTH }),
    ]);
    expect(sEn.fault(reports[0]?.faults[0] as ResultFault, (id) => id)).toMatch(/nested too deeply/);
    expect(store.get().results.map((r) => r.file)).toEqual(['di.json']);
  });

  it('a result with a field named "code" is judged as a result, not taken for a refusal', () => {
    const { loaded, reports } = readResultFiles(
      [{ name: 'code.json', text: withResult({ code: 'x' }) }],
      KNOWN,
    );
    // The extra field changes what was sealed: refused as changed, with words to say so.
    expect(loaded).toEqual([]);
    expect(reports[0]?.faults.map((f) => f.code)).toEqual(['tampered']);
  });

  it('a class saved with a 60,000-deep field (written by another page) is kept aside, not a crash', () => {
    const storage = memoryStore();
    const raw = `{"v":2,"data":{"className":"x","files":[],"results":[{"file":"a.json","result":{"extra":${deepArray(60000)}}}]}}`;
    storage.setItem(CLASS_RESULTS_KEY, raw);
    const store = createClassResults(storage, () => KNOWN);
    expect(store.get().results).toEqual([]);
    expect(storage.getItem(`${CLASS_RESULTS_KEY}:damaged`)).toBe(raw);
  });
});
