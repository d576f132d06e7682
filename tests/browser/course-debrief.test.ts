import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CAPABILITIES } from '../../src/narrative/capabilities.ts';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import { CLASS_AVERAGE_KIND, type ClassAverageFile, type ResultFile } from '../../src/results/result.ts';
import { SELF_STATEMENTS } from '../../src/words/self-assessment.ts';
import { openGame, settled, shot, useBrowser } from './harness.ts';
import { keyboardPlayToDebrief, shownByTotal } from './play.ts';

/**
 * The course's debrief beyond the class average (issue 13, parts 1-3): the self-assessment
 * before the first scenario, capability bars, the self-rating beside play, and a named
 * reference group beside the class.
 */
const browser = useBrowser();
const baseUrl = inject('baseUrl');
const SCENARIO = 's1_strategy';

/** Class figures for s1 with capabilities (format 2), under the name a trainer gives them. */
function figures(className: string, scale: number): ClassAverageFile {
  const stat = (mean: number) => ({ mean, sd: 1, min: mean - 1, max: mean + 1, meanShare: 0 });
  const possible: RoleScores = { S: 20, T: 6, R: 6, O: 4, BE: 12 };
  return {
    kind: CLASS_AVERAGE_KIND,
    version: 2,
    createdAt: '2026-12-01T09:00:00.000Z',
    className,
    scenarios: {
      [SCENARIO]: {
        learners: 12,
        storyHashes: [],
        possible: null,
        roles: Object.fromEntries(
          ROLES.map((r) => [r, stat(possible[r] * scale)]),
        ) as ClassAverageFile['scenarios'][string]['roles'],
        capabilities: Object.fromEntries(CAPABILITIES.map((c) => [c, stat(4 * scale)])) as NonNullable<
          ClassAverageFile['scenarios'][string]['capabilities']
        >,
        capabilityPossible: null,
        selfShare: null,
      },
    },
  };
}

async function load(page: Page, testId: string, file: ClassAverageFile, name: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
}

/** S statements all 5, T statements all 1, the rest 3: a learner sure of their strategy, not their team. */
const RATING = (id: string) => (id.startsWith('S.') ? 5 : id.startsWith('T.') ? 1 : 3);

