import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from '../../scripts/package.ts';
import { DEFAULT_PASS_RULE } from '../../src/lms/launch.ts';
import { passed, scaledScore } from '../../src/lms/rules.ts';
import { scoreLine } from '../../src/lms/scorm-fields.ts';
import { ROLES, type Role, type RoleScores } from '../../src/narrative/roles.ts';
import { shot, useBrowser } from './harness.ts';
import { keyboardPlayToDebrief, shownByTotal } from './play.ts';

/**
 * The SCORM packages as an LMS runs them: built by scripts/package.ts, unzipped onto a server
 * that also serves the LMS's player page, which provides the SCORM API with a real runtime
 * (scorm-again's Scorm12API / Scorm2004API, as LMSs embed it) and frames the package, as an LMS
 * does. What the runtime holds afterwards is what the LMS would store and report.
 */

type Version = '12' | '2004';
const RUNTIME = path.resolve(import.meta.dirname, '../../node_modules/scorm-again/dist');
const LEARNER = 'Dai, Jun';

const browser = useBrowser();
let tmp: string;
let server: http.Server;
let origin: string;
const packages = new Map<string, Record<string, Uint8Array>>();

/**
 * The LMS's player: the runtime, the API where the package looks for it (window.API or
 * window.API_1484_11 of a parent frame), loaded with what the LMS kept from earlier sessions
 * (given in the URL's hash), every refused SetValue recorded, and the package in a frame.
 */
function player(version: Version, pkg: string): string {
  const api = version === '12' ? 'API' : 'API_1484_11';
  const [set, lastError] =
    version === '12' ? ['LMSSetValue', 'LMSGetLastError'] : ['SetValue', 'GetLastError'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS course player</title>
<script src="/lms/scorm${version}.js"></script>
<script>
  const kept = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}');
  const api = new ${version === '12' ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON(kept);
  window.refused = [];
  window.calls = [];
  const setValue = api.${set}.bind(api);
  api.${set} = (name, value) => {
    const result = setValue(name, value);
    const code = String(api.${lastError}());
    if (code !== '0') window.refused.push(name + ' = ' + value + ' (error ' + code + ')');
    return result;
  };
  for (const name of ['${version === '12' ? 'LMSInitialize' : 'Initialize'}', '${version === '12' ? 'LMSFinish' : 'Terminate'}']) {
    const call = api[name].bind(api);
    api[name] = (arg) => { window.calls.push(name); return call(arg); };
  }
  window.${api} = api;
  window.cmi = () => JSON.parse(JSON.stringify(api.cmi));
</script>
<style>body { margin: 0; background: #222; } iframe { border: 0; display: block; }</style>
</head><body><iframe id="sco" title="course" src="/content/${pkg}/index.html?stage=off" width="1280" height="720" allow="autoplay; fullscreen"></iframe></body></html>`;
}

function serve(): Promise<http.Server> {
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
    png: 'image/png',
    webp: 'image/webp',
    ogg: 'audio/ogg',
    mp3: 'audio/mpeg',
    xml: 'application/xml',
  };
  const s = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://lms');
    const parts = decodeURIComponent(url.pathname).split('/').filter(Boolean);
    let body: Uint8Array | string | undefined;
    let name = url.pathname;
    if (parts[0] === 'lms' && parts[1] === 'player.html') {
      body = player(url.searchParams.get('v') === '12' ? '12' : '2004', url.searchParams.get('pkg') ?? '');
    } else if (parts[0] === 'lms' && /^scorm(12|2004)\.js$/.test(parts[1] ?? '')) {
      body = fs.readFileSync(path.join(RUNTIME, parts[1] ?? ''));
    } else if (parts[0] === 'content') {
      name = parts.slice(2).join('/');
      body = packages.get(parts[1] ?? '')?.[name];
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[name.split('.').pop() ?? ''] ?? 'text/html; charset=utf-8' });
    res.end(body);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-scorm-'));
  for (const built of buildPackages({ standards: ['scorm12', 'scorm2004'], out: tmp }))
    packages.set(path.basename(built.file, '.zip'), unzipSync(new Uint8Array(fs.readFileSync(built.file))));
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Launched {
  context: BrowserContext;
  page: Page;
  frame: Frame;
  errors: string[];
}

/** The LMS opens the package: its player page, the runtime holding `kept`, the game in the frame. */
async function launch(version: Version, pkg: string, kept: object = {}): Promise<Launched> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} ${msg.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    `${origin}/lms/player.html?v=${version}&pkg=${pkg}#${encodeURIComponent(JSON.stringify(kept))}`,
  );
  const frame = await (await page.locator('#sco').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no package frame');
  await frame
    .waitForFunction(() => '__wudi' in window, undefined, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`the package did not start under the runtime; the page said: ${errors.join(' | ')}`);
    });
  return { context, page, frame, errors };
}

