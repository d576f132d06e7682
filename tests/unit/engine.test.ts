import { beforeAll, describe, expect, it } from 'vitest';
import { StoryEngine, type StoryStep } from '../../src/narrative/engine.ts';
import { compileFixture } from '../helpers/compile.ts';

let json: string;
beforeAll(async () => {
  json = await compileFixture('mini.ink');
});

function lineText(step: StoryStep): string {
  if (step.kind !== 'line') throw new Error(`expected a line, got ${step.kind}`);
  return step.line.text;
}

/** Reads lines until a decision or the end; returns the texts read. */
function readToDecision(engine: StoryEngine): string[] {
  const texts: string[] = [];
  while (engine.current.kind === 'line') {
    texts.push(engine.current.line.text);
    engine.advance();
  }
  return texts;
}

describe('StoryEngine', () => {
  it('reads the header and steps line by line with parsed tags', () => {
    const engine = new StoryEngine(json);
    expect(engine.header).toMatchObject({ title: 'Mini', role: 'S', order: 1 });
    const first = engine.start();
    expect(lineText(first)).toBe('Wu Di reads the annual report.');
    // Global tags belong to the header, not to the first line.
    expect(first.kind === 'line' && first.line.problems).toEqual([]);
    expect(engine.stageContext).toEqual({ scene: 'tianyu_office', music: 'office' });
    const second = engine.advance();
    expect(second).toMatchObject({
      kind: 'line',
      line: { text: 'Eleanor looks up.', speaker: 'eleanor', mood: 'annoyed' },
    });
  });

  it('lists choices with their scores and notes, and records each decision', () => {
    const engine = new StoryEngine(json);
    engine.start();
    readToDecision(engine);
    const step = engine.current;
    expect(step.kind).toBe('choices');
    if (step.kind !== 'choices') return;
    expect(step.facilitator).toBe('Ask the room.');
    expect(step.options.map((o) => o.score)).toEqual([{ S: 2, BE: 1 }, { S: -1 }]);
    expect(step.options[0]?.feedback).toBe('Strategy first.');
    const record = engine.choose(0);
    expect(record).toMatchObject({
      number: 1,
      chosen: 0,
      prompt: 'Where do you start?',
      facilitator: 'Ask the room.',
    });
    expect(engine.current).toMatchObject({ kind: 'line', line: { text: 'She nods.', mood: 'pleased' } });
  });

  it('offers a later option only when an earlier choice earned it', () => {
    const good = new StoryEngine(json);
    good.replay([0], 0);
    readToDecision(good);
    const poor = new StoryEngine(json);
    poor.replay([1], 0);
    readToDecision(poor);
    const count = (e: StoryEngine) => (e.current.kind === 'choices' ? e.current.options.length : 0);
    expect(count(good)).toBe(3);
    expect(count(poor)).toBe(2);
  });

  it('saves and restores to the very same line', () => {
    const engine = new StoryEngine(json);
    engine.replay([0], 2);
    const saved = JSON.parse(JSON.stringify(engine.snapshot()));
    const expected = lineText(engine.current);
    const restored = new StoryEngine(json);
    restored.restore(saved);
    expect(lineText(restored.current)).toBe(expected);
    expect(restored.decisionLog).toHaveLength(1);
    // And it carries on exactly as the original would.
    expect(restored.advance()).toEqual(engine.advance());
  });

  it('rewinds to an earlier decision and lets the class take the other option', () => {
    const engine = new StoryEngine(json);
    engine.replay([0, 2, 1], 0);
    while (engine.current.kind === 'line') engine.advance();
    expect(engine.current).toEqual({ kind: 'end', ending: 'strong' });
    const back = engine.rewindTo(1);
    expect(back.kind).toBe('choices');
    expect(engine.decisionLog).toHaveLength(0);
    engine.choose(1);
    engine.replay([], 0);
    while (engine.current.kind !== 'end') {
      if (engine.current.kind === 'choices') engine.choose(0);
      else engine.advance();
    }
    expect(engine.endingReached).toBe('poor');
  });

  it('replays logged choices on an edited story, and refuses when an option is gone', async () => {
    const { compileSource } = await import('../helpers/compile.ts');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { FIXTURES } = await import('../helpers/compile.ts');
    const source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
    const edited = await compileSource(source.replace('She nods.', 'She nods slowly.'));
    const engine = new StoryEngine(edited);
    engine.replay([0], 1);
    expect(lineText(engine.current)).toBe('She nods slowly.');
    const shrunk = await compileSource(source.replace(/\* \[Pitch the catalogue[^\n]*\n[^\n]*\n/, ''));
    expect(() => new StoryEngine(shrunk).replay([1], 0)).toThrow(/Decision 1 no longer offers/);
  });

  it('refuses to choose where there is no decision', () => {
    const engine = new StoryEngine(json);
    engine.start();
    expect(() => engine.choose(0)).toThrow(/no decision/);
  });
});
