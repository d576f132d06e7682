import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RoomLocale, RoomSnapshot, Tally } from '../../src/room/protocol.ts';
import {
  ask,
  type Reply,
  type ServerProcess,
  startServer as startRoomServer,
  stopServer,
  until,
} from '../room/server-process.ts';
import { settled, shot, useBrowser } from './harness.ts';
import { clean, openPhone, type PhonePage } from './phone-page.ts';

/**
 * The phone page against the real room server (`npm run room` serving the built dist/), with the
 * game window played by a Socket.IO client in Node and three phones in Chromium at 360×740.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const browser = useBrowser();

// ---- the room server, as tests/unit/room-server.test.ts runs it ----

const servers: ServerProcess[] = [];

async function startServer(port = 0): Promise<ServerProcess> {
  const server = await startRoomServer(port, DIST);
  servers.push(server);
  return server;
}

const sockets: Socket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => stopServer(s)));
});

/** The game window: opens the room, puts decisions up, and re-sends the room after a reconnection. */
class Host {
  readonly socket: Socket;
  code = '';
  secret = '';
  tally: Tally | null = null;
  tallies: Tally[] = [];
  snapshot: RoomSnapshot | null = null;
  /** resume with no ballots, as a game window that never got the last tally would */
  forgetBallots = false;

  constructor(port: number) {
    this.socket = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 400,
    });
    sockets.push(this.socket);
    this.socket.on('tally', (t: Tally) => {
      this.tally = t;
      this.tallies.push(t);
    });
    this.socket.io.on('reconnect', () => {
      if (!this.snapshot) return;
      const decision = this.snapshot.decision
        ? {
            ...this.snapshot.decision,
            ballots: this.forgetBallots ? {} : (this.tally?.ballots ?? this.snapshot.decision.ballots),
          }
        : null;
      void ask(this.socket, 'room:resume', {
        code: this.code,
        hostSecret: this.secret,
        state: { ...this.snapshot, decision },
      });
    });
  }

  async open(locale: RoomLocale, title: string): Promise<void> {
    const answer = await ask(this.socket, 'room:open', { locale, title });
    expect(answer.ok).toBe(true);
    this.code = String(answer.code);
    this.secret = String(answer.hostSecret);
    this.snapshot = { locale, title, whatif: false, blank: false, decision: null };
  }

  command(event: string, payload: Record<string, unknown> = {}): Promise<Reply> {
    return ask(this.socket, event, { code: this.code, hostSecret: this.secret, ...payload });
  }

  async decision(decisionId: string, prompt: string, texts: string[]): Promise<void> {
    const view = { decisionId, prompt, options: texts.map((text, i) => ({ key: `k${i + 1}`, text })) };
    expect(await this.command('decision:open', view)).toEqual({ ok: true });
    if (this.snapshot) this.snapshot = { ...this.snapshot, decision: { ...view, open: true, ballots: {} } };
  }

  async toggle(what: 'room:whatif' | 'room:blank', on: boolean): Promise<void> {
    expect(await this.command(what, { on })).toEqual({ ok: true });
    if (this.snapshot)
      this.snapshot = { ...this.snapshot, [what === 'room:whatif' ? 'whatif' : 'blank']: on };
  }
}

// ---- phones in Chromium ----

const phone = (url: string, locale?: string): Promise<PhonePage> => openPhone(browser(), url, locale);

const options = (page: Page): Locator => page.locator('.phone-option');
const option = (page: Page, n: number): Locator => options(page).nth(n);
const status = (page: Page): Locator => page.getByTestId('phone-status');

