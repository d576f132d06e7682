import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openGame, settled, shot, useBrowser } from './harness.ts';
import { keyboardPlayToDebrief, keyboardToScenario, roleChartRows, shownByTotal } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

// What only a browser shows about the scenarios: each one in the build opens in both languages,
// and each kind of ending reaches its debrief screen by keyboard alone. Where every path of every
// scenario leads, and what it scores, is proven without a browser (tests/stories, the checker);
// scenario 1 also plays in full in playthrough.test.ts and results.test.ts.
const ids = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../stories/en'))
  .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ink$/, ''))
  .sort();

describe.each(['en', 'zh-CN'] as const)('every scenario in %s', (locale) => {
  it('opens from the menu on its first line, and the pause menu leads back', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl);
    await page.locator(`[data-testid="lang-${locale}"]`).click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const titles = new Set<string>();
    for (const id of ids) {
      await page.locator('.menu-screen').waitFor();
      await page.locator(`[data-testid="play-${id}"]`).click();
      await expect.poll(() => page.locator('[data-testid="line"]').textContent()).toBeTruthy();
      titles.add((await page.locator('.play-title').first().textContent()) ?? '');
      if (locale === 'zh-CN')
        expect(await page.locator('[data-testid="line"]').textContent()).toMatch(/[\u4e00-\u9fff]/);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="pause-dialog"][open] [data-testid="menu"]').click();
    }
    // Each scenario shows its own title.
    expect(titles.size).toBe(ids.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const WORDS = {
  en: { debrief: 'Debrief', strategy: 'Strategy leader' },
  'zh-CN': { debrief: '复盘', strategy: '战略领导者' },
} as const;

/** The option to take at decision n: always the best, always the worst, or the worst every third time. */
type Walk = 'best' | 'worst' | 'worst-every-third';
const pickFor = (page: Page, walk: Walk) => (n: number) =>
  shownByTotal(page, walk === 'best' || (walk === 'worst-every-third' && n % 3 !== 0) ? 'best' : 'worst');

// One scenario per ending kind, in both languages between them. Each walk was chosen by playing
// it through the game engine in Node: it meets no tie between option totals, so it ends this way
// whatever order the options are shown in. If a story edit changes that, pick another walk.
describe.each([
  ['s2_team', 'en', 'best', 'strong'],
  ['s4_operations', 'zh-CN', 'worst', 'poor'],
  ['s5_partnership', 'en', 'worst-every-third', 'mixed'],
] as const)('%s by keyboard in %s', (id, locale, walk, ending) => {
  it(`plays to a debrief with the ${ending} ending, every decision listed, no role above its points possible`, async () => {
    // Reduced motion: the same screens without the fades (playthrough.test.ts plays with them).
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      reducedMotion: 'reduce',
      // the pages only: the endings' pictures are the stage tests' concern
      stage: false,
    });
    await keyboardToScenario(page, locale, id);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    // ?stage=off: no picture is drawn, and the game plays all the same
    expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('off');
    await settled(page);
    await shot(page, `${locale}-${id}-play-1280`);
    const decisions = await keyboardPlayToDebrief(page, pickFor(page, walk));
    expect(decisions).toBeGreaterThanOrEqual(8);
    expect(decisions).toBeLessThanOrEqual(12);
    expect(await page.locator('[data-testid="decision-list"] > li').count()).toBe(decisions);
    const words = WORDS[locale];
    expect(await page.locator('[data-testid="debrief"] h1').textContent()).toContain(words.debrief);
    const rows = await roleChartRows(page);
    expect(rows.map((r) => r.role)).toEqual(['S', 'T', 'R', 'O', 'BE']);
    for (const r of rows) expect(r.earned).toBeLessThanOrEqual(r.possible);
    expect(rows[0]?.text).toContain(words.strategy);
    await expect(page.locator('.coach-note').first().textContent()).resolves.toBeTruthy();
    // Each option's scores are in the accessibility tree as words, not only as coloured chips.
    const tree = await page.locator('[data-testid="decision-list"]').ariaSnapshot();
    expect(tree).toMatch(locale === 'en' ? /Score: (S|T|R|O|BE)[+−]\d/ : /得分: (S|T|R|O|BE)[+−]\d/);
    const shown = page.locator('[data-testid="ending"]');
    expect(await shown.getAttribute('data-ending')).toBe(ending);
    expect((await shown.textContent())?.trim()).toBeTruthy();
    await shot(page, `${locale}-${id}-debrief-${ending}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
