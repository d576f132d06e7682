import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type BuiltStory, buildStory } from '../../scripts/story-build.ts';
import { CAPABILITIES, type Capability } from '../../src/narrative/capabilities.ts';
import { StoryEngine } from '../../src/narrative/engine.ts';
import { seededRandom } from '../../src/narrative/random.ts';
import { ROLES, type Role, type RoleScores } from '../../src/narrative/roles.ts';
import {
  buildResult,
  type ClassAverageFile,
  type LearnerResult,
  type SelfRating,
  withSeal,
} from '../../src/results/result.ts';
import { seriousFindings } from './axe.ts';
import { openGame, shot, useBrowser } from './harness.ts';

const browser = useBrowser();
const baseUrl = inject('baseUrl');
const ROOT = path.resolve(import.meta.dirname, '../..');

// Thirty learners, as a real class would name themselves: Chinese and Western names, a comma and
// quotes to test the CSV, two scenarios, both languages.
const NAMES = [
  '王芳',
  'Li Wei',
  'Chen Jing',
  '张伟',
  'Maria Souza',
  'Ahmed Khan',
  '刘洋',
  'Smith, John',
  'Zoë Martin',
  '赵磊',
  'Olu "Ace" Ade',
  'Priya N.',
  '孙丽',
  'Tom Berg',
  '周杰',
  'Ana López',
  '吴敏',
  'Kenji Sato',
  '郑爽',
  'Eva Novak',
  '黄强',
  'Sara Ali',
  '何静',
  'Ben Cole',
  '林峰',
  'Ines Costa',
  '高远',
  'Mia Wong',
  '罗兰',
  'Yusuf Kaya',
];
const SCENARIOS = ['s1_strategy', 's2_team'] as const;

interface Learner {
  file: string;
  result: LearnerResult;
  /** per-role totals summed here from the options chosen, not taken from the result */
  totals: RoleScores;
}

let learners: Learner[] = [];
const built: Record<string, BuiltStory> = {};

/** Plays a story with seeded random choices, as a learner would, and keeps what a result needs. */
function walk(story: BuiltStory, seed: number) {
  if (!story.json) throw new Error(`${story.file} did not compile`);
  const engine = new StoryEngine(story.json);
  const random = seededRandom(seed);
  let step = engine.start();
  for (let guard = 0; step.kind !== 'end' && guard < 5000; guard++) {
    if (step.kind === 'line') step = engine.advance();
    else {
      engine.choose(Math.floor(random() * step.options.length));
      step = engine.current;
    }
  }
  if (step.kind !== 'end') throw new Error('the walk never ended');
  return { decisions: engine.decisionLog, ending: step.ending };
}

beforeAll(async () => {
  for (const id of SCENARIOS)
    for (const locale of ['en', 'zh-CN'])
      built[`${locale}/${id}`] = await buildStory(path.join(ROOT, 'stories', locale, `${id}.ink`));
  learners = NAMES.map((name, i) => {
    const scenarioId = SCENARIOS[i % 3 === 2 ? 1 : 0];
    const locale = i % 2 === 0 ? 'zh-CN' : 'en';
    const story = built[`${locale}/${scenarioId}`];
    if (!story?.explore || !story.header) throw new Error(`no story ${locale}/${scenarioId}`);
    const { decisions, ending } = walk(story, 1000 + i * 17);
    const totals: RoleScores = { S: 0, T: 0, R: 0, O: 0, BE: 0 };
    for (const d of decisions)
      for (const role of ROLES) totals[role] += d.options[d.chosen]?.score[role] ?? 0;
    const result = buildResult({
      learner: name,
      scenarioId,
      locale,
      title: story.header.title ?? null,
      storyHash: story.hash,
      finishedAt: new Date(Date.UTC(2026, 10, 23, 9, i)),
      durationMs: (20 + i) * 60_000,
      decisions,
      possible: story.explore.possible,
      ending,
    });
    return { file: `learner-${String(i + 1).padStart(2, '0')}.json`, result, totals };
  });
});

const fileText = (results: LearnerResult[]) =>
  JSON.stringify({ kind: 'wudi-turn/results', version: 1, exportedAt: '2026-11-23T12:00:00.000Z', results });
const CORRUPT = {
  name: 'learner-31-broken.json',
  text: '{"kind":"wudi-turn/results","version":1,"results":[{"learner":',
};

/** Per learner decision, judged on the options they saw: took the highest total? (all equal: skip) */
function strongestShare(scenarioId: string): number {
  let chosen = 0;
  let decisions = 0;
  const total = (score: Partial<RoleScores>) => ROLES.reduce((n, role) => n + (score[role] ?? 0), 0);
  for (const l of learners.filter((x) => x.result.scenarioId === scenarioId))
    for (const d of l.result.decisions) {
      const totals = d.options.map((o) => total(o.score));
      const top = Math.max(...totals);
      if (totals.every((t) => t === top)) continue;
      decisions++;
      if (totals[d.chosen] === top) chosen++;
    }
  return chosen / decisions;
}

