import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { optionOrder } from '../../src/narrative/option-order.ts';
import { seriousFindings } from './axe.ts';
import { openGame, shot, useBrowser } from './harness.ts';
import { keyboardToScenario, playRoomToDebrief } from './play.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface ClassView {
  current: string;
  /** `chosen`: 0-based places of the options played, in the order the room saw them */
  branches: { id: string; kind: string; chosen: number[] }[];
  votes: Record<string, number[]>;
  timer: { elapsedMs: number; runningSince: number | null };
}

/** The room's session as the store holds it (read only); options counted as the room saw them. */
async function session(page: Page, id = 's1_strategy'): Promise<ClassView | null> {
  const raw = await page.evaluate((scenario) => {
    type S = {
      current: string;
      branches: {
        id: string;
        kind: string;
        snapshot: {
          optionSeed?: number | null;
          decisions: { chosen: number; point: string; options: unknown[] }[];
        };
      }[];
      votes: Record<string, number[]>;
      timer: { elapsedMs: number; runningSince: number | null };
    };
    const w = window as unknown as { __wudi: { getState(): { sessions: Record<string, S> } } };
    const s = w.__wudi.getState().sessions[scenario];
    if (!s) return null;
    return {
      current: s.current,
      branches: s.branches.map((b) => ({
        id: b.id,
        kind: b.kind,
        seed: b.snapshot.optionSeed ?? null,
        decisions: b.snapshot.decisions.map((d) => ({
          chosen: d.chosen,
          point: d.point,
          count: d.options.length,
        })),
      })),
      votes: s.votes,
      timer: s.timer,
    };
  }, id);
  if (!raw) return null;
  return {
    ...raw,
    branches: raw.branches.map((b) => ({
      id: b.id,
      kind: b.kind,
      chosen: b.decisions.map((d) => optionOrder(b.seed, d.point, d.count).indexOf(d.chosen)),
    })),
  };
}

/** The votes at the decision on screen, in the order the room sees the options. */
async function shownVotes(page: Page, key: string, scenario = 's1_strategy'): Promise<number[]> {
  const { votes, order } = await page.evaluate(
    ([k, id]) => {
      const w = window as unknown as {
        __wudi: {
          getState(): {
            step: { order?: number[]; options: unknown[] } | null;
            sessions: Record<string, { votes: Record<string, number[]> }>;
          };
        };
      };
      const state = w.__wudi.getState();
      const step = state.step;
      return {
        votes: state.sessions[id]?.votes[k] ?? [],
        order: step?.order ?? step?.options.map((_, i) => i) ?? [],
      };
    },
    [key, scenario] as const,
  );
  return order.map((i) => votes[i] ?? 0);
}

const decisionVisible = (page: Page) => page.locator('.class-decision').isVisible();

/** PageDown, as a presenter clicker sends it, until a decision waits for the room. */
async function clickerToDecision(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await decisionVisible(page)) return;
    const before = await page.locator('[data-testid="line"]').textContent();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="line"]')?.textContent !== text ||
        !document.querySelector<HTMLElement>('.class-decision')?.hidden,
      before,
    );
  }
  throw new Error('no decision reached');
}

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.locator(`[data-testid="${testId}"]`).textContent()) ?? '';
}

