import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll, type Finding, type StoryReport } from '../../scripts/stories-check.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/checker');
const fixture = (locale: string, name: string) => path.join(DIR, locale, `${name}.ink`);

let reports: StoryReport[];
const findings = (name: string, locale = 'en'): Finding[] =>
  reports.find((r) => r.id === name && r.locale === locale)?.findings ?? [];
const errors = (name: string, locale = 'en') =>
  findings(name, locale)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.file.split('/').at(-1)}:${f.line ?? '-'}: ${f.message}`);

beforeAll(async () => {
  reports = await checkAll([
    fixture('en', 'broken'),
    fixture('en', 'missing_score'),
    fixture('en', 'unknown_role'),
    fixture('en', 'unknown_tag'),
    fixture('en', 'dead_end'),
    fixture('en', 'unreachable'),
    fixture('en', 'untagged_ending'),
    fixture('en', 'mismatch'),
    fixture('zh-CN', 'mismatch'),
  ]);
}, 60_000);

describe('the story checker catches each class of fault, with file and line', () => {
  it('a compile error', () => {
    expect(errors('broken')).toContainEqual(expect.stringMatching(/^broken\.ink:6: Expected closing '\]'/));
  });
  it('an option without a score', () => {
    expect(errors('missing_score')).toContainEqual(
      'missing_score.ink:6: this option has no score: add "# score: S+1" inside its brackets',
    );
  });
  it('a score on an unknown role', () => {
    expect(errors('unknown_role')).toContainEqual(
      expect.stringMatching(/^unknown_role\.ink:6: unknown role "Q" in score/),
    );
  });
  it('an unknown tag', () => {
    expect(errors('unknown_tag')).toContainEqual(
      expect.stringMatching(/^unknown_tag\.ink:5: unknown tag "colour"/),
    );
  });
  it('a dead end', () => {
    expect(errors('dead_end')).toContainEqual(
      expect.stringMatching(/^dead_end\.ink:-: dead end: no ending tag after option "A"/),
    );
  });
  it('an unreachable knot', () => {
    expect(findings('unreachable')).toContainEqual(
      expect.objectContaining({
        line: 12,
        severity: 'warning',
        message: 'knot "forgotten" is never reached: nothing diverts to it',
      }),
    );
  });
  it('an untagged ending', () => {
    expect(errors('untagged_ending')).toContainEqual(expect.stringMatching(/no ending tag after option "A"/));
  });
  it('a zh-CN story whose structure differs from its English twin', () => {
    const mismatch = errors('mismatch', 'zh-CN');
    expect(mismatch).toContainEqual(
      expect.stringMatching(/^mismatch\.ink:-: differs from .*en\/mismatch\.ink in number of paths: 1 vs 2/),
    );
    expect(mismatch).toContainEqual(expect.stringMatching(/options per decision/));
  });
  it('and a clean fixture has no errors', () => {
    expect(errors('mismatch', 'en')).toEqual([]);
  });
});
