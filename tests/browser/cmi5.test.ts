import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages, readConfig } from '../../scripts/package.ts';
import { roleScores, xapiIris } from '../../src/lms/cmi5-statements.ts';
import type { RoleScores } from '../../src/narrative/roles.ts';
import { type Statement, startLrs, type TestLrs, xapiProblems } from '../lrs/lrs.ts';
import { useBrowser } from './harness.ts';
import { keyboardPlayToDebrief } from './play.ts';

/**
 * The cmi5 package as an LMS runs it: built by scripts/package.ts, unzipped and served from its
 * own origin, launched with the cmi5 parameters of the test LRS (tests/lrs/lrs.ts, on another
 * port, so every statement is a cross-origin request the page's CSP must allow), and played to
 * the debrief by keyboard.
 */

const ACTOR = {
  objectType: 'Agent' as const,
  name: 'Jun Dai',
  account: { homePage: 'https://lms.example.com', name: 'jdai' },
};
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

const browser = useBrowser();
let lrs: TestLrs;
let game: http.Server;
let gameOrigin: string;
let auId: string;
let tmp: string;

/** Serves the unzipped package as a web server would. */
function serve(files: Record<string, Uint8Array>): Promise<http.Server> {
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
    svg: 'image/svg+xml',
    png: 'image/png',
    webp: 'image/webp',
    woff2: 'font/woff2',
    xml: 'application/xml',
    ogg: 'audio/ogg',
    mp3: 'audio/mpeg',
  };
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://game').pathname.slice(1)) || 'index.html';
    const body = files[name];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[name.split('.').pop() ?? ''] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  lrs = await startLrs();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-cmi5-'));
  // The package's CSP (when it has one) allows this LRS only, as an organisation would configure it.
  const [built] = buildPackages({
    standards: ['cmi5'],
    locales: ['en'],
    only: ['s1_strategy'],
    out: tmp,
    config: { ...readConfig(), lrsOrigins: [lrs.origin] },
  });
  if (!built) throw new Error('no cmi5 package was built');
  const files = unzipSync(new Uint8Array(fs.readFileSync(built.file)));
  const manifest = new TextDecoder().decode(files['cmi5.xml']);
  auId = /<au id="([^"]+)"/.exec(manifest)?.[1] ?? '';
  expect(auId).toMatch(/^https:\/\//);
  // When the page has a CSP (tag added by the build), the package must allow exactly this LRS.
  const index = new TextDecoder().decode(files['index.html']);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(index)?.[1];
  if (csp) expect(/connect-src[^;]*/.exec(csp)?.[0]).toContain(lrs.origin);
  game = await serve(files);
  gameOrigin = `http://127.0.0.1:${(game.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await lrs?.close();
  if (game) await new Promise((resolve) => game.close(resolve));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  registration: string;
  errors: string[];
}

async function open(launchMode: 'Normal' | 'Browse' = 'Normal'): Promise<Opened> {
  const launch = lrs.launch({ actor: ACTOR, activityId: auId, launchMode });
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${gameOrigin}/index.html?stage=off&${launch.query}`);
  // A one-scenario package opens straight into its scenario under its LMS; without one (the
  // LRS blocked by the CSP or CORS, a launch that failed) it shows the title screen instead.
  await page.waitForSelector('[data-testid="line"]', { timeout: 30_000 }).catch(() => {
    throw new Error(`the package did not start under its LRS; the page said: ${errors.join(' | ')}`);
  });
  return { context, page, registration: launch.registration, errors };
}

/** the session's statements as the LRS stored them, the LMS's own launched statement aside */
const session = (registration: string) =>
  lrs.stored.filter((s) => s.context?.registration === registration && !s.verb.id.endsWith('/launched'));

