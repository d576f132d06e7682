/**
 * Responsiveness of the production build against a bare Ink player (bench/bare-player, shaped like
 * Inky's web export) playing the same story, measured in the same run so both see the same machine.
 * See bench/README.md for what each figure means.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { buildStory } from '../scripts/story-build.ts';
import { playScreen } from '../tests/browser/play.ts';

const VIEWPORT = { width: 1280, height: 720 };
/** the load window: figures 1 count the long tasks that start in the first 6 s after navigation */
const LOAD_WINDOW_MS = 6000;
const SCENARIOS = ['s1_strategy', 's2_team', 's3_resources', 's4_operations', 's5_partnership'] as const;
/** steps allowed to play one scenario (a few hundred lines, a dozen decisions) before giving up */
const MAX_STEPS = 800;

type Kind = 'game' | 'bare';

interface PageConfig {
  kind: Kind;
  /** what a choice is: a click inside it starts a choice → next line timing */
  choice: string;
}

interface LongTask {
  start: number;
  duration: number;
}

interface EventEntry {
  id: number;
  name: string;
  start: number;
  duration: number;
}

/** what the init script gathers in the page */
interface BenchProbe {
  longtasks: LongTask[];
  events: EventEntry[];
  /** click → first frame after the line changed, per choice click, in ms */
  choice: number[];
  /** the same, to the end of that frame (a message posted from its rAF callback arrives after paint) */
  choiceFrame: number[];
  /** the title's first click → Start enabled, in ms (game only) */
  first: number | null;
}

/** One run of one player: figures 1–4. */
export interface RunFigures {
  load: { tbt: number; longest: number; count: number; quietAfter: number; fcp: number };
  play: { longest: number; over100: number; over50: number; durationMs: number };
  input: { p50: number; p95: number; max: number; reported: number; firstClick: number };
  choice: { median: number; p95: number; count: number; frameMedian: number; frameP95: number };
}

export interface Row {
  measure: string;
  game: number[];
  bare: number[];
  unit: string;
}

export interface ResponsivenessResult {
  runs: number;
  chromium: string;
  normal: { game: RunFigures[]; bare: RunFigures[]; table: string };
  throttled: { rate: number; game: RunFigures[]; bare: RunFigures[]; table: string };
  download: {
    /** scripts is what tests/browser/bundle.test.ts holds under 110 KB: the entry and its modulepreloads */
    game: { bytes: number; scripts: number; files: string[] };
    bare: { bytes: number; files: string[] };
  };
  memory: { heapUsedBytes: number; textures: { textures: number; bytes: number } | null } | null;
  memoryError?: string;
}

/** Runs in the page before any of its scripts: observers and the click timers. */
function installProbe(cfg: PageConfig): void {
  const probe: BenchProbe = { longtasks: [], events: [], choice: [], choiceFrame: [], first: null };
  (window as unknown as { __bench: BenchProbe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    // interactionId is not in TypeScript's DOM types yet.
    for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
      if (e.interactionId && e.interactionId > 0)
        probe.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  const lineSignature = (): string =>
    cfg.kind === 'game'
      ? `${document.querySelector('[data-testid="line"]')?.textContent ?? ''}|${document.querySelector('[data-testid="debrief"]') ? 'debrief' : ''}`
      : `${document.querySelectorAll('[data-para]').length}|${document.body?.dataset.ended ?? ''}`;
  /**
   * When `changed` first holds after a DOM mutation, the next animation frame's callback reports the
   * time since t0 (`done`), and a message posted from it, which runs once that frame is painted, too.
   */
  const whenPainted = (
    t0: number,
    changed: () => boolean,
    done: (ms: number) => void,
    framed?: (ms: number) => void,
  ) => {
    const observer = new MutationObserver(() => {
      if (!changed()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        done(performance.now() - t0);
        if (!framed) return;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => framed(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  // Capture on the document: it runs before the page's own click handler changes anything.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      if (target.closest(cfg.choice)) {
        const before = lineSignature();
        whenPainted(
          event.timeStamp,
          () => lineSignature() !== before,
          (ms) => probe.choice.push(ms),
          (ms) => probe.choiceFrame.push(ms),
        );
      } else if (cfg.kind === 'game' && target.closest('[data-testid="lang-en"]') && probe.first === null) {
        whenPainted(
          event.timeStamp,
          () => document.querySelector<HTMLButtonElement>('[data-testid="start"]')?.disabled === false,
          (ms) => {
            probe.first ??= ms;
          },
        );
      }
    },
    true,
  );
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** nearest-rank percentile */
const pct = (xs: number[], p: number) => {
  const s = sorted(xs);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};
const med = (xs: number[]) => pct(xs, 50);

/** The probe's figures, once the last choice's frame has ended. */
async function readProbe(page: Page): Promise<BenchProbe> {
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __bench: BenchProbe }).__bench;
    return probe.choiceFrame.length >= probe.choice.length;
  });
  return page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);
}

