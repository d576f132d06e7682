import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './harness.ts';
import { keyboardPlayToDebrief, keyboardToScenario } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

/** Every key today's game saves (tests/fixtures/saved/v1), with its version number raised. */
function newerKeys(): Record<string, string> {
  const dir = path.resolve(import.meta.dirname, '../fixtures/saved/v1');
  const keys: Record<string, string> = {};
  for (const file of fs.readdirSync(dir)) {
    const raw = fs.readFileSync(path.join(dir, file), 'utf8');
    const parsed = JSON.parse(raw);
    const bumped = Array.isArray(parsed)
      ? { v: 7, data: parsed }
      : 'v' in parsed
        ? { ...parsed, v: parsed.v + 6 }
        : { ...parsed, version: parsed.version + 6 };
    keys[file.replace(/\.json$/, '').replace(/_/g, ':')] = JSON.stringify(bumped);
  }
  return keys;
}

const storedKeys = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('wudi-turn:')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });

async function toMenu(page: Page) {
  await page.locator('[data-testid="lang-en"]').click();
  await page.locator('[data-testid="start"]').click();
  await page.locator('[data-testid="prologue-skip"], .menu-screen').first().waitFor();
  if (await page.locator('[data-testid="prologue-skip"]').count())
    await page.locator('[data-testid="prologue-skip"]').click();
  await page.locator('.menu-screen').waitFor();
}

describe('saved data of a newer version', () => {
  it('is byte-for-byte untouched after a reload and a visit to the profile, and the player is told', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}?stage=off`);
      await page.locator('[data-testid="lang-en"]').waitFor();
      const newer = newerKeys();
      expect(Object.keys(newer)).toHaveLength(8);
      await page.evaluate((keys) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(keys)) localStorage.setItem(k, v);
      }, newer);
      await page.reload();
      const notice = page.locator('[data-testid="notices"] [data-kind="saved-by-newer"]');
      await notice.waitFor();
      expect(await notice.count()).toBe(1);
      await notice.locator('button').click();
      await toMenu(page);
      await page.locator('[data-testid="open-profile"]').click();
      await page.locator('[data-testid="profile"]').waitFor();
      await page.reload();
      await page.locator('[data-testid="notices"] [data-kind="saved-by-newer"]').first().waitFor();
      expect(await storedKeys(page)).toEqual(newer);
    } finally {
      await context.close();
    }
  });
});

describe('two tabs', () => {
  it('finishing different scenarios both keep their results', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      await a.goto(`${baseUrl}?stage=off`);
      await b.goto(`${baseUrl}?stage=off`);
      // Both tabs are open before either saves anything.
      await keyboardToScenario(a, 'en', 's1_strategy');
      await keyboardToScenario(b, 'en', 's2_team');
      await keyboardPlayToDebrief(a, () => 1);
      await keyboardPlayToDebrief(b, () => 2);
      const results = () =>
        a.evaluate(() => (JSON.parse(localStorage.getItem('wudi-turn:results') ?? '{}').data ?? []).length);
      await expect.poll(results, { timeout: 10_000 }).toBe(2);
      await a.reload();
      await a.locator('[data-testid="debrief-profile"]').click();
      await a.locator('[data-testid="profile"]').waitFor();
      for (const id of ['s1_strategy', 's2_team'])
        expect(await a.locator(`[data-testid="profile-scenarios"] [data-scenario="${id}"]`).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
