import type { Frame, Keyboard, Page } from 'playwright-core';

/** A game page, or the game in a frame of another page (an LMS's player): keys go to the page. */
export type GameSurface = Page | Frame;
const keysOf = (surface: GameSurface): Keyboard =>
  'keyboard' in surface ? surface.keyboard : surface.page().keyboard;

/** Key presses allowed to play a whole scenario: a few hundred lines and a dozen decisions. */
const MAX_PRESSES = 500;

/** Keyboard only: from the title screen to the first line of a scenario. */
export async function keyboardToScenario(
  page: Page,
  locale: 'en' | 'zh-CN',
  scenarioId: string,
): Promise<void> {
  await page.waitForSelector('[data-testid="lang-zh-CN"]');
  // Focus starts on the first language button (中文); Tab reaches English.
  await expectFocus(page, '[data-testid="lang-zh-CN"]');
  if (locale === 'en') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'start');
  await page.keyboard.press('Enter');
  // The prologue: Enter on "Next" until it hands over to the menu.
  for (let i = 0; i < 6 && (await page.locator('[data-testid="prologue-next"]').count()) > 0; i++) {
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.menu-screen');
  const target = `[data-testid="play-${scenarioId}"]`;
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    if (focused === `play-${scenarioId}`) break;
    await page.keyboard.press('Tab');
  }
  await expectFocus(page, target);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="line"]');
}

/**
 * One look at the play screen per step (each round trip to the page costs time on two cores):
 * the debrief shown, the story ended (the debrief on its way), and how many options are visible.
 */
export function playScreen(
  page: GameSurface,
): Promise<{ debrief: boolean; ended: boolean; options: number }> {
  return page.evaluate(() => {
    const choices = document.querySelector('.choices');
    const box = choices?.getBoundingClientRect();
    const visible =
      !!choices &&
      !!box &&
      box.width > 0 &&
      box.height > 0 &&
      getComputedStyle(choices).visibility !== 'hidden';
    return {
      debrief: document.querySelector('[data-testid="debrief"]') !== null,
      ended:
        (window as unknown as { __wudi: { getState(): { step: { kind: string } | null } } }).__wudi.getState()
          .step?.kind === 'end',
      options: visible ? document.querySelectorAll('[data-testid="choices"] button').length : 0,
    };
  });
}

export async function expectFocus(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, selector, {
    timeout: 10_000,
  });
}

/**
 * Plays to the debrief by keyboard alone: Enter to continue, a digit then Enter to decide.
 * `pick` chooses the option number (1-based) at each decision.
 */
export async function keyboardPlayToDebrief(
  page: GameSurface,
  pick: (decision: number, options: number) => number | Promise<number>,
): Promise<number> {
  const keyboard = keysOf(page);
  // A resumed run already holds decisions: count the ones made here, wait for the log to grow past the rest.
  const earlier = await page.evaluate(
    () =>
      (
        window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
      ).__wudi.getState().snapshot?.decisions.length ?? 0,
  );
  let decisions = 0;
  for (let guard = 0; guard < MAX_PRESSES; guard++) {
    // One look at the screen per key press (each round trip to the page costs time on two cores).
    const { debrief, options, ended } = await playScreen(page);
    if (debrief) return decisions;
    if (ended) {
      // The story has ended: the debrief is on its way (its screen loads on first use); no key is needed.
      await page.waitForSelector('[data-testid="debrief"]', { timeout: 30_000 });
      return decisions;
    }
    if (options > 0) {
      decisions++;
      const n = await pick(decisions, options);
      await keyboard.press(String(n));
      await page.waitForFunction(
        (i) => document.querySelector(`[data-testid="choice-${i}"]`)?.getAttribute('aria-pressed') === 'true',
        n,
      );
      await keyboard.press('Enter');
      await page.waitForFunction(
        (made) =>
          (
            window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
          ).__wudi.getState().snapshot?.decisions.length === made,
        earlier + decisions,
      );
    } else {
      await keyboard.press('Enter');
    }
  }
  const line = await page
    .locator('[data-testid="line"]')
    .textContent({ timeout: 1000 })
    .catch(() => null);
  throw new Error(
    `no debrief after ${MAX_PRESSES} key presses (${decisions} decisions made; the screen says ${JSON.stringify(line)})`,
  );
}

/**
 * Presses `key` until `done()` holds, at most `max` times, then fails saying what never came:
 * a stuck screen fails in seconds instead of hanging until the test's time-out.
 */
export async function pressUntil(
  page: Page,
  key: string,
  done: () => Promise<boolean>,
  what: string,
  max = 60,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  if (await done()) return;
  throw new Error(`${what}: not reached after ${max} presses of ${key}`);
}

/** Enter until the options of a decision are on screen (solo play). */
export function toDecision(page: Page, max = 60): Promise<void> {
  return pressUntil(
    page,
    'Enter',
    async () => (await page.locator('.choices:not([hidden])').count()) > 0,
    'a decision',
    max,
  );
}

/** The place (1-based, as shown) of the option with the highest (or lowest) total score at the decision on screen. */
export function shownByTotal(page: GameSurface, which: 'best' | 'worst'): Promise<number> {
  return page.evaluate((kind) => {
    type Step = { kind: string; order?: number[]; options: { score: Record<string, number> }[] };
    const step = (window as unknown as { __wudi: { getState(): { step: Step | null } } }).__wudi.getState()
      .step;
    if (step?.kind !== 'choices') return 1;
    const sign = kind === 'best' ? 1 : -1;
    const total = (i: number) =>
      sign * Object.values(step.options[i]?.score ?? {}).reduce((a, b) => a + b, 0);
    const order = step.order ?? step.options.map((_, i) => i);
    let pick = 0;
    order.forEach((authored, shown) => {
      if (total(authored) > total(order[pick] ?? 0)) pick = shown;
    });
    return pick + 1;
  }, which);
}

export const bestShown = (page: GameSurface): Promise<number> => shownByTotal(page, 'best');

/** The debrief's five role rows as shown: role, points earned and possible, and the row's words. */
export async function roleChartRows(
  page: Page,
): Promise<{ role: string | null; earned: number; possible: number; text: string | null }[]> {
  return page.locator('[data-testid="role-chart"] li').evaluateAll((lis) =>
    lis.map((li) => ({
      role: li.getAttribute('data-role'),
      earned: Number(li.getAttribute('data-earned')),
      possible: Number(li.getAttribute('data-possible')),
      text: li.textContent,
    })),
  );
}

/** Classroom mode: PageDown through lines and Enter (the leading option) at each decision, to the room's debrief. */
export async function playRoomToDebrief(page: Page): Promise<void> {
  for (let i = 0; i < 400; i++) {
    // One look at the screen per key press: the debrief reached, or a decision waiting?
    const now = await page.evaluate(() => {
      if (document.querySelector('[data-testid="debrief"]')) return 'debrief';
      const decision = document.querySelector<HTMLElement>('.class-decision');
      const box = decision?.getBoundingClientRect();
      const shown = !!box && box.width > 0 && box.height > 0 && !decision?.hidden;
      return shown && getComputedStyle(decision as HTMLElement).visibility !== 'hidden' ? 'decision' : 'line';
    });
    if (now === 'debrief') return;
    await page.keyboard.press(now === 'decision' ? 'Enter' : 'PageDown');
  }
  throw new Error('no debrief after 400 key presses');
}