/** A fresh context and page, throttled before navigation when rate > 1. */
async function openPage(browser: Browser, cfg: PageConfig, rate: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(rate > 1 ? 240_000 : 60_000);
  // tsx (esbuild, keepNames) wraps the probe's inner functions in __name(), which the page lacks.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(installProbe, cfg);
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** Waits out the rest of the load window, so the figures of point 1 see loading and the first click only. */
async function waitLoadWindow(page: Page): Promise<void> {
  const now = await page.evaluate(() => performance.now());
  if (now < LOAD_WINDOW_MS) await page.waitForTimeout(LOAD_WINDOW_MS - now);
}

function figures(
  probe: BenchProbe,
  fcp: number,
  end: number,
  firstClick: number,
  choice: number[],
  choiceFrame: number[],
): RunFigures {
  const early = probe.longtasks.filter((t) => t.start < LOAD_WINDOW_MS);
  const play = probe.longtasks.filter((t) => t.start + t.duration >= fcp && t.start <= end);
  // One interaction fires several events (pointerdown, click, keyup…): its duration is the longest.
  const byInteraction = new Map<number, number>();
  for (const e of probe.events) {
    if (e.start > end) continue;
    byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  }
  const inputs = [...byInteraction.values()];
  return {
    load: {
      tbt: early.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longest: Math.max(0, ...early.map((t) => t.duration)),
      count: early.length,
      quietAfter: Math.max(0, ...early.map((t) => t.start + t.duration)),
      fcp,
    },
    play: {
      longest: Math.max(0, ...play.map((t) => t.duration)),
      over100: play.filter((t) => t.duration > 100).length,
      over50: play.filter((t) => t.duration > 50).length,
      durationMs: end - fcp,
    },
    input: {
      p50: inputs.length ? med(inputs) : 0,
      p95: inputs.length ? pct(inputs, 95) : 0,
      max: Math.max(0, ...inputs),
      reported: inputs.length,
      firstClick,
    },
    choice: {
      median: med(choice),
      p95: pct(choice, 95),
      count: choice.length,
      frameMedian: med(choiceFrame),
      frameP95: pct(choiceFrame, 95),
    },
  };
}

const fcpOf = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);

