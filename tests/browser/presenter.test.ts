import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatScore } from '../../src/presenter/model.ts';
import { DEFAULT_SETTINGS } from '../../src/state/schema.ts';
import { seriousFindings } from './axe.ts';
import { settled, shot, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const SCENARIO = 's1_strategy';
/** the promise: the presenter shows each change within a second */
const WITHIN = 1000;

interface Option {
  text: string;
  score: Record<string, number>;
  feedback: string | null;
}
interface Seen {
  screen: string;
  step:
    | { kind: 'line'; line: { text: string } }
    | { kind: 'choices'; options: Option[]; order?: number[]; facilitator: string | null }
    | { kind: 'end' }
    | null;
  title: string | null;
  made: number;
  session: { current: string; votes: Record<string, number[]> } | null;
}

/** Reads the game window's state (read only: the game is driven by keys and the presenter). */
function seen(game: Page): Promise<Seen> {
  return game.evaluate((id) => {
    type S = {
      screen: string;
      step: Seen['step'];
      scenario: { meta: { header?: { title?: string } } } | null;
      snapshot: { decisions: unknown[] } | null;
      sessions: Record<string, Seen['session']>;
    };
    const s = (window as unknown as { __wudi: { getState(): S } }).__wudi.getState();
    return {
      screen: s.screen,
      step: s.step,
      title: s.scenario?.meta.header?.title ?? null,
      made: s.snapshot?.decisions.length ?? 0,
      session: s.sessions[id] ?? null,
    };
  }, SCENARIO);
}

const text = (page: Page, testid: string) => page.locator(`[data-testid="${testid}"]`).first().textContent();

/** Waits (at most a second) until the presenter shows `expected` in the element `testid`. */
async function shows(presenter: Page, testid: string, expected: string, timeout = WITHIN): Promise<void> {
  await presenter.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want,
    [testid, expected] as const,
    { timeout },
  );
}

/** Enter in the game window until a decision is waiting; the presenter follows every line. */
async function readToDecision(game: Page, presenter: Page): Promise<Seen> {
  await game.bringToFront();
  for (let i = 0; i < 80; i++) {
    const now = await seen(game);
    if (now.step?.kind === 'choices') return now;
    if (now.step?.kind === 'line') await shows(presenter, 'p-line', now.step.line.text);
    await game.keyboard.press('PageDown');
    await game.waitForFunction((before) => {
      const s = (window as unknown as { __wudi: { getState(): { step: unknown } } }).__wudi.getState();
      return JSON.stringify(s.step) !== before;
    }, JSON.stringify(now.step));
  }
  throw new Error('no decision reached');
}

/** The presenter shows the decision on screen: facilitator note, every option, score and coach's note. */
async function showsDecision(presenter: Page, at: Seen): Promise<void> {
  const step = at.step;
  if (step?.kind !== 'choices') throw new Error('not at a decision');
  // the presenter lists the options in the room's order
  const order = step.order ?? step.options.map((_, i) => i);
  const options = order.map((i) => step.options[i] as Option);
  await shows(presenter, 'p-facilitator', step.facilitator ?? '');
  await presenter.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="p-options"] > li').length === n,
    options.length,
    { timeout: WITHIN },
  );
  for (const [i, o] of options.entries()) {
    const row = presenter.locator(`[data-testid="p-option-${i + 1}"]`);
    expect(await row.locator('.p-option-text').textContent()).toBe(o.text);
    const score = formatScore(o.score);
    const chips = await row.locator('.p-option-head .p-chip').allTextContents();
    expect(chips.join(' ')).toBe(score);
    if (o.feedback) expect(await row.locator('[data-testid="p-coach"]').textContent()).toContain(o.feedback);
  }
}

async function waitForGame(game: Page, check: string, arg: string | number, timeout = 5000): Promise<void> {
  await game.waitForFunction(
    ({ check, arg, id }) => {
      const s = (
        window as unknown as {
          __wudi: {
            getState(): {
              snapshot: { decisions: unknown[] } | null;
              sessions: Record<string, { current: string } | undefined>;
            };
          };
        }
      ).__wudi.getState();
      if (check === 'made') return s.snapshot?.decisions.length === arg;
      if (check === 'branch') return s.sessions[id]?.current === arg;
      return false;
    },
    { check, arg, id: SCENARIO },
    { timeout },
  );
}

/**
 * Opens the presenter as the trainer does: Esc in the game window, "Open the presenter window".
 * Only a presenter the game window opened is paired with it.
 */
