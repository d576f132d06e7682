import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfPageCount } from '../../scripts/chromium.ts';
import { GUIDE_MAX_PAGES } from '../../scripts/guides.ts';
import { DEFAULT_SETTINGS } from '../../src/state/schema.ts';
import { openGame, settled, shot, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const SCENARIOS = ['s1_strategy', 's2_team', 's3_resources', 's4_operations', 's5_partnership'];

async function guideReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.guideReady === 'true', undefined, {
    timeout: 30_000,
  });
}

/** What a trainer needs from the page, read from the page itself. */
async function contents(page: Page) {
  return page.evaluate(() => {
    const all = (sel: string) => [...document.querySelectorAll(sel)].map((n) => n.textContent ?? '');
    const decisions = [...document.querySelectorAll('[data-testid="guide-decision"]')];
    return {
      lang: document.documentElement.lang,
      title: document.querySelector('[data-testid="guide-title"]')?.textContent ?? '',
      stage: document.querySelector('[data-testid="guide-stage"]')?.textContent ?? '',
      goals: all('[data-testid="guide-goals"] li'),
      mapBands: document.querySelectorAll('[data-testid="guide-map"] svg').length,
      decisions: decisions.map((d) => ({
        time: d.querySelector('[data-testid="guide-time"]')?.textContent ?? '',
        trainer: d.querySelector('[data-testid="guide-trainer"]')?.textContent ?? '',
        options: [...d.querySelectorAll('[data-testid="guide-option"]')].map((o) => ({
          score: o.querySelector('[data-testid="guide-score"]')?.textContent ?? '',
          coach: o.querySelector('[data-testid="guide-coach"]')?.textContent ?? '',
        })),
      })),
    };
  });
}

describe('facilitator guide', () => {
  it('opens from the branch maps in the game language, switches language, and looks right on screen and in print', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await page.locator('[data-testid="lang-zh-CN"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    await page.locator('[data-testid="open-maps"]').click();
    await page.locator('[data-testid="branch-map"] svg').waitFor();
    await page.locator('[data-testid="map-s3_resources"]').click();
    await expect
      .poll(() => page.locator('[data-testid="maps-guide"]').getAttribute('href'))
      .toContain('s3_resources');
    const [guide] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-testid="maps-guide"]').click(),
    ]);
    const guideErrors: string[] = [];
    guide.on('pageerror', (e) => guideErrors.push(e.message));
    await guideReady(guide);
    const zh = await contents(guide);
    expect(zh.lang).toBe('zh-CN');
    expect(zh.title).toBe('搬不动的救兵');
    expect(zh.stage).toContain('成长期');
    expect(zh.goals.length).toBeGreaterThanOrEqual(2);
    expect(zh.mapBands).toBeGreaterThanOrEqual(1);
    expect(zh.decisions.length).toBeGreaterThanOrEqual(8);
    for (const d of zh.decisions) {
      expect(d.time).toMatch(/^\d+(\.5)? 分钟$/);
      expect(d.trainer.length).toBeGreaterThan(10);
      for (const o of d.options) {
        expect(o.score).toMatch(/^(BE|[STRO])[+-]\d/);
        expect(o.coach.length).toBeGreaterThan(5);
      }
    }
    await guide.setViewportSize({ width: 1280, height: 720 });
    await settled(guide);
    await shot(guide, 'zh-CN-guide-1280x720');
    await guide.emulateMedia({ media: 'print' });
    await shot(guide, 'zh-CN-guide-print');
    await guide.emulateMedia({ media: 'screen' });

    // The other language, one click away; the same decisions with the same scores.
    await guide.locator('[data-testid="guide-language"]').click();
    await guideReady(guide);
    const en = await contents(guide);
    expect(en.lang).toBe('en');
    expect(en.title).toBe("Reinforcements that won't come");
    expect(en.decisions.map((d) => d.options.map((o) => o.score))).toEqual(
      zh.decisions.map((d) => d.options.map((o) => o.score)),
    );
    await shot(guide, 'en-guide-1280x720');
    await guide.emulateMedia({ media: 'print' });
    await shot(guide, 'en-guide-print');
    expect(await guide.locator('[data-testid="guide-print"]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    expect(guideErrors).toEqual([]);
  });

  it('opens from the presenter window for the scenario the room is playing', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const game = await context.newPage();
    await game.goto(`${baseUrl}?stage=off`);
    await game.evaluate(
      (settings) => localStorage.setItem('wudi-turn:settings', JSON.stringify({ v: 1, data: settings })),
      { ...DEFAULT_SETTINGS, locale: 'en', prologueSeen: true, mode: 'class' },
    );
    await game.reload();
    await game.locator('[data-testid="start"]').click();
    await game.locator('[data-testid="open-settings"]').click();
    await game.locator('[data-testid="pause-dialog"][open]').waitFor();
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      game.locator('[data-testid="open-presenter"]').click(),
    ]);
    await presenter.waitForLoadState();
    await game.bringToFront();
    await game.keyboard.press('Escape');
    await game.waitForFunction(() => !document.querySelector('[data-testid="pause-dialog"][open]'));
    await game.locator('[data-testid="play-s2_team"]').click();
    await game.locator('[data-testid="line"]').waitFor();
    const link = presenter.locator('[data-testid="p-guide"]');
    await link.waitFor({ timeout: 5000 });
    await settled(presenter);
    await shot(presenter, 'en-presenter-guide-link');
    const [guide] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await guideReady(guide);
    const en = await contents(guide);
    expect(en.lang).toBe('en');
    expect(en.title).toBe('The belated promotion');
    expect(en.decisions.length).toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it(`prints every scenario, in both languages, on at most ${GUIDE_MAX_PAGES} A4 pages`, async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const pages: Record<string, number> = {};
    for (const locale of ['en', 'zh-CN'])
      for (const id of SCENARIOS) {
        await page.goto(`${baseUrl}guide.html?story=${id}&lang=${locale}`);
        await guideReady(page);
        await page.evaluate(() => document.fonts.ready);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        pages[`${id}.${locale}`] = pdfPageCount(pdf);
      }
    console.log('guide pages:', JSON.stringify(pages));
    for (const [name, count] of Object.entries(pages)) {
      expect(count, name).toBeGreaterThanOrEqual(1);
      expect(count, name).toBeLessThanOrEqual(GUIDE_MAX_PAGES);
    }
    await context.close();
  });
});
