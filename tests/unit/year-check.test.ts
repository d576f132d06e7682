import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll, type Finding, type StoryReport } from '../../scripts/stories-check.ts';
import { coveringOrder, type YearReport } from '../../scripts/year-check.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const files = (dir: string) =>
  ['en', 'zh-CN'].flatMap((locale) => {
    const folder = path.join(FIXTURES, dir, locale);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => path.join(folder, f));
  });
const problems = (reports: StoryReport[], severity: Finding['severity']) =>
  reports.flatMap((r) =>
    r.findings
      .filter((f) => f.severity === severity && /carr|year/.test(f.message))
      .map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.line ?? '-'}: ${f.message}`),
  );

describe("the story checker and Wu Di's year", () => {
  it('a well-formed year: no errors, and the combinations that arrive at each scenario', async () => {
    const years: YearReport[] = [];
    const reports = await checkAll(files('year'), { onYear: (y) => years.push(y) });
    expect(problems(reports, 'error')).toEqual([]);
    expect(years.map((y) => y.locale)).toEqual(['en', 'zh-CN']);
    const en = years[0];
    expect(en?.stories.map((s) => [s.sets, s.reads])).toEqual([
      [['ally_won', 'budget'], []],
      [['team_kept'], ['ally_won']],
    ]);
    // s1's endings hand on both values of ally_won; the second scenario is explored under each
    expect(en?.stories[1]?.arrivals.map((a) => [a.preset, a.paths, a.deadEnds])).toEqual([
      [{ ally_won: false }, 2, 0],
      [{ ally_won: true }, 3, 0],
    ]);
  }, 60_000);

  it('a carried variable declared differently across stories or languages, and one not declared at all, each with file and line', async () => {
    const reports = await checkAll(files('year-faults'));
    expect(problems(reports, 'error')).toEqual([
      expect.stringMatching(
        /^en\/f2_reader\.ink:7: "# carry: missing_fact" names a variable this story does not declare/,
      ),
      expect.stringMatching(
        /^en\/f2_reader\.ink:8: carried fact "ally_won" is declared "VAR ally_won = 0" here but "VAR ally_won = false" in .*en\/f1_origin\.ink:7/,
      ),
      expect.stringMatching(
        /^zh-CN\/f1_origin\.ink:7: carried fact "ally_won" is declared "VAR ally_won = true" here but "VAR ally_won = false" in .*en\/f1_origin\.ink:7/,
      ),
    ]);
    expect(problems(reports, 'warning')).toEqual([
      expect.stringMatching(
        /^en\/f3_shadow\.ink:6: declares "ally_won", a fact .*f1_origin\.ink carries through the year/,
      ),
    ]);
  }, 60_000);

  it('a dead end reached only under values that arrive from an earlier scenario', async () => {
    const reports = await checkAll(files('year-trap'));
    expect(problems(reports, 'error')).toEqual([
      'en/t2_trap.ink:-: in the year, arriving with ally_won=true: dead end: no ending tag after option "Keep"',
      'en/t2_trap.ink:-: in the year, arriving with ally_won=true: dead end: no ending tag after option "Cut"',
    ]);
  }, 60_000);

  it('when not every arriving combination can be explored, the first ones cover every pair of values', () => {
    const all = [];
    for (let n = 0; n < 16; n++)
      all.push({ a: Boolean(n & 1), b: Boolean(n & 2), c: Boolean(n & 4), d: Boolean(n & 8) });
    const { order, covering } = coveringOrder(all);
    expect(order).toHaveLength(16);
    expect(covering).toBeLessThanOrEqual(6);
    const pairs = new Set<string>();
    for (const c of order.slice(0, covering))
      for (const [k, v] of Object.entries(c))
        for (const [k2, v2] of Object.entries(c)) pairs.add(`${k}${v}${k2}${v2}`);
    // every value pair of two facts, and each fact with itself at one value: 4 * 3 * 4 + 4 * 2
    expect(pairs.size).toBe(56);
  });
});