async function openPresenter(context: BrowserContext, game: Page): Promise<Page> {
  await game.bringToFront();
  // From the menu its Settings button, in a scenario Esc: the same pause dialog.
  const settings = game.locator('[data-testid="open-settings"]');
  if (await settings.count()) await settings.click();
  else await game.keyboard.press('Escape');
  await game.locator('[data-testid="pause-dialog"][open]').waitFor();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    game.locator('[data-testid="open-presenter"]').click(),
  ]);
  await presenter.waitForLoadState();
  await game.bringToFront();
  await game.keyboard.press('Escape');
  await game
    .locator('[data-testid="pause-dialog"][open]')
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await game.waitForFunction(() => !document.querySelector('[data-testid="pause-dialog"][open]'));
  return presenter;
}

/** Game settings as the game saves them, in classroom mode (the trainer's switch lives in its menus). */
async function classroomSettings(page: Page): Promise<void> {
  await page.evaluate(
    (settings) => localStorage.setItem('wudi-turn:settings', JSON.stringify({ v: 1, data: settings })),
    { ...DEFAULT_SETTINGS, locale: 'en', prologueSeen: true, mode: 'class' },
  );
}

async function screenshots(presenter: Page, locale: string): Promise<void> {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
  ] as const) {
    await presenter.setViewportSize({ width, height });
    // Clicking scrolled the columns to the buttons; the screenshots show them from the top.
    await presenter.evaluate(() => {
      for (const node of document.querySelectorAll('[data-scroll]')) node.scrollTop = 0;
    });
    await settled(presenter);
    await shot(presenter, `${locale}-presenter-${width}x${height}`);
  }
  // The trainer's second screen, in each language: nothing serious or critical (axe-core).
  expect(await seriousFindings(presenter)).toEqual([]);
}

