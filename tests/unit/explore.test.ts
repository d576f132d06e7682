import { beforeAll, describe, expect, it } from 'vitest';
import { capabilitySummary } from '../../scripts/stories-check.ts';
import { CAPABILITIES } from '../../src/narrative/capabilities.ts';
import { exploreStory, staticCapabilityBound, staticUpperBound } from '../../src/narrative/explore.ts';
import { ROLES } from '../../src/narrative/roles.ts';
import { allPaths } from '../helpers/brute.ts';
import { compileFixture, compileSource } from '../helpers/compile.ts';

/** A story of `n` decisions with three options each that rejoin at a gather: 3^n paths. */
function wideStory(n: number): string {
  const lines = ['# title: Wide', '# role: O', 'VAR cash = 0'];
  for (let i = 1; i <= n; i++) {
    lines.push(`Decision ${i}. # facilitator: note ${i}`);
    lines.push(`* [Cut price ${i} # score: O-1 BE+1 # feedback: a]`, '  ~ cash -= 1');
    lines.push(`* [Hold price ${i} # score: O+2 # feedback: b]`, '  ~ cash += 1');
    lines.push(`* [Ask finance ${i} # score: R+1 O+1 # feedback: c]`);
    lines.push('-');
  }
  lines.push(
    '{cash >= 3: Good year. # ending: strong}',
    '{cash < 3 && cash >= 0: Flat year. # ending: mixed}',
    '{cash < 0: Bad year. # ending: poor}',
    '-> END',
  );
  return lines.join('\n');
}

describe('exploreStory', () => {
  let mini: string;
  beforeAll(async () => {
    mini = await compileFixture('mini.ink');
  });

  it('agrees with brute-force enumeration on every figure', () => {
    const result = exploreStory(mini);
    const paths = allPaths(mini);
    expect(result.exact).toBe(true);
    expect(result.paths).toBe(paths.length);
    for (const role of ROLES) {
      const totals = paths.map((p) => p.totals[role]);
      expect(result.max[role], role).toBe(Math.max(...totals));
      expect(result.min[role], role).toBe(Math.min(...totals));
      expect(result.mean[role]).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 9);
      expect(result.possible[role]).toBe(Math.max(0, ...totals));
    }
    expect(result.decisionsMin).toBe(Math.min(...paths.map((p) => p.decisions)));
    expect(result.decisionsMax).toBe(Math.max(...paths.map((p) => p.decisions)));
    for (const ending of ['strong', 'mixed', 'poor'] as const) {
      expect(result.endings[ending], ending).toBe(paths.filter((p) => p.ending === ending).length);
    }
    expect(result.deadEnds).toEqual([]);
  });

  it('gives each capability the most points any one path earns, as brute force finds', async () => {
    const json = await compileFixture('caps.ink');
    const result = exploreStory(json);
    const paths = allPaths(json);
    expect(result.exact).toBe(true);
    for (const cap of CAPABILITIES)
      expect(result.capabilityPossible[cap], cap).toBe(Math.max(0, ...paths.map((p) => p.capabilities[cap])));
    // The workshop (5 for partnering) opens only after asking, which earns partnering nothing:
    // one path, not the best option of each decision added up.
    expect(result.capabilityPossible).toMatchObject({
      strategic_thinking: 3,
      customer_partnering: 5,
      org_development: 2,
      business_acumen: 1,
      cross_cultural: 0,
    });
    expect(result.capabilityOptions).toMatchObject({
      strategic_thinking: 2,
      customer_partnering: 2,
      business_acumen: 2,
      cross_cultural: 0,
    });
    // The bound for a story too large to explore never falls below what a path can earn.
    const bound = staticCapabilityBound(json);
    for (const cap of CAPABILITIES)
      expect(bound[cap], cap).toBeGreaterThanOrEqual(result.capabilityPossible[cap]);
    expect(bound.customer_partnering).toBe(5);
    expect(exploreStory(json, { maxStates: 1, fallbackWalks: 20 }).capabilityPossible).toEqual(bound);
    // The checker names what the scenario exercises and what it never does.
    const line = capabilitySummary(result);
    expect(line).toContain('customer_partnering 5 (2 options)');
    expect(line).toMatch(
      /never exercised: collaborative_influence, cross_cultural, business_value, strategic_risk$/,
    );
  });

  it('finds the best path even when it needs an option an earlier choice unlocked', () => {
    // S+2 (ask) then S+3 (workshop, only after ask): S can reach 5, which no greedy sum sees.
    expect(exploreStory(mini).possible.S).toBe(5);
  });

  it('merges rejoining states: 3^9 paths explored through a few dozen states', async () => {
    const json = await compileSource(wideStory(9));
    const result = exploreStory(json);
    expect(result.exact).toBe(true);
    expect(result.paths).toBe(3 ** 9);
    expect(result.states).toBeLessThan(200);
    expect(result.possible).toEqual({ S: 0, T: 0, R: 9, O: 18, BE: 9 });
    expect(result.decisionsMin).toBe(9);
  });

  it('falls back to a bound never below any reachable score when the budget runs out', async () => {
    const json = await compileSource(wideStory(6));
    const exact = exploreStory(json);
    const bounded = exploreStory(json, { maxStates: 3, fallbackWalks: 200 });
    expect(bounded.exact).toBe(false);
    expect(bounded.note).toMatch(/upper bound/);
    for (const role of ROLES) expect(bounded.possible[role]).toBeGreaterThanOrEqual(exact.possible[role]);
    // Every positive score added up: loose, but no path can beat it.
    expect(staticUpperBound(json)).toEqual({ S: 0, T: 0, R: 6, O: 18, BE: 6 });
  });

  it('reports dead ends and decisions without a trainer note', async () => {
    const json = await compileSource(
      [
        '# title: T',
        '# role: S',
        'Start.',
        '* [A # score: S+1 # feedback: x]',
        '  Ends here with no tag.',
        '  -> END',
        '* [B # score: S+1]',
        '  Done. # ending: mixed',
        '  -> END',
      ].join('\n'),
    );
    const result = exploreStory(json);
    expect(result.deadEnds).toEqual([expect.stringMatching(/no ending tag after option "A"/)]);
    expect(result.endings.untagged).toBe(1);
    expect(result.decisionPoints[0]).toMatchObject({ missingFacilitator: true, missingFeedback: [1] });
  });

  it('detects a story that loops back to an earlier decision and still terminates', async () => {
    const json = await compileSource(
      [
        '# title: Loop',
        '# role: T',
        '-> hub',
        '=== hub ===',
        'Which room? # facilitator: f',
        '* [Left # score: T+1 # feedback: a] -> hub',
        '* [Right # score: T+2 # feedback: b] -> hub',
        '* [Leave # score: T+0 # feedback: c]',
        '  Bye. # ending: mixed',
        '  -> END',
      ].join('\n'),
    );
    const result = exploreStory(json);
    expect(result.cyclic).toBe(true);
    expect(result.possible.T).toBe(3);
    expect(result.endings.mixed).toBeGreaterThan(0);
  });
});