describe('the course debrief', () => {
  it('asks how the learner works before the first scenario, then sets it, the capabilities and a reference beside play', async () => {
    const { page, errors } = await openGame(browser(), baseUrl, {
      width: 1280,
      height: 720,
      stage: false,
      reducedMotion: 'reduce',
    });
    await page.waitForSelector('[data-testid="lang-zh-CN"]');
    await page.locator('[data-testid="lang-en"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();

    // Before the first scenario: an invitation, which opens the self-assessment.
    await page.locator('[data-testid="self-invite-rate"]').click();
    await page.locator('[data-testid="self-assessment"]').waitFor();
    expect(await page.locator('.self-statement').count()).toBe(SELF_STATEMENTS.length);
    // Saving with statements unrated says how many, and keeps the learner here.
    await page.locator('[data-testid="self-save"]').click();
    expect(await page.locator('[data-testid="self-missing"]').textContent()).toBe(
      `${SELF_STATEMENTS.length} statements are not rated yet.`,
    );
    // Keyboard: the first statement's radios take arrow keys (native radio group).
    await page.locator(`[data-testid="self-${SELF_STATEMENTS[0]?.id}-1"]`).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`[data-testid="self-${SELF_STATEMENTS[0]?.id}-2"]`).isChecked()).toBe(true);
    for (const s of SELF_STATEMENTS) await page.locator(`label[for="self-${s.id}-${RATING(s.id)}"]`).click();
    await shot(page, 'en-self-assessment');
    await page.locator('[data-testid="self-save"]').click();
    await page.locator('.menu-screen').waitFor();
    expect(await page.locator('[data-testid="self-invite"]').count()).toBe(0);

    // Play s1 to its debrief, mostly strong options.
    await page.locator(`[data-testid="play-${SCENARIO}"]`).click();
    await page.waitForSelector('[data-testid="line"]');
    await keyboardPlayToDebrief(page, (n) => shownByTotal(page, n % 3 === 2 ? 'worst' : 'best'));
    await page.locator('[data-testid="cap-chart"]').waitFor();

    // Eight capability bars, each earned out of possible; s1 never exercises cross-cultural.
    const caps = await page.locator('[data-testid="cap-chart"] .cap-row').evaluateAll((rows) =>
      rows.map((r) => ({
        cap: r.getAttribute('data-cap'),
        earned: Number(r.getAttribute('data-earned')),
        possible: Number(r.getAttribute('data-possible')),
        value: r.querySelector('.role-value')?.textContent ?? '',
        unexercised: r.classList.contains('unexercised'),
      })),
    );
    expect(caps.map((c) => c.cap)).toEqual([...CAPABILITIES]);
    expect(caps.find((c) => c.cap === 'cross_cultural')).toMatchObject({
      unexercised: true,
      value: 'not exercised in this scenario',
    });
    expect(caps.find((c) => c.cap === 'strategic_thinking')?.possible).toBeGreaterThan(0);
    for (const c of caps) expect(c.earned, c.cap ?? '').toBeLessThanOrEqual(c.possible);
    expect(caps.some((c) => c.earned > 0)).toBe(true);

    // The self-rating beside play: rated 5 on strategy, 1 on team.
    const self = await page.locator('[data-testid="debrief-self-roles"] .self-row').evaluateAll((rows) =>
      rows.map((r) => ({
        role: r.getAttribute('data-role') ?? '',
        self: Number(r.getAttribute('data-self')),
        played: Number(r.getAttribute('data-played')),
      })),
    );
    expect(self.find((r) => r.role === 'S')?.self).toBe(1);
    expect(self.find((r) => r.role === 'T')?.self).toBe(0);
    // The gap named each way is the largest, as the bars show it.
    const gaps = self.map((r) => ({ role: r.role, gap: r.self - r.played }));
    const over = [...gaps].sort((a, b) => b.gap - a.gap)[0];
    const under = [...gaps].sort((a, b) => a.gap - b.gap)[0];
    if (over && over.gap >= 0.1)
      expect(await page.locator('[data-testid="debrief-self-over"]').getAttribute('data-role')).toBe(
        over.role,
      );
    if (under && under.gap <= -0.1)
      expect(await page.locator('[data-testid="debrief-self-under"]').getAttribute('data-role')).toBe(
        under.role,
      );
    expect(over?.gap ?? 0).toBeGreaterThan(0.1); // rated 5 on S: no run of this mix earns all of S

    // The exported result carries the capabilities shown and the self-rating.
    await page.locator('[data-testid="learner-name"]').fill('Li Na');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as ResultFile;
    expect(file.version).toBe(2);
    const result = file.results[0];
    expect(Object.fromEntries(caps.map((c) => [c.cap, c.earned]))).toEqual(
      Object.fromEntries(
        CAPABILITIES.map((c) => [
          c,
          Math.min(result?.capabilities?.[c] ?? NaN, caps.find((x) => x.cap === c)?.possible ?? 0),
        ]),
      ),
    );
    expect(result?.selfRating?.roles).toMatchObject({ S: 5, T: 1, R: 3 });

    // The class and a named reference group, side by side on roles and capabilities.
    await load(page, 'compare-file', figures('KAM cohort 12', 0.5), 'class.json');
    await page.locator('[data-testid="class-marker-S"]').waitFor();
    await load(page, 'reference-file', figures('Incumbent KAMs 2025', 0.75), 'incumbents.json');
    await page.locator('[data-testid="reference-marker-S"]').waitFor();
    expect(await page.locator('[data-testid="class-marker-strategic_thinking"]').count()).toBe(1);
    expect(await page.locator('[data-testid="reference-marker-strategic_thinking"]').count()).toBe(1);
    // Nothing to compare where the scenario never exercises the capability.
    expect(await page.locator('[data-testid="class-marker-cross_cultural"]').count()).toBe(0);
    expect(await page.locator('.compare-legend').textContent()).toBe(
      'YouClass average (KAM cohort 12)Reference (Incumbent KAMs 2025)',
    );
    expect(await page.locator('.role-row[data-role="S"] .role-compare').textContent()).toMatch(
      /^you -?\d+ · class average 10 \([−+±]\S*\) · Incumbent KAMs 2025 15 \(you [−+±]\S*\)$/,
    );
    expect(await page.locator('[data-testid="compare-status"]').textContent()).toBe(
      'Compared with KAM cohort 12 (12 learners). Reference: Incumbent KAMs 2025 (12 players).',
    );
    await page.locator('.roles-card').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'en-debrief-reference');
    await page.locator('.caps-card').scrollIntoViewIfNeeded();
    await shot(page, 'en-debrief-capabilities');
    await page.locator('[data-testid="debrief-self"]').scrollIntoViewIfNeeded();
    await shot(page, 'en-debrief-self');

    // Both sets stay for the next visit; the reference can be removed on its own.
    await page.reload();
    await page.locator('[data-testid="reference-marker-S"]').waitFor();
    await page.locator('[data-testid="reference-remove"]').click();
    await expect.poll(() => page.locator('.reference-marker').count()).toBe(0);
    expect(await page.locator('.class-marker').count()).toBeGreaterThan(5);

    // Rating again from the debrief comes back to the debrief.
    await page.locator('[data-testid="debrief-self-rate"]').click();
    await page.locator('[data-testid="self-assessment"]').waitFor();
    expect(await page.locator(`[data-testid="self-${SELF_STATEMENTS[0]?.id}-5"]`).isChecked()).toBe(true);
    await page.locator('[data-testid="self-skip"]').click();
    await page.locator('[data-testid="cap-chart"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('speaks Chinese: the self-assessment and the capability names', async () => {
    const { page, errors } = await openGame(browser(), baseUrl, { stage: false, reducedMotion: 'reduce' });
    await page.waitForSelector('[data-testid="lang-zh-CN"]');
    await page.locator('[data-testid="lang-zh-CN"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"]').click();
    expect(await page.locator('[data-testid="self-invite"]').textContent()).toContain('开始第一个情境之前');
    await page.locator('[data-testid="self-invite-rate"]').click();
    await page.locator('[data-testid="self-assessment"]').waitFor();
    expect(await page.locator('#self-heading').textContent()).toBe('你现在是怎么工作的？');
    expect(await page.locator('.self-statement legend').first().textContent()).toMatch(/年报/);
    expect(await page.locator('.self-option .self-label').first().textContent()).toBe('很少');
    await shot(page, 'zh-self-assessment');
    await page.locator('[data-testid="self-skip"]').click();
    await page.locator('.menu-screen').waitFor();
    // Skipped, not rated: the invitation is still there for next time.
    expect(await page.locator('[data-testid="self-invite"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
