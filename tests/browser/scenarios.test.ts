import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openGame, shot, useBrowser } from './harness.ts';
import { bestShown, keyboardPlayToDebrief, keyboardToScenario } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

// Every scenario in the build in both languages (scenario 1 also plays in playthrough.test.ts):
// in English always taking the best option, which must reach the strong ending whatever order the
// options are shown in; in Chinese a varied walk.
const ids = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../stories/en'))
  .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ink$/, ''))
  .sort();
const cases = ids.flatMap((id) =>
  id.startsWith('s1_') ? [[id, 'en'] as const] : [[id, 'en'] as const, [id, 'zh-CN'] as const],
);

describe.each(cases)('%s by keyboard in %s', (id, locale) => {
  it('plays to the debrief with every decision listed and no role above its points possible', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl);
    await keyboardToScenario(page, locale, id);
    // A different walk per scenario: the debrief must hold whatever path is taken.
    const best = locale === 'en';
    const decisions = await keyboardPlayToDebrief(page, (n, options) =>
      best ? bestShown(page) : ((n * (id.length + 3)) % options) + 1,
    );
    expect(decisions).toBeGreaterThanOrEqual(8);
    expect(decisions).toBeLessThanOrEqual(12);
    expect(await page.locator('[data-testid="decision-list"] > li').count()).toBe(decisions);
    const rows = await page
      .locator('[data-testid="role-chart"] li')
      .evaluateAll((lis) =>
        lis.map((li) => [Number(li.getAttribute('data-earned')), Number(li.getAttribute('data-possible'))]),
      );
    expect(rows).toHaveLength(5);
    for (const [earned, possible] of rows) expect(earned).toBeLessThanOrEqual(possible ?? 0);
    const ending = await page.locator('[data-testid="ending"]').getAttribute('data-ending');
    if (best) expect(ending).toBe('strong');
    else expect(['strong', 'mixed', 'poor']).toContain(ending);
    await shot(page, `${locale}-${id}-debrief`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