async function until(what: string, done: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** the chosen option's scores of each decision in the run, read from the game */
const chosenScores = (page: Page) =>
  page.evaluate(() => {
    const state = (
      window as unknown as {
        __wudi: {
          getState(): {
            snapshot: { decisions: Array<{ chosen: number; options: Array<{ score: object }> }> } | null;
          };
        };
      }
    ).__wudi.getState();
    return (state.snapshot?.decisions ?? []).map((d) => d.options[d.chosen]?.score ?? {});
  });

/** Every statement valid, each stored once, each sent in exactly one request, in this order. */
function expectDelivered(statements: Statement[], decisions: number, scores: Array<Partial<RoleScores>>) {
  const verbs = statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
  expect(verbs.slice(0, decisions + 2)).toEqual([
    'initialized',
    ...Array.from({ length: decisions }, () => 'answered'),
    'completed',
  ]);
  expect(['passed', 'failed']).toContain(verbs[decisions + 2]);
  expect(verbs[decisions + 3]).toBe('terminated');
  expect(verbs).toHaveLength(decisions + 4);
  for (const statement of statements) expect(xapiProblems(statement)).toEqual([]);
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids)
    expect(
      lrs.log.filter((e) => e.ids.includes(id) && e.status < 300),
      `requests for ${id}`,
    ).toHaveLength(1);
  const roleKey = xapiIris(readConfig().activityIdBase).roleScores;
  const answered = statements.filter((s) => s.verb.id === VERB('answered'));
  expect(answered.map((s) => s.result?.extensions?.[roleKey])).toEqual(scores.map(roleScores));
  // Made in order: their timestamps never go back.
  const times = answered.map((s) => Date.parse(s.timestamp ?? ''));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  expect(lrs.refused).toEqual([]);
}

describe('cmi5 package', () => {
  it('reports initialized, each decision, completed, passed or failed and terminated to the LRS given at launch', async () => {
    const { page, registration, errors } = await open();
    await until('initialized', () => session(registration).length === 1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const decisions = await keyboardPlayToDebrief(page, (n, options) => ((n - 1) % options) + 1);
    expect(decisions).toBeGreaterThan(3);
    const scores = await chosenScores(page);
    expect(scores).toHaveLength(decisions);
    await until('the ending', () => session(registration).length === decisions + 3);
    // pagehide: the terminated statement goes out as the page closes.
    await page.close({ runBeforeUnload: true });
    await until('terminated', () => session(registration).length === decisions + 4);
    expectDelivered(session(registration), decisions, scores);
    // A blocked request (the package's CSP, CORS) would show here, and as missing statements above.
    expect(errors.filter((e) => /Content Security Policy|CORS|LRS/i.test(e))).toEqual([]);
  });

  it('keeps the statements made offline and delivers each once, in order, when the network returns', async () => {
    const { context, page, registration } = await open();
    await until('initialized', () => session(registration).length === 1);
    let whileOffline = -1;
    const decisions = await keyboardPlayToDebrief(page, async (n, options) => {
      // The network goes before the second decision and comes back before the fifth.
      if (n === 2) await context.setOffline(true);
      if (n === 5) {
        // Three decisions made offline: kept on the device, none at the LRS.
        whileOffline = session(registration).length;
        const kept = await page.evaluate(
          (key) => JSON.parse(localStorage.getItem(key) ?? '[]').length,
          `wudi-xapi-queue:${registration}`,
        );
        expect(kept).toBe(3);
        await context.setOffline(false);
      }
      return ((n - 1) % options) + 1;
    });
    expect(decisions).toBeGreaterThanOrEqual(5);
    expect(whileOffline).toBe(2);
    const scores = await chosenScores(page);
    await until('the ending', () => session(registration).length === decisions + 3);
    expect(await page.evaluate((key) => localStorage.getItem(key), `wudi-xapi-queue:${registration}`)).toBe(
      '[]',
    );
    await page.close({ runBeforeUnload: true });
    await until('terminated', () => session(registration).length === decisions + 4);
    expectDelivered(session(registration), decisions, scores);
  });

  it('in Browse mode reports the decisions but neither completion nor success', async () => {
    const { page, registration } = await open('Browse');
    await until('initialized', () => session(registration).length === 1);
    const decisions = await keyboardPlayToDebrief(page, () => 1);
    await until('the decisions', () => session(registration).length === decisions + 1);
    await page.close({ runBeforeUnload: true });
    await until('terminated', () => session(registration).length === decisions + 2);
    const verbs = session(registration).map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
    expect(verbs).toEqual([
      'initialized',
      ...Array.from({ length: decisions }, () => 'answered'),
      'terminated',
    ]);
    expect(lrs.refused).toEqual([]);
  });
});
