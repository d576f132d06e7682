import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

export { CHROME } from '../../scripts/chromium.ts';
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Never skip silently: without Chromium the browser tests fail with the command to fix it. */
export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors and page errors seen so far */
  errors: string[];
}

export async function openGame(
  browser: Browser,
  baseUrl: string,
  options: {
    width?: number;
    height?: number;
    reducedMotion?: 'reduce' | 'no-preference';
    /** false: open with ?stage=off, for journeys that read only the page (software WebGL is most of their cost) */
    stage?: boolean;
    /**
     * 'allow': the game's service worker registers and precaches the whole build (offline.test.ts).
     * Blocked by default: no other test should pay for a 4 MB precache on two cores.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(baseUrl);
  if (options.stage === false) url.searchParams.set('stage', 'off');
  await page.goto(url.href);
  return { context, page, errors };
}

export async function shot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Waits until the Phaser stage reports which renderer it runs. */
export async function waitForStage(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.renderer !== undefined, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => document.documentElement.dataset.renderer ?? 'none');
}

/**
 * One Chromium per test file, launched before its tests and closed after them. Every context a
 * test opens (with openGame or browser().newContext()) is closed after that test, passed or
 * failed, so a failing test never leaves pages running into the next one.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await closeContexts(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

/** Closes every context still open in `browser` (a test's own close() before this is fine). */
export async function closeContexts(browser: Browser | null | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
}

/**
 * Waits until the page is still: web fonts loaded and every finite CSS animation or transition
 * finished (a looping one would never end, so it is left out). Use it before a screenshot
 * instead of a fixed pause.
 */
export async function settled(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.fonts.status !== 'loaded') return false;
      const running = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      return running.length === 0;
    },
    undefined,
    { timeout, polling: 'raf' },
  );
}
