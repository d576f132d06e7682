import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, lintSource, sentenceCount, tagsOnLine } from '../../src/narrative/lint.ts';

const header = [
  '# title: T',
  '# role: S',
  '# order: 1',
  '# stage: growth',
  '# summary: s',
  '# goal: g1',
  '# goal: g2',
];
const lint = (...lines: string[]) => lintSource('x.ink', [...header, ...lines].join('\n'));
const messages = (...lines: string[]) => lint(...lines).map((p) => `${p.line}: ${p.message}`);

describe('source lint', () => {
  it('finds tags inside and outside choice brackets, honouring escapes and comments', () => {
    const { tags } = tagsOnLine(
      '* [Ask \\# why # score: S+1 # feedback: a \\[b\\]] Then. # mood: pleased // # speaker: nobody',
    );
    expect(tags).toEqual([
      { text: 'score: S+1', inChoiceBrackets: true },
      { text: 'feedback: a \\[b\\]', inChoiceBrackets: true },
      { text: 'mood: pleased', inChoiceBrackets: false },
    ]);
  });

  it('accepts a well-formed story', () => {
    expect(
      lint(
        'Hi. # speaker: eleanor # mood: pleased',
        '* [A # score: S+1 # feedback: f]',
        '- Bye. # ending: strong',
        '-> END',
      ),
    ).toEqual([]);
  });

  it('names what is wrong and on which line', () => {
    expect(messages('Hi. # speaker: elenor')).toEqual([
      expect.stringMatching(/^8: unknown cast id "elenor"/),
    ]);
    expect(messages('Hi. # sceen: corridor')).toEqual([expect.stringMatching(/^8: unknown tag "sceen"/)]);
    expect(messages('* [A # score: X+1 # feedback: f]')).toEqual([
      expect.stringMatching(/^8: unknown role "X"/),
    ]);
    expect(messages('* [A # feedback: f]')).toEqual([expect.stringMatching(/^8: this option has no score/)]);
    expect(messages('* [A] # score: S+1 # feedback: f')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8: "score" must be inside the choice's square brackets/),
      ]),
    );
    expect(messages('Hi. ＃ mood: pleased')).toEqual([expect.stringMatching(/^8: full-width "＃"/)]);
    expect(messages('* [A # score: S+1 # feedback: f # cap: charm]')).toEqual([
      expect.stringMatching(/^8: unknown capability "charm"/),
    ]);
  });

  it("checks the account stage: a scored scenario names one of the three, on the header's line", () => {
    const body = ['Hi.', '* [A # score: S+1 # feedback: f]', '- Bye. # ending: strong', '-> END'];
    const withStage = (stage: string) =>
      lintSource(
        'x.ink',
        [
          '# title: T',
          '# role: S',
          '# order: 1',
          `# stage: ${stage}`,
          '# summary: s',
          '# goal: g',
          '# goal: h',
          ...body,
        ].join('\n'),
      );
    expect(withStage('maturity')).toEqual([]);
    expect(withStage('Maturity')).toEqual([]);
    expect(withStage('mature').map((p) => `${p.line} ${p.severity}: ${p.message}`)).toEqual([
      '4 error: unknown account stage "mature" (use expansion, growth, maturity) in the header',
    ]);
    const none = lintSource(
      'x.ink',
      ['# title: T', '# role: S', '# order: 1', '# summary: s', '# goal: g', '# goal: h', ...body].join('\n'),
    );
    expect(none).toEqual([
      expect.objectContaining({ line: 1, severity: 'warning', message: 'the header has no "# stage:"' }),
    ]);
  });

  it('asks a scored scenario for two to four learning goals, as header lines', () => {
    const body = ['Hi.', '* [A # score: S+1 # feedback: f]', '- Bye. # ending: strong', '-> END'];
    const withGoals = (...goals: string[]) =>
      lintSource(
        'x.ink',
        ['# title: T', '# role: S', '# order: 1', '# stage: growth', '# summary: s', ...goals, ...body].join(
          '\n',
        ),
      ).map((p) => `${p.line} ${p.severity}: ${p.message}`);
    expect(withGoals('# goal: a', '# goal: b')).toEqual([]);
    expect(withGoals()).toEqual([
      '1 warning: the header has no "# goal:": write 2 to 4 learning goals, one "# goal:" line each (the facilitator guide lists them)',
    ]);
    expect(withGoals('# goal: a')).toEqual([
      '1 warning: the header has 1 "# goal:" lines; write 2 to 4 learning goals',
    ]);
    expect(withGoals('# goal: a', '# goal: b', '# goal:')).toEqual([
      '8 warning: this "# goal:" is empty: write the learning goal',
    ]);
    // A goal written below the story's first line is a header tag out of place.
    expect(
      lintSource(
        'x.ink',
        [
          '# title: T',
          '# role: S',
          '# order: 1',
          '# stage: growth',
          '# summary: s',
          '# goal: a',
          '# goal: b',
          ...body,
          '# goal: c',
        ].join('\n'),
      ).map((p) => p.message),
    ).toEqual([expect.stringMatching(/"goal" is a header tag/)]);
  });

  it('treats a story without a role as plain Ink: a warning, no demands for scores', () => {
    const problems = lintSource('p.ink', 'Hello.\n* [Go]\n- Bye.\n-> END');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/plain, unscored/) }),
    ]);
  });
});

describe('unreachable knots and stitches', () => {
  it('flags a knot and a stitch nothing diverts to, with their lines', async () => {
    const { unreachableSections } = await import('../../src/narrative/lint.ts');
    const source = [
      '-> start',
      '=== start ===',
      'Hi.',
      '* [Go] -> middle.second',
      '* [Call] -> helper(1) ->',
      '=== middle ===',
      '= first',
      'One. -> END',
      '= second',
      'Two. -> END',
      '=== orphan ===',
      'Never. -> END',
      '=== function helper(x) ===',
      '~ return x',
      '=== tunnel_target ===',
      '= only',
      'In. ->->',
    ].join('\n');
    const problems = unreachableSections('u.ink', source);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: stitch "middle.first" is never reached: nothing diverts to it',
      '11: knot "orphan" is never reached: nothing diverts to it',
      '15: knot "tunnel_target" is never reached: nothing diverts to it',
      '16: stitch "tunnel_target.only" is never reached: nothing diverts to it',
    ]);
  });
});

describe("coach's note length", () => {
  it('counts sentences in English and Chinese, so a note over two sentences is flagged', () => {
    expect(sentenceCount('Reading comes first. It costs a week.')).toBe(2);
    expect(sentenceCount('Reading comes first. It costs a week. And goodwill.')).toBe(3);
    expect(sentenceCount('Costs e.g. a week, about 3.5 days.')).toBe(1);
    expect(sentenceCount('先读战略。代价是一周。')).toBe(2);
    expect(sentenceCount('先读战略。代价是一周。还要花掉信任。')).toBe(3);
  });

  it("warns, with the line, when a coach's note runs past two sentences", () => {
    const source = [
      '# title: T',
      '# role: S',
      'Go. # facilitator: ask',
      '* [A # score: S+1 # feedback: One. Two. Three.]',
      '* [B # score: S-1 # feedback: One. Two.]',
      '- -> END',
    ].join('\n');
    const found = lintSource('t.ink', source, DEFAULT_VOCABULARY).filter((p) =>
      p.message.includes('sentences'),
    );
    expect(found.map((p) => [p.line, p.severity])).toEqual([[4, 'warning']]);
  });
});