async function pressed(page: Page): Promise<string[]> {
  return options(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed') ?? 'none'));
}

async function expectPressed(page: Page, n: number | null, count: number): Promise<void> {
  const want = Array.from({ length: count }, (_, i) => String(i === n));
  await page.waitForFunction(
    (w) => {
      const got = [...document.querySelectorAll('.phone-option')].map((b) => b.getAttribute('aria-pressed'));
      return JSON.stringify(got) === JSON.stringify(w);
    },
    want,
    { timeout: 10_000 },
  );
  expect(await pressed(page)).toEqual(want);
}

describe('the phone page, built', () => {
  it('carries the same strict policy as the game, loads under 60 KB gzipped, and nothing of the game', () => {
    const html = fs.readFileSync(path.join(DIST, 'phone.html'), 'utf8');
    const policy = (page: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
        fs.readFileSync(path.join(DIST, page), 'utf8'),
      )?.[1];
    expect(policy('phone.html')).toBeDefined();
    expect(policy('phone.html')).toBe(policy('index.html'));
    expect(policy('phone.html')).toContain("connect-src 'self';");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // A ballot for one class, not the game: no manifest link, so a phone does not offer to install it.
    expect(html).not.toContain('rel="manifest"');
    expect(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')).toContain('rel="manifest"');

    // Everything phone.html loads: its scripts, the modules they preload or import, its stylesheets.
    const files = new Set<string>();
    const queue = [
      ...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g),
      ...html.matchAll(/rel="(?:modulepreload|stylesheet)"[^>]*href="\.\/([^"]+)"/g),
    ].map((m) => m[1] ?? '');
    while (queue.length) {
      const file = queue.pop() ?? '';
      if (files.has(file)) continue;
      files.add(file);
      if (!file.endsWith('.js')) continue;
      const code = fs.readFileSync(path.join(DIST, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g))
        queue.push(`assets/${m[1]}`);
    }
    const total = [...files].reduce(
      (sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f))).length,
      0,
    );
    console.log(`phone.html loads ${(total / 1024).toFixed(1)} KB gzipped (${[...files].sort().join(', ')})`);
    expect(files.size).toBeGreaterThanOrEqual(2);
    expect(total).toBeLessThan(60 * 1024);
    for (const f of files) {
      const code = fs.readFileSync(path.join(DIST, f), 'utf8');
      for (const absent of ['Phaser', 'inkVersion', 'InkParser', 'zustand', 'howler', 'Howl('])
        expect(code, `${f}: ${absent}`).not.toContain(absent);
    }
    // The service worker never answers phone.html with the game's page.
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    expect(sw).toMatch(/presenter\|guide\|phone/);
  });
});

