import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openGame, useBrowser } from './harness.ts';
import { keyboardToScenario, pressUntil, toDecision } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

/** WCAG contrast ratio between an element's text colour and the background of `bgSelector`. */
async function contrast(page: Page, textSelector: string, bgSelector: string): Promise<number> {
  return page.evaluate(
    ([t, b]) => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, bl = 0]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
      };
      const text = document.querySelector(t as string);
      const bg = document.querySelector(b as string);
      if (!text || !bg) return 0;
      const fg = parse(getComputedStyle(text).color);
      const back = parse(getComputedStyle(bg).backgroundColor);
      // A translucent panel sits over a dark stage: judge it against the page's darkest base.
      const alpha = back[3] ?? 1;
      const base = [10, 20, 34];
      const mixed = [0, 1, 2].map((i) => (back[i] ?? 0) * alpha + (base[i] ?? 0) * (1 - alpha));
      const [l1, l2] = [lum(fg), lum(mixed)].sort((x, y) => y - x);
      return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
    },
    [textSelector, bgSelector],
  );
}

describe('accessibility', () => {
  it('keeps text legible: dialogue, options and hints well above WCAG AA contrast', async () => {
    const { page, context } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    expect(await contrast(page, '[data-testid="line"]', '.dialogue')).toBeGreaterThan(7);
    await toDecision(page);
    expect(await contrast(page, '.choice-text', '.choice')).toBeGreaterThan(7);
    expect(await contrast(page, '[data-testid="choice-hint"]', '.choices')).toBeGreaterThan(4.5);
    // Body text is at least 20 px at 1280x720.
    const size = await page
      .locator('[data-testid="line"]')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await context.close();
  });

  it('keeps the classroom view high in contrast for a projector', async () => {
    const { page, context } = await openGame(browser(), `${baseUrl}?mode=class`, {
      stage: false,
      width: 1920,
      height: 1080,
    });
    await keyboardToScenario(page, 'en', 's1_strategy');
    expect(await contrast(page, '[data-testid="line"]', '.class-dialogue')).toBeGreaterThan(7);
    await pressUntil(
      page,
      'PageDown',
      () => page.locator('.class-decision').isVisible(),
      'a decision in class',
    );
    await page.keyboard.press('1');
    expect(await contrast(page, '.class-option-text', '.class-option')).toBeGreaterThan(7);
    expect(await contrast(page, '.class-prompt', '.class-decision')).toBeGreaterThan(7);
    expect(await contrast(page, '[data-testid="votes-1"]', '.class-option')).toBeGreaterThan(7);
    expect(await contrast(page, '[data-testid="timer"]', '.class-topbar')).toBeGreaterThan(7);
    expect(await contrast(page, '.play-title', '.class-topbar')).toBeGreaterThan(7);
    expect(await contrast(page, '.will-play', '.will-play')).toBeGreaterThan(7);
    // The decision area takes focus, and shows it.
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.classList.contains('class-decision') ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('shows where keyboard focus is', async () => {
    const { page, context } = await openGame(browser(), baseUrl, { stage: false });
    await page.waitForSelector('.title-card');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('respects prefers-reduced-motion: no text animation, and the stage is told', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      reducedMotion: 'reduce',
      stage: false,
    });
    await keyboardToScenario(page, 'en', 's1_strategy');
    const animation = await page
      .locator('[data-testid="line"]')
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
    const view = await page.evaluate(() =>
      (
        window as unknown as { __wudi: { stageView(): { reducedMotion: boolean; setting: string | null } } }
      ).__wudi.stageView(),
    );
    // The stage is asked for instant changes (its transitions read this flag).
    expect(view.reducedMotion).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names every scenario button and every score in the accessibility tree', async () => {
    const { page, context } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    // Narration has no name on screen, but the tree says it is narration.
    await page.locator('[data-testid="continue"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="pause-dialog"]').waitFor();
    await page.locator('[data-testid="pause-dialog"] [data-testid="menu"]').click();
    await page.locator('.menu-screen').waitFor();
    // Five "Play" buttons are five names: each says which scenario it opens.
    const tree = await page.locator('.menu-screen').ariaSnapshot();
    const named = [...tree.matchAll(/button "((?:Play|Resume|Play again): [^"]+)"/g)].map((m) => m[1] ?? '');
    expect(named).toHaveLength(5);
    expect(new Set(named).size).toBe(5);
    expect(named.some((n) => n.startsWith('Resume: '))).toBe(true);
    await context.close();
  });

  it('gives screen readers a live dialogue region, labelled choices and a named dialog', async () => {
    const { page, context } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'zh-CN', 's1_strategy');
    // The line is live; Continue sits outside it, so its label is not re-read with every line.
    expect(await page.locator('.dialogue .dialogue-body').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[aria-live] [data-testid="continue"]').count()).toBe(0);
    await toDecision(page);
    expect(await page.locator('.choices').getAttribute('aria-labelledby')).toBe('choices-heading');
    // A dialog takes focus when it opens and gives it back where it was when it closes.
    const focusedAt = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a ? `${a.tagName}.${a.className}|${a.getAttribute('data-testid') ?? ''}` : null;
      });
    const before = await focusedAt();
    await page.keyboard.press('Escape');
    const dialog = page.locator('[data-testid="pause-dialog"]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('pause-heading');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focusedAt()).toBe(before);
    await context.close();
  });
});
