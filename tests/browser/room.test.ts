import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/state/schema.ts';
import { type ServerProcess, startServer, stopServer } from '../room/server-process.ts';
import { seriousFindings } from './axe.ts';
import { settled, shot, useBrowser } from './harness.ts';
import { clean, openPhone, type PhonePage } from './phone-page.ts';
import { playRoomToDebrief } from './play.ts';

/**
 * The whole room as a class uses it: the game window served by `npm run room` (the real server
 * process, the built dist/), its presenter window, and three phones (360×740, touch) in Chromium.
 * The trainer opens the room from the pause menu; phones join by the address the QR code holds;
 * their votes appear on the projector and in the presenter beside the hand count; closing the
 * vote freezes it into the session's record, hands and phones apart.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const SCENARIO = 's1_strategy';
const baseUrl = inject('baseUrl');
const browser = useBrowser();
const servers: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => stopServer(s)));
});

interface PhoneVoteView {
  decisionId: string;
  counts: number[];
  voters: number;
  open: boolean;
  settled: boolean;
  ballots: Record<string, number>;
}
interface SessionView {
  votes: Record<string, number[]>;
  phoneVotes: Record<string, PhoneVoteView>;
  decisions: number[];
  order: number[] | null;
  room: { status: string; code: string | null; joinUrl: string | null; phones: number };
}

/** The game window's state, read only: the room is driven by its keys, clicks and phones. */
function read(game: Page): Promise<SessionView> {
  return game.evaluate((id) => {
    type S = {
      votes: Record<string, number[]>;
      phoneVotes: Record<string, PhoneVoteView>;
      branches: { id: string; snapshot: { decisions: { chosen: number }[] } }[];
    };
    const state = (
      window as unknown as {
        __wudi: {
          getState(): {
            sessions: Record<string, S>;
            step: { kind: string; order?: number[] } | null;
            room: SessionView['room'];
          };
        };
      }
    ).__wudi.getState();
    const s = state.sessions[id];
    return {
      votes: s?.votes ?? {},
      phoneVotes: s?.phoneVotes ?? {},
      decisions: s?.branches.find((b) => b.id === 'main')?.snapshot.decisions.map((d) => d.chosen) ?? [],
      order: state.step?.kind === 'choices' ? (state.step.order ?? null) : null,
      room: state.room,
    };
  }, SCENARIO);
}

async function classroomSettings(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.evaluate(
    (settings) => localStorage.setItem('wudi-turn:settings', JSON.stringify({ v: 1, data: settings })),
    { ...DEFAULT_SETTINGS, locale, prologueSeen: true, mode: 'class' },
  );
}

