import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openGame, shot, useBrowser } from './harness.ts';
import { keyboardToScenario, toDecision } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

interface ChoicesStep {
  kind: string;
  options: { text: string }[];
  order?: number[];
}

const step = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __wudi: { getState(): { step: ChoicesStep | null } } }).__wudi.getState().step,
  );

const shownTexts = (page: Page) => page.locator('[data-testid="choices"] .choice-text').allTextContents();

describe('options shown in a shuffled order', () => {
  it('keeps the order of a run across reload and language switch; key 1 plays the option shown first, recorded as authored', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    await toDecision(page);
    const first = await step(page);
    const order = first?.order ?? [];
    expect(first?.kind).toBe('choices');
    expect([...order].sort()).toEqual(first?.options.map((_, i) => i));
    // the screen lists the options in the run's order
    expect(await shownTexts(page)).toEqual(order.map((i) => first?.options[i]?.text));

    await page.reload();
    await page.locator('.choices:not([hidden])').waitFor();
    expect(await shownTexts(page)).toEqual(order.map((i) => first?.options[i]?.text));

    // the other language: the same decision, its options in the same authored places
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="settings-lang-zh-CN"]').click();
    await page.locator('[data-testid="resume"]').click();
    await page.locator('.choices:not([hidden])').waitFor();
    const zh = await step(page);
    expect(zh?.order).toEqual(order);
    expect(await shownTexts(page)).toEqual(order.map((i) => zh?.options[i]?.text));
    // the line above the options is in Chinese too
    expect(await page.locator('[data-testid="line"]').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'zh-CN-shuffled-options');

    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
        ).__wudi.getState().snapshot?.decisions.length === 1,
    );
    const chosen = await page.evaluate(
      () =>
        (
          window as unknown as { __wudi: { getState(): { snapshot: { decisions: { chosen: number }[] } } } }
        ).__wudi.getState().snapshot.decisions[0]?.chosen,
    );
    expect(chosen).toBe(order[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('differs between runs, so the best option is not always in the same place', async () => {
    const orders = new Set<string>();
    for (let run = 0; run < 6 && orders.size < 2; run++) {
      const { page, context } = await openGame(browser(), baseUrl, { stage: false });
      await keyboardToScenario(page, 'en', 's1_strategy');
      await toDecision(page);
      orders.add(JSON.stringify((await step(page))?.order));
      await context.close();
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});
