import { describe, expect, it } from 'vitest';
import type { BuiltStory } from '../../scripts/story-build.ts';
import { StoryEngine } from '../../src/narrative/engine.ts';
import { seededRandom } from '../../src/narrative/random.ts';
import { ROLES } from '../../src/narrative/roles.ts';
import { builtStory, storyFiles } from '../helpers/story-cache.ts';

/**
 * Walks played per story. Not random but coverage-led: at each decision the walk takes an option
 * taken least often so far (ties broken by a seeded random pick), so every option of every
 * decision is played within the first few walks and the rest spread over the combinations.
 * Measured on the shipped stories, 250 such walks see every line, option and ending kind that
 * 1000 purely random walks saw, in a quarter of the time; that every option was played is asserted.
 */
export const WALKS = 250;
// Chinese text takes full-width punctuation (，。：；！？) after Chinese characters.
const ASCII_PUNCTUATION_IN_CHINESE = /[\u4e00-\u9fff][,.;:!?](?!\d)/;

export interface WalkReport {
  problems: string[];
  endings: Set<string>;
  /** "point|option text" of every option played */
  played: Set<string>;
}

/** Plays `walks` walks through the game engine, collecting every problem met on the way. */
export function walkStory(story: BuiltStory, walks = WALKS, seed = 20261123): WalkReport {
  const { json, explore } = story;
  if (!json || !explore) throw new Error(`${story.file} did not compile`);
  const random = seededRandom(seed);
  const chinese = story.locale === 'zh-CN';
  const engine = new StoryEngine(json);
  // Plain checks collected into one list: a few hundred thousand expect() calls would be slow.
  const problems = new Set<string>();
  const endings = new Set<string>();
  const taken = new Map<string, number>();
  // A walk never makes more decisions than the explorer found possible; lines are bounded too.
  const maxSteps = 100 * (explore.decisionsMax + 1) + 1000;
  for (let walk = 0; walk < walks; walk++) {
    let step = engine.reset();
    let decisions = 0;
    let steps = 0;
    while (step.kind !== 'end') {
      if (++steps > maxSteps) {
        problems.add(`walk ${walk}: no end after ${maxSteps} steps`);
        break;
      }
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
      const point = step.point;
      const counts = step.options.map((o) => taken.get(`${point}|${o.text}`) ?? 0);
      const least = Math.min(...counts);
      const candidates = counts.flatMap((c, i) => (c === least ? [i] : []));
      const choice = candidates[Math.floor(random() * candidates.length)] ?? 0;
      const key = `${point}|${step.options[choice]?.text}`;
      taken.set(key, (taken.get(key) ?? 0) + 1);
      engine.choose(choice);
      decisions++;
      step = engine.current;
    }
    if (step.kind !== 'end') continue;
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
  return { problems: [...problems], endings, played: new Set(taken.keys()) };
}

/** The walk tests for every story of one language (one test file per language: two cores). */
export function describeWalks(locale: 'en' | 'zh-CN'): void {
  const files = storyFiles(locale);
  it(`has stories in ${locale}`, () => {
    expect(files.length).toBeGreaterThan(0);
  });
  describe.each(files.map((f) => [f.split('/stories/')[1] ?? f, f]))('%s', (_name, file) => {
    it(`plays ${WALKS} seeded walks through the game engine without a problem, every option played`, async () => {
      const story = await builtStory(file);
      const report = walkStory(story);
      expect(report.problems).toEqual([]);
      expect(report.endings.size).toBeGreaterThanOrEqual(2);
      // Every option the exhaustive exploration found was played, so every one passed the checks above.
      const offered = (story.explore?.decisionPoints ?? []).flatMap((p) =>
        p.branches.map((b) => `${p.id}|${b.text}`),
      );
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.filter((o) => !report.played.has(o))).toEqual([]);
    });
  });
}
