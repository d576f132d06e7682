import fs from 'node:fs';
import path from 'node:path';
import { compileInk } from '../../src/narrative/compile.ts';
import { type CarryValue, readHeader, StoryEngine, type StoryStep } from '../../src/narrative/engine.ts';
import { seededRandom } from '../../src/narrative/random.ts';

/**
 * What a browser test of Wu Di's year can expect, worked out in Node from the real story files,
 * so it holds whatever facts the stories carry: a path through the first scenario that ends
 * with carried facts at values of their own, and the first place the second scenario then
 * differs from the same scenario played alone.
 */
export interface YearExpectation {
  first: string;
  second: string;
  /** the first scenario's options to take, by their text (the order shown is shuffled) */
  firstPath: string[];
  /** the facts both scenarios list, as the first one's ending leaves them */
  carried: Record<string, CarryValue>;
  /** their labels as the first scenario words them */
  labels: Record<string, string>;
  /** the second scenario's options to take, by text, up to the difference */
  secondPath: string[];
  /** a line, or an option, that the second scenario shows only with the carried values */
  differs: { kind: 'line' | 'option'; text: string; alone: string };
}

const ROOT = path.resolve(import.meta.dirname, '../..');

async function compileStory(locale: string, id: string): Promise<string> {
  const file = `stories/${locale}/${id}.ink`;
  const result = await compileInk({
    filename: file,
    source: fs.readFileSync(path.join(ROOT, file), 'utf8'),
    loadInclude: (resolved) => fs.readFileSync(path.resolve(ROOT, resolved), 'utf8'),
  });
  if (!result.json) throw new Error(`${file} does not compile`);
  return result.json;
}

/** Reads to the next decision or the end, collecting the lines. */
function readOn(engine: StoryEngine): { lines: string[]; step: StoryStep } {
  const lines: string[] = [];
  let step = engine.current;
  for (let i = 0; i < 5000 && step.kind === 'line'; i++) {
    lines.push(step.line.text);
    step = engine.advance();
  }
  return { lines, step };
}

/**
 * Plays the second scenario alone and with the carried values side by side, the same option at
 * each decision, and returns the first difference on some path (depth first, a bounded search).
 */
function firstDifference(
  json: string,
  preset: Record<string, CarryValue>,
): { path: string[]; differs: YearExpectation['differs'] } | null {
  let budget = 400;
  const search = (choices: number[]): { path: string[]; differs: YearExpectation['differs'] } | null => {
    if (--budget < 0) return null;
    const alone = new StoryEngine(json);
    const carried = new StoryEngine(json, { preset });
    alone.start();
    carried.start();
    const texts: string[] = [];
    for (let depth = 0; ; depth++) {
      const a = readOn(alone);
      const c = readOn(carried);
      const n = Math.min(a.lines.length, c.lines.length);
      for (let i = 0; i < n; i++)
        if (a.lines[i] !== c.lines[i])
          return { path: texts, differs: { kind: 'line', text: c.lines[i] ?? '', alone: a.lines[i] ?? '' } };
      if (a.lines.length !== c.lines.length) {
        const text = c.lines[n] ?? '';
        if (text) return { path: texts, differs: { kind: 'line', text, alone: a.lines[n] ?? '' } };
      }
      if (a.step.kind !== 'choices' || c.step.kind !== 'choices') return null;
      const aTexts = a.step.options.map((o) => o.text);
      const extra = c.step.options.find((o) => !aTexts.includes(o.text));
      if (extra)
        return { path: texts, differs: { kind: 'option', text: extra.text, alone: aTexts.join(' | ') } };
      if (aTexts.length !== c.step.options.length) return null;
      const pick = choices[depth];
      if (pick === undefined) {
        // Branch here: every option in turn.
        for (let i = 0; i < aTexts.length; i++) {
          const found = search([...choices, i]);
          if (found) return found;
        }
        return null;
      }
      texts.push(aTexts[pick] ?? '');
      alone.choose(pick);
      carried.choose(pick);
    }
  };
  return search([]);
}

export async function yearExpectation(locale: 'en' | 'zh-CN' = 'en'): Promise<YearExpectation> {
  const ids = fs
    .readdirSync(path.join(ROOT, 'stories', locale))
    .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
    .map((f) => f.replace(/\.ink$/, ''));
  const compiled = await Promise.all(ids.map(async (id) => ({ id, json: await compileStory(locale, id) })));
  const year = compiled
    .map((s) => ({ ...s, header: readHeader(s.json) }))
    .filter((s) => s.header.scored && s.header.order !== null)
    .sort((a, b) => (a.header.order ?? 0) - (b.header.order ?? 0));
  const [first, second] = year;
  if (!first || !second) throw new Error('Wu Di\'s year needs two scenarios with "# order:".');
  const secondNames = new Set(second.header.carry.map((c) => c.name));
  const shared = first.header.carry.filter((c) => secondNames.has(c.name));
  if (shared.length === 0)
    throw new Error(
      `No fact carries from ${first.id} into ${second.id}: neither story lists a "# carry:" fact the other lists. ` +
        'The campaign test needs the stories with their carry tags (the content branch).',
    );
  const names = shared.map((c) => c.name);
  const defaults = new StoryEngine(first.json).readVariables(names);
  const tried = new Set<string>();
  const random = seededRandom(7);
  for (let walk = 0; walk < 3000; walk++) {
    const engine = new StoryEngine(first.json, { watch: names });
    engine.start();
    const taken: string[] = [];
    let step = readOn(engine).step;
    while (step.kind === 'choices') {
      const index = Math.floor(random() * step.options.length);
      taken.push(step.options[index]?.text ?? '');
      engine.choose(index);
      step = readOn(engine).step;
    }
    const carried = engine.readVariables(names);
    const key = JSON.stringify(carried);
    if (tried.has(key) || key === JSON.stringify(defaults)) continue;
    tried.add(key);
    const found = firstDifference(second.json, carried);
    if (found)
      return {
        first: first.id,
        second: second.id,
        firstPath: taken,
        carried,
        labels: Object.fromEntries(shared.map((c) => [c.name, c.label])),
        secondPath: found.path,
        differs: found.differs,
      };
  }
  throw new Error(
    `${first.id} and ${second.id} share ${names.join(', ')}, but no ending of ${first.id} found leaves them at values that change a line or option of ${second.id}.`,
  );
}
