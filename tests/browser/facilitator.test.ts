import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openGame, shot, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const FILES = path.resolve(import.meta.dirname, '../fixtures/files');

async function toMenu(page: Page, locale: 'en' | 'zh-CN') {
  await page.locator(`[data-testid="lang-${locale}"]`).click();
  await page.locator('[data-testid="start"]').click();
  await page.locator('[data-testid="prologue-skip"]').click();
  await page.locator('.menu-screen').waitFor();
}

describe('for facilitators', () => {
  it('opens a .ink file from the file picker, shows compile errors with lines, and plays a plain Ink story', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    const compilerRequests: string[] = [];
    page.on('request', (r) => {
      if (/story-worker|ink-full/.test(r.url())) compilerRequests.push(r.url());
    });
    await toMenu(page, 'en');
    // The compiler is not part of the game until a file is opened.
    expect(compilerRequests).toEqual([]);

    await page.locator('[data-testid="my-file"]').setInputFiles(path.join(FILES, 'broken.ink'));
    const problems = page.locator('[data-testid="my-errors"]');
    await problems.waitFor({ timeout: 60_000 });
    expect(await problems.textContent()).toMatch(/broken\.ink:4: error: Expected closing '\]'/);
    expect(compilerRequests.length).toBeGreaterThan(0);
    await shot(page, 'en-my-stories-error');

    await page.locator('[data-testid="my-file"]').setInputFiles(path.join(FILES, 'plain.ink'));
    await page.locator('[data-testid="my-ok"]').waitFor({ timeout: 60_000 });
    const play = page.locator('.my-card [data-testid^="play-my-"]');
    await play.click();
    await page.locator('[data-testid="line"]').waitFor();
    expect(await page.locator('[data-testid="line"]').textContent()).toBe(
      'Once upon a time, a facilitator wrote a plain story.',
    );
    for (let i = 0; i < 20 && (await page.locator('[data-testid="debrief"]').count()) === 0; i++) {
      if (await page.locator('.choices:not([hidden])').count()) {
        await page.keyboard.press('2');
        await page.keyboard.press('Enter');
      } else await page.keyboard.press('Enter');
    }
    const debrief = page.locator('[data-testid="debrief"]');
    await debrief.waitFor();
    expect(await debrief.textContent()).toContain('This story has no scored decisions');
    await page.locator('[data-testid="back-to-menu"]').click();

    // It stays in "My stories" after a reload, until removed.
    await page.reload();
    await page.locator('[data-testid="start"]').click();
    await page.locator('.menu-screen').waitFor();
    const remove = page.locator('.my-card [data-testid^="remove-my-"]');
    expect(await remove.count()).toBe(1);
    await remove.click();
    await expect.poll(() => page.locator('.my-card').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the branch map of a scenario, with decisions, scored options and endings', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      stage: false,
    });
    await toMenu(page, 'zh-CN');
    await page.locator('[data-testid="open-maps"]').click();
    const map = page.locator('[data-testid="branch-map"] svg');
    await map.waitFor();
    const decisions = await map.locator('g.node.decision').count();
    expect(decisions).toBeGreaterThanOrEqual(8);
    const endings = await map.locator('g.node.ending').allTextContents();
    expect(endings.join(' ')).toContain('理想结局');
    expect(await map.locator('g.edge text').first().textContent()).toMatch(/^\d [A-Z]{1,2}[+-]\d/);
    await shot(page, 'zh-CN-branch-map');
    await page.locator('[data-testid="maps-back"]').click();
    await page.locator('.menu-screen').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the glossary from the pause menu and returns to the same line', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await toMenu(page, 'en');
    await page.locator('[data-testid="play-s1_strategy"]').click();
    await page.keyboard.press('Enter');
    const line = await page.locator('[data-testid="line"]').textContent();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="pause-glossary"]').click();
    const glossary = page.locator('[data-testid="glossary"]');
    await glossary.waitFor();
    expect(await glossary.locator('dt').count()).toBeGreaterThanOrEqual(40);
    await page.locator('[data-testid="glossary-search"]').fill('iron triangle');
    await expect.poll(() => glossary.locator('dt:not([hidden])').count()).toBeGreaterThanOrEqual(1);
    expect((await glossary.locator('dt:not([hidden])').allTextContents()).join(' ')).toMatch(
      /iron triangle/i,
    );
    expect(await glossary.locator('dt[hidden]').count()).toBeGreaterThan(30);
    await shot(page, 'en-glossary');
    await page.locator('[data-testid="glossary-back"]').click();
    await page.locator('[data-testid="line"]').waitFor();
    expect(await page.locator('[data-testid="line"]').textContent()).toBe(line);
    expect(errors).toEqual([]);
    await context.close();
  });
});
