import { describe, expect, it } from 'vitest';
import {
  decimal,
  fileDate,
  fileSlug,
  minus,
  percent,
  scoreChips,
  scoreText,
  signed,
  signedDecimal,
  whole,
} from '../../src/words/format.ts';

describe('number formats', () => {
  it('writes negatives with a true minus sign', () => {
    expect(minus('-3')).toBe('−3');
    expect(whole(-3)).toBe('−3');
    expect(whole(-0)).toBe('0');
    expect(whole(12)).toBe('12');
  });

  it('shows a mean to one place, and a whole number as it is', () => {
    expect(decimal(11)).toBe('11');
    expect(decimal(11.44)).toBe('11.4');
    expect(decimal(1.96)).toBe('2.0');
    expect(decimal(-2.25)).toBe('−2.3');
  });

  it('signs scores and differences', () => {
    expect(signed(2)).toBe('+2');
    expect(signed(-3)).toBe('−3');
    expect(signed(0)).toBe('0');
    expect(signedDecimal(1.5)).toBe('+1.5');
    expect(signedDecimal(-11.4)).toBe('−11.4');
    expect(signedDecimal(0.04)).toBe('±0');
    expect(signedDecimal(-2)).toBe('−2');
  });

  it('writes shares as whole percentages, losses below zero', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(-0.5)).toBe('−50%');
    expect(percent(1)).toBe('100%');
  });
});

describe('score chips', () => {
  it('lists the roles an option moves, in S-T-R-O-BE order', () => {
    expect(scoreText({ BE: 1, S: 2 })).toBe('S+2 BE+1');
    expect(scoreText({ O: -2, BE: -1, T: 0 })).toBe('O−2 BE−1');
    expect(scoreText({})).toBe('');
    expect(scoreChips({ R: -1 })).toEqual([{ role: 'R', value: -1, text: 'R−1' }]);
  });
});

describe('file names', () => {
  it('keeps letters of any script and turns the rest into single dashes', () => {
    expect(fileSlug('Li Na', 'learner')).toBe('Li-Na');
    expect(fileSlug('王小明', 'learner')).toBe('王小明');
    expect(fileSlug('a/b:c', 'x')).toBe('a-b-c');
    expect(fileSlug('大客户经理第 12 期', 'class')).toBe('大客户经理第-12-期');
    expect(fileSlug('  ?? ', 'class')).toBe('class');
  });

  it('stays short enough for every file system, without a trailing dash', () => {
    const slug = fileSlug(`${'a'.repeat(39)} b`, 'x');
    expect(slug).toBe('a'.repeat(39));
    expect(fileSlug('x'.repeat(100), 'y')).toHaveLength(40);
  });

  it('dates a file by its day', () => {
    expect(fileDate(new Date('2026-03-14T23:00:00Z'))).toBe('2026-03-14');
  });
});
