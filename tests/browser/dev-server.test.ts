import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, scratchServerOptions } from '../helpers/scratch-project.ts';
import { closeContexts, launch, openGame, shot } from './harness.ts';

/**
 * The facilitator's loop: save a story, see it in the running game within a second; save a
 * broken one, see an overlay with file and line while the game keeps the last good version.
 * Runs on a scratch copy of the project so the real stories are never touched.
 */
let project: ReturnType<typeof scratchProject>;
let server: ViteDevServer;
let browser: Browser;
let storyFile: string;

const story = (line: string) =>
  [
    '# title: Hot reload',
    '# role: S',
    '# order: 1',
    '# summary: A story edited while it plays.',
    '# scene: tianyu_office',
    'First line.',
    `${line} # speaker: eleanor`,
    'Decide. # facilitator: note',
    '* [Go on # score: S+1 # feedback: fine]',
    '- The end. # ending: mixed',
    '-> END',
    '',
  ].join('\n');

beforeAll(async () => {
  project = scratchProject({ 'hot.ink': story('Version one.') });
  storyFile = project.file('hot.ink');
  server = await createServer(scratchServerOptions(project.dir));
  await server.listen();
  browser = await launch();
});

afterEach(async () => {
  await closeContexts(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

async function currentLine(page: Page): Promise<string | null> {
  return page.locator('[data-testid="line"]').textContent();
}

describe('dev server', () => {
  it('hot-reloads an edited story within a second and shows compile errors with file and line', async () => {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('no dev server URL');
    const { page, context } = await openGame(browser, url);
    await page.locator('[data-testid="lang-en"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    await page.locator('[data-testid="play-hot"]').click();
    await expect.poll(() => currentLine(page)).toBe('First line.');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentLine(page)).toBe('Version one.');

    const saved = Date.now();
    fs.writeFileSync(storyFile, story('Version two.'));
    await expect.poll(() => currentLine(page), { timeout: 5000, interval: 50 }).toBe('Version two.');
    const elapsed = Date.now() - saved;
    // The one-second target is measured by `npm run bench`; here only that it happens.
    console.log(`story hot-reloaded ${elapsed} ms after the save`);

    fs.writeFileSync(storyFile, story('Version three.').replace('* [Go on', '* [Go on {oops'));
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 5000 });
    const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(message).toContain('hot.ink');
    expect(message).toMatch(/hot\.ink:9/);
    await shot(page, 'dev-compile-error-overlay');
    // The game under the overlay still plays the last version that compiled.
    expect(await currentLine(page)).toBe('Version two.');

    fs.writeFileSync(storyFile, story('Version three.'));
    await expect.poll(() => currentLine(page), { timeout: 5000, interval: 50 }).toBe('Version three.');
    // Points possible arrive from the background exploration without another save.
    const possible = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __wudi: { getState(): { scenario: { meta: { possible: unknown } } | null } };
            }
          ).__wudi.getState().scenario?.meta.possible ?? null,
      );
    await expect
      .poll(possible, { timeout: 30_000, interval: 250 })
      .toEqual({ S: 1, T: 0, R: 0, O: 0, BE: 0 });
    await context.close();
  });
});
