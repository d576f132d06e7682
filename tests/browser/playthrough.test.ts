import { describe, expect, inject, it } from 'vitest';
import { openGame, settled, shot, useBrowser, waitForStage } from './harness.ts';
import { stageColourCount } from './pixels.ts';
import { keyboardPlayToDebrief, keyboardToScenario, roleChartRows, toDecision } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

// In English, with the fades; the Chinese shell is played by keyboard to its debrief in
// scenarios.test.ts (and results.test.ts), so it is not played a third time here.
describe.each([['en', 'Debrief', 'Strategy leader']] as const)(
  'scenario 1 by keyboard alone in %s',
  (locale, debriefWord, strategyName) => {
    it('plays from the title screen to the debrief, scoring all five roles', async () => {
      const { page, context, errors } = await openGame(browser(), baseUrl);
      const renderer = await waitForStage(page);
      console.log(`[${locale}] Phaser renderer: ${renderer}`);
      expect(['WebGL', 'Canvas']).toContain(renderer);

      await keyboardToScenario(page, locale, 's1_strategy');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await settled(page);
      await shot(page, `${locale}-play-1280`);
      // A stray key commits nothing: Enter with no option selected leaves the decision open.
      const decisions = await keyboardPlayToDebrief(page, (n, options) => ((n * 7) % options) + 1);
      expect(decisions).toBeGreaterThanOrEqual(8);
      expect(decisions).toBeLessThanOrEqual(12);

      const debrief = page.locator('[data-testid="debrief"]');
      await expect(debrief.locator('h1').textContent()).resolves.toContain(debriefWord);
      const ending = await page.locator('[data-testid="ending"]').getAttribute('data-ending');
      expect(['strong', 'mixed', 'poor']).toContain(ending);
      const rows = await roleChartRows(page);
      expect(rows.map((r) => r.role)).toEqual(['S', 'T', 'R', 'O', 'BE']);
      for (const r of rows) expect(r.earned).toBeLessThanOrEqual(r.possible);
      expect(rows[0]?.possible).toBeGreaterThan(0);
      expect(rows[0]?.text).toContain(strategyName);
      const listed = await page.locator('[data-testid="decision-list"] > li').count();
      expect(listed).toBe(decisions);
      await expect(page.locator('.coach-note').first().textContent()).resolves.toBeTruthy();
      await shot(page, `${locale}-debrief-1280`);
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);

describe('a decision needs a deliberate confirmation', () => {
  it('ignores Enter and Space until an option is selected, then Enter confirms the selected one', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl);
    await keyboardToScenario(page, 'en', 's1_strategy');
    await toDecision(page);
    const decisionsMade = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } } } }
          ).__wudi.getState().snapshot.decisions.length,
      );
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.keyboard.press('9');
    expect(await decisionsMade()).toBe(0);
    await page.keyboard.press('2');
    expect(await page.locator('[data-testid="choice-2"]').getAttribute('aria-pressed')).toBe('true');
    await expect(page.locator('[data-testid="choice-hint"]').textContent()).resolves.toContain('Option 2');
    // "2" is the option shown second; the log records it as authored
    const second = await page.evaluate(
      () =>
        (window as unknown as { __wudi: { getState(): { step: { order?: number[] } } } }).__wudi.getState()
          .step.order?.[1] ?? 1,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (authored) =>
        (
          window as unknown as { __wudi: { getState(): { snapshot: { decisions: { chosen: number }[] } } } }
        ).__wudi.getState().snapshot.decisions[0]?.chosen === authored,
      second,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the stage', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
  ])('draws a non-blank picture at %ix%i and leaves input to the DOM', async (width, height) => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { width, height });
    const renderer = await waitForStage(page);
    console.log(`[${width}x${height}] Phaser renderer: ${renderer}`);
    await keyboardToScenario(page, 'zh-CN', 's1_strategy');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    // The stage has taken up the scene, and draws it: checked until it shows, not after a pause.
    await page.waitForFunction(
      () => (window as unknown as { __wudiStage?: { setting: string | null } }).__wudiStage?.setting,
      undefined,
      { timeout: 10_000 },
    );
    let colours = 0;
    await expect
      .poll(async () => (colours = await stageColourCount(page)), { timeout: 10_000 })
      .toBeGreaterThan(25);
    console.log(`[${width}x${height}] distinct colours on stage: ${colours}`);
    // The canvas never takes clicks meant for the interface.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('#stage canvas') as Element).pointerEvents,
      ),
    ).toBe('none');
    await shot(page, `zh-CN-stage-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the stage on a software renderer', () => {
  type StageStatus = { setting: string | null; drawn: boolean };
  const stageOf = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const w = window as unknown as {
        __wudi: {
          stage(): {
            renderer: string;
            painter: string;
            memory(): { textures: number; bytes: number };
          } | null;
        };
        __wudiStage?: StageStatus;
      };
      const stage = w.__wudi.stage();
      return {
        renderer: stage?.renderer ?? null,
        painter: stage?.painter ?? null,
        memory: stage?.memory() ?? null,
        status: w.__wudiStage ?? null,
      };
    });

  it('draws with Canvas where WebGL is software, the art painted in a worker', async () => {
    // The browser tests run Chromium with --disable-gpu: its WebGL is SwiftShader, on the CPU.
    const { page, context, errors } = await openGame(browser(), baseUrl);
    expect(await waitForStage(page)).toBe('Canvas');
    await keyboardToScenario(page, 'en', 's1_strategy');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => {
        const status = (window as unknown as { __wudiStage?: StageStatus }).__wudiStage;
        return status?.setting !== null && status?.drawn === true;
      },
      undefined,
      { timeout: 10_000 },
    );
    const stage = await stageOf(page);
    expect(stage.painter).toBe('worker');
    // the title backdrop, the scene's backdrop and a face at least, all within the art's budget
    expect(stage.memory?.textures).toBeGreaterThanOrEqual(2);
    expect(stage.memory?.bytes).toBeLessThanOrEqual(70 * 1024 * 1024);
    expect(await stageColourCount(page)).toBeGreaterThan(25);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still draws with WebGL when ?renderer=webgl asks for it', async () => {
    const { page, context, errors } = await openGame(browser(), `${baseUrl}?renderer=webgl`);
    expect(await waitForStage(page)).toBe('WebGL');
    // the title's backdrop, uploaded from the worker's bitmap: right way up, not blank
    await expect.poll(() => stageColourCount(page), { timeout: 10_000 }).toBeGreaterThan(25);
    await shot(page, 'stage-forced-webgl');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('layout at a decision', () => {
  it('puts the options on the side away from the character on stage', async () => {
    // The side is the page's layout, read from the state: no picture needs drawing for it.
    const { page, context } = await openGame(browser(), baseUrl, { width: 1920, height: 1080, stage: false });
    await keyboardToScenario(page, 'en', 's1_strategy');
    await toDecision(page, 40);
    const onStage = await page.evaluate(
      () =>
        (
          window as unknown as { __wudi: { getState(): { stage: { onStage: string | null } } } }
        ).__wudi.getState().stage.onStage,
    );
    // Eleanor (Meridian) stands on the right, so the options go left.
    expect(onStage).toBe('eleanor');
    const box = await page.locator('.choices').boundingBox();
    expect(box).not.toBeNull();
    if (box) expect(box.x + box.width).toBeLessThan(1920 / 2 + 200);
    await context.close();
  });
});
