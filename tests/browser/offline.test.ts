import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openGame, settled, shot, useBrowser, waitForStage } from './harness.ts';
import { keyboardPlayToDebrief, keyboardToScenario } from './play.ts';

/**
 * The test: "Offline: first visit, network off, reload, play to the debrief." With the
 * real service worker in real Chromium (docs/OFFLINE.md); no mock of it anywhere.
 */
const browser = useBrowser();
const baseUrl = inject('baseUrl');
const DIST = path.resolve(import.meta.dirname, '../../dist');
const SW = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
/** The precache list as the build wrote it into sw.js. */
const PRECACHED = [...SW.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1] ?? '');

/** Waits until the page is controlled by an activated worker: its precache is then complete. */
async function offlineReady(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return navigator.serviceWorker.controller !== null && registration?.active?.state === 'activated';
        }),
      { timeout: 90_000, interval: 250 },
    )
    .toBe(true);
}

/** The precache's files, as paths relative to the game (e.g. "audio/click.ogg"). */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache'));
    const base = new URL('./', location.href).href;
    const urls: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys())
        urls.push(request.url.replace(base, '').replace(/\?__WB_REVISION__=.*$/, ''));
    return urls;
  });
}

/** In the room, Esc opens the trainer's menu, whose button opens the presenter window. */
async function openPresenter(context: BrowserContext, game: Page): Promise<Page> {
  await game.keyboard.press('Escape');
  await game.locator('[data-testid="pause-dialog"][open]').waitFor();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    game.locator('[data-testid="open-presenter"]').click(),
  ]);
  await presenter.waitForLoadState();
  return presenter;
}

describe('offline', () => {
  it('after one visit, plays a scenario to the debrief, the room and the presenter with the network off', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { serviceWorkers: 'allow' });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.locator('[data-testid="lang-en"]').waitFor();
    await offlineReady(page);
    const files = await precached(page);
    expect(new Set(files)).toEqual(new Set(PRECACHED));
    // every page, every chunk, the art worker and both formats of every sound
    for (const must of [
      'index.html',
      'presenter.html',
      'guide.html',
      'manifest.webmanifest',
      'audio/office.ogg',
    ])
      expect(files).toContain(must);
    expect(files.filter((f) => /\.(mp3|ogg)$/.test(f))).toHaveLength(20);
    const assets = fs.readdirSync(path.join(DIST, 'assets')).map((f) => `assets/${f}`);
    expect(assets.filter((f) => !files.includes(f))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The stage's Phaser chunks come from the precache too.
    expect(await waitForStage(page)).toMatch(/^(webgl|canvas)$/i);
    await keyboardToScenario(page, 'en', 's1_strategy');
    const decisions = await keyboardPlayToDebrief(page, () => 1);
    expect(decisions).toBeGreaterThan(0);
    await page.locator('[data-testid="debrief"]').waitFor();
    await shot(page, 'offline-debrief-en');
    // Howler fetches its sounds for Web Audio: the worker answers them, whole.
    const sound = await page.evaluate(async () => {
      const response = await fetch('./audio/strong.ogg');
      return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
    });
    expect(sound.status).toBe(200);
    expect(sound.bytes).toBeGreaterThan(1000);
    expect(warnings.filter((w) => w.includes('[sound]'))).toEqual([]);

    // The facilitator guide is its own page, precached as itself (not the game's fallback).
    const guide = await context.newPage();
    await guide.goto(`${baseUrl}guide.html`);
    expect(await guide.evaluate(() => document.querySelector('script[src*="guide-"]') !== null)).toBe(true);
    await guide.close();

    // Classroom mode (?mode=class: a URL the precache knows without its parameter).
    const room = await context.newPage();
    room.on('pageerror', (e) => errors.push(`room: ${e.message}`));
    await room.goto(`${baseUrl}?mode=class&stage=off`);
    // The room opens on the scenario last played (or the title or menu, whichever is saved).
    await room.locator('.classroom-screen, [data-testid="start"], .menu-screen').first().waitFor();
    if (await room.locator('[data-testid="start"]').count())
      await room.locator('[data-testid="start"]').click();
    if (await room.locator('.menu-screen').count())
      await room.locator('[data-testid="play-s1_strategy"]').click();
    await room.locator('.classroom-screen').waitFor();
    const first = await room.locator('[data-testid="line"]').textContent();
    await room.keyboard.press('ArrowRight');
    await expect.poll(() => room.locator('[data-testid="line"]').textContent()).not.toBe(first);
    // The presenter window, opened from the room's menu (Esc), follows it offline.
    const presenter = await openPresenter(context, room);
    await presenter.locator('[data-testid="p-title"]').waitFor({ timeout: 10_000 });
    expect(await presenter.locator('[data-testid="p-title"]').textContent()).not.toBe('');

    // Failed fetches would show as console errors ("net::ERR_INTERNET_DISCONNECTED").
    expect(errors).toEqual([]);
  });
});