describe('branch map data', () => {
  it('records each decision with its prompt, options, scores, conditions and where each leads', async () => {
    const json = await compileFixture('mini.ink');
    const { decisionPoints } = exploreStory(json);
    expect(decisionPoints).toHaveLength(3);
    const [first, second, third] = decisionPoints;
    expect(first?.prompt).toBe('Where do you start?');
    expect(first?.branches.map((b) => [b.text, b.score, b.targets])).toEqual([
      ['Ask about the board', { S: 2, BE: 1 }, [second?.id]],
      ['Pitch the catalogue', { S: -1 }, [second?.id]],
    ]);
    expect(second?.branches.find((b) => b.text === 'Propose a strategy workshop')?.conditional).toBe(true);
    expect(second?.branches.find((b) => b.text === 'Brief the team')?.conditional).toBe(false);
    expect(new Set(third?.branches.flatMap((b) => b.targets))).toEqual(
      new Set(['end:strong', 'end:mixed', 'end:poor']),
    );
  });
});

describe('branch map picture', () => {
  it('labels options with number and score, and shows a decision’s trainer note on hover', async () => {
    const { layoutBranchMap, branchMapSvg, svgToString } = await import('../../src/narrative/branch-map.ts');
    const json = await compileFixture('mini.ink');
    const map = layoutBranchMap(exploreStory(json).decisionPoints);
    expect(map.nodes.filter((n) => n.kind === 'decision')).toHaveLength(3);
    expect(map.nodes.filter((n) => n.kind === 'ending').map((n) => n.ending)).toEqual([
      'strong',
      'mixed',
      'poor',
    ]);
    const svg = svgToString(
      branchMapSvg(map, {
        title: 'Mini <map>',
        endings: { strong: 'Strong' },
        decision: (n) => `D${n}`,
        conditional: 'some paths',
        note: 'Trainer: ',
      }),
    );
    expect(svg).toContain('<title>Where do you start?\nTrainer: Ask the room.</title>');
    expect(svg).toContain('>1 S+2 BE+1</text>');
    // Text is escaped, never markup.
    expect(svg).toContain('Mini &lt;map&gt;');
    expect(svg).toMatch(/stroke-dasharray="5 4"/);
  });
});
