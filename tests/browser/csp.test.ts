import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/state/schema.ts';
import { useBrowser, waitForStage } from './harness.ts';
import { keyboardPlayToDebrief, keyboardToScenario } from './play.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const FILES = path.join(ROOT, 'tests/fixtures/files');

interface Watched {
  page: Page;
  context: BrowserContext;
  /** CSP violations and CSP console errors, from every page and frame of the context */
  violations: string[];
  /** console errors and page errors */
  errors: string[];
}

/**
 * A context that reports every Content Security Policy violation: a listener added before any
 * of the page's scripts runs (in every page and frame, the presenter window and iframes too)
 * keeps them in window.__cspViolations and hands them to the test at once, so a page that
 * navigates or closes loses none.
 */
async function watchedContext(viewport = { width: 1280, height: 720 }): Promise<Watched> {
  const context = await browser().newContext({ viewport });
  const violations: string[] = [];
  const errors: string[] = [];
  await context.exposeBinding('__cspReport', ({ frame }, report: string) => {
    violations.push(`${frame.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[]; __cspReport?: (report: string) => void };
    w.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`;
        w.__cspViolations.push(report);
        void w.__cspReport?.(report);
      },
      true,
    );
  });
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(msg.text());
    else errors.push(msg.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  const page = await context.newPage();
  return { page, context, violations, errors };
}

/** Game settings as the game saves them, in classroom mode with the prologue seen. */
function classroomSettings(page: Page): Promise<void> {
  return page.evaluate(
    (settings) => localStorage.setItem('wudi-turn:settings', JSON.stringify({ v: 1, data: settings })),
    { ...DEFAULT_SETTINGS, locale: 'en', prologueSeen: true, mode: 'class' },
  );
}

type Csp = Record<string, string[]>;