/**
 * A web server of its own under a sub-path (as an LMS would host it), so a test can deploy a
 * "new version": the same files with a changed index.html, and a sw.js that knows its revision.
 */
function deployServer() {
  const PREFIX = '/lms/course/wudi/';
  let version = 1;
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const v2Index = index.replace('<head>', '<head>\n    <meta name="wudi-build" content="2" />');
  const v2Sw = SW.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, '{url:"index.html",revision:"v2"}');
  if (v2Sw === SW) throw new Error('index.html is not in the precache list of dist/sw.js');
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.mp3': 'audio/mpeg',
    '.ogg': 'audio/ogg',
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const file = url.pathname.slice(PREFIX.length) || 'index.html';
    const full = path.join(DIST, file);
    if (!full.startsWith(DIST) || !fs.existsSync(full) || fs.statSync(full).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body: string | Buffer = fs.readFileSync(full);
    if (version === 2 && file === 'index.html') body = v2Index;
    if (version === 2 && file === 'sw.js') body = v2Sw;
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  return {
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as AddressInfo;
          resolve(`http://127.0.0.1:${port}${PREFIX}`);
        }),
      ),
    deploy: () => {
      version = 2;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a new deployment', () => {
  const server = deployServer();
  let url = '';
  beforeAll(async () => {
    url = await server.start();
  });
  afterAll(() => server.stop());

  const notice = (page: Page) => page.locator('[data-testid="update-notice"]');
  const view = (page: Page) => notice(page).getAttribute('data-view');
  const build = (page: Page) =>
    page.evaluate(() => document.querySelector('meta[name="wudi-build"]')?.getAttribute('content') ?? '1');

  it('says a new version is ready, never swaps it in under a scenario, and takes it up from the menu', async () => {
    const { page, errors } = await openGame(browser(), url, { serviceWorkers: 'allow', stage: false });
    await offlineReady(page);
    await keyboardToScenario(page, 'en', 's1_strategy');
    // Marks this document: a reload (a swap of code) would lose it.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    server.deploy();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    // In play: told, and nothing more. No reload is offered, the old worker still serves the page.
    await expect.poll(() => view(page), { timeout: 60_000 }).toBe('deferred');
    expect(await notice(page).getAttribute('role')).toBe('status');
    expect(await page.locator('[data-testid="update-reload"]').count()).toBe(0);
    await settled(page);
    await shot(page, 'offline-update-in-play-en');
    const line = await page.locator('[data-testid="line"]').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="line"]').textContent()).not.toBe(line);
    const during = await page.evaluate(async () => ({
      same: (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
      waiting: (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      screen: (window as unknown as { __wudi: { getState(): { screen: string } } }).__wudi.getState().screen,
    }));
    expect(during).toEqual({ same: true, waiting: true, screen: 'play' });
    expect(await build(page)).toBe('1');

    // Back at the menu: the reload is offered, in the player's language.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="pause-dialog"][open] [data-testid="menu"]').click();
    await page.locator('.menu-screen').waitFor();
    await expect.poll(() => view(page)).toBe('offer');
    await settled(page);
    await shot(page, 'offline-update-menu-en');
    expect(await notice(page).textContent()).toContain('A new version is ready');
    await page.locator('[data-testid="open-settings"]').click();
    await page.locator('[data-testid="settings-lang-zh-CN"]').click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="pause-dialog"][open]'));
    await expect.poll(() => notice(page).textContent()).toContain('新版本已就绪');
    expect(await notice(page).getAttribute('lang')).toBe('zh-CN');
    await settled(page);
    await shot(page, 'offline-update-menu-zh');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);

    // Keyboard: Tab reaches "reload now", Enter takes the new version up.
    for (let i = 0; i < 40; i++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused === 'update-reload') break;
      await page.keyboard.press('Tab');
    }
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'update-reload');
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    await page.locator('[data-testid="start"], .menu-screen').first().waitFor();
    expect(await build(page)).toBe('2');
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        same: (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
        waiting: registration?.waiting ?? null,
        controlled: navigator.serviceWorker.controller?.state ?? null,
      };
    });
    expect(after).toEqual({ same: false, waiting: null, controlled: 'activated' });
    expect(await view(page)).toBe('hidden');
    expect(errors).toEqual([]);
  });
});
