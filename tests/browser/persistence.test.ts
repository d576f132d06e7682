import { describe, expect, inject, it } from 'vitest';
import { openGame, shot, useBrowser } from './harness.ts';
import { keyboardToScenario } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

const lineText = (page: import('playwright-core').Page) => page.locator('[data-testid="line"]').textContent();

describe('saving', () => {
  it('resumes at the same line after a reload mid-scenario', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    let decided = 0;
    for (let i = 0; i < 40 && decided < 2; i++) {
      if (await page.locator('.choices:not([hidden])').count()) {
        await page.keyboard.press('1');
        await page.keyboard.press('Enter');
        decided++;
      } else await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const before = await lineText(page);
    const counter = await page.locator('[data-testid="decision-counter"]').textContent();
    await page.reload();
    await page.waitForSelector('[data-testid="line"]');
    expect(await lineText(page)).toBe(before);
    expect(await page.locator('[data-testid="decision-counter"]').textContent()).toBe(counter);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives a corrupt saved run with a clear notice, keeping language and progress', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'zh-CN', 's1_strategy');
    await page.keyboard.press('Enter');
    await page.evaluate(() =>
      localStorage.setItem('wudi-turn:runs', '{"v":1,"data":{"s1_strategy":{"scenarioId":42}}}'),
    );
    await page.reload();
    const notice = page.locator('[data-testid="notices"] .notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('run-damaged');
    expect(await notice.textContent()).toContain('存档无法读取');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await shot(page, 'zh-CN-corrupt-save');
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"], .menu-screen').first().waitFor();
    if (await page.locator('[data-testid="prologue-skip"]').count())
      await page.locator('[data-testid="prologue-skip"]').click();
    // Progress was kept under its own key, so the scenario still shows as started.
    await expect(page.locator('[data-testid="status-s1_strategy"]').textContent()).resolves.toBe('进行中');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resets all data only after confirmation', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="pause-dialog"]').waitFor();
    await page.locator('[data-testid="reset-data"]').click();
    await page.locator('[data-testid="reset-cancel"]').click();
    expect(await page.evaluate(() => localStorage.getItem('wudi-turn:runs'))).toContain('s1_strategy');
    await page.locator('[data-testid="reset-data"]').click();
    await page.locator('[data-testid="reset-confirm"]').click();
    await page.locator('.title-screen').waitFor();
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem('wudi-turn:runs') ?? '{}').data),
    ).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a second window', () => {
  it('hears nothing of the game unless the game opened it as its presenter', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    const other = await context.newPage();
    await other.goto(`${baseUrl}favicon.png`);
    await other.evaluate(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      const channel = new BroadcastChannel('wudi-turn-state');
      channel.onmessage = (e) => w.seen.push(e.data);
      channel.postMessage({ type: 'hello' });
    });
    await keyboardToScenario(page, 'en', 's1_strategy');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="line"]').waitFor();
    // the game's own state changed many times meanwhile; the shared channel carried none of it
    await other.waitForTimeout(300);
    expect(await other.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