describe('the phone page, in a room', () => {
  it('three phones vote by tapping, one changes; closing stops votes; what-if and blank follow the room', async () => {
    const server = await startServer();
    const host = new Host(server.port);
    await host.open('en', 'Scenario 1: The strategy meeting');
    await host.decision('s1.d1', 'Wu Di has ten minutes with the CFO. What does he open with?', [
      'The numbers from last quarter',
      'A question about the CFO’s own targets',
      'The new product line, with a discount',
    ]);
    const url = `http://127.0.0.1:${server.port}/phone.html?room=${host.code}`;
    const phones = await Promise.all([phone(url), phone(url), phone(url)]);
    const [p1, p2, p3] = phones.map((p) => p.page) as [Page, Page, Page];

    for (const page of [p1, p2, p3]) {
      await option(page, 2).waitFor();
      expect(await page.getByTestId('phone-prompt').textContent()).toBe(
        'Wu Di has ten minutes with the CFO. What does he open with?',
      );
      expect(await options(page).locator('.phone-option-text').allTextContents()).toEqual([
        'The numbers from last quarter',
        'A question about the CFO’s own targets',
        'The new product line, with a discount',
      ]);
      expect(await page.locator('.phone-title').textContent()).toBe('Scenario 1: The strategy meeting');
      await expectPressed(page, null, 3);
    }
    await until('three phones in the room', () => host.tally?.phones === 3);
    // The socket goes over WebSocket, which connect-src 'self' admits (no violation is asserted below).
    expect(await p1.evaluate(() => document.documentElement.dataset.transport)).toBe('websocket');
    // Big touch targets: full width, at least 48 px high, on a 360 px screen, nothing wider than it.
    for (const box of await options(p1).evaluateAll((bs) =>
      bs.map((b) => b.getBoundingClientRect().toJSON()),
    )) {
      const r = box as DOMRect;
      expect(r.height).toBeGreaterThanOrEqual(48);
      expect(r.width).toBeGreaterThanOrEqual(320);
      expect(r.right).toBeLessThanOrEqual(360);
    }
    expect(await p1.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await option(p1, 0).tap();
    await option(p2, 1).tap();
    await option(p3, 1).tap();
    await until('three votes', () => host.tally?.voters === 3);
    expect(host.tally?.counts).toEqual({ k1: 1, k2: 2, k3: 0 });
    await option(p3, 2).tap();
    await until('the changed vote', () => host.tally?.counts.k3 === 1);
    expect(host.tally).toMatchObject({
      decisionId: 's1.d1',
      open: true,
      counts: { k1: 1, k2: 1, k3: 1 },
      voters: 3,
    });
    expect(Object.keys(host.tally?.ballots ?? {})).toHaveLength(3);
    await expectPressed(p1, 0, 3);
    await expectPressed(p2, 1, 3);
    await expectPressed(p3, 2, 3);
    expect(await status(p3).textContent()).toBe('Your vote is in. You can change it until voting closes.');
    expect(await option(p3, 2).textContent()).toContain('Your vote');
    await settled(p3);
    await shot(p3, 'phone-en-voting');

    // The trainer closes voting: the tally freezes, phones say so and cannot vote.
    const closed = await host.command('decision:close', { decisionId: 's1.d1' });
    expect(closed).toMatchObject({ ok: true, tally: { open: false, counts: { k1: 1, k2: 1, k3: 1 } } });
    for (const page of [p1, p2, p3]) {
      await status(page).filter({ hasText: 'Voting closed.' }).waitFor();
      expect(
        await options(page).evaluateAll((bs) => bs.every((b) => (b as HTMLButtonElement).disabled)),
      ).toBe(true);
    }
    const talliesBefore = host.tallies.length;
    await option(p1, 2).tap({ force: true });
    await option(p1, 2).click({ force: true });
    await p1.waitForTimeout(500);
    await expectPressed(p1, 0, 3);
    expect(host.tallies.length).toBe(talliesBefore);
    expect(host.tally?.counts).toEqual({ k1: 1, k2: 1, k3: 1 });
    await settled(p1);
    await shot(p1, 'phone-en-closed');

    // What-if: a marker; blank: the decision is hidden while the projector is dark.
    await host.toggle('room:whatif', true);
    await p2.getByTestId('phone-whatif').waitFor({ state: 'visible' });
    expect(await p2.getByTestId('phone-whatif').textContent()).toContain('What if');
    await host.toggle('room:blank', true);
    for (const page of [p1, p2, p3]) {
      await page.getByTestId('phone-prompt').waitFor({ state: 'hidden' });
      expect(await option(page, 0).isVisible()).toBe(false);
      expect(await page.locator('.phone-title').isVisible()).toBe(false);
    }
    await shot(p2, 'phone-en-blank');
    await host.toggle('room:blank', false);
    await host.toggle('room:whatif', false);
    await p2.getByTestId('phone-prompt').waitFor({ state: 'visible' });
    await p2.getByTestId('phone-whatif').waitFor({ state: 'hidden' });

    // The next decision: no vote marked, voting open again.
    await host.decision('s1.d2', 'The CFO says no. Now what?', ['Ask why', 'Go over her head']);
    for (const page of [p1, p2, p3]) {
      await page.getByTestId('phone-prompt').filter({ hasText: 'The CFO says no.' }).waitFor();
      await expectPressed(page, null, 2);
    }
    await option(p2, 0).tap();
    await until(
      'a vote on the second decision',
      () => host.tally?.decisionId === 's1.d2' && host.tally.voters === 1,
    );
    // Keyboard: Tab reaches the options in order, focus is visible, Enter votes.
    await p1.keyboard.press('Tab');
    await p1.keyboard.press('Tab');
    const focused = await p1.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { key: el?.dataset.key, outline: el ? getComputedStyle(el).outlineStyle : 'none' };
    });
    expect(focused).toEqual({ key: 'k2', outline: 'solid' });
    await p1.keyboard.press('Enter');
    await until('the keyboard vote', () => host.tally?.counts.k2 === 1 && host.tally.voters === 2);
    await expectPressed(p1, 1, 2);

    // Between decisions the room says "waiting"; room:close ends it on every phone.
    expect(await host.command('room:close')).toEqual({ ok: true });
    for (const page of [p1, p2, p3])
      await page.locator('.phone-ended').filter({ hasText: 'ended' }).waitFor();
    clean(phones);
  });

  it('a Chinese room is in Chinese; the code can be typed; a wrong code says so', async () => {
    const server = await startServer();
    const host = new Host(server.port);
    await host.open('zh-CN', '情景一：战略会议');
    await host.decision('s1.d1', '吴迪和财务总监只有十分钟。他先说什么？', [
      '上季度的数字',
      '问一问财务总监自己的目标',
      '新产品线，外加折扣',
    ]);
    const p = await phone(`http://127.0.0.1:${server.port}/phone.html`, 'zh-CN');
    const page = p.page;
    // Before joining, the phone's own language.
    await page.locator('#phone-code-input').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('.phone-heading').textContent()).toBe('加入课堂');
    expect(await page.locator('#phone-nick-input').getAttribute('required')).toBeNull();
    await page.locator('#phone-code-input').fill('ABC12');
    await page.locator('.phone-primary').tap();
    await page.locator('#phone-form-error').filter({ hasText: '6 位' }).waitFor();
    // A code that is well formed but opens no room.
    const wrong = host.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    await page.locator('#phone-code-input').fill(wrong);
    await page.locator('.phone-primary').tap();
    await page.locator('#phone-form-error').filter({ hasText: '没有找到这个房间' }).waitFor();
    await settled(page);
    await shot(page, 'phone-zh-join');

    await page.locator('#phone-code-input').fill(host.code.toLowerCase());
    await page.locator('#phone-nick-input').fill('小林');
    await page.locator('.phone-primary').tap();
    await option(page, 2).waitFor();
    expect(new URL(page.url()).searchParams.get('room')).toBe(host.code);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('.phone-title').textContent()).toBe('情景一：战略会议');
    expect(await status(page).textContent()).toBe('请点选你的答案。投票结束前可以更改。');
    await option(page, 1).tap();
    await until('the vote', () => host.tally?.counts.k2 === 1);
    await expectPressed(page, 1, 3);
    expect(await option(page, 1).textContent()).toContain('你的选择');
    expect(await status(page).textContent()).toBe('已投票。投票结束前可以更改。');
    await settled(page);
    await shot(page, 'phone-zh-voting');

    // A reload keeps the phone id (the same ballot, not a second one) and joins by the address.
    const id = await page.evaluate(() => localStorage.getItem('wudi-turn:phone-id'));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await page.reload();
    await expectPressed(page, 1, 3);
    expect(await page.evaluate(() => localStorage.getItem('wudi-turn:phone-id'))).toBe(id);
    expect(host.tally?.voters).toBe(1);

    // A nickname later: the phone joins again with it, and is still one phone with one vote.
    await page.locator('.phone-nick summary').tap();
    await page.locator('#phone-rename-input').fill('林');
    await page.locator('.phone-nick .phone-secondary').tap();
    await page.locator('.phone-nick').filter({ hasText: '已保存' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('wudi-turn:phone-nickname'))).toBe('林');
    await page.locator('[data-link="live"]').waitFor({ state: 'attached' });
    await expectPressed(page, 1, 3);
    await until('one phone, one vote', () => host.tally?.phones === 1 && host.tally.voters === 1);

    await host.command('decision:close', { decisionId: 's1.d1' });
    await status(page).filter({ hasText: '投票已结束' }).waitFor();
    await host.toggle('room:whatif', true);
    await page.getByTestId('phone-whatif').filter({ hasText: '假设' }).waitFor();
    await settled(page);
    await shot(page, 'phone-zh-closed');
    clean([p]);
  });

  it('after a server restart the phones reconnect by themselves and still show their vote', async () => {
    const first = await startServer();
    const port = first.port;
    const host = new Host(port);
    await host.open('en', 'Scenario 2');
    await host.decision('s2.d1', 'Who calls the client?', ['Wu Di', 'The account team', 'Nobody yet']);
    const url = `http://127.0.0.1:${port}/phone.html?room=${host.code}`;
    const phones = await Promise.all([phone(url), phone(url)]);
    const [p1, p2] = phones.map((p) => p.page) as [Page, Page];
    await option(p1, 0).tap();
    await option(p2, 2).tap();
    await until('two votes', () => host.tally?.voters === 2);
    const ballots = { ...host.tally?.ballots };

    await stopServer(first, 'SIGKILL');
    for (const page of [p1, p2])
      await page.locator('[data-link="reconnecting"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await p1.getByTestId('phone-link').textContent()).toBe('Reconnecting…');
    // a tap would go nowhere: the options wait for the connection, the vote stays marked
    expect(await options(p1).evaluateAll((bs) => bs.every((b) => (b as HTMLButtonElement).disabled))).toBe(
      true,
    );
    await expectPressed(p1, 0, 3);
    await shot(p1, 'phone-en-reconnecting');

    await startServer(port);
    // The host resumes with the ballots it had; the phones join again and re-send.
    await until(
      'the tally after the restart',
      () => host.tally?.voters === 2 && host.tally.phones === 2,
      30_000,
    );
    expect(host.tally?.ballots).toEqual(ballots);
    for (const page of [p1, p2]) await page.locator('[data-link="live"]').waitFor({ state: 'attached' });
    await expectPressed(p1, 0, 3);
    await expectPressed(p2, 2, 3);
    // Voting goes on, one ballot per phone.
    await option(p2, 1).tap();
    await until('the changed vote', () => host.tally?.counts.k2 === 1);
    expect(host.tally).toMatchObject({ counts: { k1: 1, k2: 1, k3: 0 }, voters: 2 });
    const after = { ...host.tally?.ballots };

    // Again, and this time the game window has no ballots to give back: the phones' re-sent votes
    // are what brings them back, each on its own voter.
    await stopServer(servers.at(-1) as ServerProcess, 'SIGKILL');
    await p1.locator('[data-link="reconnecting"]').waitFor({ state: 'attached', timeout: 15_000 });
    host.forgetBallots = true;
    host.tally = null;
    const latest = (): Tally | null => host.tally;
    await startServer(port);
    await until('the re-sent votes', () => latest()?.voters === 2 && latest()?.phones === 2, 30_000);
    expect(latest()?.ballots).toEqual(after);
    await expectPressed(p1, 0, 3);
    await expectPressed(p2, 1, 3);
    clean(phones, true);
  });
});