function metaPolicy(html: string): Csp | null {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) return null;
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('content security policy', () => {
  it('is in every built page, before any script or stylesheet, and is strict', () => {
    for (const name of ['index.html', 'presenter.html', 'guide.html', 'phone.html']) {
      const html = fs.readFileSync(path.join(DIST, name), 'utf8');
      const policy = metaPolicy(html);
      expect(policy, name).not.toBeNull();
      if (!policy) continue;
      expect(policy['object-src'], name).toEqual(["'none'"]);
      expect(policy['base-uri'], name).toEqual(["'none'"]);
      expect(policy['script-src'], name).toEqual(["'self'"]);
      expect(policy['default-src'], name).toEqual(["'self'"]);
      for (const sources of Object.values(policy)) {
        expect(sources, name).not.toContain("'unsafe-eval'");
        expect(sources, name).not.toContain("'unsafe-inline'");
      }
      const at = html.indexOf('http-equiv="Content-Security-Policy"');
      for (const tag of ['<script', '<link rel="stylesheet"', '<link rel="modulepreload"', '<style'])
        if (html.includes(tag)) expect(html.indexOf(tag), `${name}: ${tag}`).toBeGreaterThan(at);
      expect(html, name).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, name).not.toMatch(/\son[a-z]+=/i);
    }
    // What the policy would refuse at run time, looked for in the built code: style attributes
    // (Phaser's iOS ruler is rewritten by scripts/vite-plugin-phaser.ts), <style> elements, eval.
    const assets = path.join(DIST, 'assets');
    for (const name of fs.readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(assets, name), 'utf8');
      expect(code, name).not.toMatch(/setAttribute\(["'`]style["'`]/);
      expect(code, name).not.toMatch(/createElement\(["'`]style["'`]\)/);
      expect(code, name).not.toMatch(/(^|[^\w.$])eval\(|new Function\(/);
    }
  });

  it('title, play with the stage on, debrief and class view: no violation', async () => {
    const { page, violations, errors } = await watchedContext();
    await page.goto(baseUrl);
    await keyboardToScenario(page, 'en', 's1_strategy');
    // A refused source could leave the stage blank: the violations are the better failure message.
    const renderer = await waitForStage(page);
    expect(violations).toEqual([]);
    expect(renderer).not.toBe('none');
    await keyboardPlayToDebrief(page, (n, options) => ((n * 7) % options) + 1);
    await page.locator('[data-testid="learner-name"]').fill('Li Na');
    // The result file is downloaded (a blob: URL) and read back in the class view.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    const file = await download.path();
    await page.locator('[data-testid="back-to-menu"]').click();
    await page.locator('.menu-screen').waitFor();
    await page.click('[data-testid="open-class-view"]');
    await page.waitForSelector('[data-testid="class-view"]');
    await page.setInputFiles('[data-testid="class-files-input"]', {
      name: 'li-na.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync(file),
    });
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.locator('.cv-file:not(.cv-file-bad)').count()).toBe(1);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('classroom mode and the presenter window: no violation', async () => {
    const { page, context, violations, errors } = await watchedContext({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}?stage=off`);
    await classroomSettings(page);
    await page.goto(`${baseUrl}?stage=off&mode=class`);
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="play-s1_strategy"]').click();
    await page.waitForSelector('.classroom-screen');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="pause-dialog"][open]').waitFor();
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-testid="open-presenter"]').click(),
    ]);
    await presenter.waitForLoadState();
    await presenter.locator('[data-testid="p-line"]').waitFor();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="pause-dialog"][open]'));
    for (let i = 0; i < 80 && !(await page.locator('.class-decision').isVisible()); i++)
      await page.keyboard.press('PageDown');
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('[data-testid="votes-2"]').textContent()).toMatch(/^1 vote/);
    await page.keyboard.press('Enter');
    await presenter.waitForFunction(() => document.body.textContent?.includes('1') ?? false);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('My stories: a facilitator opens an .ink file, the compiler worker builds it, it plays', async () => {
    const { page, violations, errors } = await watchedContext();
    await page.goto(`${baseUrl}?stage=off`);
    await page.locator('[data-testid="lang-en"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    await page.locator('.menu-screen').waitFor();
    await page.locator('[data-testid="my-file"]').setInputFiles(path.join(FILES, 'broken.ink'));
    await page.locator('[data-testid="my-errors"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="my-file"]').setInputFiles(path.join(FILES, 'plain.ink'));
    await page.locator('[data-testid="my-ok"]').waitFor({ timeout: 60_000 });
    await page.locator('.my-card [data-testid^="play-my-"]').click();
    await page.locator('[data-testid="line"]').waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the facilitator guide: no violation', async () => {
    const { page, violations, errors } = await watchedContext();
    await page.goto(`${baseUrl}guide.html?story=s1_strategy&lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.guideReady === 'true');
    // Its print layout is there: the stylesheet came from the build, not from an inline <style>.
    expect(await page.locator('.guide').evaluate((n) => getComputedStyle(n).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('hosted as an LMS would host it', () => {
  const SUB = '/lms/content/wudi/';
  let game: StaticServer;
  let lms: StaticServer;
  beforeAll(async () => {
    game = await serveStatic(DIST, SUB);
    // The LMS's own page, on another origin, with the game in a frame.
    lms = await serveStatic(null, '/', {
      '/course/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course</title></head>
<body><h1>Course player</h1><iframe id="sco" title="Wu Di's Turn" src="${game.url}index.html?stage=off" width="1000" height="640" allow="autoplay; fullscreen"></iframe></body></html>`,
    });
  });
  afterAll(async () => {
    await game?.close();
    await lms?.close();
  });

  it('plays from a deep sub-path of a server, stage on in WebGL, with every file found', async () => {
    const { page, violations, errors } = await watchedContext();
    const audio: string[] = [];
    page.on('request', (r) => {
      if (/\.(ogg|mp3)$/.test(r.url())) audio.push(r.url());
    });
    // WebGL here, Canvas (the choice for a software renderer) in the journey to the debrief.
    await page.goto(`${game.url}?renderer=webgl`);
    await keyboardToScenario(page, 'en', 's1_strategy');
    const renderer = await waitForStage(page);
    expect(violations).toEqual([]);
    await decide(page);
    // The sounds came from the sub-path (a root-relative '/audio/' would be in game.missing).
    expect(audio.length).toBeGreaterThan(0);
    expect(audio.filter((url) => !url.startsWith(`${game.url}audio/`))).toEqual([]);
    expect(renderer).toBe('WebGL');
    expect(game.missing).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('plays inside a frame of an LMS page on another origin, keyboard focus inside the frame', async () => {
    const { page, violations, errors } = await watchedContext();
    await page.goto(`${lms.url}course/`);
    const frame = await (await page.locator('#sco').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no game frame');
    await frame.locator('[data-testid="lang-en"]').waitFor();
    // The learner clicks into the course player; from there on, the keyboard plays.
    await frame.locator('[data-testid="lang-en"]').click();
    await frame.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'start');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 6 && (await frame.locator('[data-testid="prologue-next"]').count()) > 0; i++)
      await page.keyboard.press('Enter');
    await frame.locator('.menu-screen').waitFor();
    await frame.locator('[data-testid="play-s1_strategy"]').focus();
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid="line"]').waitFor();
    await decide(frame, page);
    expect(game.missing).toEqual([]);
    expect(lms.missing.filter((p) => p !== '/favicon.ico')).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Enter until a decision, then the keyboard picks option 1 and confirms it: one decision made. */
async function decide(frame: Page | Frame, page: Page = frame as Page): Promise<void> {
  for (let i = 0; i < 60 && (await frame.locator('.choices:not([hidden])').count()) === 0; i++)
    await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await frame.waitForFunction(
    () => document.querySelector('[data-testid="choice-1"]')?.getAttribute('aria-pressed') === 'true',
  );
  await page.keyboard.press('Enter');
  await frame.waitForFunction(
    () =>
      (
        window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
      ).__wudi.getState().snapshot?.decisions.length === 1,
  );
}