/** The LMS closes the package's frame (the learner leaves): the package terminates its session. */
async function leave(page: Page): Promise<void> {
  await page.locator('#sco').evaluate((frame: HTMLIFrameElement) => {
    frame.src = 'about:blank';
  });
  await page.waitForFunction(() => (window as unknown as { calls: string[] }).calls.length >= 2);
}

type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown> & { score?: Record<string, string> };
  score?: Record<string, string>;
  interactions?: { childArray?: Array<Record<string, unknown>> } | Record<string, unknown>;
};
const cmiOf = (page: Page) => page.evaluate(() => (window as unknown as { cmi(): Cmi }).cmi());
const refusedOf = (page: Page) => page.evaluate(() => (window as unknown as { refused: string[] }).refused);
const callsOf = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[] }).calls);

/** scorm-again's JSON lists interactions as an object keyed by index or in childArray. */
function interactionsOf(cmi: Cmi): Array<Record<string, unknown>> {
  const list = cmi.interactions as Record<string, unknown> | undefined;
  if (!list) return [];
  if (Array.isArray(list.childArray)) return list.childArray as Array<Record<string, unknown>>;
  return Object.keys(list)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => list[k] as Record<string, unknown>);
}

interface Played {
  focus: Role;
  possible: RoleScores;
  ending: 'strong' | 'mixed' | 'poor' | null;
  decisions: Array<{ number: number; point: string; text: string; score: Partial<RoleScores> }>;
}

/** What the game itself says was played: the expected report is computed from it by the documented rules. */
const playedIn = (frame: Frame) =>
  frame.evaluate(() => {
    type S = {
      scenario: { meta: { header: { role: string } | null; possible: object | null } } | null;
      snapshot: {
        ending: string | null;
        decisions: Array<{
          number: number;
          point: string;
          chosen: number;
          options: Array<{ text: string; score: object }>;
        }>;
      } | null;
    };
    const state = (window as unknown as { __wudi: { getState(): S } }).__wudi.getState();
    return {
      focus: state.scenario?.meta.header?.role,
      possible: state.scenario?.meta.possible,
      ending: state.snapshot?.ending ?? null,
      decisions: (state.snapshot?.decisions ?? []).map((d) => ({
        number: d.number,
        point: d.point,
        text: d.options[d.chosen]?.text ?? '',
        score: d.options[d.chosen]?.score ?? {},
      })),
    };
  }) as Promise<Played>;

function expected(played: Played) {
  const totals = Object.fromEntries(
    ROLES.map((r) => [r, played.decisions.reduce((sum, d) => sum + (d.score[r] ?? 0), 0)]),
  ) as RoleScores;
  const scaled = scaledScore(played.focus, totals, played.possible);
  return {
    scaled,
    raw: String(Math.round(scaled * 100)),
    passed: passed(played.ending, scaled, DEFAULT_PASS_RULE),
  };
}

const points = (d: Played['decisions'][number]) => ROLES.reduce((sum, r) => sum + (d.score[r] ?? 0), 0);
/** 1.2's result: the option's total, a net loss as "neutral" (the runtime takes no minus sign) */
const result12 = (d: Played['decisions'][number]) => (points(d) >= 0 ? String(points(d)) : 'neutral');