describe('presenter window', () => {
  it('follows the game window, sends votes and chapter jumps, and survives being closed', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const errors: string[] = [];
    const watch = (page: Page, name: string) => {
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${name}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
      return page;
    };

    // A presenter opened by hand is paired with no game window, and says how to open it.
    let presenter = watch(await context.newPage(), 'presenter');
    await presenter.goto(`${baseUrl}presenter.html`);
    await presenter.locator('[data-testid="p-unpaired"]').waitFor({ timeout: 5000 });
    await shot(presenter, 'en-presenter-unpaired');
    expect(await presenter.locator('[data-testid="p-unpaired"] h1').textContent()).toBe(
      'Not paired with a game window',
    );
    await classroomSettings(presenter);
    await presenter.close();

    const game = watch(await context.newPage(), 'game');
    await game.goto(`${baseUrl}?stage=off`);
    await game.locator('[data-testid="start"]').click();
    presenter = watch(await openPresenter(context, game), 'presenter');
    // Paired: it follows the game window.
    await presenter.locator('[data-testid="p-no-scenario"]').waitFor({ timeout: 5000 });
    await game.locator(`[data-testid="play-${SCENARIO}"]`).click();
    await game.locator('[data-testid="line"]').waitFor();
    const first = await seen(game);
    await shows(presenter, 'p-title', first.title ?? '');
    await shows(presenter, 'p-branch', 'Main line');
    await game.keyboard.press('PageDown');
    const second = await seen(game);
    if (second.step?.kind === 'line') await shows(presenter, 'p-line', second.step.line.text);
    await settled(presenter);
    await shot(presenter, 'en-presenter-line');

    // Lines: each one reaches the presenter within a second; then the first decision in full.
    let at = await readToDecision(game, presenter);
    await showsDecision(presenter, at);
    await shows(presenter, 'p-counter', 'Decision 1');

    // Votes cast on the presenter land in the game window's session, and come back as a tally.
    await presenter.locator('[data-testid="vote-plus-2"]').click();
    await presenter.locator('[data-testid="vote-plus-2"]').click();
    await presenter.keyboard.press('1');
    // Kept per authored option: read in the order the room sees them, they are 1 and 2.
    await game.waitForFunction(
      (id) => {
        const state = (
          window as unknown as {
            __wudi: {
              getState(): {
                step: { order?: number[] } | null;
                sessions: Record<string, { votes: Record<string, number[]> }>;
              };
            };
          }
        ).__wudi.getState();
        const votes = state.sessions[id]?.votes['main|@1'] ?? [];
        const order = state.step?.order ?? [0, 1];
        return JSON.stringify(order.slice(0, 2).map((i) => votes[i] ?? 0)) === '[1,2]';
      },
      SCENARIO,
      { timeout: WITHIN },
    );
    await shows(presenter, 'p-votes-2', '2 votes · 67%');
    expect(await presenter.locator('[data-testid="select-2"]').getAttribute('aria-pressed')).toBe('true');
    await presenter.locator('[data-testid="vote-minus-2"]').click();
    await shows(presenter, 'p-votes-2', '1 vote · 50%');

    // The debate timer ticks in the presenter between the game window's messages (a window
    // of its own in real use; here a tab, brought to the front so its clock is not throttled).
    await presenter.bringToFront();
    await presenter.locator('[data-testid="timer-toggle"]').click();
    await shows(presenter, 'timer-toggle', 'Pause');
    const clockA = await text(presenter, 'p-clock');
    await presenter.waitForFunction(
      (a) => document.querySelector('[data-testid="p-clock"]')?.textContent !== a,
      clockA,
      { timeout: 2000 },
    );

    // Play the selected option from the presenter (the room voted for 2, the trainer picks 2).
    await presenter.locator('[data-testid="select-2"]').click();
    await presenter.locator('[data-testid="play-selected"]').click();
    await waitForGame(game, 'made', 1);
    at = await readToDecision(game, presenter);
    await showsDecision(presenter, at);
    await presenter.locator('[data-testid="play-selected"]').click();
    await waitForGame(game, 'made', 2);
    at = await readToDecision(game, presenter);
    await showsDecision(presenter, at);

    // The chapter list: both decisions taken, with what was chosen; decision 1 opens a what-if.
    const entries = presenter.locator('[data-testid="p-chapter-main"] .p-entries li');
    expect(await entries.count()).toBe(2);
    expect(await entries.first().textContent()).toContain('chose 2');
    await presenter.locator('[data-testid="goto-main-1"]').click();
    await waitForGame(game, 'branch', 'w1', WITHIN);
    // Until another option is played it is only a look back at the main line.
    await shows(presenter, 'p-branch', 'Looking back at decision 1 (M returns)');
    await presenter.locator('[data-testid="return-main"]').waitFor({ timeout: WITHIN });
    // Another option this time, and on to the next decision: the two lines side by side.
    await presenter.locator('[data-testid="select-1"]').click();
    await presenter.locator('[data-testid="play-selected"]').click();
    await waitForGame(game, 'made', 1);
    await shows(presenter, 'p-branch', 'What if from decision 1');
    at = await readToDecision(game, presenter);
    await showsDecision(presenter, at);
    await presenter.locator('[data-testid="p-compare"]').waitFor({ timeout: WITHIN });
    // By keyboard: Enter on a focused button; the view is redrawn and the focus stays put.
    await presenter.locator('[data-testid="vote-plus-1"]').focus();
    await presenter.keyboard.press('Enter');
    await shows(presenter, 'p-votes-1', '1 vote · 100%');
    expect(await presenter.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'vote-plus-1',
    );
    await presenter.locator('[data-testid="vote-plus-3"]').click();
    await presenter.locator('[data-testid="vote-plus-3"]').click();
    await shows(presenter, 'p-votes-3', '2 votes · 67%');
    await presenter.bringToFront();
    await screenshots(presenter, 'en');

    // Closing the presenter loses nothing: a new one shows the same state.
    const before = {
      title: await text(presenter, 'p-title'),
      branch: await text(presenter, 'p-branch'),
      counter: await text(presenter, 'p-counter'),
      facilitator: await text(presenter, 'p-facilitator'),
      votes: await text(presenter, 'p-votes-3'),
    };
    await presenter.close();
    presenter = watch(await openPresenter(context, game), 'presenter');
    await presenter.locator('[data-testid="p-title"]').waitFor({ timeout: WITHIN * 3 });
    expect({
      title: await text(presenter, 'p-title'),
      branch: await text(presenter, 'p-branch'),
      counter: await text(presenter, 'p-counter'),
      facilitator: await text(presenter, 'p-facilitator'),
      votes: await text(presenter, 'p-votes-3'),
    }).toEqual(before);
    // It asks again every few seconds (to notice a closed game window); an unchanged state is
    // not redrawn, so a click is never half-way through a redraw.
    // Waits for the next round (the presenter's hello, the game's answer, a frame to draw it)
    // rather than for a fixed time.
    // (The channel's name is the pairing secret, which no test can read: the presenter's own
    // channel is caught as it says hello.)
    await presenter.evaluate(() => {
      const node = document.querySelector<HTMLElement>('[data-testid="play-selected"]');
      if (node) node.dataset.mark = 'still here';
      const w = window as unknown as { round: string[] };
      w.round = [];
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
        if ((message as { type?: string })?.type === 'hello' && !w.round.includes('hello')) {
          w.round.push('hello');
          this.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
            if (e.data?.type === 'state' && !w.round.includes('answer')) w.round.push('answer');
          });
        }
        post.call(this, message);
      };
    });
    await presenter.waitForFunction(
      () => (window as unknown as { round: string[] }).round.includes('answer'),
      undefined,
      { timeout: 8000 },
    );
    await presenter.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await presenter.locator('[data-mark="still here"]').count()).toBe(1);

    // The game in Chinese (reloaded: closing the game window loses nothing either), the presenter follows.
    await game.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('wudi-turn:settings') ?? '{}') as {
        data: { locale: string };
      };
      saved.data.locale = 'zh-CN';
      localStorage.setItem('wudi-turn:settings', JSON.stringify(saved));
    });
    await game.reload();
    await shows(presenter, 'p-branch', '从第 1 个决定起的假如', 10_000);
    // (The game may resume on the decision's prompt line: read on to the decision.)
    at = await readToDecision(game, presenter);
    await showsDecision(presenter, at);
    await shows(presenter, 'p-counter', '第 2 个决定');
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text(presenter, 'p-votes-3')).toBe('2 票 · 67%');
    await presenter.bringToFront();
    await screenshots(presenter, 'zh-CN');

    // Back to the main line from the presenter.
    await presenter.locator('[data-testid="return-main"]').click();
    await waitForGame(game, 'branch', 'main', WITHIN);
    await shows(presenter, 'p-branch', '主线');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when the game window plays solo', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const game = await context.newPage();
    await game.goto(`${baseUrl}?stage=off`);
    await classroomSettings(game);
    await game.goto(`${baseUrl}?stage=off`);
    await game.locator('[data-testid="start"]').click();
    const presenter = await openPresenter(context, game);
    await presenter.locator('[data-testid="p-no-scenario"]').waitFor({ timeout: 5000 });
    // Leaving classroom mode in the game window: the presenter says so.
    await game.locator('[data-testid="open-settings"]').click();
    await game.locator('[data-testid="leave-classroom"]').click();
    const solo = presenter.locator('[data-testid="p-solo"] h1');
    await solo.waitFor({ timeout: 3000 });
    expect(await solo.textContent()).toBe('The game window is in solo mode');
    await context.close();
  });

  it('a page of the same origin cannot vote, play, blank the room or read the notes', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const game = await context.newPage();
    await game.goto(`${baseUrl}?stage=off`);
    await classroomSettings(game);
    await game.goto(`${baseUrl}?stage=off`);
    await game.locator('[data-testid="start"]').click();
    await game.locator(`[data-testid="play-${SCENARIO}"]`).click();
    await game.locator('[data-testid="line"]').waitFor();
    const presenter = await openPresenter(context, game);
    const at = await readToDecision(game, presenter);
    if (at.step?.kind !== 'choices') throw new Error('not at a decision');
    const note = at.step.facilitator ?? '';
    expect(note).not.toBe('');

    // Another page of the origin, in the same browser: it listens on the shared channel and on
    // a guessed one, says hello and sends the presenter's commands.
    const forger = await context.newPage();
    await forger.goto(`${baseUrl}favicon.png`);
    await forger.evaluate(() => {
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      for (const name of ['wudi-turn-state', 'wudi-turn-state:', 'wudi-turn-state:undefined']) {
        const channel = new BroadcastChannel(name);
        channel.onmessage = (e: MessageEvent) => w.heard.push(e.data);
        channel.postMessage({ type: 'hello' });
        for (const command of [
          { type: 'vote', option: 0, delta: 1 },
          { type: 'vote', option: 1, delta: 1 },
          { type: 'blank', on: true },
          { type: 'select', option: 0 },
          { type: 'choose', option: 0 },
        ])
          channel.postMessage({ type: 'command', command });
      }
      // It did not open the game window, so it cannot ask it for the secret either.
      window.postMessage({ type: 'wudi-presenter-pair-request' }, location.origin);
    });
    // The real presenter keeps saying hello every few seconds; by then the forgeries have landed.
    await presenter.waitForTimeout(1500);
    const after = await seen(game);
    expect(after.made).toBe(0);
    expect(
      Object.values(after.session?.votes ?? {})
        .flat()
        .filter((n) => n > 0),
    ).toEqual([]);
    expect(
      await game.evaluate(
        () =>
          (window as unknown as { __wudi: { getState(): { roomBlank: boolean } } }).__wudi.getState()
            .roomBlank,
      ),
    ).toBe(false);
    const heard = await forger.evaluate(() =>
      JSON.stringify((window as unknown as { heard: unknown[] }).heard),
    );
    expect(heard).toBe('[]');
    expect(heard).not.toContain(note);

    // The trainer's presenter still drives the room (so the checks above could fail).
    await presenter.bringToFront();
    await presenter.locator('[data-testid="vote-plus-1"]').click();
    await shows(presenter, 'p-votes-1', '1 vote · 100%');
    await presenter.locator('[data-testid="p-facilitator"]').waitFor();
    expect(await text(presenter, 'p-facilitator')).toBe(note);
    await context.close();
  });
});