/** From the menu, plays a scenario to its debrief: the first choice shown each time, Enter otherwise. */
async function playScenarioToDebrief(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="play-${id}"]`).click();
  await page.waitForSelector('[data-testid="line"]');
  let decisions = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const { debrief, ended, options } = await playScreen(page);
    if (debrief) return;
    if (ended) {
      // The debrief's screen loads on first use; no input is needed.
      await page.waitForSelector('[data-testid="debrief"]');
      return;
    }
    if (options > 0) {
      decisions++;
      await page.locator('.choices [data-testid="choices"] button').first().click();
      // The choice is in the store before the next look at the screen: never two clicks on one decision.
      await page.waitForFunction(
        (made) =>
          (
            window as unknown as { __wudi: { getState(): { snapshot: { decisions: unknown[] } | null } } }
          ).__wudi.getState().snapshot?.decisions.length === made,
        decisions,
      );
    } else {
      await page.keyboard.press('Enter');
    }
  }
  throw new Error(`${id}: no debrief after ${MAX_STEPS} steps (${decisions} decisions)`);
}

/** Title → scenario 1 → debrief, stage on, clicking the title the instant it shows. */
async function gameRun(browser: Browser, url: string, rate: number): Promise<RunFigures> {
  const { context, page } = await openPage(
    browser,
    { kind: 'game', choice: '[data-testid="choices"] button' },
    rate,
  );
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const lang = page.locator('[data-testid="lang-en"]');
    await lang.waitFor({ state: 'visible' });
    // force: no waiting for the title to hold still; a player clicks what they see.
    await lang.click({ force: true, noWaitAfter: true });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchProbe }).__bench.first !== null);
    await waitLoadWindow(page);
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    await playScenarioToDebrief(page, 's1_strategy');
    const end = await page.evaluate(() => performance.now());
    const probe = await readProbe(page);
    return figures(probe, await fcpOf(page), end, probe.first ?? Number.NaN, probe.choice, probe.choiceFrame);
  } finally {
    await context.close();
  }
}

/** The bare player: first choice clicked the instant it shows, then the first choice until the end. */
async function bareRun(browser: Browser, url: string, rate: number): Promise<RunFigures> {
  const { context, page } = await openPage(browser, { kind: 'bare', choice: '[data-choice]' }, rate);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const choice = page.locator('[data-choice]').first();
    await choice.waitFor({ state: 'visible' });
    await choice.click({ force: true, noWaitAfter: true });
    await page.waitForFunction(
      () => (window as unknown as { __bench: BenchProbe }).__bench.choice.length > 0,
    );
    await waitLoadWindow(page);
    for (let step = 0; step < MAX_STEPS; step++) {
      if (await page.evaluate(() => document.body.dataset.ended === 'true')) break;
      const made = await page.evaluate(
        () => (window as unknown as { __bench: BenchProbe }).__bench.choice.length,
      );
      await page.locator('[data-choice]').first().click();
      await page.waitForFunction(
        (n) => (window as unknown as { __bench: BenchProbe }).__bench.choice.length > n,
        made,
      );
    }
    const end = await page.evaluate(() => performance.now());
    const probe = await readProbe(page);
    // The first choice was the first click: the game's first click is its title, not a choice.
    const [first = Number.NaN, ...rest] = probe.choice;
    return figures(probe, await fcpOf(page), end, first, rest, probe.choiceFrame.slice(1));
  } finally {
    await context.close();
  }
}

/** Five scenarios in one page, back to the menu between them; then heap after GC and textures. */
async function memoryAfterFive(browser: Browser, url: string): Promise<ResponsivenessResult['memory']> {
  const { context, page, cdp } = await openPage(
    browser,
    { kind: 'game', choice: '[data-testid="choices"] button' },
    1,
  );
  page.setDefaultTimeout(120_000);
  try {
    await page.goto(url);
    await page.locator('[data-testid="lang-en"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    for (const id of SCENARIOS) {
      await page.locator('.menu-screen').waitFor();
      await playScenarioToDebrief(page, id);
      await page.locator('[data-testid="back-to-menu"]').click();
    }
    await page.locator('.menu-screen').waitFor();
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const textures = await page.evaluate(() => {
      type Memory = { textures: number; bytes: number };
      const stage = (
        window as unknown as { __wudi?: { stage?: () => { memory?: () => Memory } | null } }
      ).__wudi?.stage?.();
      return typeof stage?.memory === 'function' ? stage.memory() : null;
    });
    return { heapUsedBytes: heap.usedSize, textures };
  } finally {
    await context.close();
  }
}

/** First download, gzipped: the game's entry, modulepreloads and CSS; every file of the bare player. */
function downloads(dist: string, bareDir: string): ResponsivenessResult['download'] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const strip = (href: string) => href.replace(/^\.?\//, '');
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const gameFiles = [entry, ...preloads, ...css].map(strip);
  const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;
  const bareFiles = fs.readdirSync(bareDir).sort();
  const scripts = [entry, ...preloads].map(strip);
  return {
    game: {
      bytes: gameFiles.reduce((s, f) => s + gz(path.join(dist, f)), 0),
      scripts: scripts.reduce((s, f) => s + gz(path.join(dist, f)), 0),
      files: gameFiles,
    },
    bare: { bytes: bareFiles.reduce((s, f) => s + gz(path.join(bareDir, f)), 0), files: bareFiles },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A static server for one flat folder, on a free port. */
async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name =
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, path.basename(name));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The bare player's folder: our three files, inkjs's runtime (no compiler) and the story as a global. */
async function bareFolder(root: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-bare-'));
  for (const f of ['index.html', 'main.js', 'style.css'])
    fs.copyFileSync(path.join(root, 'bench/bare-player', f), path.join(dir, f));
  fs.copyFileSync(path.join(root, 'node_modules/inkjs/dist/ink.js'), path.join(dir, 'ink.js'));
  const built = await buildStory(path.join(root, 'stories/en/s1_strategy.ink'), { explore: 'cached-only' });
  if (!built.json) throw new Error(`s1_strategy did not compile: ${JSON.stringify(built.messages)}`);
  fs.writeFileSync(path.join(dir, 'story.js'), `var storyContent = ${built.json};\n`);
  return dir;
}

const ROWS: { measure: string; unit: string; pick: (f: RunFigures) => number }[] = [
  { measure: 'load: total blocking time (first 6 s)', unit: 'ms', pick: (f) => f.load.tbt },
  { measure: 'load: longest task', unit: 'ms', pick: (f) => f.load.longest },
  { measure: 'load: long tasks', unit: '', pick: (f) => f.load.count },
  { measure: 'load: main thread quiet after', unit: 'ms', pick: (f) => f.load.quietAfter },
  { measure: 'load: first contentful paint', unit: 'ms', pick: (f) => f.load.fcp },
  { measure: 'play: longest task', unit: 'ms', pick: (f) => f.play.longest },
  { measure: 'play: tasks > 100 ms', unit: '', pick: (f) => f.play.over100 },
  { measure: 'play: tasks > 50 ms', unit: '', pick: (f) => f.play.over50 },
  { measure: 'input: interaction p50 (of those ≥ 16 ms)', unit: 'ms', pick: (f) => f.input.p50 },
  { measure: 'input: interaction p95', unit: 'ms', pick: (f) => f.input.p95 },
  { measure: 'input: interaction max', unit: 'ms', pick: (f) => f.input.max },
  { measure: 'input: interactions ≥ 16 ms reported', unit: '', pick: (f) => f.input.reported },
  { measure: 'input: first click → response painted', unit: 'ms', pick: (f) => f.input.firstClick },
  { measure: 'choice → next line painted, median', unit: 'ms', pick: (f) => f.choice.median },
  { measure: 'choice → next line painted, p95', unit: 'ms', pick: (f) => f.choice.p95 },
  { measure: 'choice → end of that frame, median', unit: 'ms', pick: (f) => f.choice.frameMedian },
  { measure: 'choice → end of that frame, p95', unit: 'ms', pick: (f) => f.choice.frameP95 },
];

const fmt = (x: number) =>
  Number.isFinite(x) ? (Math.abs(x) >= 100 || Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)) : 'n/a';
const triple = (xs: number[]) => `${fmt(Math.min(...xs))} / ${fmt(med(xs))} / ${fmt(Math.max(...xs))}`;

/** The markdown table: measure | game min/median/max | bare min/median/max | ratio of medians. */
export function table(
  game: RunFigures[],
  bare: RunFigures[],
  download?: ResponsivenessResult['download'],
): string {
  const lines = [
    '| measure | game min / median / max | bare min / median / max | game ÷ bare |',
    '|---|---|---|---|',
  ];
  for (const row of ROWS) {
    const g = game.map(row.pick);
    const b = bare.map(row.pick);
    const ratio = med(b) > 0 ? `${(med(g) / med(b)).toFixed(1)}×` : '–';
    lines.push(
      `| ${row.measure}${row.unit ? ` (${row.unit})` : ''} | ${triple(g)} | ${triple(b)} | ${ratio} |`,
    );
  }
  if (download) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    lines.push(
      `| first download, gzipped (scripts + CSS) | ${kb(download.game.bytes)} | ${kb(download.bare.bytes)} | ${(download.game.bytes / download.bare.bytes).toFixed(1)}× |`,
      `| first download, gzipped: scripts only (the bundle test's budget, 110 KB) | ${kb(download.game.scripts)} | – | – |`,
    );
  }
  return lines.join('\n');
}