describe('classroom mode', () => {
  it('runs a trainer session by keyboard alone: clicker keys, votes, timer, what-if and return', async () => {
    const { page, context, errors } = await openGame(browser(), `${baseUrl}?mode=class`, {
      width: 1920,
      height: 1080,
    });
    await keyboardToScenario(page, 'en', 's1_strategy');
    await page.waitForSelector('.classroom-screen');
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('class');
    // Projector type: the dialogue is at least 32 px at 1920x1080.
    const size = await page
      .locator('[data-testid="line"]')
      .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);

    // Space and → advance the narration as PageDown does.
    const first = await textOf(page, 'line');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => textOf(page, 'line')).not.toBe(first);
    await clickerToDecision(page);
    const optionSize = await page
      .locator('.class-option-text')
      .first()
      .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(optionSize).toBeGreaterThanOrEqual(32);

    // At a decision "next" keys do not choose: they say how to play an option.
    for (const key of ['PageDown', 'ArrowRight', 'Space']) await page.keyboard.press(key);
    expect((await session(page))?.branches[0]?.chosen).toEqual([]);
    await expect.poll(() => page.locator('.class-toast.shown').count()).toBe(1);

    // The room votes: 2, 2, 2, 1, then one vote for 2 taken back with Shift.
    for (const key of ['2', '2', '2', '1', 'Shift+2']) await page.keyboard.press(key);
    await expect.poll(() => textOf(page, 'votes-2')).toBe('2 votes · 67%');
    // The toast said what Enter played before the votes: it is gone rather than out of date.
    expect(await page.locator('.class-toast.shown').count()).toBe(0);
    expect(await textOf(page, 'votes-1')).toBe('1 vote · 33%');
    expect((await shownVotes(page, 'main|@1')).slice(0, 3)).toEqual([1, 2, 0]);
    // The selection starts on the leading option.
    expect(await page.locator('[data-testid="choice-2"]').getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'classroom-decision-en-1920');

    // The debate timer: T starts, T pauses, R resets.
    expect(await textOf(page, 'timer')).toBe('2:00');
    await page.keyboard.press('t');
    await expect.poll(() => textOf(page, 'timer'), { timeout: 5000 }).not.toBe('2:00');
    await page.keyboard.press('t');
    const paused = await textOf(page, 'timer');
    const timer = (await session(page))?.timer;
    expect(timer?.runningSince).toBeNull();
    // Held until the moment a running clock would have shown the next second, then read again.
    const tick = 1000 - ((timer?.elapsedMs ?? 0) % 1000) + 100;
    await page.waitForFunction(
      (until) => Date.now() >= until,
      (await page.evaluate(() => Date.now())) + tick,
    );
    expect(await textOf(page, 'timer')).toBe(paused);
    await page.keyboard.press('r');
    await expect.poll(() => textOf(page, 'timer')).toBe('2:00');

    // Up/Down move the selection; Enter plays it.
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('[data-testid="choice-3"]').getAttribute('aria-pressed'))
      .toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.locator('[data-testid="choice-2"]').getAttribute('aria-pressed'))
      .toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session(page))?.branches[0]?.chosen).toEqual([1]);

    // 0 clears a tally: vote at decision 2, clear, and the leader is option 1 again.
    await clickerToDecision(page);
    await page.keyboard.press('3');
    await expect.poll(() => textOf(page, 'votes-3')).toBe('1 vote · 100%');
    await page.keyboard.press('0');
    await expect.poll(() => textOf(page, 'votes-3')).toBe('0 votes');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session(page))?.branches[0]?.chosen).toEqual([1, 0]);

    // PageUp: back to decision 2 as a what-if; the main line keeps its place.
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await session(page))?.current).toBe('w1');
    // Until the room plays something new, it is only a look back.
    expect(await textOf(page, 'branch-chip')).toBe('Back at decision 2 · M returns');
    await expect.poll(() => decisionVisible(page)).toBe(true);
    // A fresh debate: the main line's votes stay with the main line.
    expect(await textOf(page, 'votes-3')).toBe('0 votes');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session(page))?.branches[1]?.chosen).toEqual([1, 1]);
    expect(await textOf(page, 'branch-chip')).toBe('What if · from decision 2');
    // Side by side with the main line, from decision 2.
    await expect.poll(() => page.locator('[data-testid="class-compare"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="class-compare"] h2').textContent()).toBe(
      'Side by side, from decision 2',
    );
    await shot(page, 'classroom-what-if-en-1920');

    // M returns to the main line, where it stood: on the line after decision 2.
    await page.keyboard.press('m');
    await expect.poll(async () => (await session(page))?.current).toBe('main');
    expect(await textOf(page, 'branch-chip')).toBe('Main line');
    const view = await session(page);
    expect(view?.branches.map((b) => [b.id, b.kind, b.chosen])).toEqual([
      ['main', 'main', [1, 0]],
      ['w1', 'what-if', [1, 1]],
    ]);

    // B blanks the screen; any key brings it back and does nothing else.
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('[data-testid="class-curtain"]').isVisible()).toBe(true);
    await shot(page, 'classroom-blank');
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('[data-testid="class-curtain"]').isVisible()).toBe(false);
    expect(
      Object.values((await session(page))?.votes ?? {})
        .flat()
        .filter((n) => n > 0)
        .sort(),
    ).toEqual([1, 2]);
    await page.keyboard.press('.');
    await expect.poll(() => page.locator('[data-testid="class-curtain"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="class-curtain"]').isVisible()).toBe(false);
    expect((await session(page))?.branches[0]?.chosen).toEqual([1, 0]);

    // ? shows the key map, which takes focus; any key closes it and focus goes back.
    const focusedTestId = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const before = await focusedTestId();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('[data-testid="class-keymap"]').isVisible()).toBe(true);
    expect(await focusedTestId()).toBe('class-keymap');
    await shot(page, 'classroom-keymap-en');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('[data-testid="class-keymap"]').isVisible()).toBe(false);
    expect(await focusedTestId()).toBe(before);

    // F toggles full screen; Esc leaves it without opening the menu.
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(fullscreen).toBe(false);
    expect(await page.locator('[data-testid="pause-dialog"][open]').count()).toBe(0);

    // Esc opens the pause menu (not in full screen), where classroom mode is left.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="pause-dialog"][open]');
    expect(await page.locator('[data-testid="leave-classroom"]').count()).toBe(1);

    // The session survives a reload: same branch, same decision, same votes.
    const line = await textOf(page, 'line');
    await page.reload();
    await page.waitForSelector('.classroom-screen [data-testid="line"]');
    expect(await session(page)).toEqual(view);
    expect(await textOf(page, 'line')).toBe(line);
    expect(await textOf(page, 'decision-counter')).toBe('2 decisions made');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('debriefs the room with every branch, the what-if beside the main line, and leaves classroom mode', async () => {
    // Reduced motion: the same screens without the crossfades, so a whole scenario plays quickly.
    const { page, context, errors } = await openGame(browser(), `${baseUrl}?mode=class`, {
      width: 1920,
      height: 1080,
      stage: false,
      reducedMotion: 'reduce',
    });
    await keyboardToScenario(page, 'en', 's3_resources');
    await page.waitForSelector('.classroom-screen');
    await playRoomToDebrief(page);
    expect(await page.locator('.branch-row').count()).toBe(1);
    // From the debrief, PageUp opens the last decision as a what-if.
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await session(page, 's3_resources'))?.current).toBe('w1');
    await page.waitForSelector('.class-decision:not([hidden])');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await playRoomToDebrief(page);
    await page.waitForSelector('.class-debrief [data-testid="class-compare"]');
    expect(await page.locator('.branch-row').count()).toBe(2);
    // It closes on the course's question for the scenario's stage: scenario 3 is in growth.
    expect(await page.locator('.closing-card li').nth(1).textContent()).toMatch(
      /^Growth: .+ By S-T-R-O-BE, what should your turning focus on now, .+\?$/,
    );
    await shot(page, 'classroom-debrief-what-if-en-1920');
    // The room's debrief, branches and all: nothing serious or critical for a screen reader.
    expect(await seriousFindings(page)).toEqual([]);
    await page.click('[data-testid="return-main"]');
    await expect.poll(async () => (await session(page, 's3_resources'))?.current).toBe('main');
    await page.waitForSelector('.class-debrief');
    expect(await page.locator('.class-debrief [data-testid="class-compare"]').count()).toBe(0);

    // Leaving classroom mode from the pause menu: back to the menu in solo mode.
    await page.keyboard.press('Escape');
    await page.click('[data-testid="leave-classroom"]');
    await page.waitForSelector('.menu-screen');
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('solo');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is legible in Chinese on a projector, and a saved session file opens again', async () => {
    // Text only: legibility is the page's; the English room above is checked with its stage.
    const { page, context, errors } = await openGame(browser(), `${baseUrl}?mode=class`, {
      width: 1920,
      height: 1080,
      stage: false,
    });
    await keyboardToScenario(page, 'zh-CN', 's2_team');
    await page.waitForSelector('.classroom-screen');
    await shot(page, 'classroom-line-zh-1920');
    await clickerToDecision(page);
    for (const key of ['1', '3', '3']) await page.keyboard.press(key);
    await expect.poll(() => textOf(page, 'votes-3')).toBe('2 票 · 67%');
    await shot(page, 'classroom-decision-zh-1920');
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot(page, 'classroom-decision-zh-1280');

    // Save the session as a file from the pause menu.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="pause-dialog"][open]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-session"]'),
    ]);
    const file = await download.path();
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      kind: string;
      votes: Record<string, number[]>;
    };
    expect(saved.kind).toBe('wudi-turn/class-session');
    // the file keeps votes per authored option: in the order the room saw, 1, 0, 2
    expect((await shownVotes(page, 'main|@1', 's2_team')).slice(0, 3)).toEqual([1, 0, 2]);
    expect(saved.votes['main|@1']).toEqual((await session(page, 's2_team'))?.votes['main|@1']);

    // Opening another session of the same scenario over this one asks first.
    const other1 = { ...JSON.parse(fs.readFileSync(file, 'utf8')), id: 'another-class' };
    await page.setInputFiles('[data-testid="session-file"]', {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other1)),
    });
    await page.waitForSelector('[data-testid="import-replace"]');
    expect((await session(page, 's2_team'))?.branches).toBeDefined();
    await page.click('[data-testid="import-replace"]');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { __wudi: { getState(): { sessions: Record<string, { id: string }> } } }
            ).__wudi.getState().sessions.s2_team?.id,
        ),
      )
      .toBe('another-class');

    // A new browser profile opens it and lands on the same decision, with the votes.
    const other = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const page2 = await other.newPage();
    await page2.goto(baseUrl);
    await keyboardToScenario(page2, 'zh-CN', 's1_strategy');
    await page2.keyboard.press('Escape');
    await page2.waitForSelector('[data-testid="pause-dialog"][open]');
    // A file that is not a session is refused with a message, and nothing changes.
    await page2.click('[data-testid="enter-classroom"]');
    await page2.waitForSelector('.classroom-screen');
    await page2.keyboard.press('Escape');
    await page2.waitForSelector('[data-testid="pause-dialog"][open]');
    await page2.setInputFiles('[data-testid="session-file"]', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"something-else"}'),
    });
    await expect.poll(() => textOf(page2, 'class-pause-status')).toContain('notes.json');
    await page2.setInputFiles('[data-testid="session-file"]', file);
    await page2.waitForSelector('.classroom-screen .class-decision:not([hidden])');
    expect(await textOf(page2, 'votes-3')).toBe('2 票 · 67%');
    expect(await session(page2, 's2_team')).not.toBeNull();
    await other.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});
