import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Never skip silently: without Chromium the browser tests fail with the command to fix it. */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROME)) {
    throw new Error(
      `Chromium not found at ${CHROME}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
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
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
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

/** One Chromium per test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}