/** Alternates game and bare runs so both see the same machine noise. */
async function series(browser: Browser, gameUrl: string, bareUrl: string, runs: number, rate: number) {
  const game: RunFigures[] = [];
  const bare: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const label = rate > 1 ? ` (${rate}× CPU throttling)` : '';
    const t = performance.now();
    game.push(await gameRun(browser, gameUrl, rate));
    bare.push(await bareRun(browser, bareUrl, rate));
    console.log(`  run ${i + 1}/${runs}${label}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  return { game, bare };
}

/** Needs a production build in dist/ (run.ts builds it first). */
export async function responsiveness(
  browser: Browser,
  root: string,
  runs: number,
): Promise<ResponsivenessResult> {
  const bareDir = await bareFolder(root);
  const bare = await serveFolder(bareDir);
  const server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const gameUrl = server.resolvedUrls?.local[0] ?? '';
  try {
    const download = downloads(path.join(root, 'dist'), bareDir);
    console.log(
      `\nResponsiveness: ${runs} runs each of the game (scenario 1, stage on) and the bare Ink player`,
    );
    const normal = await series(browser, gameUrl, bare.url, runs, 1);
    const normalTable = table(normal.game, normal.bare, download);
    console.log(`\n${normalTable}\n`);
    const rate = 4;
    const throttled = await series(browser, gameUrl, bare.url, runs, rate);
    const throttledTable = table(throttled.game, throttled.bare);
    console.log(`\nWith ${rate}× CPU throttling:\n\n${throttledTable}\n`);
    console.log('Memory after playing all five scenarios in one page…');
    let memory: ResponsivenessResult['memory'] = null;
    let memoryError: string | undefined;
    try {
      memory = await memoryAfterFive(browser, gameUrl);
      const tex = memory?.textures;
      console.log(
        `  JS heap used after GC: ${((memory?.heapUsedBytes ?? 0) / 1024 / 1024).toFixed(1)} MB; textures: ${
          tex ? `${tex.textures} (${(tex.bytes / 1024 / 1024).toFixed(1)} MB)` : 'n/a'
        }`,
      );
    } catch (error) {
      memoryError = error instanceof Error ? error.message : String(error);
      console.log(`  failed: ${memoryError}`);
    }
    return {
      runs,
      chromium: browser.version(),
      normal: { ...normal, table: normalTable },
      throttled: { rate, ...throttled, table: throttledTable },
      download,
      memory,
      ...(memoryError ? { memoryError } : {}),
    };
  } finally {
    await server.close();
    await bare.close();
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
}
