/**
 * npm run bench: the timing figures the product cares about, measured on this machine.
 * Nothing here passes or fails; it reports. (Deterministic budgets are tests.)
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, preview } from 'vite';
import { buildStory, listStoryFiles } from '../scripts/story-build.ts';
import { exploreStory } from '../src/narrative/explore.ts';
import { launch } from '../tests/browser/harness.ts';
import { scratchProject, scratchServerOptions } from '../tests/helpers/scratch-project.ts';
import { type ResponsivenessResult, responsiveness } from './responsiveness.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rows: [string, string][] = [];
const report = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(58)} ${value}`);
};

// --only=responsiveness skips the other sections (the production build still runs: it is what is measured).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;
if (only !== null && only !== 'responsiveness')
  throw new Error(`unknown --only=${only} (known: responsiveness)`);
const all = only === null;
const runs = Number(process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);

const browser = await launch();
const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'cpu',
  node: process.version,
  chromium: browser.version(),
};
console.log(
  `Machine: ${machine.cores} × ${machine.cpu}, Node ${machine.node}, Chromium ${machine.chromium}\n`,
);

// 1. Exploring every path of each story (what a build or the checker pays on a cache miss).
for (const file of all ? listStoryFiles() : []) {
  const built = await buildStory(file, { explore: 'cached-only' });
  if (!built.json) continue;
  const t = performance.now();
  const result = exploreStory(built.json);
  report(
    `explore ${built.file}`,
    `${(performance.now() - t).toFixed(0)} ms (${result.states} states, ${result.paths} paths)`,
  );
}

// 2. Production build, with every story's exploration already in the cache.
{
  for (const file of listStoryFiles()) await buildStory(file);
  const t = performance.now();
  execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
  report('vite build (exploration cached)', `${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// 3. First paint of the title and the stage starting, against the production build.
if (all) {
  const server = await preview({ root: ROOT, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0] ?? '';
  const title: number[] = [];
  const stage: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const t = Date.now();
    await page.goto(url);
    await page.waitForSelector('.title-card');
    title.push(Date.now() - t);
    await page.waitForFunction(() => document.documentElement.dataset.renderer !== undefined, undefined, {
      timeout: 60_000,
    });
    stage.push(Date.now() - t);
    await context.close();
  }
  report('title screen visible after navigation (median of 5)', `${median(title)} ms`);
  report('Phaser stage running after navigation (median of 5)', `${median(stage)} ms`);
  await server.close();
}

// 4. A facilitator's save to the new text on screen, through the dev server.
if (all) {
  const source = fs.readFileSync(path.join(ROOT, 'stories/en/s1_strategy.ink'), 'utf8');
  const project = scratchProject({ 's1_strategy.ink': source });
  const file = project.file('s1_strategy.ink');
  const server = await createServer(scratchServerOptions(project.dir));
  await server.listen();
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  await page.locator('[data-testid="lang-en"]').click();
  await page.locator('[data-testid="start"]').click();
  await page.locator('[data-testid="prologue-skip"]').click();
  await page.locator('[data-testid="play-s1_strategy"]').click();
  await page.waitForSelector('[data-testid="line"]');
  const first = (await page.locator('[data-testid="line"]').textContent()) ?? '';
  const times: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const marker = `${first} (edit ${i})`;
    const t = Date.now();
    fs.writeFileSync(file, source.replace(first, marker));
    await page.waitForFunction(
      (m) => document.querySelector('[data-testid="line"]')?.textContent === m,
      marker,
      { timeout: 30_000 },
    );
    times.push(Date.now() - t);
    // An author re-reads before saving again; the background explorer runs meanwhile.
    await page.waitForTimeout(2500);
  }
  report(
    'dev server: save to new text on screen, scenario 1 (median of 5)',
    `${median(times)} ms (all: ${times.join(', ')})`,
  );
  await server.close();
  project.remove();
}

// 5. Responsiveness against a bare Ink player, normal and with the CPU throttled.
let result: ResponsivenessResult;
try {
  result = await responsiveness(browser, ROOT, runs);
} finally {
  await browser.close();
}

const date = new Date().toISOString();
fs.writeFileSync(
  path.join(ROOT, 'bench/last-run.md'),
  `# Last bench run\n\n${date}, ${machine.cores} × ${machine.cpu}, Node ${machine.node}, Chromium ${machine.chromium}\n\n` +
    `| measure | value |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n\n` +
    `## Responsiveness (${runs} runs each)\n\n${result.normal.table}\n\n` +
    `## With ${result.throttled.rate}× CPU throttling\n\n${result.throttled.table}\n`,
);
fs.writeFileSync(
  path.join(ROOT, 'bench/last-run.json'),
  `${JSON.stringify({ date, machine, only, rows: Object.fromEntries(rows), responsiveness: result }, null, 2)}\n`,
);