function expected(scenarioId: string) {
  const group = learners.filter((l) => l.result.scenarioId === scenarioId);
  const out = {} as Record<Role, { mean: number; sd: number; min: number; max: number }>;
  for (const role of ROLES) {
    const values = group.map((l) => l.totals[role]);
    let sum = 0;
    for (const v of values) sum += v;
    const mean = sum / values.length;
    let sq = 0;
    for (const v of values) sq += (v - mean) * (v - mean);
    out[role] = {
      mean,
      sd: Math.sqrt(sq / values.length),
      min: Math.min(...values),
      max: Math.max(...values),
    };
  }
  return { count: group.length, roles: out };
}

async function openClassView(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.click(`[data-testid="lang-${locale}"]`);
  await page.waitForSelector('[data-testid="start"]:not([disabled])');
  await page.click('[data-testid="start"]');
  await page.waitForSelector('.menu-screen, [data-testid="prologue-skip"]');
  if ((await page.locator('[data-testid="prologue-skip"]').count()) > 0)
    await page.click('[data-testid="prologue-skip"]');
  await page.click('[data-testid="open-class-view"]');
  await page.waitForSelector('[data-testid="class-view"]');
}

async function expectFocused(page: Page, testid: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testid, {
    timeout: 5000,
  });
}

async function shownStats(page: Page, scenarioId: string) {
  await page.click(`[data-testid="class-tab-${scenarioId}"]`);
  await page.waitForSelector(`[data-scenario="${scenarioId}"]`);
  return page
    .locator('[data-testid="class-role-table"] .cv-stats tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((tr) => [
          tr.getAttribute('data-stat'),
          Object.fromEntries(
            [...tr.querySelectorAll('td')].map((td) => [
              td.getAttribute('data-role'),
              { value: Number(td.getAttribute('data-value')), text: td.textContent ?? '' },
            ]),
          ),
        ]),
      ),
    );
}

/** The roles chart, its table, the capabilities and the decisions, each scrolled to the top, as projected. */
async function shotsBelow(page: Page, name: string): Promise<void> {
  const parts = {
    roles: '.cv-roles',
    'table-wrap': '.cv-roles .cv-table-wrap',
    caps: '.cv-caps',
    decisions: '.cv-decisions',
  };
  for (const [part, selector] of Object.entries(parts)) {
    await page.locator(selector).evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await shot(page, `${name}-${part}`);
  }
  await page.locator('.class-view').evaluate((node) => node.scrollTo(0, 0));
}

