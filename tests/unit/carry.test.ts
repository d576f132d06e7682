import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/narrative/engine.ts';
import { exploreStory } from '../../src/narrative/explore.ts';
import { declaredVariables, lintSource } from '../../src/narrative/lint.ts';
import { parseCarry, parseHeader } from '../../src/narrative/tags.ts';
import { compileSource } from '../helpers/compile.ts';

const YEAR = path.resolve(import.meta.dirname, '../fixtures/year');
const FAULTS = path.resolve(import.meta.dirname, '../fixtures/year-faults');
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const compile = (dir: string, file: string) => compileSource(read(dir, file), file);

/** Plays always the first option offered. */
function playFirst(engine: StoryEngine): void {
  for (let i = 0; i < 1000; i++) {
    const step = engine.current;
    if (step.kind === 'end') return;
    if (step.kind === 'line') engine.advance();
    else engine.choose(0);
  }
}

describe('the carry header tag', () => {
  it('reads name and label, repeats, and reports a malformed or repeated one', () => {
    expect(parseCarry('priya_stayed = Priya stayed with the team')).toEqual({
      name: 'priya_stayed',
      label: 'Priya stayed with the team',
    });
    expect(parseCarry('priya stayed')).toBeNull();
    expect(parseCarry('x =')).toBeNull();
    const { header, problems } = parseHeader([
      'title: T',
      'carry: a = First',
      'carry： b = 第二',
      'carry: nonsense',
      'carry: a = Again',
    ]);
    expect(header.carry).toEqual([
      { name: 'a', label: 'First' },
      { name: 'b', label: '第二' },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/cannot read carry tag "nonsense"/),
      '"a" is carried twice',
    ]);
  });

  it("lint: a carried variable the story does not declare is an error on the tag's line", () => {
    const problems = lintSource('stories/en/f2_reader.ink', read(path.join(FAULTS, 'en'), 'f2_reader.ink'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      {
        file: 'stories/en/f2_reader.ink',
        line: 7,
        severity: 'error',
        message: expect.stringMatching(
          /^"# carry: missing_fact" names a variable this story does not declare/,
        ),
      },
    ]);
    // The fixture names no learning goals (the guide's concern, tested in lint.test): only that
    // warning is allowed.
    expect(
      lintSource('y1.ink', read(path.join(YEAR, 'en'), 'y1_first.ink')).filter(
        (p) => !p.message.includes('# goal:'),
      ),
    ).toEqual([]);
  });

  it('lint: a malformed carry tag, with its line', () => {
    const source = ['# title: T', '# role: S', '# carry: no equals sign', 'VAR a = 1', 'Hi.', '-> END'].join(
      '\n',
    );
    expect(lintSource('x.ink', source).filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/cannot read carry tag/) }),
    ]);
  });

  it('reads declarations with their type and default', () => {
    const vars = declaredVariables('VAR a = false\nVAR b = 2 // note\nVAR c = "x"\n/* VAR d = 1 */');
    expect([...vars.values()].map((v) => [v.name, v.line, v.value, v.type])).toEqual([
      ['a', 1, 'false', 'bool'],
      ['b', 2, '2', 'int'],
      ['c', 3, '"x"', 'string'],
    ]);
  });
});

describe('the engine and carried variables', () => {
  it('sets the preset before the first line, and a fact changes a line', async () => {
    const json = await compile(path.join(YEAR, 'en'), 'y2_second.ink');
    const alone = new StoryEngine(json);
    const first = alone.start();
    expect(first.kind === 'line' && first.line.text).toBe('Eleanor does not look up.');
    const carried = new StoryEngine(json, { preset: { ally_won: true } });
    const step = carried.start();
    expect(step.kind === 'line' && step.line.text).toBe('Eleanor greets you by name.');
    // a value of another type, or an undeclared name, is left alone
    const wrong = new StoryEngine(json, { preset: { ally_won: 3, nobody: true } });
    const w = wrong.start();
    expect(w.kind === 'line' && w.line.text).toBe('Eleanor does not look up.');
    // reset keeps the preset
    const again = carried.reset();
    expect(again.kind === 'line' && again.line.text).toBe('Eleanor greets you by name.');
  });

  it('reads the variables at the ending, and logs the decisions after which one changed', async () => {
    const json = await compile(path.join(YEAR, 'en'), 'y1_first.ink');
    const engine = new StoryEngine(json, { watch: ['ally_won', 'budget'] });
    engine.start();
    playFirst(engine);
    expect(engine.current).toEqual({ kind: 'end', ending: 'strong' });
    expect(engine.readVariables(['ally_won', 'budget', 'unknown'])).toEqual({ ally_won: true, budget: 1 });
    expect(engine.variableChanges).toEqual([
      { decision: 1, name: 'ally_won', before: false, after: true },
      { decision: 2, name: 'budget', before: 2, after: 1 },
    ]);
    engine.rewindTo(2);
    expect(engine.variableChanges).toEqual([{ decision: 1, name: 'ally_won', before: false, after: true }]);
  });
});

describe('exploring under carried values', () => {
  it('reports the distinct combinations of carried values at the endings', async () => {
    const json = await compile(path.join(YEAR, 'en'), 'y1_first.ink');
    const result = exploreStory(json, { carried: ['ally_won', 'budget'] });
    expect(result.carriedAtEndings).toEqual([
      { values: { ally_won: false, budget: 1 }, endings: ['mixed'] },
      { values: { ally_won: false, budget: 2 }, endings: ['mixed'] },
      { values: { ally_won: true, budget: 1 }, endings: ['strong'] },
      { values: { ally_won: true, budget: 2 }, endings: ['strong'] },
    ]);
    // without carried variables the result keeps its shape
    expect(exploreStory(json).carriedAtEndings).toBeUndefined();
  });

  it('applies a preset before the first line: an option appears, the figures change', async () => {
    const json = await compile(path.join(YEAR, 'en'), 'y2_second.ink');
    const alone = exploreStory(json, { carried: ['team_kept'] });
    const carried = exploreStory(json, { preset: { ally_won: true }, carried: ['team_kept'] });
    expect(alone.paths).toBe(2);
    expect(carried.paths).toBe(3);
    expect(carried.possible.BE).toBe(2);
    expect(alone.possible.BE).toBe(0);
    expect(carried.carriedAtEndings).toEqual([
      { values: { team_kept: false }, endings: ['poor'] },
      { values: { team_kept: true }, endings: ['strong'] },
    ]);
  });
});
