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
