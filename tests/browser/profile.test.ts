import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CAPABILITIES, type CapabilityScores } from '../../src/narrative/capabilities.ts';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import {
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type RoleAverage,
  withSeal,
} from '../../src/results/result.ts';
import { rateSelf } from '../../src/results/self-rating.ts';
import type { Locale } from '../../src/state/schema.ts';
import { SELF_STATEMENTS } from '../../src/words/self-assessment.ts';
import { openGame, settled, shot, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');

const roles = (s: Partial<RoleScores>): RoleScores => ({ S: 0, T: 0, R: 0, O: 0, BE: 0, ...s });
const caps = (c: Partial<CapabilityScores>): CapabilityScores =>
  Object.fromEntries(CAPABILITIES.map((cap) => [cap, c[cap] ?? 0])) as CapabilityScores;

// Cross-cultural integration is exercised by neither scenario: its bar says so.
const S1_CAP_POSSIBLE = caps({
  strategic_thinking: 8,
  org_development: 2,
  collaborative_influence: 4,
  customer_partnering: 6,
  business_value: 2,
  strategic_risk: 2,
  business_acumen: 4,
});
const S2_CAP_POSSIBLE = caps({
  strategic_thinking: 4,
  org_development: 6,
  collaborative_influence: 4,
  customer_partnering: 2,
  business_value: 2,
  strategic_risk: 2,
  business_acumen: 2,
});

function played(
  scenarioId: string,
  finishedAt: string,
  scores: Partial<RoleScores>,
  possible: Partial<RoleScores>,
  capabilities?: { earned: CapabilityScores; possible: CapabilityScores },
): LearnerResult {
  return withSeal({
    id: `${scenarioId}:${finishedAt}`,
    learner: 'Li Na',
    scenarioId,
    locale: 'en',
    title: scenarioId,
    storyHash: 'h',
    finishedAt,
    durationMs: 900_000,
    decisions: [],
    scores: roles(scores),
    possible: roles(possible),
    // A result of format 1 has no capability keys at all.
    ...(capabilities ? { capabilities: capabilities.earned, capabilityPossible: capabilities.possible } : {}),
    ending: 'mixed',
    plan: { role: null, actions: [] },
  });
}

// Across the three: S 9/18 (50%), T 7/14, R 14/16 (88%), O 4/8, BE 6/12.
const RESULTS = [
  played(
    's1_strategy',
    '2026-11-20T09:00:00.000Z',
    { S: 6, T: 2, R: 5, O: 2, BE: 4 },
    { S: 10, T: 4, R: 6, O: 4, BE: 8 },
    {
      earned: caps({
        strategic_thinking: 5,
        customer_partnering: 3,
        business_acumen: -1,
        org_development: 1,
      }),
      possible: S1_CAP_POSSIBLE,
    },
  ),
  played(
    's2_team',
    '2026-11-21T09:00:00.000Z',
    { S: 2, T: 4, R: 4, O: 1, BE: 1 },
    { S: 4, T: 8, R: 4, O: 2, BE: 2 },
    {
      earned: caps({ strategic_thinking: 3, org_development: 4, collaborative_influence: 2 }),
      possible: S2_CAP_POSSIBLE,
    },
  ),
  // Played before capabilities were counted: in the roles, left out of the capabilities.
  played(
    's3_resources',
    '2026-11-10T09:00:00.000Z',
    { S: 1, T: 1, R: 5, O: 1, BE: 1 },
    { S: 4, T: 2, R: 6, O: 2, BE: 2 },
  ),
];

// Rated S highest (5) and R lowest (1), the others 3: over-rated on S (100% vs 50%), under on R (0% vs 88%).
const RATING = rateSelf(
  SELF_STATEMENTS,
  Object.fromEntries(SELF_STATEMENTS.map((s) => [s.id, s.role === 'S' ? 5 : s.role === 'R' ? 1 : 3])),
  new Date('2026-11-19T09:00:00.000Z'),
);

function stat(mean: number, possible: number): RoleAverage {
  return { mean, sd: 1, min: mean - 1, max: mean + 1, meanShare: possible > 0 ? mean / possible : 0 };
}

function figures(
  className: string,
  scenarios: Record<
    string,
    { roles: RoleScores; possible: RoleScores; caps: CapabilityScores; capPossible: CapabilityScores }
  >,
): ClassAverageFile {
  return {
    kind: CLASS_AVERAGE_KIND,
    version: 2,
    createdAt: '2026-11-25T09:00:00.000Z',
    className,
    scenarios: Object.fromEntries(
      Object.entries(scenarios).map(([id, f]) => [
        id,
        {
          learners: 12,
          storyHashes: [],
          possible: f.possible,
          roles: Object.fromEntries(ROLES.map((r) => [r, stat(f.roles[r], f.possible[r])])) as Record<
            (typeof ROLES)[number],
            RoleAverage
          >,
          capabilities: Object.fromEntries(
            CAPABILITIES.map((c) => [c, stat(f.caps[c], f.capPossible[c])]),
          ) as ClassAverageFile['scenarios'][string]['capabilities'],
          capabilityPossible: f.capPossible,
        },
      ]),
    ),
  };
}

// The class covers s1 and s2: S (5 + 2) / (10 + 4) = 50%; strategic thinking (4 + 2) / (8 + 4) = 50%.
const CLASS = figures('KAM cohort 12, Shenzhen', {
  s1_strategy: {
    roles: roles({ S: 5, T: 2, R: 3, O: 2, BE: 4 }),
    possible: roles({ S: 10, T: 4, R: 6, O: 4, BE: 8 }),
    caps: caps({ strategic_thinking: 4, customer_partnering: 3 }),
    capPossible: S1_CAP_POSSIBLE,
  },
  s2_team: {
    roles: roles({ S: 2, T: 4, R: 2, O: 1, BE: 1 }),
    possible: roles({ S: 4, T: 8, R: 4, O: 2, BE: 2 }),
    caps: caps({ strategic_thinking: 2, org_development: 3 }),
    capPossible: S2_CAP_POSSIBLE,
  },
});
// The reference covers s1 only: S 8 / 10 = 80%, strategic thinking 6 / 8 = 75%.
const REFERENCE = figures('Incumbent KAMs', {
  s1_strategy: {
    roles: roles({ S: 8, T: 3, R: 4, O: 3, BE: 6 }),
    possible: roles({ S: 10, T: 4, R: 6, O: 4, BE: 8 }),
    caps: caps({ strategic_thinking: 6, customer_partnering: 5 }),
    capPossible: S1_CAP_POSSIBLE,
  },
});

async function seed(page: Page, locale: Locale, withReference: boolean): Promise<void> {
  await page.evaluate(
    ({ results, rating, average, reference, locale }) => {
      localStorage.setItem('wudi-turn:results', JSON.stringify({ v: 1, data: results }));
      localStorage.setItem('wudi-turn:self-rating', JSON.stringify({ v: 1, data: rating }));
      localStorage.setItem('wudi-turn:class-average', JSON.stringify({ v: 2, data: average }));
      if (reference) localStorage.setItem('wudi-turn:reference', JSON.stringify({ v: 1, data: reference }));
      localStorage.setItem(
        'wudi-turn:settings',
        JSON.stringify({
          v: 1,
          data: {
            locale,
            volume: 0.7,
            muted: false,
            textSize: 'normal',
            prologueSeen: true,
            activeScenario: null,
          },
        }),
      );
    },
    { results: RESULTS, rating: RATING, average: CLASS, reference: withReference ? REFERENCE : null, locale },
  );
  await page.reload();
  await page.locator('[data-testid="start"]').click();
  await page.locator('[data-testid="open-profile"]').click();
  await page.locator('[data-testid="profile-cap-chart"]').waitFor();
}

const cap = (page: Page, id: string) => page.locator(`[data-testid="profile-cap-chart"] [data-cap="${id}"]`);
const role = (page: Page, id: string) => page.locator(`[data-testid="profile-roles"] [data-role="${id}"]`);

describe('the profile across scenarios', () => {
  it('sums capabilities, sets the self-rating beside play, and shows class and reference by name (en)', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await seed(page, 'en', false);

    // Capabilities summed over s1 and s2 only; s3 (format 1) left out with a note.
    expect(await page.locator('[data-testid="profile-cap-chart"] .cap-row').count()).toBe(8);
    expect(await cap(page, 'strategic_thinking').getAttribute('data-earned')).toBe('8');
    expect(await cap(page, 'strategic_thinking').getAttribute('data-possible')).toBe('12');
    expect(await cap(page, 'strategic_thinking').locator('.role-value').textContent()).toBe('8 / 12 · 67%');
    expect(await cap(page, 'cross_cultural').getAttribute('class')).toContain('unexercised');
    expect(await cap(page, 'cross_cultural').locator('.role-value').textContent()).toBe(
      'not exercised in the scenarios played',
    );
    expect(await page.locator('[data-testid="profile-caps-note"]').textContent()).toContain(
      'One result was played before capabilities were counted',
    );

    // The self card names the largest gap both ways.
    expect(await page.locator('[data-testid="profile-self-over"]').getAttribute('data-role')).toBe('S');
    expect(await page.locator('[data-testid="profile-self-under"]').getAttribute('data-role')).toBe('R');
    expect(await page.locator('[data-testid="profile-self-over"]').textContent()).toContain(
      'Strategy leader',
    );
    expect(await page.locator('[data-testid="profile-self-under"]').textContent()).toContain(
      'Resource integrator',
    );

    // The class (seeded): solid markers on roles and capabilities, named in the legend.
    expect(await role(page, 'S').getAttribute('data-class-share')).toBe('0.500');
    expect(await role(page, 'S').locator('[data-testid="class-marker-S"]').count()).toBe(1);
    expect(await cap(page, 'strategic_thinking').getAttribute('data-class-share')).toBe('0.500');
    expect(await page.locator('.roles-card .compare-legend').textContent()).toContain(
      'Class average (KAM cohort 12, Shenzhen)',
    );
    expect(await page.locator('.roles-card [data-testid="reference-marker-S"]').count()).toBe(0);

    // A reference group loaded from the profile: hollow markers, its name, and the learner's own
    // share over the one scenario it covers.
    await page.locator('[data-testid="profile-reference-file"]').setInputFiles({
      name: 'incumbents.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(REFERENCE)),
    });
    await page.locator('.roles-card [data-testid="reference-marker-S"]').waitFor();
    expect(await role(page, 'S').getAttribute('data-reference-share')).toBe('0.800');
    expect(await role(page, 'S').locator('.role-compare').textContent()).toBe(
      'class average 50% (you 57% in the same 2 scenarios) · Incumbent KAMs 80% (you 60% in the same scenario)',
    );
    expect(await cap(page, 'strategic_thinking').getAttribute('data-reference-share')).toBe('0.750');
    expect(
      await cap(page, 'strategic_thinking')
        .locator('[data-testid="reference-marker-strategic_thinking"]')
        .count(),
    ).toBe(1);
    expect(await page.locator('.profile-caps .compare-legend').textContent()).toContain(
      'Reference (Incumbent KAMs)',
    );
    expect(await page.locator('[data-testid="profile-compare-status"]').textContent()).toContain(
      'Reference (Incumbent KAMs): covers 1 of your 3 scenarios.',
    );
    await settled(page);
    await shot(page, 'en-profile-groups');
    await page.locator('[data-testid="profile-compare-status"]').scrollIntoViewIfNeeded();
    await shot(page, 'en-profile-compare');
    await page.locator('[data-testid="profile-caps"]').scrollIntoViewIfNeeded();
    await shot(page, 'en-profile-caps');
    await page.locator('[data-testid="profile-self"]').scrollIntoViewIfNeeded();
    await shot(page, 'en-profile-self');

    // A results file is refused with its reason; the figures loaded stay.
    await page.locator('[data-testid="profile-class-file"]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ kind: 'wudi-turn/results', version: 2, results: [] })),
    });
    await expect
      .poll(() => page.locator('[data-testid="profile-compare-status"]').textContent())
      .toContain("This is a learner's results file");
    expect(await role(page, 'S').getAttribute('data-class-share')).toBe('0.500');

    // Removing the reference takes its markers away.
    await page.locator('[data-testid="profile-reference-remove"]').click();
    await expect.poll(() => page.locator('[data-testid="reference-marker-S"]').count()).toBe(0);
    expect(await page.locator('[data-testid="class-marker-S"]').count()).toBe(1);

    // The self-assessment opens from the profile, and both "back" and "save" return to it.
    await page.locator('[data-testid="profile-self-rate"]').click();
    await page.locator('[data-testid="self-assessment"]').waitFor();
    await page.locator('[data-testid="self-skip"]').click();
    await page.locator('[data-testid="profile"]').waitFor();
    await page.locator('[data-testid="profile-self-rate"]').click();
    for (const s of SELF_STATEMENTS) await page.locator(`[data-testid="self-${s.id}-3"]`).check();
    await page.locator('[data-testid="self-save"]').click();
    await page.locator('[data-testid="profile"]').waitFor();
    // All rated 3 (50%): R played 88% is now the only gap, the other way.
    expect(await page.locator('[data-testid="profile-self-under"]').getAttribute('data-role')).toBe('R');
    expect(await page.locator('[data-testid="profile-self-over"]').count()).toBe(0);
    // The profile's own "back" still leads to the menu it was opened from.
    await page.locator('[data-testid="profile-back"]').click();
    await page.locator('[data-testid="open-profile"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows both groups by name in Chinese, and prints legibly', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await seed(page, 'zh-CN', true);
    expect(await page.locator('.roles-card .compare-legend').textContent()).toContain(
      '全班平均（KAM cohort 12, Shenzhen）',
    );
    expect(await page.locator('.roles-card .compare-legend').textContent()).toContain(
      '参照组（Incumbent KAMs）',
    );
    expect(await page.locator('.profile-caps [data-testid="class-marker-strategic_thinking"]').count()).toBe(
      1,
    );
    expect(
      await page.locator('.profile-caps [data-testid="reference-marker-strategic_thinking"]').count(),
    ).toBe(1);
    expect(await role(page, 'S').locator('.role-compare').textContent()).toBe(
      '全班平均 50%（你在相同的 2 个情境中为 57%） · Incumbent KAMs 80%（你在相同的 1 个情境中为 60%）',
    );
    expect(await cap(page, 'cross_cultural').locator('.role-value').textContent()).toBe('已玩情境均未涉及');
    expect(await page.locator('[data-testid="profile-caps-note"]').textContent()).toContain('有 1 个结果');
    expect(await page.locator('[data-testid="profile-self-over"]').textContent()).toContain('战略领导者');
    expect(await page.locator('[data-testid="profile-self-under"]').textContent()).toContain('资源整合者');
    await settled(page);
    await shot(page, 'zh-CN-profile-groups');
    await page.locator('[data-testid="profile-caps"]').scrollIntoViewIfNeeded();
    await shot(page, 'zh-CN-profile-caps');

    // Printed: the bars and both groups' markers stay, the buttons go.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.locator('[data-testid="profile-cap-chart"]').isVisible()).toBe(true);
    expect(await page.locator('.roles-card [data-testid="reference-marker-S"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="profile-compare-reference"]').isVisible()).toBe(false);
    await shot(page, 'zh-CN-profile-print');
    await page.pdf({
      format: 'A4',
      printBackground: true,
      path: 'test-results/screenshots/zh-CN-profile-print.pdf',
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
