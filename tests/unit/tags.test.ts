import { describe, expect, it } from 'vitest';
import {
  parseChoiceTags,
  parseHeader,
  parseLineTags,
  parseScore,
  splitTag,
} from '../../src/narrative/tags.ts';

describe('tag parsing', () => {
  it('accepts the full-width colon Chinese keyboards type', () => {
    expect(splitTag('speaker： eleanor')).toMatchObject({ name: 'speaker', value: 'eleanor' });
    expect(parseChoiceTags(['score：S+2 BE+1']).score).toEqual({ S: 2, BE: 1 });
  });

  it('reads one to three signed role scores', () => {
    expect(parseScore('S+2 BE+1 O-2')).toEqual({ score: { S: 2, BE: 1, O: -2 }, problems: [] });
    expect(parseScore('T−1').score).toEqual({ T: -1 });
  });

  it('names an unknown role, an out-of-range score and too many roles', () => {
    expect(parseScore('X+1').problems[0]).toMatch(/unknown role "X"/);
    expect(parseScore('S+5').problems[0]).toMatch(/outside -2..\+3/);
    expect(parseScore('S+1 T+1 R+1 O+1').problems[0]).toMatch(/4 roles/);
    expect(parseScore('S2').problems[0]).toMatch(/cannot read score term "S2"/);
  });

  it('reports unknown and misplaced tags instead of ignoring them', () => {
    const line = parseLineTags(['speeker: eleanor', 'score: S+1']);
    expect(line.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/unknown tag "speeker"/),
      expect.stringMatching(/"score" is a choice tag/),
    ]);
    expect(parseLineTags(['ending: great']).problems[0]?.message).toMatch(/unknown ending "great"/);
  });

  it('reads the story header and marks a story without a role as unscored', () => {
    const { header, problems } = parseHeader([
      'title: Mini',
      'role: S',
      'order: 2',
      'summary: Hi',
      'stage: Growth',
      'goal: Read the strategy first.',
      'goal：先读懂战略。',
    ]);
    expect(header).toEqual({
      title: 'Mini',
      role: 'S',
      order: 2,
      summary: 'Hi',
      stage: 'growth',
      goals: ['Read the strategy first.', '先读懂战略。'],
      scored: true,
      carry: [],
    });
    expect(problems).toEqual([]);
    expect(parseHeader(['stage：maturity']).header.stage).toBe('maturity');
    expect(parseHeader(['title: No stage']).header.stage).toBeNull();
    expect(parseHeader(['stage: 成长期']).problems[0]?.message).toMatch(
      /unknown account stage "成长期" \(use expansion, growth, maturity\)/,
    );
    expect(parseHeader(['title: Plain']).header.scored).toBe(false);
    expect(parseHeader(['role: Q']).problems[0]?.message).toMatch(/unknown role "Q"/);
  });

  it('keeps escaped special characters in a coach note', () => {
    expect(parseChoiceTags(['feedback: Price is not value [see LTC] # 2']).feedback).toBe(
      'Price is not value [see LTC] # 2',
    );
  });
});
