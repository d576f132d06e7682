import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { seriousFindings } from './axe.ts';
import { openGame, useBrowser } from './harness.ts';
import { keyboardPlayToDebrief } from './play.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const FILES = path.resolve(import.meta.dirname, '../fixtures/files');
describe('every screen, checked with axe-core', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`has no serious or critical finding on any screen in ${locale}`, async () => {
      const { page, context } = await openGame(browser(), baseUrl, { stage: false, reducedMotion: 'reduce' });
      const found: Record<string, string[]> = {};
      const check = async (screen: string) => {
        found[screen] = await seriousFindings(page);
      };
      await page.waitForSelector('[data-testid="lang-zh-CN"]');
      await check('title');
      await page.click(`[data-testid="lang-${locale}"]`);
      await page.click('[data-testid="start"]');
      await page.waitForSelector('[data-testid="prologue-next"]');
      await check('prologue');
      for (let i = 0; i < 8 && (await page.locator('[data-testid="prologue-next"]').count()) > 0; i++)
        await page.click('[data-testid="prologue-next"]');
      await page.locator('.menu-screen').waitFor();
      await page.click('[data-testid="play-s1_strategy"]');
      await page.locator('[data-testid="line"]').waitFor();
      await check('line');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="pause-dialog"]').waitFor();
      await check('settings');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="pause-dialog"]').waitFor({ state: 'hidden' });
      let decisionChecked = false;
      await keyboardPlayToDebrief(page, async (_n, options) => {
        if (!decisionChecked) {
          decisionChecked = true;
          await check('decision');
        }
        return Math.min(2, options);
      });
      await page.locator('[data-testid="role-chart"]').waitFor();
      await check('debrief');
      // The self-assessment, opened from the debrief's self card; "skip" comes back.
      await page.click('[data-testid="debrief-self-rate"]');
      await page.locator('[data-testid="self-assessment"]').waitFor();
      await check('self-assessment');
      await page.click('[data-testid="self-skip"]');
      await page.locator('[data-testid="role-chart"]').waitFor();
      await page.click('[data-testid="back-to-menu"]');
      await page.locator('.menu-screen').waitFor();
      await check('menu');
      // A facilitator's story that does not compile: the errors are listed on the menu.
      await page.locator('[data-testid="my-file"]').setInputFiles(path.join(FILES, 'broken.ink'));
      await page.locator('[data-testid="my-errors"]').waitFor({ timeout: 60_000 });
      await check('My stories, with an error');
      await page.click('[data-testid="open-profile"]');
      await page.locator('[data-testid="profile-scenarios"]').waitFor();
      await check('profile');
      await page.click('[data-testid="profile-back"]');
      await page.click('[data-testid="open-glossary"]');
      await page.locator('[data-testid="glossary"]').waitFor();
      await check('glossary');
      await page.click('[data-testid="glossary-back"]');
      await page.locator('.menu-screen').waitFor();
      await page.click('[data-testid="open-maps"]');
      await page.locator('.map-picker').waitFor();
      await check('branch maps');
      await page.click('[data-testid="maps-back"]');
      await page.locator('.menu-screen').waitFor();
      await page.click('[data-testid="open-class-view"]');
      await page.locator('[data-testid="class-drop"]').waitFor();
      await check('class view, empty');
      // The facilitator's printable guide (a page of its own).
      await page.goto(new URL(`guide.html?story=s1_strategy&lang=${locale}`, baseUrl).href);
      await page.locator('[data-testid="guide-decision"]').first().waitFor();
      await check('facilitator guide');
      // The room: a trainer's line, decision and key map.
      await page.goto(new URL('?stage=off&mode=class', baseUrl).href);
      await page.click('[data-testid="start"]');
      await page.click('[data-testid="play-s2_team"]');
      await page.locator('.classroom-screen').waitFor();
      await check('classroom line');
      for (let i = 0; i < 60 && (await page.locator('.class-decision:not([hidden])').count()) === 0; i++)
        await page.keyboard.press('PageDown');
      await page.locator('.class-decision:not([hidden])').waitFor();
      await check('classroom decision');
      await page.keyboard.press('?');
      await page.locator('[data-testid="class-keymap"]').waitFor();
      await check('classroom key map');
      await page.keyboard.press('x');
      // The trainer's second screen, opened from the game (only a paired presenter shows the room).
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="pause-dialog"][open]').waitFor();
      const [presenter] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('[data-testid="open-presenter"]').click(),
      ]);
      await presenter.locator('[data-testid="p-option-1"]').waitFor({ timeout: 15_000 });
      found.presenter = await seriousFindings(presenter);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      expect(Object.keys(found)).toHaveLength(18);
      await context.close();
    });
  }
});
