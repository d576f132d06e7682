import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/narrative/lint.ts';
import { ROLES } from '../../src/narrative/roles.ts';
import { builtStory, storyFiles } from '../helpers/story-cache.ts';

// The walks through the game engine are in walks-en.test.ts and walks-zh-CN.test.ts.
const files = storyFiles();

describe('story files', () => {
  it('exist in both languages, with the same file names', () => {
    const names = (locale: string) =>
      files
        .filter((f) => f.includes(`/stories/${locale}/`))
        .map((f) => f.split('/').at(-1))
        .sort();
    expect(names('en').length).toBeGreaterThan(0);
    expect(names('zh-CN')).toEqual(names('en'));
  });

  it("name the account's year in order, the same stage in both languages", async () => {
    const stages = async (locale: string) => {
      const mine = files.filter((f) => f.includes(`/stories/${locale}/`)).sort();
      return Promise.all(mine.map(async (f) => (await builtStory(f)).header?.stage ?? null));
    };
    const en = await stages('en');
    expect(en).toEqual(['expansion', 'growth', 'growth', 'maturity', 'maturity']);
    expect(await stages('zh-CN')).toEqual(en);
  });
});

describe.each(files.map((f) => [f.split('/stories/')[1] ?? f, f]))('%s', (_name, file) => {
  it('compiles without errors or warnings and follows the tag contract', async () => {
    const built = await builtStory(file);
    expect(built.messages.map((m) => `${m.file}:${m.line}: ${m.message}`)).toEqual([]);
    const problems = lintSource(built.file, fs.readFileSync(file, 'utf8'));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('has every path explored: no runtime error, no dead end, every path ends on a tagged ending', async () => {
    const { explore, header } = await builtStory(file);
    expect(explore).not.toBeNull();
    if (!explore) return;
    expect(header?.scored).toBe(true);
    expect(explore.exact).toBe(true);
    expect(explore.runtimeErrors).toEqual([]);
    expect(explore.deadEnds).toEqual([]);
    expect(explore.endings.untagged).toBe(0);
    expect(explore.endings.strong).toBeGreaterThan(0);
    expect(explore.endings.mixed).toBeGreaterThan(0);
    expect(explore.endings.poor).toBeGreaterThan(0);
    expect(explore.decisionsMin).toBeGreaterThanOrEqual(8);
    expect(explore.decisionsMax).toBeLessThanOrEqual(12);
    for (const point of explore.decisionPoints) {
      expect(point.missingScore, `decision "${point.options[0]}"`).toEqual([]);
      expect(point.missingFeedback, `decision "${point.options[0]}"`).toEqual([]);
      expect(point.missingFacilitator, `trainer note before "${point.options[0]}"`).toBe(false);
    }
    // The focus role carries the most weight.
    const focus = header?.role;
    if (focus)
      for (const role of ROLES)
        expect(explore.possible[focus]).toBeGreaterThanOrEqual(explore.possible[role]);
  });
});
