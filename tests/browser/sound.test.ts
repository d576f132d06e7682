import { describe, expect, inject, it } from 'vitest';
import { openGame, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

describe('sound', () => {
  it('loads no audio before the first gesture, starts music after it, and keeps mute and volume', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl);
    const audio: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/audio/')) audio.push(request.url().split('/').at(-1) ?? '');
    });
    await page.waitForSelector('.title-card');
    // The title screen is fully loaded and the network quiet (no request for 500 ms): still no audio.
    await page.waitForLoadState('networkidle');
    expect(audio).toEqual([]);

    await page.locator('[data-testid="lang-en"]').click();
    await expect.poll(() => audio.some((f) => f.startsWith('boardroom.')), { timeout: 10_000 }).toBe(true);

    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    await page.locator('[data-testid="open-settings"]').click();
    await page.locator('[data-testid="mute"]').check();
    await page.locator('[data-testid="volume"]').fill('40');
    const howlerMuted = () =>
      page.evaluate(() => (window as unknown as { Howler?: { _muted: boolean } }).Howler?._muted ?? null);
    expect(await howlerMuted()).toBe(true);

    await page.reload();
    await page.locator('[data-testid="start"]').click();
    await page.locator('.menu-screen').waitFor();
    await page.locator('[data-testid="open-settings"]').click();
    expect(await page.locator('[data-testid="mute"]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="volume"]').inputValue()).toBe('40');
    expect(errors).toEqual([]);
    await context.close();
  });
});