const ident = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, '_');
const pad = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2's HHHH:MM:SS.SS and 2004's PT..S, in milliseconds */
function millis(span: unknown): number {
  const text = String(span);
  const old = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text);
  if (old) return ((Number(old[1]) * 60 + Number(old[2])) * 60 + Number(old[3])) * 1000;
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(text);
  if (!iso) throw new Error(`not a SCORM time span: ${text}`);
  return ((Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) * 60 + Number(iso[3] ?? 0)) * 1000;
}

describe('SCORM packages under a SCORM runtime', () => {
  it('SCORM 1.2 (en): played to the debrief, reports passed, the score, one interaction per decision, under the LMS name', async () => {
    const pkg = 'wudi-turn_s1_strategy_en_scorm12';
    const { page, frame, errors } = await launch('12', pkg, {
      core: { student_name: LEARNER, entry: 'ab-initio' },
    });
    await frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await cmiOf(page)).core?.lesson_status).toBe('incomplete');
    await page.locator('#sco').focus();
    const decisions = await keyboardPlayToDebrief(frame, () => shownByTotal(frame, 'best'));
    expect(decisions).toBeGreaterThan(3);
    const played = await playedIn(frame);
    expect(played.decisions).toHaveLength(decisions);
    const want = expected(played);
    expect(want.passed).toBe(true);
    // The name comes from the LMS ("Last, First" as people write it); the learner is not asked.
    await expect.poll(() => frame.locator('[data-testid="learner-name"]').inputValue()).toBe('Jun Dai');
    expect(await frame.locator('.name-missing').isVisible()).toBe(false);
    await shot(page, 'scorm12-debrief-en');

    await leave(page);
    const cmi = await cmiOf(page);
    expect(cmi.core?.lesson_status).toBe('passed');
    expect(cmi.core?.score).toMatchObject({ raw: want.raw, min: '0', max: '100' });
    // All done: the next launch starts afresh, not from a suspended run.
    expect(cmi.core?.exit).toBe('');
    expect(millis(cmi.core?.session_time)).toBeGreaterThan(1000);
    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(decisions);
    interactions.forEach((interaction, i) => {
      const d = played.decisions[i];
      if (!d) throw new Error(`no decision ${i + 1}`);
      expect(interaction).toMatchObject({
        id: `s1_strategy.d${pad(d.number)}.${ident(d.point)}`,
        type: 'fill-in',
        student_response: `${d.text} [${scoreLine(d.score)}]`.slice(0, 255),
        result: result12(d),
      });
      expect(millis(interaction.latency)).toBeGreaterThan(0);
      expect(String(interaction.time)).toMatch(/^\d\d:\d\d:\d\d$/);
    });
    expect(await refusedOf(page)).toEqual([]);
    expect(await callsOf(page)).toEqual(['LMSInitialize', 'LMSFinish']);
    expect(errors).toEqual([]);
  });

  it('SCORM 2004 (zh-CN): played to a poor ending, reports completed and failed, score and interactions in Chinese', async () => {
    const pkg = 'wudi-turn_s1_strategy_zh-CN_scorm2004';
    const { page, frame, errors } = await launch('2004', pkg, { learner_name: '戴, 军', entry: 'ab-initio' });
    await frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect((await cmiOf(page)).completion_status).toBe('incomplete');
    await page.locator('#sco').focus();
    const decisions = await keyboardPlayToDebrief(frame, () => shownByTotal(frame, 'worst'));
    const played = await playedIn(frame);
    const want = expected(played);
    expect(played.ending).toBe('poor');
    expect(want.passed).toBe(false);
    await expect.poll(() => frame.locator('[data-testid="learner-name"]').inputValue()).toBe('戴军');
    await shot(page, 'scorm2004-debrief-zh');

    await leave(page);
    const cmi = await cmiOf(page);
    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'failed', exit: 'normal' });
    expect(cmi.score).toMatchObject({ scaled: String(want.scaled), raw: want.raw, min: '0', max: '100' });
    expect(millis(cmi.session_time)).toBeGreaterThan(1000);
    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(decisions);
    interactions.forEach((interaction, i) => {
      const d = played.decisions[i];
      if (!d) throw new Error(`no decision ${i + 1}`);
      expect(interaction).toMatchObject({
        id: `urn:wudi-turn:s1_strategy.d${pad(d.number)}.${ident(d.point)}`,
        type: 'long-fill-in',
        learner_response: `{lang=zh-CN}${d.text} [${scoreLine(d.score)}]`,
        result: String(ROLES.reduce((sum, r) => sum + (d.score[r] ?? 0), 0)),
      });
      expect(/[\u4e00-\u9fff]/.test(d.text)).toBe(true);
      expect(millis(interaction.latency)).toBeGreaterThan(0);
    });
    expect(await refusedOf(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('resumes from suspend_data at the same decision after the learner leaves mid-scenario, and appends the interactions', async () => {
    const pkg = 'wudi-turn_s1_strategy_en_scorm12';
    const first = await launch('12', pkg, { core: { student_name: LEARNER, entry: 'ab-initio' } });
    await first.frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
    await first.page.locator('#sco').focus();
    class Paused extends Error {}
    await keyboardPlayToDebrief(first.frame, (n) => {
      if (n === 4) throw new Paused();
      return shownByTotal(first.frame, 'worst');
    }).catch((e: unknown) => {
      if (!(e instanceof Paused)) throw e;
    });
    const shown = await first.frame.locator('[data-testid="choices"]').innerText();
    const before = await playedIn(first.frame);
    expect(before.decisions).toHaveLength(3);
    await leave(first.page);
    const kept = await cmiOf(first.page);
    await first.context.close();
    expect(kept.core?.lesson_status).toBe('incomplete');
    expect(kept.core?.exit).toBe('suspend');
    const suspend = String(kept.suspend_data);
    expect(suspend).toMatch(/^w1\|\|s1_strategy,/);
    expect(suspend.length).toBeLessThan(100);
    const keptInteractions = interactionsOf(kept);
    expect(keptInteractions).toHaveLength(3);

    // The LMS launches the package again with what it kept.
    const again = await launch('12', pkg, {
      core: { student_name: LEARNER, entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: suspend,
      interactions: keptInteractions,
    });
    await again.frame.locator('[data-testid="choices"]').waitFor({ timeout: 30_000 });
    expect(await again.frame.locator('[data-testid="choices"]').innerText()).toBe(shown);
    await expect
      .poll(() => again.frame.locator('[data-testid="notices"]').innerText())
      .toContain('carry on where you left off');
    const resumed = await playedIn(again.frame);
    expect(resumed.decisions).toEqual(before.decisions);
    await shot(again.page, 'scorm12-resumed-en');
    await again.page.locator('#sco').focus();
    const more = await keyboardPlayToDebrief(again.frame, () => shownByTotal(again.frame, 'worst'));
    const played = await playedIn(again.frame);
    expect(played.decisions).toHaveLength(3 + more);
    await leave(again.page);
    const cmi = await cmiOf(again.page);
    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(3 + more);
    expect(interactions.slice(0, 3)).toEqual(keptInteractions);
    expect(interactions.map((i) => i.id)).toEqual(
      played.decisions.map((d) => `s1_strategy.d${pad(d.number)}.${ident(d.point)}`),
    );
    expect(interactions.map((i) => i.result)).toEqual(played.decisions.map(result12));
    // The worst options lose points: the report says so without a value the LMS refuses.
    expect(played.decisions.some((d) => points(d) < 0)).toBe(true);
    expect(cmi.core?.lesson_status).toBe(expected(played).passed ? 'passed' : 'failed');
    expect(await refusedOf(again.page)).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('opened without an LMS, a package plays as the static site: the title screen, every scenario', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/content/wudi-turn_s1_strategy_en_scorm12/index.html?stage=off`);
    await page.locator('[data-testid="lang-zh-CN"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="lang-en"]').click();
    await page.locator('[data-testid="start"]').click();
    while ((await page.locator('[data-testid="prologue-next"]').count()) > 0)
      await page.locator('[data-testid="prologue-next"]').click();
    await page.locator('.menu-screen').waitFor();
    expect(await page.locator('[data-testid^="play-"]').count()).toBe(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells the learner when the kept progress cannot be used, and starts the scenario afresh', async () => {
    const { page, frame } = await launch('2004', 'wudi-turn_s1_strategy_zh-CN_scorm2004', {
      learner_name: '戴, 军',
      entry: 'resume',
      suspend_data: 'progress from another course',
    });
    await frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => frame.locator('[data-testid="notices"]').innerText())
      .toContain('学习平台保存的进度无法使用');
    expect((await playedIn(frame)).decisions).toEqual([]);
    expect((await cmiOf(page)).completion_status).toBe('incomplete');
  });

  it('plays every SCORM package to its end in its language: each scenario straight in, the course through all five', async () => {
    const seen: string[] = [];
    for (const pkg of [...packages.keys()].sort()) {
      const [, set, locale, standard] = /^wudi-turn_(.+)_(en|zh-CN)_(scorm12|scorm2004)$/.exec(pkg) ?? [];
      const version: Version = standard === 'scorm12' ? '12' : '2004';
      const kept = version === '12' ? { core: { student_name: LEARNER } } : { learner_name: LEARNER };
      const { context, page, frame, errors } = await launch(version, pkg, kept);
      const lang = await frame.evaluate(() => document.documentElement.lang);
      expect(lang, pkg).toBe(locale);
      await page.locator('#sco').focus();
      // Alternate best and worst by package, so both passed and failed reach the LMS.
      const which = seen.length % 2 === 0 ? 'best' : 'worst';
      const outcomes: Array<ReturnType<typeof expected> & { decisions: number }> = [];
      if (set === 'course') {
        // The course opens on the prologue, as a first visit does, then the menu of five.
        await frame.locator('[data-testid="prologue-next"]').waitFor({ timeout: 30_000 });
        while ((await frame.locator('[data-testid="prologue-next"]').count()) > 0)
          await frame.locator('[data-testid="prologue-next"]').click();
        await frame.locator('.menu-screen').waitFor();
        const ids = await frame
          .locator('[data-testid^="play-"]')
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')?.slice(5) ?? ''));
        expect(ids, pkg).toHaveLength(5);
        for (const id of ids) {
          await frame.locator(`[data-testid="play-${id}"]`).click();
          await frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
          const decisions = await keyboardPlayToDebrief(frame, () => shownByTotal(frame, which));
          outcomes.push({ ...expected(await playedIn(frame)), decisions });
          await frame.locator('[data-testid="back-to-menu"]').click();
          await frame.locator('.menu-screen').waitFor();
        }
      } else {
        await frame.locator('[data-testid="line"]').waitFor({ timeout: 30_000 });
        expect((await playedIn(frame)).decisions, pkg).toEqual([]);
        const decisions = await keyboardPlayToDebrief(frame, () => shownByTotal(frame, which));
        outcomes.push({ ...expected(await playedIn(frame)), decisions });
      }
      await leave(page);
      const cmi = await cmiOf(page);
      const score =
        Math.round((outcomes.reduce((sum, o) => sum + o.scaled, 0) / outcomes.length) * 100) / 100;
      const pass = outcomes.every((o) => o.passed);
      const raw = String(Math.round(score * 100));
      if (version === '12') {
        expect(cmi.core?.lesson_status, pkg).toBe(pass ? 'passed' : 'failed');
        expect(cmi.core?.score?.raw, pkg).toBe(raw);
      } else {
        expect(cmi.completion_status, pkg).toBe('completed');
        expect(cmi.success_status, pkg).toBe(pass ? 'passed' : 'failed');
        expect(cmi.score?.scaled, pkg).toBe(String(score));
      }
      expect(interactionsOf(cmi), pkg).toHaveLength(outcomes.reduce((sum, o) => sum + o.decisions, 0));
      expect(await refusedOf(page), pkg).toEqual([]);
      expect(errors, pkg).toEqual([]);
      seen.push(`${pkg}: ${pass ? 'passed' : 'failed'} ${raw}`);
      await context.close();
    }
    expect(seen).toHaveLength(24);
    // Both outcomes reached an LMS, in both versions.
    expect(seen.some((line) => line.includes('scorm12: passed'))).toBe(true);
    expect(seen.some((line) => line.includes('scorm2004: failed'))).toBe(true);
  }, 600_000);
});