function watchErrors(page: Page, name: string, errors: string[], allow: RegExp | null = null): Page {
  page.on('console', (m) => {
    if (m.type() === 'error' && !allow?.test(m.text())) errors.push(`${name}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  return page;
}

/** The game at `url` in classroom mode (as a trainer's saved settings have it), at the scenario's first line. */
async function toScenario(game: Page, url: string, locale: 'en' | 'zh-CN'): Promise<void> {
  await game.goto(`${url}?stage=off`);
  await classroomSettings(game, locale);
  await game.goto(`${url}?stage=off`);
  await game.locator('[data-testid="start"]').click();
  await game.locator(`[data-testid="play-${SCENARIO}"]`).click();
  await game.locator('[data-testid="line"]').waitFor();
}

/** PageDown (the clicker's "next") until a decision waits in the room view. */
async function toDecision(game: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await game.locator('.class-decision:not([hidden]) [data-testid="choice-1"]').count()) return;
    await game.keyboard.press('PageDown');
  }
  throw new Error('no decision reached');
}

async function pauseMenu(game: Page): Promise<void> {
  await game.keyboard.press('Escape');
  await game.locator('[data-testid="pause-dialog"][open]').waitFor();
}

async function closePause(game: Page): Promise<void> {
  if (await game.locator('[data-testid="pause-dialog"][open]').count()) await game.keyboard.press('Escape');
  await game.waitForFunction(() => !document.querySelector('[data-testid="pause-dialog"][open]'));
}

async function openPresenter(context: BrowserContext, game: Page): Promise<Page> {
  await pauseMenu(game);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    game.locator('[data-testid="open-presenter"]').click(),
  ]);
  await presenter.waitForLoadState();
  await game.bringToFront();
  await closePause(game);
  return presenter;
}

/** The address a phone reads from the QR code on the projector, decoded from a screenshot. */
async function scanQr(page: Page, selector: string): Promise<string> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error(`no QR code could be read in ${selector}`);
  return found.data;
}

type Phone = PhonePage;

const phoneOptions = (p: Phone) => p.page.locator('.phone-option');

/** The phone's options, in the order it shows them. */
function phoneTexts(p: Phone): Promise<string[]> {
  return phoneOptions(p).evaluateAll((bs) =>
    bs.map((b) => b.querySelector('.phone-option-text')?.textContent ?? b.textContent ?? ''),
  );
}

async function vote(p: Phone, n: number): Promise<void> {
  await phoneOptions(p)
    .nth(n - 1)
    .tap();
  await p.page.waitForFunction(
    (i) => document.querySelectorAll('.phone-option')[i]?.getAttribute('aria-pressed') === 'true',
    n - 1,
  );
}

async function shows(page: Page, testid: string, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const source = typeof expected === 'string' ? null : expected.source;
  await page
    .waitForFunction(
      ([id, text, pattern]) => {
        const got = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        return pattern ? new RegExp(pattern).test(got) : got === text;
      },
      [testid, typeof expected === 'string' ? expected : '', source] as const,
      { timeout },
    )
    .catch(async () => {
      const got = await page.locator(`[data-testid="${testid}"]`).first().textContent();
      throw new Error(`${testid}: expected ${String(expected)}, got ${JSON.stringify(got)}`);
    });
}

describe('the room votes from phones (game window, presenter, three phones)', () => {
  it('opens a room with a QR code, shows phone votes beside hands, and freezes them into the record', async () => {
    const server = await startServer(0, DIST);
    servers.push(server);
    const origin = `http://127.0.0.1:${server.port}`;
    const errors: string[] = [];
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const game = watchErrors(await context.newPage(), 'game', errors);
    await toScenario(game, `${origin}/`, 'en');
    const presenter = watchErrors(await openPresenter(context, game), 'presenter', errors);
    await toDecision(game);

    // The trainer opens the room from the pause menu: the join card covers the projector.
    await pauseMenu(game);
    await game.locator('[data-testid="room-start"]').click();
    await game.locator('[data-testid="room-card"]:not([hidden]) [data-testid="qr-code"]').waitFor();
    const code = (await game.getByTestId('room-code').textContent())?.replace(/\s/g, '') ?? '';
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const info = (await (await fetch(`${origin}/room-server.json`)).json()) as { joinOrigins: string[] };
    // The game was opened on 127.0.0.1: phones are sent to an address of the network, when it has one.
    const joinOrigin = info.joinOrigins[0] ?? origin;
    const scanned = await scanQr(game, '[data-testid="room-card"] [data-testid="qr-code"]');
    expect(scanned).toBe(`${joinOrigin}/phone.html?room=${code}`);
    expect(await game.getByTestId('room-url').textContent()).toBe(`${new URL(joinOrigin).host}/phone.html`);
    // The host secret never leaves this tab: not in the QR code, not in saved data.
    const held = await game.evaluate(() => sessionStorage.getItem('wudi-turn:room-host') ?? '');
    const secret = (JSON.parse(held) as { hostSecret: string }).hostSecret;
    expect(scanned).not.toContain(secret);
    expect(await game.evaluate(() => JSON.stringify(localStorage))).not.toContain(secret);
    await settled(game);
    await shot(game, 'en-room-card-1280x720');
    // The card is read by screen readers and lies over the room view: nothing serious (axe-core).
    expect(await seriousFindings(game)).toEqual([]);
    // It never takes the room's keys: focus stays on the decision, and J hides it.
    expect(
      await game.evaluate(() => document.activeElement?.closest('[data-testid="room-card"]') ?? null),
    ).toBeNull();

    // The presenter shows the same code and a QR code of the same address.
    await shows(presenter, 'p-room-code', `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(await scanQr(presenter, '.p-qr [data-testid="qr-code"]')).toBe(scanned);

    // Three phones join by the address the code holds (on this machine, through 127.0.0.1).
    const phoneUrl = `${origin}/phone.html?room=${code}`;
    const phones = [
      await openPhone(browser(), phoneUrl, 'en-US'),
      await openPhone(browser(), phoneUrl, 'en-US'),
      await openPhone(browser(), phoneUrl, 'en-US'),
    ];
    for (const p of phones) await phoneOptions(p).first().waitFor();
    await shows(game, 'room-phones', '3 phones');
    await game.keyboard.press('j');
    await game.locator('[data-testid="room-card"]').waitFor({ state: 'hidden' });
    await shows(game, 'room-chip', `Room ${code} · 3 phones`);
    await shows(presenter, 'p-room-phones', '3 phones in the room');

    // The phones show the projector's options in the projector's order (never scores or notes).
    const projected = await game
      .locator('.class-option-text')
      .evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
    for (const p of phones) expect(await phoneTexts(p)).toEqual(projected);
    const phoneText = await phones[0]?.page.locator('body').innerText();
    expect(phoneText).not.toMatch(/Coach|[+−-]\d\s*[STROBE]/);

    // Votes: 1, 2, 2, then the first phone changes its mind to 2. A hand vote for 1 is added by key.
    const [a, b, c] = phones as [Phone, Phone, Phone];
    await vote(a, 1);
    await vote(b, 2);
    await vote(c, 2);
    await shows(game, 'phone-votes-1', 'Phones 1');
    await vote(a, 2);
    await shows(game, 'phone-votes-2', 'Phones 3');
    await shows(game, 'phone-votes-1', 'Phones 0');
    await game.keyboard.press('1');
    await shows(game, 'votes-1', 'Hands 1');
    await shows(presenter, 'p-phone-votes-2', '3 phones · 100%');
    await shows(presenter, 'p-votes-1', 'Hands: 1 vote · 100%');
    await shows(game, 'phone-status', 'Phones are voting · 3 phone votes · 3 phones');
    await settled(game);
    await shot(game, 'en-room-votes-1280x720');
    await game.setViewportSize({ width: 1920, height: 1080 });
    await settled(game);
    await shot(game, 'en-room-votes-1920x1080');
    await settled(presenter);
    await shot(presenter, 'en-room-presenter');
    expect(await seriousFindings(presenter)).toEqual([]);
    expect(await seriousFindings(game)).toEqual([]);

    // V closes the phone vote: the phones are told, and the record is frozen.
    await game.keyboard.press('v');
    await shows(game, 'phone-status', 'Phone vote closed · 3 phone votes');
    for (const p of phones) await p.page.getByText('Voting closed').first().waitFor();
    let view = await read(game);
    const [key1, record1] = Object.entries(view.phoneVotes)[0] ?? [];
    const order1 = view.order ?? [];
    expect(key1).toBe('main|@1');
    expect(record1).toMatchObject({ open: false, settled: true, voters: 3, ballots: {} });
    // Kept per authored option: shown option 2 is the authored option order1[1].
    const authored2 = order1[1] ?? -1;
    expect(record1?.counts[authored2]).toBe(3);
    expect(record1?.counts.reduce((x, y) => x + y, 0)).toBe(3);
    // Hands apart: one hand vote for shown option 1.
    expect(view.votes['main|@1']?.[order1[0] ?? -1]).toBe(1);
    expect(view.votes['main|@1']?.reduce((x, y) => x + y, 0)).toBe(1);
    // A phone can no longer vote.
    expect(await phoneOptions(a).first().isDisabled()).toBe(true);

    // Enter plays the option the room leads with: 3 phones beat 1 hand.
    await game.keyboard.press('Enter');
    await game.waitForFunction(
      () =>
        (
          window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
        ).__wudi.getState().snapshot?.decisions.length === 1,
    );
    view = await read(game);
    expect(view.decisions).toEqual([authored2]);

    // The next decision reaches the phones by itself; playing it closes its phone vote too.
    await toDecision(game);
    const prompt2 = (await game.getByTestId('class-prompt').textContent()) ?? '';
    for (const p of phones) await p.page.getByText(prompt2.slice(0, 30)).first().waitFor();
    await vote(a, 1);
    await vote(b, 1);
    await shows(game, 'phone-votes-1', 'Phones 2');
    await shows(presenter, 'p-phone-votes-1', '2 phones · 100%');
    await game.keyboard.press('Enter');
    await game.waitForFunction(
      () =>
        (
          window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
        ).__wudi.getState().snapshot?.decisions.length === 2,
    );
    await game.waitForFunction(() => {
      const s = (
        window as unknown as {
          __wudi: {
            getState(): { sessions: Record<string, { phoneVotes: Record<string, { settled: boolean }> }> };
          };
        }
      ).__wudi.getState().sessions.s1_strategy;
      return Object.values(s?.phoneVotes ?? {}).filter((v) => v.settled).length === 2;
    });
    view = await read(game);
    const record2 = Object.entries(view.phoneVotes).find(([k]) => k !== 'main|@1')?.[1];
    expect(record2).toMatchObject({ open: false, settled: true, voters: 2 });

    // The session file carries both decisions' phone votes apart from the hand votes.
    await pauseMenu(game);
    const [download] = await Promise.all([
      game.waitForEvent('download'),
      game.locator('[data-testid="export-session"]').click(),
    ]);
    const file = JSON.parse(fs.readFileSync((await download.path()) ?? '', 'utf8')) as {
      version: number;
      votes: Record<string, number[]>;
      phoneVotes: Record<string, PhoneVoteView>;
    };
    await closePause(game);
    expect(file.version).toBe(2);
    expect(Object.keys(file.phoneVotes)).toHaveLength(2);
    expect(file.phoneVotes['main|@1']?.counts[authored2]).toBe(3);
    expect(file.votes['main|@1']?.reduce((x, y) => x + y, 0)).toBe(1);
    expect(JSON.stringify(file)).not.toContain(secret);

    // Stopping the room tells the phones; the record stays.
    await pauseMenu(game);
    await game.locator('[data-testid="room-stop"]').click();
    await closePause(game);
    for (const p of phones)
      await p.page
        .getByText(/session has ended/)
        .first()
        .waitFor();
    expect(Object.keys((await read(game)).phoneVotes)).toHaveLength(2);

    // The room's debrief says how hands and phones voted, apart, in the order the room saw.
    await playRoomToDebrief(game);
    const note = game.locator('.room-vote').first();
    await note.waitFor();
    expect(await note.textContent()).toBe('Hands: 1 · 0 · 0 · 0; Phones: 0 · 3 · 0 · 0 → played 2');
    await note.scrollIntoViewIfNeeded();
    await shot(game, 'en-room-debrief');

    expect(errors).toEqual([]);
    clean(phones);
    for (const p of phones) await p.context.close();
    await context.close();
  });

  it('in Chinese: the server is killed mid-vote and restarts; the game window resumes the room, nothing lost or doubled', async () => {
    let server = await startServer(0, DIST);
    servers.push(server);
    const port = server.port;
    const origin = `http://127.0.0.1:${port}`;
    const errors: string[] = [];
    // While the server is down the browser logs its refused connections: those, and only those, are expected.
    const refused = /ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/;
    const context = await browser().newContext({
      viewport: { width: 1920, height: 1080 },
      serviceWorkers: 'block',
    });
    const game = watchErrors(await context.newPage(), 'game', errors, refused);
    await toScenario(game, `${origin}/`, 'zh-CN');
    await toDecision(game);
    await pauseMenu(game);
    expect(await game.locator('[data-testid="room-start"]').textContent()).toBe('让学员用手机投票');
    await game.locator('[data-testid="room-start"]').click();
    await game.locator('[data-testid="room-card"]:not([hidden]) [data-testid="qr-code"]').waitFor();
    expect(await game.locator('#room-card-heading').textContent()).toBe('用手机投票');
    const code = (await game.getByTestId('room-code').textContent())?.replace(/\s/g, '') ?? '';
    const phoneUrl = `${origin}/phone.html?room=${code}`;
    const phones = [
      await openPhone(browser(), phoneUrl, 'zh-CN'),
      await openPhone(browser(), phoneUrl, 'zh-CN'),
      await openPhone(browser(), phoneUrl, 'zh-CN'),
    ];
    for (const p of phones) await phoneOptions(p).first().waitFor();
    await shows(game, 'room-phones', '3 部手机');
    await settled(game);
    await shot(game, 'zh-room-card-1920x1080');
    await game.keyboard.press('j');
    const [a, b, c] = phones as [Phone, Phone, Phone];
    await vote(a, 1);
    await vote(b, 2);
    await shows(game, 'phone-votes-1', '手机 1');
    await shows(game, 'phone-votes-2', '手机 1');
    await settled(game);
    await shot(game, 'zh-room-votes-1920x1080');
    await settled(a.page);
    await shot(a.page, 'zh-room-phone-voted');

    // The server dies (no goodbye) and comes back on the same port with an empty memory.
    await stopServer(server, 'SIGKILL');
    await shows(game, 'room-chip', '正在重新连接投票服务器……已计入的票不会丢失。');
    server = await startServer(port, DIST);
    servers.push(server);
    // The game window re-sends the room: same code, the ballots it had counted, the decision on screen.
    await shows(game, 'room-chip', `房间 ${code} · 3 部手机`, 20_000);
    await vote(c, 2);
    await shows(game, 'phone-votes-2', '手机 2');
    await shows(game, 'phone-votes-1', '手机 1');
    const view = await read(game);
    const record = view.phoneVotes['main|@1'];
    expect(record?.voters).toBe(3);
    expect(record?.counts.reduce((x, y) => x + y, 0)).toBe(3);

    // A reload of the game window keeps its room: same code, the phones still in, the tally kept.
    await game.reload();
    await game.locator('.class-decision:not([hidden])').waitFor();
    await shows(game, 'room-chip', `房间 ${code} · 3 部手机`, 20_000);
    await shows(game, 'phone-votes-2', '手机 2');
    expect(await game.locator('[data-testid="room-card"]').isHidden()).toBe(true);
    await vote(a, 2);
    await shows(game, 'phone-votes-2', '手机 3');
    await shows(game, 'phone-votes-1', '手机 0');

    expect(errors).toEqual([]);
    // The phones saw the server go: their refused connections, and nothing else.
    clean(phones, true);
    for (const p of phones) await p.context.close();
    await context.close();
  });

  it('on a static site with no room server, says how to start one and changes nothing else', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const errors: string[] = [];
    // The one request that fails is the probe for the room server: a 404 from the static server.
    const game = watchErrors(await context.newPage(), 'game', errors, /room-server\.json|404/);
    await toScenario(game, baseUrl, 'en');
    await toDecision(game);
    await pauseMenu(game);
    await game.locator('[data-testid="room-start"]').click();
    await shows(game, 'room-card', /npm run room/);
    await shot(game, 'en-room-unavailable');
    // No phone counts on the projector: phones are not voting.
    expect(await game.locator('[data-testid^="phone-votes-"]').count()).toBe(0);
    await game.locator('[data-testid="room-card-hide"]').click();
    await game.locator('[data-testid="room-card"]').waitFor({ state: 'hidden' });
    expect((await read(game)).room.status).toBe('off');
    expect(errors).toEqual([]);
    await context.close();
  });
});
