import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import {
  buildResult,
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type ResultFile,
  sealOf,
} from '../../src/results/result.ts';
import { openGame, type Session, SHOTS, settled, shot, useBrowser } from './harness.ts';
import { keyboardPlayToDebrief, keyboardToScenario, shownByTotal } from './play.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const SCENARIO = 's1_strategy';

/** Counts the pages of a PDF: page objects, not the page tree ("/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

function classFile(scenario: string, className: string): ClassAverageFile {
  const role = (mean: number) => ({ mean, sd: 1.5, min: mean - 2, max: mean + 2, meanShare: 0 });
  const possible: RoleScores = { S: 20, T: 6, R: 6, O: 4, BE: 12 };
  const means: RoleScores = { S: 11.4, T: 2.5, R: 1, O: 0.5, BE: 6 };
  const roles = Object.fromEntries(
    ROLES.map((r) => [r, { ...role(means[r]), meanShare: means[r] / possible[r] }]),
  ) as ClassAverageFile['scenarios'][string]['roles'];
  return {
    kind: CLASS_AVERAGE_KIND,
    version: 1,
    createdAt: '2026-11-23T09:00:00.000Z',
    className,
    scenarios: { [scenario]: { learners: 24, storyHashes: [], possible: null, roles } },
  };
}

async function toDebrief(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await keyboardToScenario(page, locale, SCENARIO);
  // A mix of options, mostly the weakest, sometimes the strongest (whatever order they are shown in),
  // so the plan has points lost to start from and some role ends below zero.
  await keyboardPlayToDebrief(page, (n) => shownByTotal(page, n % 4 === 0 ? 'best' : 'worst'));
  await page.locator('[data-testid="plan-action-0"]').waitFor();
}

async function savedPlan(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="plan-status"][data-state="saved"]');
}

async function printIsOnePage(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, `${name}.pdf`), pdf);
  // What the printed page shows: chart, decisions with the coach's notes, the plan; no buttons.
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, name);
  expect(pdfPages(pdf)).toBe(1);
  expect(await page.locator('[data-testid="role-chart"]').isVisible()).toBe(true);
  expect(await page.locator('[data-testid="cap-chart"]').isVisible()).toBe(true);
  expect(await page.locator('.decision-list .coach-note').first().isVisible()).toBe(true);
  expect(await page.locator('.plan-print').first().isVisible()).toBe(true);
  expect(await page.locator('[data-testid="export-json"]').isVisible()).toBe(false);
  expect(await page.locator('#stage').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

async function compareWithClass(page: Page, file: ClassAverageFile): Promise<void> {
  await page.locator('[data-testid="compare-file"]').setInputFiles({
    name: 'wudi-class-average.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.locator('[data-testid="class-marker-S"]').waitFor();
}

describe('learner results', () => {
  it('keeps the result, name and plan, exports them, compares with the class and prints on one page', async () => {
    const session: Session = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      // Text only: these journeys read the results screens, not the pictures behind them.
      stage: false,
      // The same screens without the fades: a whole scenario is played before the debrief.
      reducedMotion: 'reduce',
    });
    const { page, context, errors } = session;
    await toDebrief(page, 'en');

    // The plan starts with one action, from the coach's notes for the role with most points left.
    expect(await page.locator('.plan-action').count()).toBe(1);
    const prepare = await page.locator('[data-testid="plan-0-prepare"]').inputValue();
    expect(prepare).toContain("Coach's note on decision");
    expect(prepare).toContain('Where could this come up on my own account');
    expect(await page.locator('[data-testid="plan-0-act"]').inputValue()).toMatch(
      /^On my account: what I will do, with whom, by when\. \(In the game, the stronger move was: .+\)$/,
    );
    const role = await page.locator('[data-testid="plan-role"]').inputValue();
    expect(ROLES).toContain(role);
    // "Where to focus" is labelled by what it measures: points possible minus points earned.
    const left = await page.locator('[data-testid="role-chart"] .role-row').evaluateAll((rows) =>
      rows.map((r) => ({
        role: r.getAttribute('data-role'),
        name: r.querySelector('.role-name')?.textContent ?? '',
        left: Number(r.getAttribute('data-possible')) - Number(r.getAttribute('data-earned')),
      })),
    );
    const mostLeft = left.filter((x) => x.left > 0).sort((a, b) => b.left - a.left);
    expect(left.find((x) => x.role === role)?.left).toBe(mostLeft[0]?.left);
    expect(await page.locator('[data-testid="focus-next"]').textContent()).toBe(
      `Most points left: ${mostLeft
        .slice(0, 2)
        .map((x) => `${x.name} (${x.left})`)
        .join(' · ')}`,
    );

    // Without a name there is no file to export (the trainer could not tell it from others):
    // the button asks for the name instead.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-testid="export-json"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('learner-name');
    expect(await page.locator('.name-missing').isVisible()).toBe(true);
    expect(downloads).toBe(0);

    await page.locator('[data-testid="learner-name"]').fill('Li Na');
    const act = page.locator('[data-testid="plan-0-act"]');
    await act.fill('Ask Eleanor for 20 minutes on her 2027 priorities before the steering meeting.');
    await savedPlan(page);
    // Up to three actions: add until the plan is full, then remove one.
    const add = page.locator('[data-testid="plan-add"]');
    for (let n = await page.locator('.plan-action').count(); n < 3; n++) await add.click();
    expect(await page.locator('.plan-action').count()).toBe(3);
    expect(await add.isDisabled()).toBe(true);
    await page.locator('[data-testid="plan-remove-2"]').click();
    expect(await add.isDisabled()).toBe(false);
    await add.click();
    await page.locator('[data-testid="plan-2-act"]').fill('Third: share the reading with Zhao Lin.');
    await page.locator('[data-testid="plan-remove-1"]').click();
    await savedPlan(page);
    const actions = await page.locator('.plan-action').count();
    expect(actions).toBe(2);
    expect(await page.locator('[data-testid="plan-1-act"]').inputValue()).toBe(
      'Third: share the reading with Zhao Lin.',
    );

    // A reload lands on the same debrief with the name and the plan kept.
    await page.reload();
    await page.locator('[data-testid="plan-action-0"]').waitFor();
    expect(await page.locator('[data-testid="learner-name"]').inputValue()).toBe('Li Na');
    expect(await page.locator('[data-testid="plan-0-act"]').inputValue()).toContain('Ask Eleanor');
    expect(await page.locator('.plan-action').count()).toBe(actions);

    // Export: one result, named after the learner and scenario, sealed, with the plan.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`wudi-Li-Na-${SCENARIO}.json`);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as ResultFile;
    expect(file.kind).toBe('wudi-turn/results');
    expect(file.results).toHaveLength(1);
    const [result] = file.results;
    if (!result) throw new Error('no result');
    expect(result.learner).toBe('Li Na');
    expect(result.scenarioId).toBe(SCENARIO);
    expect(result.seal).toBe(sealOf(result));
    expect(result.plan.actions[0]?.act).toContain('Ask Eleanor');
    expect(result.plan.actions).toHaveLength(actions);
    expect(result.durationMs).toBeGreaterThan(0);
    const chart = await page
      .locator('[data-testid="role-chart"] .role-row')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-role'), Number(r.getAttribute('data-earned'))]),
      );
    expect(Object.fromEntries(chart)).toEqual(result.scores);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`wudi-Li-Na-${SCENARIO}.csv`);
    const csvText = fs.readFileSync(await csv.path(), 'utf8');
    expect(csvText.startsWith('\uFEFFlearner,scenario,')).toBe(true);
    expect(csvText).toContain('Li Na,s1_strategy,');

    // A learner's own file is not the class figures: a clear message, nothing changes.
    await page.locator('[data-testid="compare-file"]').setInputFiles({
      name: 'wudi-Li-Na-s1_strategy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect
      .poll(() => page.locator('[data-testid="compare-status"]').textContent())
      .toContain("This is a learner's results file");
    expect(await page.locator('.class-marker').count()).toBe(0);

    await compareWithClass(page, classFile(SCENARIO, 'KAM cohort 12'));
    expect(await page.locator('.class-marker').count()).toBe(5);
    expect(await page.locator('[data-testid="compare-status"]').textContent()).toBe(
      'Compared with KAM cohort 12 (24 learners).',
    );
    // The gap to the class is spelled out, with a true minus sign.
    const gap = Math.round((result.scores.S - 11.4) * 10) / 10;
    const signedGap = gap < 0 ? `−${Math.abs(gap)}` : gap > 0 ? `+${gap}` : '±0';
    const you = result.scores.S < 0 ? `−${Math.abs(result.scores.S)}` : String(result.scores.S);
    expect(await page.locator('.role-row[data-role="S"] .role-compare').textContent()).toBe(
      `you ${you} · class average 11.4 (${signedGap})`,
    );
    await page.locator('[data-testid="plan"]').scrollIntoViewIfNeeded();
    await page.locator('.roles-card').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'en-debrief-results');
    await page.locator('[data-testid="plan"]').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'en-debrief-plan');

    // The class figures stay for the next visit.
    await page.reload();
    await page.locator('[data-testid="class-marker-S"]').waitFor();

    await printIsOnePage(page, 'en-debrief-print');

    // The profile shows the scenario played, with the decisions that cost most.
    await page.locator('[data-testid="debrief-profile"]').click();
    await page.locator('[data-testid="profile"]').waitFor();
    expect(
      await page.locator(`[data-testid="profile-scenarios"] [data-scenario="${SCENARIO}"]`).count(),
    ).toBe(1);
    expect(await page.locator('[data-testid="radar"]').isVisible()).toBe(true);
    const profileS = await page
      .locator('[data-testid="profile-roles"] .role-row[data-role="S"]')
      .getAttribute('data-earned');
    expect(Number(profileS)).toBe(result.scores.S);
    expect(await page.locator('.costly-item .coach-note').count()).toBeGreaterThan(0);
    // The profile ranks by share, and says so; a role that lost points shows a negative share.
    const summary = await page.locator('[data-testid="profile-summary"]').textContent();
    expect(summary).toMatch(/^Highest share: .+Lowest share: .+$/);
    const negative = ROLES.filter((r) => result.scores[r] < 0 && (result.possible?.[r] ?? 0) > 0);
    expect(negative.length).toBeGreaterThan(0);
    for (const r of negative) {
      const earned = result.scores[r];
      const possible = result.possible?.[r] ?? 0;
      expect(
        await page
          .locator(`[data-testid="profile-roles"] .role-row[data-role="${r}"] .role-value`)
          .textContent(),
      ).toBe(`−${-earned} / ${possible} · −${Math.round((-earned / possible) * 100)}%`);
    }
    await shot(page, 'en-profile');
    await page.locator('[data-testid="profile-scenarios"]').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'en-profile-scenarios');
    await page.locator('[data-testid="profile-back"]').click();
    await page.locator('[data-testid="debrief"]').waitFor();

    // A damaged saved result is left out with a message; the good one is kept.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('wudi-turn:results') ?? '{}') as { data: unknown[] };
      saved.data.unshift({ id: 'broken', learner: 42 });
      localStorage.setItem('wudi-turn:results', JSON.stringify(saved));
    });
    await page.reload();
    await page.locator('[data-testid="results-problems"]').waitFor();
    expect(await page.locator('[data-testid="results-problems"]').textContent()).toContain(
      'One saved result could not be read and was left out; the others are safe.',
    );
    expect(await page.locator('[data-testid="plan-0-act"]').inputValue()).toContain('Ask Eleanor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works in Chinese: plan, class comparison, one printed page, profile; and the profile is empty before any play', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      // Text only: these journeys read the results screens, not the pictures behind them.
      stage: false,
      // The same screens without the fades: a whole scenario is played before the debrief.
      reducedMotion: 'reduce',
    });
    await page.locator('[data-testid="lang-zh-CN"]').click();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="prologue-skip"], .menu-screen').first().waitFor();
    if (await page.locator('[data-testid="prologue-skip"]').count())
      await page.locator('[data-testid="prologue-skip"]').click();
    // Nothing played yet: the profile says so.
    await page.locator('[data-testid="open-profile"]').click();
    await page.locator('[data-testid="profile-empty"]').waitFor();
    expect(await page.locator('[data-testid="profile-empty"]').textContent()).toContain('这里还没有内容');
    await shot(page, 'zh-CN-profile-empty');
    await page.locator('[data-testid="profile-back"]').click();
    await page.locator(`[data-testid="play-${SCENARIO}"]`).click();
    await page.locator('[data-testid="line"]').waitFor();
    await keyboardPlayToDebrief(page, (n) => shownByTotal(page, n % 4 === 0 ? 'best' : 'worst'));
    await page.locator('[data-testid="plan-action-0"]').waitFor();
    expect(await page.locator('[data-testid="plan-0-prepare"]').inputValue()).toMatch(
      /^第 \d+ 个决定的教练点评：“.+”在我负责的系统部里，类似情况可能出现在哪里？我需要先弄清什么？$/,
    );
    expect(await page.locator('#plan-heading').textContent()).toBe('你的在岗实践计划（PARR）');
    expect(await page.locator('[data-testid="focus-next"]').textContent()).toMatch(
      /^失分最多：[^（]+（\d+ 分）( · [^（]+（\d+ 分）)?$/,
    );
    // "Suggest" fills the plan up to three actions.
    await page.locator('[data-testid="plan-suggest"]').click();
    expect(await page.locator('.plan-action').count()).toBeGreaterThan(1);
    expect(await page.locator('.plan-action').count()).toBeLessThanOrEqual(3);
    const reflections = await page
      .locator('.plan-reflect textarea')
      .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(new Set(reflections).size).toBe(reflections.length);
    await page.locator('[data-testid="learner-name"]').fill('王小明');
    await page
      .locator('[data-testid="plan-0-act"]')
      .fill('下周二之前约 Eleanor 二十分钟，先听她讲 2027 年的重点。');
    await savedPlan(page);
    await compareWithClass(page, classFile(SCENARIO, '深圳 KAM 第 12 期'));
    expect(await page.locator('[data-testid="compare-status"]').textContent()).toMatch(
      /^对比对象：深圳 KAM 第 12 期（24 名学员）。$/,
    );
    const earnedS = Number(await page.locator('.role-row[data-role="S"]').getAttribute('data-earned'));
    const gapS = Math.round((earnedS - 11.4) * 10) / 10;
    expect(await page.locator('.role-row[data-role="S"] .role-compare').textContent()).toBe(
      `你 ${earnedS < 0 ? `−${-earnedS}` : earnedS} · 全班平均 11.4（${gapS < 0 ? `你低 ${-gapS}` : gapS > 0 ? `你高 ${gapS}` : '与你持平'}）`,
    );
    await page.locator('.roles-card').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'zh-CN-debrief-results');
    await page.locator('[data-testid="plan"]').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'zh-CN-debrief-plan');
    await printIsOnePage(page, 'zh-CN-debrief-print');

    await page.locator('[data-testid="debrief-profile"]').click();
    await page.locator('[data-testid="profile"]').waitFor();
    expect(await page.locator('[data-testid="profile-scenarios"] .scenario-result').count()).toBe(1);
    expect(await page.locator('.profile-intro').textContent()).toContain('王小明');
    // It closes stage by stage of the account's year: scenario 1 is the expansion stage.
    const stage = page.locator('[data-testid="profile-stages"] .stage-group');
    expect(await stage.count()).toBe(1);
    expect(await stage.locator('h3').textContent()).toBe('拓展期');
    expect(await stage.locator('.role-row').count()).toBe(5);
    expect(await stage.locator('.stage-question').textContent()).toMatch(/^拓展期：.+按 S-T-R-O-BE，.+？$/);
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="profile-export-json"]').click(),
    ]);
    expect(all.suggestedFilename()).toBe('wudi-王小明-all.json');
    await shot(page, 'zh-CN-profile');
    await page.locator('[data-testid="profile-scenarios"]').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'zh-CN-profile-scenarios');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('exporting from the profile', () => {
  it('asks for a name before writing a file the class view would refuse, and puts it on every result', async () => {
    const result = buildResult({
      learner: '',
      scenarioId: 's1_strategy',
      locale: 'en',
      title: 'Scenario 1',
      storyHash: 'h1',
      finishedAt: new Date('2026-11-20T09:00:00Z'),
      durationMs: 600_000,
      decisions: [],
      possible: { S: 10, T: 4, R: 6, O: 4, BE: 8 },
      ending: 'mixed',
    });
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await page.evaluate((saved) => {
      localStorage.setItem('wudi-turn:results', JSON.stringify({ v: 1, data: [saved] }));
      localStorage.setItem(
        'wudi-turn:settings',
        JSON.stringify({
          v: 1,
          data: {
            locale: 'en',
            volume: 0.7,
            muted: false,
            textSize: 'normal',
            prologueSeen: true,
            activeScenario: null,
          },
        }),
      );
    }, result);
    await page.reload();
    await page.locator('[data-testid="start"]').click();
    await page.locator('[data-testid="open-profile"]').click();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-testid="profile-export-json"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('profile-name');
    expect(downloads).toBe(0);
    await page.locator('[data-testid="profile-name"]').fill('Zhou Min');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="profile-export-json"]').click(),
    ]);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as ResultFile;
    expect(file.results.map((r) => r.learner)).toEqual(['Zhou Min']);
    // Re-sealed with the name: the class view will take it.
    expect(file.results[0]?.seal).toBe(sealOf(file.results[0] as LearnerResult));
    expect(errors).toEqual([]);
    await context.close();
  });
});
