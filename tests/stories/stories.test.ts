import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory, listStoryFiles } from '../../scripts/story-build.ts';
import { StoryEngine } from '../../src/narrative/engine.ts';
import { lintSource } from '../../src/narrative/lint.ts';
import { seededRandom } from '../../src/narrative/random.ts';
import { ROLES } from '../../src/narrative/roles.ts';

const files = listStoryFiles();
const WALKS = 1000;
// Chinese text takes full-width punctuation (，。：；！？) after Chinese characters.
const ASCII_PUNCTUATION_IN_CHINESE = /[\u4e00-\u9fff][,.;:!?](?!\d)/;

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
});

describe.each(files.map((f) => [f.split('/stories/')[1] ?? f, f]))('%s', (_name, file) => {
  it('compiles without errors or warnings and follows the tag contract', async () => {
    const built = await buildStory(file);
    expect(built.messages.map((m) => `${m.file}:${m.line}: ${m.message}`)).toEqual([]);
    const problems = lintSource(built.file, fs.readFileSync(file, 'utf8'));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('has every path explored: no runtime error, no dead end, every path ends on a tagged ending', async () => {
    const { explore, header } = await buildStory(file);
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

  it(`plays ${WALKS} seeded random walks through the game engine without a problem`, async () => {
    const { json, explore } = await buildStory(file);
    if (!json || !explore) throw new Error('no story');
    const random = seededRandom(20261123);
    const chinese = file.includes('/zh-CN/');
    const engine = new StoryEngine(json);
    // Plain checks collected into one list: a few hundred thousand expect() calls would be slow.
    const problems = new Set<string>();
    const endings = new Set<string>();
    for (let walk = 0; walk < WALKS; walk++) {
      let step = engine.reset();
      let decisions = 0;
      while (step.kind !== 'end') {
        if (step.kind === 'line') {
          for (const p of step.line.problems) problems.add(`line "${step.line.text}": ${p.message}`);
          if (chinese && ASCII_PUNCTUATION_IN_CHINESE.test(step.line.text))
            problems.add(`ASCII punctuation in Chinese text: "${step.line.text}"`);
          step = engine.advance();
          continue;
        }
        if (!step.facilitator) problems.add(`no trainer note at decision "${step.options[0]?.text}"`);
        for (const option of step.options) {
          if (chinese && ASCII_PUNCTUATION_IN_CHINESE.test(`${option.text} ${option.feedback ?? ''}`))
            problems.add(`ASCII punctuation in Chinese option: "${option.text}"`);
          const roles = ROLES.filter((r) => option.score[r] !== undefined);
          if (!option.hasScore || roles.length < 1 || roles.length > 3)
            problems.add(`option "${option.text}" scores ${roles.length} roles`);
          if (!option.feedback) problems.add(`option "${option.text}" has no coach's note`);
          for (const p of option.problems) problems.add(`option "${option.text}": ${p.message}`);
        }
        engine.choose(Math.floor(random() * step.options.length));
        decisions++;
        step = engine.current;
      }
      if (!step.ending) problems.add(`walk ${walk} ended without an ending tag`);
      else endings.add(step.ending);
      if (decisions < explore.decisionsMin || decisions > explore.decisionsMax)
        problems.add(`walk ${walk}: ${decisions} decisions`);
      // Whatever was chosen, no role beats the points possible the debrief will show.
      const totals = { S: 0, T: 0, R: 0, O: 0, BE: 0 };
      for (const d of engine.decisionLog)
        for (const r of ROLES) totals[r] += d.options[d.chosen]?.score[r] ?? 0;
      for (const r of ROLES)
        if (totals[r] > explore.possible[r])
          problems.add(`walk ${walk}: ${r} ${totals[r]} > possible ${explore.possible[r]}`);
    }
    expect([...problems]).toEqual([]);
    expect(endings.size).toBeGreaterThanOrEqual(2);
  });
});
