import { describe, expect, it } from 'vitest';
import type { ResultFault } from '../../src/results/result-files.ts';
import { classViewStrings } from '../../src/ui/i18n-classview.ts';

const base = { file: 'wang.json', index: 0, learner: 'Wang Fang' };
const FAULTS: ResultFault[] = [
  { ...base, code: 'not-json', reason: 'Unexpected end', index: null, learner: null },
  { ...base, code: 'malformed', field: 'results[0].scores.T', expected: 'a number' },
  { ...base, code: 'wrong-game', found: 'wudi-turn/class-average', index: null, learner: null },
  { ...base, code: 'unsupported-version', found: '2', index: null, learner: null },
  { ...base, code: 'unknown-scenario', scenarioId: 's9' },
  { ...base, code: 'wrong-version', scenarioId: 's1', storyHash: 'x' },
  { ...base, code: 'duplicate', scenarioId: 's1', otherFile: 'first.json', sameId: false },
  { ...base, code: 'tampered', reason: 'scores', role: 'T' },
];

describe('class view refusal messages', () => {
  it.each(['en', 'zh-CN'] as const)(
    'name the file and say something specific for each fault (%s)',
    (locale) => {
      const s = classViewStrings(locale);
      const texts = FAULTS.map((f) => s.fault(f, (id) => (id === 's1' ? 'The strategy' : id)));
      for (const text of texts)
        expect(text.startsWith(locale === 'en' ? 'wang.json: ' : 'wang.json：')).toBe(true);
      expect(new Set(texts).size).toBe(FAULTS.length);
      expect(texts[1]).toContain('results[0].scores.T');
      expect(texts[5]).toContain('The strategy');
      expect(texts[6]).toContain('first.json');
      expect(texts[7]).toContain('Wang Fang');
    },
  );

  it('words the damaged field’s expected type in Chinese', () => {
    expect(classViewStrings('zh-CN').fault(FAULTS[1] as ResultFault, (id) => id, false)).toBe(
      '文件已损坏：“results[0].scores.T”应为数字。',
    );
    expect(classViewStrings('en').fault(FAULTS[0] as ResultFault, (id) => id, false)).toBe(
      'Not a readable results file (not JSON).',
    );
  });
});

describe('class view: capabilities, self-rating and reference words', () => {
  it.each(['en', 'zh-CN'] as const)('gives each a distinct, non-empty text (%s)', (locale) => {
    const s = classViewStrings(locale);
    const refused = Object.values(s.reference.refused);
    expect(refused).toHaveLength(7);
    expect(new Set(refused).size).toBe(refused.length);
    const texts = [
      s.reference.load,
      s.reference.hint,
      s.reference.loaded('Incumbent KAMs', 2),
      s.reference.remove,
      s.reference.missing('Incumbent KAMs'),
      s.reference.otherVersion('Incumbent KAMs'),
      s.reference.row('Incumbent KAMs'),
      s.reference.legend('Incumbent KAMs'),
      s.capabilities.heading,
      s.capabilities.legend,
      s.capabilities.unexercised,
      s.capabilities.leftOut(5, 2),
      s.capabilities.none(3),
      s.capabilities.possibleUnknown,
      s.self.heading,
      s.self.intro(3, 5),
      s.self.none,
      s.self.noPossible,
      s.self.over('S', '+20'),
      s.self.under('T', '−15'),
      s.self.even(10),
    ];
    for (const text of texts) expect(text.trim().length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    const named = [2, 4, 5, 6, 7].map((i) => texts[i] ?? '');
    for (const text of named) expect(text).toContain('Incumbent KAMs');
    // Chinese reads as Chinese: no English word left in the new sentences.
    if (locale === 'zh-CN')
      for (const text of [s.capabilities.leftOut(5, 2), s.self.intro(3, 5), s.self.even(10)])
        expect(text).not.toMatch(/[A-Za-z]{3,}/);
    expect(s.self.points(0.234)).toMatch(/^\+23/);
    expect(s.self.points(-0.05)).toMatch(/^−5/);
    expect(s.self.points(0.001)).toMatch(/^±0/);
  });

  it('names the formats this game reads when a file is of another', () => {
    const f: ResultFault = { ...base, code: 'unsupported-version', found: '9', index: null, learner: null };
    expect(classViewStrings('en').fault(f, (id) => id)).toContain('formats 1 and 2');
    expect(classViewStrings('zh-CN').fault(f, (id) => id)).toContain('格式 1、2');
  });
});