describe('class view', () => {
  it('loads 30 learner files dropped at once, reports the corrupt one, and shows the right averages', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      stage: false,
    });
    await openClassView(page, 'en');
    await shot(page, 'en-class-view-empty');
    await page.setInputFiles('[data-testid="class-files-input"]', [
      ...learners.map((l) => ({
        name: l.file,
        mimeType: 'application/json',
        buffer: Buffer.from(fileText([l.result])),
      })),
      { name: CORRUPT.name, mimeType: 'application/json', buffer: Buffer.from(CORRUPT.text) },
    ]);
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe(
      '31 files: 30 results loaded, 1 refused',
    );
    const bad = page.locator('.cv-file-bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute('data-file')).toBe(CORRUPT.name);
    expect(await bad.locator('.cv-faults li').textContent()).toBe('Not a readable results file (not JSON).');
    expect(await page.locator('.cv-file:not(.cv-file-bad)[data-loaded="1"]').count()).toBe(30);
    // Loaded, with a refused file: nothing serious or critical for a screen reader (axe-core).
    expect(await seriousFindings(page)).toEqual([]);

    for (const scenarioId of SCENARIOS) {
      const want = expected(scenarioId);
      const stats = await shownStats(page, scenarioId);
      expect(await page.textContent('[data-testid="class-learner-count"]')).toBe(`${want.count} learners`);
      expect(await page.locator('[data-testid="class-role-table"] tr.cv-learner').count()).toBe(want.count);
      for (const role of ROLES) {
        expect(stats.mean?.[role]?.value).toBeCloseTo(want.roles[role].mean, 3);
        expect(stats.sd?.[role]?.value).toBeCloseTo(want.roles[role].sd, 3);
        expect(stats.min?.[role]?.value).toBe(want.roles[role].min);
        expect(stats.max?.[role]?.value).toBe(want.roles[role].max);
        const m = want.roles[role].mean;
        expect(
          stats.mean?.[role]?.text
            .replace('−', '-')
            .startsWith(Number.isInteger(m) ? `${m} (` : `${m.toFixed(1)} (`),
        ).toBe(true);
      }
      // Per decision, the counts shown add up to the learners who reached it.
      const first = page.locator('[data-testid="class-decisions"] > li').first();
      const reached = Number(await first.getAttribute('data-reached'));
      expect(reached).toBe(want.count);
      const counts = await first
        .locator('.cv-option')
        .evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-count'))));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(reached);
      // Every decision: counts add up to those who reached it, and each option is listed once
      // (options shown only on some paths must not shift the others).
      const all = await page.locator('[data-testid="class-decisions"] > li').evaluateAll((lis) =>
        lis.map((li) => ({
          reached: Number(li.getAttribute('data-reached')),
          counts: [...li.querySelectorAll('.cv-option')].map((o) => Number(o.getAttribute('data-count'))),
          texts: [...li.querySelectorAll('.cv-option-text')].map((o) => o.textContent),
        })),
      );
      expect(all.length).toBeGreaterThanOrEqual(8);
      for (const d of all) {
        expect(d.counts.reduce((a, b) => a + b, 0)).toBe(d.reached);
        expect(new Set(d.texts).size).toBe(d.texts.length);
      }
      // Each option shows its scores as chips; the highest total carries the star, and the
      // scenario says how often the class took it.
      const firstOptions = await first.locator('.cv-option').evaluateAll((lis) =>
        lis.map((li) => ({
          strongest: li.getAttribute('data-strongest') === 'true',
          star: li.querySelector('.cv-strongest')?.textContent ?? null,
          chips: [...li.querySelectorAll('.score-chip')].map((c) => c.textContent ?? ''),
        })),
      );
      const point0 = await first.getAttribute('data-point');
      const full = learners
        .flatMap((l) => (l.result.scenarioId === scenarioId ? l.result.decisions : []))
        .find((d) => d.point === point0 && d.options.length === firstOptions.length);
      const chipsOf = (score: Partial<RoleScores>) =>
        ROLES.filter((role) => (score[role] ?? 0) !== 0).map((role) => {
          const v = score[role] ?? 0;
          return `${role}${v > 0 ? '+' : '−'}${Math.abs(v)}`;
        });
      expect(firstOptions.map((o) => o.chips)).toEqual(full?.options.map((o) => chipsOf(o.score)));
      expect(firstOptions.some((o) => o.strongest)).toBe(true);
      for (const o of firstOptions) {
        expect(o.star).toBe(o.strongest ? '★ strongest' : null);
      }
      expect(await page.textContent('[data-testid="class-strongest-chosen"]')).toBe(
        `Strongest option chosen: ${Math.round(strongestShare(scenarioId) * 100)}% of decisions`,
      );
      const firstPoint = await first.getAttribute('data-point');
      const chose = learners
        .filter((l) => l.result.scenarioId === scenarioId)
        .map((l) => l.result.decisions.find((d) => d.point === firstPoint)?.chosen);
      expect(counts).toEqual(counts.map((_, i) => chose.filter((c) => c === i).length));
      await shot(page, `en-class-view-${scenarioId}`);
      if (scenarioId === 's1_strategy') await shotsBelow(page, 'en-class-view');
    }

    // Keyboard: arrows move between scenario tabs; a learner picked is marked on every role.
    await page.focus('[data-testid="class-tab-s2_team"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-scenario="s1_strategy"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'class-tab-s1_strategy',
    );
    // Names are hidden by default (the screen is projected): numbers in the order loaded, the
    // same in the table, the picker and the chart; no name anywhere on screen.
    expect(await page.isChecked('[data-testid="class-hide-names"]')).toBe(true);
    const onScreen = () => page.locator('[data-testid="class-view"]').innerText();
    const seen = await onScreen();
    for (const name of NAMES.filter((n) => n.includes(' '))) expect(seen).not.toContain(name);
    const rowNames = await page.locator('tr.cv-learner th').allTextContents();
    for (const n of rowNames) expect(n).toMatch(/^Learner \d+$/);
    // Smith, John is the 8th file loaded.
    await page.selectOption('[data-testid="class-highlight"]', { label: 'Learner 8' });
    expect(await page.locator('.cv-dot-on').count()).toBe(5);
    expect(await page.locator('.cv-dot-on title').first().textContent()).toMatch(/^Learner 8: /);
    expect(await page.locator('tr.cv-learner-on').getAttribute('data-learner')).toBe('Smith, John');
    expect(await page.locator('tr.cv-learner-on th').textContent()).toBe('Learner 8');
    await page.locator('.cv-roles').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await shot(page, 'en-class-view-names-hidden');
    // Unticked (by keyboard), the names come back, the learner picked stays picked.
    await page.focus('[data-testid="class-hide-names"]');
    await page.keyboard.press('Space');
    expect(await page.isChecked('[data-testid="class-hide-names"]')).toBe(false);
    await expectFocused(page, 'class-hide-names');
    expect(await page.locator('tr.cv-learner-on th').textContent()).toBe('Smith, John');
    expect(await page.locator('[data-testid="class-highlight"] option:checked').textContent()).toBe(
      'Smith, John',
    );
    expect(await onScreen()).toContain('Li Wei');
    expect(await page.locator('.cv-dot-on').count()).toBe(5);

    // The learners CSV: a BOM, one row per learner per role, the same figures as computed here.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-learners-csv"]'),
    ]);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 30 * 5);
    expect(lines[0]?.split(',').slice(0, 9)).toEqual([
      'scenario',
      'title',
      'learner',
      'language',
      'role',
      'score',
      'points possible',
      'share of possible',
      'class mean',
    ]);
    const smith = learners.find((l) => l.result.learner === 'Smith, John');
    const smithRows = lines.filter((line) => line.includes(',"Smith, John",'));
    expect(smithRows).toHaveLength(5);
    if (smith) {
      const want = expected(smith.result.scenarioId);
      for (const [k, role] of ROLES.entries()) {
        const cells = (smithRows[k] ?? '').replace('"Smith, John"', 'SMITH').split(',');
        expect(cells[4]).toBe(role);
        expect(Number(cells[5])).toBe(smith.totals[role]);
        expect(Number(cells[8])).toBeCloseTo(want.roles[role].mean, 3);
      }
    }
    expect(csv).toContain(',"Olu ""Ace"" Ade",');

    // The decisions CSV: per option, the count and share.
    const [decisions] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-decisions-csv"]'),
    ]);
    const dlines = fs
      .readFileSync((await decisions.path()) ?? '', 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(dlines[0]).toBe(
      'scenario,title,decision,point,prompt,learners reaching it,option,option text,learners choosing it,share choosing it',
    );
    expect(dlines.length).toBeGreaterThan(20);

    // A reload keeps the class.
    await page.reload();
    await page.click('[data-testid="start"]');
    await page.waitForSelector('.menu-screen');
    await page.click('[data-testid="open-class-view"]');
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe(
      '31 files: 30 results loaded, 1 refused',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses files by name and reason, in Chinese, and exports the class average with its name', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      stage: false,
    });
    await openClassView(page, 'zh-CN');
    await shot(page, 'zh-CN-class-view-empty');
    const [a, b] = learners;
    if (!a || !b) throw new Error('no learners');
    const tampered = { ...b.result, scores: { ...b.result.scores, S: b.result.scores.S + 5 } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-class-'));
    const folder = path.join(dir, 'cohort-12');
    fs.mkdirSync(path.join(folder, 'day-2'), { recursive: true });
    for (const l of learners.slice(2))
      fs.writeFileSync(path.join(folder, 'day-2', l.file), fileText([l.result]));
    fs.writeFileSync(path.join(folder, a.file), fileText([a.result]));
    fs.writeFileSync(path.join(folder, 'again.json'), fileText([a.result]));
    fs.writeFileSync(path.join(folder, 'edited.json'), fileText([tampered]));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a result');
    await page.setInputFiles('[data-testid="class-folder-input"]', folder);
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe(
      '共 31 个文件：已载入 29 份结果，2 份未载入',
    );
    // Names hidden (the default): the refusals name learners by number and files by place.
    const masked = await page.locator('.cv-faults li').allTextContents();
    expect(masked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^“学员 \d+”的“.+”结果已经载入（来自 文件 \d+）。$/),
        '第 1 份结果的 S 得分与所选选项不符，文件被手动改过。',
      ]),
    );
    for (const name of await page.locator('.cv-file-bad .cv-file-name').allTextContents())
      expect(name).toMatch(/^文件 \d+$/);
    await shot(page, 'zh-CN-class-view-names-hidden');
    await page.click('[data-testid="class-hide-names"]');
    const faults = await page.locator('.cv-faults li').allTextContents();
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^“王芳”的“.+”结果已经载入（来自 cohort-12\/(learner-01|again)\.json）。$/),
        '“Li Wei”的 S 得分与所选选项不符，文件被手动改过。',
      ]),
    );
    expect(await page.locator('.cv-file-bad .cv-file-name').allTextContents()).toEqual(
      expect.arrayContaining(['cohort-12/edited.json']),
    );
    await page.click('[data-testid="class-hide-names"]');
    expect(await page.locator('tr.cv-learner th').first().textContent()).toMatch(/^学员 \d+$/);
    expect(await page.textContent('[data-testid="class-strongest-chosen"]')).toMatch(/^选中最佳选项：\d+%$/);
    expect(await page.locator('.cv-strongest').first().textContent()).toBe('★ 最佳选项');
    expect(await page.textContent('.cv-hide-names')).toBe('隐藏姓名（投影时用）');
    await shot(page, 'zh-CN-class-view');
    await shotsBelow(page, 'zh-CN-class-view');

    // The class-average file needs a class name, then carries it with the figures per scenario.
    await page.click('[data-testid="export-class-average"]');
    expect(await page.textContent('[data-testid="class-notice"]')).toContain('请先输入名称');
    await page.fill('[data-testid="class-name"]', '大客户经理第 12 期');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-class-average"]'),
    ]);
    const file = JSON.parse(fs.readFileSync((await download.path()) ?? '', 'utf8'));
    expect(file.kind).toBe('wudi-turn/class-average');
    expect(file.className).toBe('大客户经理第 12 期');
    const s2 = learners.slice(2).filter((l) => l.result.scenarioId === 's2_team');
    expect(file.scenarios.s2_team.learners).toBe(s2.length);
    expect(file.scenarios.s2_team.roles.T.mean).toBeCloseTo(
      s2.reduce((n, l) => n + l.totals.T, 0) / s2.length,
      9,
    );

    // Clearing asks once more, then empties the class.
    await page.click('[data-testid="class-clear"]');
    await page.click('[data-testid="class-clear-yes"]');
    await page.waitForSelector('.cv-empty');
    expect(await page.locator('.cv-file').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a batch with hostile files to the end: the good file loads, each bad one is named with its reason', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, { stage: false });
    await openClassView(page, 'en');
    const [good, other] = learners;
    if (!good || !other) throw new Error('no learners');
    const deep = fileText([other.result]).replace(
      '"results":[{',
      `"results":[{"extra":${'['.repeat(60000)}${']'.repeat(60000)},`,
    );
    const json = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.setInputFiles('[data-testid="class-files-input"]', [
      json('proto.json', fileText([{ ...other.result, scenarioId: 'constructor' }])),
      json('deep.json', deep),
      json('huge.json', `{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}`),
      json(good.file, fileText([good.result])),
    ]);
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe(
      '4 files: 1 result loaded, 3 refused',
    );
    // The reading has ended: the status no longer says it is reading.
    expect(await page.textContent('.cv-status')).toBe('');
    await page.click('[data-testid="class-hide-names"]');
    const reasons = Object.fromEntries(
      await page
        .locator('.cv-file-bad')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.getAttribute('data-file'),
            row.querySelector('.cv-faults li')?.textContent ?? '',
          ]),
        ),
    );
    expect(reasons['proto.json']).toMatch(/does not have \(“constructor”\)/);
    expect(reasons['deep.json']).toMatch(/nested too deeply \(more than 64 levels\)/i);
    expect(reasons['huge.json']).toMatch(/too large \(11 MB\).*10 MB/i);
    expect(await page.locator(`.cv-file:not(.cv-file-bad)[data-file="${good.file}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes files dropped on the screen, the drop zone lit while they hover', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1280,
      height: 720,
      stage: false,
    });
    await openClassView(page, 'en');
    const payload = learners.slice(0, 3).map((l) => ({ name: l.file, text: fileText([l.result]) }));
    const dataTransfer = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, payload);
    await page.dispatchEvent('[data-testid="class-drop"]', 'dragenter', { dataTransfer });
    expect(await page.getAttribute('[data-testid="class-drop"]', 'class')).toContain('cv-drop-over');
    // A near miss (on the heading) still lands in the class, not in a browser tab showing the file.
    await page.dispatchEvent('#cv-heading', 'drop', { dataTransfer });
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe('3 files: 3 results loaded');
    // Keyboard: the clear button asks first, Escape cancels that, a second Escape goes back.
    await page.focus('[data-testid="class-clear"]');
    await page.keyboard.press('Enter');
    await expectFocused(page, 'class-clear-yes');
    await page.keyboard.press('Escape');
    await expectFocused(page, 'class-clear');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.menu-screen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('walks a folder dropped on the drop zone, subfolders included, reading only .json files', async () => {
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1280,
      height: 720,
      stage: false,
    });
    await openClassView(page, 'en');
    const payload = learners.slice(0, 7).map((l) => ({ name: l.file, text: fileText([l.result]) }));
    // Chromium gives a test no real folder to drag; this stands in for the FileSystemEntry
    // objects a drop of a folder yields, handing out entries a few at a time as readEntries does.
    await page.evaluate((files) => {
      type Fake = Record<string, unknown>;
      const file = (dir: string, name: string, text: string): Fake => ({
        isFile: true,
        isDirectory: false,
        name,
        fullPath: `${dir}/${name}`,
        file: (ok: (f: File) => void) => ok(new File([text], name, { type: 'application/json' })),
      });
      const folder = (fullPath: string, children: Fake[]): Fake => ({
        isFile: false,
        isDirectory: true,
        name: fullPath.split('/').pop(),
        fullPath,
        createReader: () => {
          let next = 0;
          return {
            readEntries: (ok: (batch: Fake[]) => void) => {
              const batch = children.slice(next, next + 2);
              next += 2;
              setTimeout(() => ok(batch), 0);
            },
          };
        },
      });
      const inner = folder(
        '/cohort/day-2',
        files.slice(3).map((f) => file('/cohort/day-2', f.name, f.text)),
      );
      const root = folder('/cohort', [
        ...files.slice(0, 3).map((f) => file('/cohort', f.name, f.text)),
        file('/cohort', 'notes.txt', 'not a result'),
        inner,
      ]);
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: { items: [{ kind: 'file', webkitGetAsEntry: () => root }], files: [] },
      });
      document.querySelector('[data-testid="class-drop"]')?.dispatchEvent(event);
    }, payload);
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe('7 files: 7 results loaded');
    // File names show once names are no longer hidden.
    await page.click('[data-testid="class-hide-names"]');
    const names = await page.locator('.cv-file-name').allTextContents();
    expect(names).toContain('cohort/day-2/learner-07.json');
    expect(names).not.toContain('cohort/notes.txt');
    expect(errors).toEqual([]);
    await context.close();
  });
});

// --- Capabilities, self against play, a reference group -----------------------------------------

/** A self-rating with the given role means (1..5); the statements' answers are not needed here. */
const rating = (roles: RoleScores): SelfRating => ({
  ratedAt: '2026-11-23T08:00:00.000Z',
  answers: {},
  roles,
});

/** Six learners of s1 (format 2: capabilities, four of them rated), and one file of format 1. */
function capabilityClass() {
  const story = built['en/s1_strategy'];
  if (!story?.explore || !story.header) throw new Error('no story en/s1_strategy');
  const ratings: (RoleScores | null)[] = [
    { S: 5, T: 2, R: 3, O: 4, BE: 3 },
    { S: 4, T: 2, R: 4, O: 4, BE: 2 },
    { S: 5, T: 3, R: 3, O: 5, BE: 3 },
    { S: 4.5, T: 1.5, R: 2, O: 4, BE: 4 },
    null,
    null,
  ];
  const two = ratings.map((roles, i) => {
    const { decisions, ending } = walk(story, 7000 + i * 31);
    return buildResult({
      learner: `Cap learner ${i + 1}`,
      scenarioId: 's1_strategy',
      locale: 'en',
      title: story.header?.title ?? null,
      storyHash: story.hash,
      finishedAt: new Date(Date.UTC(2026, 10, 24, 9, i)),
      durationMs: 30 * 60_000,
      decisions,
      possible: story.explore?.possible ?? null,
      capabilityPossible: story.explore?.capabilityPossible ?? null,
      selfRating: roles ? rating(roles) : null,
      ending,
    });
  });
  // A result of format 1: no capability on any option, no capabilities, no self-rating.
  const base = two[0];
  if (!base) throw new Error('no result');
  const { seal: _seal, capabilities: _c, capabilityPossible: _p, selfRating: _r, ...rest } = base;
  const one = withSeal({
    ...rest,
    id: 's1_strategy:format-one',
    learner: 'Old format',
    decisions: rest.decisions.map((d) => ({
      ...d,
      options: d.options.map(({ text, score }) => ({ text, score })),
    })),
  });
  return { two, one, capabilityPossible: story.explore.capabilityPossible, possible: story.explore.possible };
}

/** Capability totals summed here from the options chosen: each tagged option adds its total. */
function capabilitySums(result: LearnerResult): Record<Capability, number> {
  const sums = Object.fromEntries(CAPABILITIES.map((c) => [c, 0])) as Record<Capability, number>;
  for (const d of result.decisions) {
    const o = d.options[d.chosen];
    if (!o?.cap) continue;
    sums[o.cap as Capability] += ROLES.reduce((n, role) => n + (o.score[role] ?? 0), 0);
  }
  return sums;
}

const REFERENCE: ClassAverageFile = {
  kind: 'wudi-turn/class-average',
  version: 2,
  createdAt: '2026-10-01T09:00:00.000Z',
  className: 'Incumbent KAMs 2025',
  scenarios: {},
};

function referenceFile(
  possible: RoleScores,
  capabilityPossible: Record<Capability, number>,
): ClassAverageFile {
  const stat = (mean: number) => ({ mean, sd: 1, min: mean - 1, max: mean + 1, meanShare: 0 });
  const roles = Object.fromEntries(
    ROLES.map((role) => [role, { ...stat(possible[role] * 0.6), meanShare: 0.6 }]),
  ) as ClassAverageFile['scenarios'][string]['roles'];
  const capabilities = Object.fromEntries(
    CAPABILITIES.map((cap) => [cap, { ...stat(capabilityPossible[cap] * 0.5), meanShare: 0.5 }]),
  ) as Record<Capability, ReturnType<typeof stat>>;
  return {
    ...REFERENCE,
    scenarios: {
      s1_strategy: {
        learners: 14,
        storyHashes: [built['en/s1_strategy']?.hash ?? ''],
        possible,
        roles,
        capabilities,
        capabilityPossible,
        selfShare: null,
      },
    },
  };
}

async function capabilityRows(page: Page) {
  return page.locator('[data-testid="class-capability-table"] tr.cv-cap').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((tr) => [
        tr.getAttribute('data-cap'),
        {
          mean: Number(tr.getAttribute('data-mean')),
          sd: Number(tr.getAttribute('data-sd')),
          min: Number(tr.getAttribute('data-min')),
          max: Number(tr.getAttribute('data-max')),
          possible: Number(tr.getAttribute('data-possible')),
          unexercised: tr.getAttribute('data-unexercised') === 'true',
          ref: tr.querySelector('.cv-ref-col')?.getAttribute('data-ref-share') ?? null,
          text: tr.textContent ?? '',
        },
      ]),
    ),
  );
}

async function scrollShot(page: Page, selector: string, name: string): Promise<void> {
  await page.locator(selector).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shot(page, name);
}

describe('class view: capabilities, self against play, a reference group', () => {
  it('shows the class per capability (format 1 left out and counted), its self-rating against its play, and a reference beside it; the exported named set loads back as a reference', async () => {
    const { two, one, capabilityPossible, possible } = capabilityClass();
    const { page, context, errors } = await openGame(browser(), baseUrl, {
      width: 1920,
      height: 1080,
      stage: false,
    });
    await openClassView(page, 'en');
    await page.setInputFiles('[data-testid="class-files-input"]', [
      ...two.map((r, i) => ({
        name: `cap-${i + 1}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            kind: 'wudi-turn/results',
            version: 2,
            exportedAt: '2026-11-24T12:00:00.000Z',
            results: [r],
          }),
        ),
      })),
      { name: 'old-format.json', mimeType: 'application/json', buffer: Buffer.from(fileText([one])) },
    ]);
    await page.waitForSelector('[data-testid="class-summary"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe('7 files: 7 results loaded');
    expect(await page.textContent('[data-testid="class-learner-count"]')).toBe('7 learners');

    // Capabilities: over the six results of format 2, the one of format 1 counted as left out.
    expect(await page.getAttribute('[data-testid="class-capabilities-note"]', 'data-left-out')).toBe('1');
    expect(await page.textContent('[data-testid="class-capabilities-note"]')).toContain(
      'Over 6 of 7 learners',
    );
    const caps = await capabilityRows(page);
    for (const cap of CAPABILITIES) {
      const values = two.map(capabilitySums).map((sum) => sum[cap]);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
      const row = caps[cap];
      expect(row?.mean).toBeCloseTo(mean, 3);
      expect(row?.sd).toBeCloseTo(sd, 3);
      expect(row?.min).toBe(Math.min(...values));
      expect(row?.max).toBe(Math.max(...values));
      expect(row?.possible).toBe(capabilityPossible[cap]);
      const never = capabilityPossible[cap] === 0 && values.every((v) => v === 0);
      expect(row?.unexercised).toBe(never);
      if (never) expect(row?.text).toContain('not exercised in this scenario');
    }
    // s1 never exercises cross-cultural integration: said as such.
    expect(caps.cross_cultural?.unexercised).toBe(true);

    // Self against play: over the four who rated themselves, per role and the largest gaps.
    expect(await page.getAttribute('[data-testid="class-self"]', 'data-rated')).toBe('4');
    const rated = two.filter((r) => r.selfRating);
    const gaps = {} as Record<Role, number>;
    for (const role of ROLES) {
      const self = rated.reduce((n, r) => n + ((r.selfRating?.roles[role] ?? 1) - 1) / 4, 0) / rated.length;
      const played =
        rated.reduce((n, r) => n + Math.max(0, r.scores[role] / possible[role]), 0) / rated.length;
      gaps[role] = self - played;
      const row = page.locator(`[data-testid="class-self-table"] tr[data-role="${role}"]`);
      expect(Number(await row.getAttribute('data-self'))).toBeCloseTo(self, 3);
      expect(Number(await row.getAttribute('data-played'))).toBeCloseTo(played, 3);
      expect(Number(await row.getAttribute('data-gap'))).toBeCloseTo(gaps[role], 3);
    }
    const byGap = [...ROLES].sort((a, b) => gaps[b] - gaps[a]);
    const summary = await page
      .locator('[data-testid="class-self-summary"] li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-kind'), li.getAttribute('data-role')]));
    const top = byGap[0] as Role;
    const bottom = byGap.at(-1) as Role;
    const want: [string, string][] = [];
    if (gaps[top] >= 0.1) want.push(['over', top]);
    if (gaps[bottom] <= -0.1) want.push(['under', bottom]);
    expect(summary).toEqual(want.length > 0 ? want : [['even', null]]);
    await scrollShot(page, '.cv-caps', 'en-class-view-capabilities-1920');
    await scrollShot(page, '.cv-self', 'en-class-view-self-1920');

    // A reference group: its figures beside the class's, named as its file names them.
    const reference = referenceFile(possible, capabilityPossible);
    await page.setInputFiles('[data-testid="class-reference-input"]', {
      name: 'incumbents.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(reference)),
    });
    await page.waitForSelector('[data-testid="class-reference-name"]');
    expect(await page.textContent('[data-testid="class-reference-name"]')).toBe(
      'Reference: Incumbent KAMs 2025 (1 scenario)',
    );
    const refRow = page.locator('[data-testid="class-role-table"] tr[data-stat="reference"]');
    expect(await refRow.locator('th').textContent()).toBe('Ref.: Incumbent KAMs 2025');
    for (const role of ROLES) {
      const cell = refRow.locator(`td[data-role="${role}"]`);
      expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(possible[role] * 0.6, 6);
      if (possible[role] > 0) expect(await cell.textContent()).toContain('(60%)');
    }
    expect(await page.locator('.cv-chart .cv-ref-mark').count()).toBe(
      ROLES.filter((r) => possible[r] > 0).length,
    );
    expect(await page.textContent('.cv-roles .cv-legend')).toContain('Hollow marker: Incumbent KAMs 2025.');
    const withRef = await capabilityRows(page);
    for (const cap of CAPABILITIES)
      if (!withRef[cap]?.unexercised && capabilityPossible[cap] > 0)
        expect(Number(withRef[cap]?.ref)).toBeCloseTo(0.5, 6);
    expect(await page.locator('.cv-cap-table th.cv-ref-col').textContent()).toBe('Ref.: Incumbent KAMs 2025');
    expect(await page.locator('.cv-cap-ref-mark').count()).toBeGreaterThan(3);
    await shot(page, 'en-class-view-reference-1920');
    await page.locator('.cv-roles').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await shot(page, 'en-class-view-reference-roles-1920');
    await scrollShot(page, '.cv-caps', 'en-class-view-reference-capabilities-1920');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.class-view').evaluate((node) => node.scrollTo(0, 0));
    await shot(page, 'en-class-view-reference-1280');
    await scrollShot(page, '.cv-roles', 'en-class-view-reference-roles-1280');
    await scrollShot(page, '.cv-caps', 'en-class-view-capabilities-1280');
    await scrollShot(page, '.cv-self', 'en-class-view-self-1280');
    expect(await seriousFindings(page)).toEqual([]);

    // A reload keeps the reference with the class.
    await page.reload();
    await page.click('[data-testid="start"]');
    await page.waitForSelector('.menu-screen');
    await page.click('[data-testid="open-class-view"]');
    await page.waitForSelector('[data-testid="class-reference-name"]');

    // The class exported as a named set carries capabilities and the self-rating shares...
    await page.fill('[data-testid="class-name"]', 'Cohort 12, Shenzhen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-class-average"]'),
    ]);
    const exported = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const set = JSON.parse(exported) as ClassAverageFile;
    expect(set.className).toBe('Cohort 12, Shenzhen');
    expect(set.version).toBe(2);
    const figures = set.scenarios.s1_strategy;
    expect(figures?.capabilities?.strategic_thinking.mean).toBeCloseTo(
      caps.strategic_thinking?.mean ?? NaN,
      3,
    );
    expect(figures?.capabilityPossible).toEqual(capabilityPossible);
    expect(Object.keys(figures?.selfShare ?? {})).toEqual([...ROLES]);

    // ...and loads back as a reference, in place of the other, its figures those of the class.
    await page.click('[data-testid="class-reference-remove"]');
    await page.waitForSelector('[data-testid="class-reference-load"]');
    expect(await page.locator('tr[data-stat="reference"]').count()).toBe(0);
    expect(await page.locator('.cv-ref-mark').count()).toBe(0);
    await page.setInputFiles('[data-testid="class-reference-input"]', {
      name: 'cohort-12.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await page.waitForSelector('[data-testid="class-reference-name"]');
    expect(await page.textContent('[data-testid="class-reference-name"]')).toBe(
      'Reference: Cohort 12, Shenzhen (1 scenario)',
    );
    const classMeans = await page
      .locator('[data-testid="class-role-table"] tr[data-stat="mean"] td')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    const refMeans = await page
      .locator('[data-testid="class-role-table"] tr[data-stat="reference"] td')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    expect(refMeans).toEqual(classMeans);
    expect((await capabilityRows(page)).strategic_thinking?.ref).not.toBeNull();

    // A learner's results file offered as a reference is refused, by what it is.
    await page.setInputFiles('[data-testid="class-reference-input"]', {
      name: 'cap-1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText([two[0] as LearnerResult])),
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="class-notice"]')?.textContent !== '',
    );
    expect(await page.textContent('[data-testid="class-notice"]')).toContain('learner’s results file');
    expect(await page.textContent('[data-testid="class-reference-name"]')).toContain('Cohort 12, Shenzhen');
    expect(errors).toEqual([]);
    await context.close();

    // In Chinese, at both sizes: the same figures, the reference named as its file names it.
    const zh = await openGame(browser(), baseUrl, { width: 1920, height: 1080, stage: false });
    await openClassView(zh.page, 'zh-CN');
    await zh.page.setInputFiles('[data-testid="class-files-input"]', [
      ...two.map((r, i) => ({
        name: `cap-${i + 1}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(fileText([r])),
      })),
      { name: 'old-format.json', mimeType: 'application/json', buffer: Buffer.from(fileText([one])) },
    ]);
    await zh.page.setInputFiles('[data-testid="class-reference-input"]', {
      name: 'incumbents.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...reference, className: '在岗大客户经理 2025' })),
    });
    await zh.page.waitForSelector('[data-testid="class-reference-name"]');
    expect(await zh.page.textContent('[data-testid="class-reference-name"]')).toBe(
      '参照组：在岗大客户经理 2025（1 个情境）',
    );
    expect(await zh.page.textContent('[data-testid="class-capabilities-note"]')).toContain(
      '7 名学员中的 6 名',
    );
    expect(await zh.page.textContent('.cv-cap-unexercised')).toContain('本情境未涉及');
    expect(await zh.page.locator('tr[data-stat="reference"] th').textContent()).toBe(
      '参照：在岗大客户经理 2025',
    );
    expect(await zh.page.textContent('[data-testid="export-class-average"]')).toBe(
      '导出为命名数据组（全班平均或参照组）…',
    );
    await shot(zh.page, 'zh-CN-class-view-reference-1920');
    await scrollShot(zh.page, '.cv-roles', 'zh-CN-class-view-reference-roles-1920');
    await scrollShot(zh.page, '.cv-caps', 'zh-CN-class-view-capabilities-1920');
    await scrollShot(zh.page, '.cv-self', 'zh-CN-class-view-self-1920');
    await zh.page.setViewportSize({ width: 1280, height: 720 });
    await zh.page.locator('.class-view').evaluate((node) => node.scrollTo(0, 0));
    await shot(zh.page, 'zh-CN-class-view-reference-1280');
    await scrollShot(zh.page, '.cv-roles', 'zh-CN-class-view-reference-roles-1280');
    await scrollShot(zh.page, '.cv-caps', 'zh-CN-class-view-capabilities-1280');
    await scrollShot(zh.page, '.cv-self', 'zh-CN-class-view-self-1280');
    expect(zh.errors).toEqual([]);
    await zh.context.close();
  });
});
