import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryModule } from '../../src/content/story-module.ts';
import type { RoleScores } from '../../src/narrative/roles.ts';
import { readClassAverage } from '../../src/results/check-result.ts';
import { BOM, csvCell, resultsCsv } from '../../src/results/csv.ts';
import { exportFileName, resultFile } from '../../src/results/export.ts';
import { costliestForRole, suggestPlan, weakestRole } from '../../src/results/plan.ts';
import { buildProfile, costliestDecisions, latestPerScenario } from '../../src/results/profile.ts';
import { recordResults } from '../../src/results/recorder.ts';
import {
  type ActionPlan,
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type ResultDecision,
  sealOf,
  withSeal,
} from '../../src/results/result.ts';
import {
  CLASS_AVERAGE_KEY,
  createResultsStore,
  RESULTS_KEY,
  readResults,
  resultForRun,
} from '../../src/results/results-store.ts';
import { type KeyValueStore, memoryStore } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { resultStrings } from '../../src/ui/i18n-results.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

const scores = (s: Partial<RoleScores>): RoleScores => ({ S: 0, T: 0, R: 0, O: 0, BE: 0, ...s });

function decision(number: number, options: Partial<RoleScores>[], chosen: number): ResultDecision {
  return {
    point: `knot${number}.0`,
    number,
    prompt: `Prompt ${number}`,
    options: options.map((score, i) => ({ text: `Option ${number}.${i + 1}`, score })),
    chosen,
    feedback: `Note on ${number}.${chosen + 1}`,
  };
}

function result(
  scenarioId: string,
  finishedAt: string,
  decisions: ResultDecision[],
  earned: Partial<RoleScores>,
  possible: Partial<RoleScores>,
  learner = 'Li Na',
): LearnerResult {
  return withSeal({
    id: `${scenarioId}:${finishedAt}`,
    learner,
    scenarioId,
    locale: 'en',
    title: scenarioId.toUpperCase(),
    storyHash: 'h1',
    finishedAt,
    durationMs: 600_000,
    decisions,
    scores: scores(earned),
    possible: scores(possible),
    ending: 'mixed',
    plan: { role: null, actions: [] },
  });
}

// A hand-computed fixture: the latest s1 and one s2 (an older s1 must not count).
const s1 = result(
  's1',
  '2026-05-02T10:00:00.000Z',
  [
    decision(1, [{ S: 3, BE: 2 }, { S: -1 }], 1), // chose -1, best 5: cost 6; S lost 4
    decision(2, [{ T: 2 }, { R: 1, O: 1 }], 0), // chose 2, best 2: cost 0
    decision(3, [{ O: 2 }, { O: -2, BE: -1 }], 1), // chose -3, best 2: cost 5
  ],
  { S: -1, T: 2, R: 0, O: -2, BE: -1 },
  { S: 10, T: 4, R: 2, O: 2, BE: 6 },
);
const s1Older = result(
  's1',
  '2026-05-01T10:00:00.000Z',
  [decision(1, [{ S: 3, BE: 2 }, { S: -1 }], 0)],
  { S: 10, T: 4, R: 2, O: 2, BE: 6 },
  { S: 10, T: 4, R: 2, O: 2, BE: 6 },
);
const s2 = result(
  's2',
  '2026-05-03T09:00:00.000Z',
  [decision(1, [{ T: 4 }, { T: 1, S: 2 }], 1)], // chose 3, best 4: cost 1
  { S: 2, T: 1 },
  { S: 4, T: 8, R: 2, O: 0, BE: 2 },
);

const wording = resultStrings('en').plan;

describe('profile maths', () => {
  it('takes the latest result of each scenario', () => {
    expect(latestPerScenario([s1Older, s2, s1]).map((r) => r.id)).toEqual([s1.id, s2.id]);
    expect(latestPerScenario([s1, s1Older]).map((r) => r.id)).toEqual([s1.id]);
  });

  it('sums earned over possible per role, and names the strongest and weakest role', () => {
    const profile = buildProfile([s1Older, s1, s2]);
    const byRole = Object.fromEntries(profile.roles.map((r) => [r.role, r]));
    // S: (-1 + 2) / (10 + 4); T: (2 + 1) / (4 + 8); R: 0 / 4; O: -2 / 2; BE: -1 / 8
    expect(byRole.S).toMatchObject({ earned: 1, possible: 14 });
    expect(byRole.S?.share).toBeCloseTo(1 / 14, 10);
    expect(byRole.T).toMatchObject({ earned: 3, possible: 12, share: 0.25 });
    expect(byRole.R).toMatchObject({ earned: 0, possible: 4, share: 0 });
    // A role that lost points charts at zero but ranks below one that earned none.
    expect(byRole.O).toMatchObject({ earned: -2, possible: 2, share: 0, ratio: -1 });
    expect(byRole.BE).toMatchObject({ earned: -1, possible: 8, share: 0, ratio: -0.125 });
    expect(profile.strongest).toBe('T');
    expect(profile.weakest).toBe('O');
    expect(profile.scenarios.map((s) => s.result.id)).toEqual([s1.id, s2.id]);
  });

  it('lists the decisions that cost most, best total minus chosen total', () => {
    const costly = costliestDecisions(s1.decisions);
    expect(costly.map((c) => [c.number, c.cost, c.best.text, c.feedback])).toEqual([
      [1, 6, 'Option 1.1', 'Note on 1.2'],
      [3, 5, 'Option 3.1', 'Note on 3.2'],
    ]);
    expect(costliestDecisions(s2.decisions).map((c) => c.cost)).toEqual([1]);
    // Best choices cost nothing and are not listed.
    expect(costliestDecisions([decision(1, [{ S: 1 }, { S: 2 }], 1)])).toEqual([]);
  });

  it('has nothing to rank with no results', () => {
    const empty = buildProfile([]);
    expect(empty.scenarios).toEqual([]);
    expect(empty.strongest).toBeNull();
    expect(empty.weakest).toBeNull();
  });
});

describe('PARR plan suggestion', () => {
  it('works on the role with the largest gap between possible and earned', () => {
    // gaps: S 11, T 2, R 2, O 4, BE 7
    expect(weakestRole(s1.scores, s1.possible)).toBe('S');
    // equal gaps go to the lower share: T 2/4 earned vs R 0/2
    expect(weakestRole(scores({ T: 2 }), scores({ T: 4, R: 2 }))).toBe('R');
    expect(weakestRole(scores({ S: 2 }), scores({ S: 2 }))).toBeNull();
    expect(weakestRole(scores({}), null)).toBeNull();
  });

  it("suggests one action, from the coach's note where that role lost most; up to three on request", () => {
    const plan = suggestPlan(s1, wording);
    expect(plan.role).toBe('S');
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]?.prepare).toBe(
      "Coach's note on decision 1: “Note on 1.2” Where could this come up on my own account, and what do I need to find out first?",
    );
    expect(plan.actions[0]?.act).toBe(
      'On my account: what I will do, with whom, by when. (In the game, the stronger move was: Option 1.1.)',
    );
    expect(plan.actions[0]?.reflect).toContain('decision 1 in the game (I chose “Option 1.2”)');
    expect(plan.actions[0]?.reflect).toContain('as a strategy leader?');
    expect(plan.actions[0]?.review).toBe(
      'In two weeks I review it with my manager or my iron-triangle colleagues: what worked, what next?',
    );

    const many = [1, 2, 3, 4, 5].map((n) => decision(n, [{ T: n }, { T: 0 }], 1));
    expect(costliestForRole(many, 'T').map((d) => d.number)).toEqual([5, 4, 3, 2, 1]);
    const input = { scores: scores({}), possible: scores({ T: 15 }), decisions: many };
    expect(suggestPlan(input, wording).actions.map((a) => a.prepare.match(/decision (\d)/)?.[1])).toEqual([
      '5',
    ]);
    const big = suggestPlan(input, wording, 'T', 10);
    expect(big.actions.map((a) => a.prepare.match(/decision (\d)/)?.[1])).toEqual(['5', '4', '3']);
    // Each action's reflection names the decision it came from.
    expect(new Set(big.actions.map((a) => a.reflect)).size).toBe(3);
    expect(big.actions[1]?.reflect).toContain('decision 4 in the game');
  });

  it('keeps a question mark ending the stronger option and drops a full stop', () => {
    const asked = decision(1, [{ S: 2 }, { S: 0 }], 1);
    const withMark = (text: string) => ({
      ...asked,
      options: [{ text, score: { S: 2 } }, asked.options[1] ?? { text: '', score: {} }],
    });
    const input = (text: string) => ({
      scores: scores({}),
      possible: scores({ S: 2 }),
      decisions: [withMark(text)],
    });
    expect(suggestPlan(input('Ask what she needs first?'), wording).actions[0]?.act).toMatch(
      /was: Ask what she needs first\?\)$/,
    );
    expect(suggestPlan(input('Read the report.'), wording).actions[0]?.act).toMatch(
      /was: Read the report\.\)$/,
    );
    expect(suggestPlan(input('先读年报。'), resultStrings('zh-CN').plan).actions[0]?.act).toBe(
      '在我负责的客户上：做什么、和谁、何时完成。（游戏中更好的做法是：先读年报）',
    );
  });

  it('offers one open action when nothing was lost, in the chosen language', () => {
    const perfect = suggestPlan(
      { scores: scores({ S: 2 }), possible: scores({ S: 2 }), decisions: [] },
      wording,
    );
    expect(perfect).toEqual({ role: null, actions: [wording.blank(null)] });
    const zh = suggestPlan(s1, resultStrings('zh-CN').plan);
    expect(zh.actions[0]?.prepare).toBe(
      '第 1 个决定的教练点评：“Note on 1.2”在我负责的系统部里，类似情况可能出现在哪里？我需要先弄清什么？',
    );
    expect(zh.actions[0]?.act).toBe(
      '在我负责的客户上：做什么、和谁、何时完成。（游戏中更好的做法是：Option 1.1）',
    );
    expect(zh.actions[0]?.reflect).toContain('第 1 个决定（我当时选了“Option 1.2”）');
    expect(zh.actions[0]?.reflect).toContain('战略领导者');
    expect(zh.actions[0]?.review).toBe('两周后与主管或铁三角伙伴一起回顾：哪些做法有效？下一步做什么？');
  });
});

/** A minimal RFC 4180 reader, to check that what the writer quotes reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and keeps Chinese as it is', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('王小明')).toBe('王小明');
    expect(csvCell('王，小明')).toBe('王，小明'); // a full-width comma is text, not a separator
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
    // A spreadsheet must not run a learner's text as a formula.
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1 point')).toBe("'-1 point");
  });

  it('writes one row per result behind a BOM, and reads back the same', () => {
    const plan: ActionPlan = {
      role: 'S',
      actions: [{ prepare: 'Read, then "ask"', act: '先问，再说\n第二行', reflect: 'r', review: 'v' }],
    };
    const { seal: _seal, ...rest } = s1;
    const named = withSeal({ ...rest, learner: 'Wang, "Xiao" 王小明', plan });
    const csv = resultsCsv([named, s2]);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(first?.[col('learner')]).toBe('Wang, "Xiao" 王小明');
    expect(first?.[col('S')]).toBe('-1');
    expect(first?.[col('S_possible')]).toBe('10');
    expect(first?.[col('total')]).toBe('-2');
    expect(first?.[col('total_possible')]).toBe('24');
    expect(first?.[col('choices')]).toBe('2 1 2');
    expect(first?.[col('minutes')]).toBe('10');
    expect(first?.[col('plan_role')]).toBe('S');
    expect(first?.[col('action1_prepare')]).toBe('Read, then "ask"');
    expect(first?.[col('action1_act')]).toBe('先问，再说\n第二行');
    expect(first?.[col('action2_act')]).toBe('');
    expect(second?.[col('learner')]).toBe('Li Na');
    expect(rows.every((r) => r.length === header?.length)).toBe(true);
  });

  it('names export files after the learner and the scenario', () => {
    expect(exportFileName('Li Na', 's1_strategy', 'json')).toBe('wudi-Li-Na-s1_strategy.json');
    expect(exportFileName('王小明', 's2_team', 'csv')).toBe('wudi-王小明-s2_team.csv');
    expect(exportFileName('  ', null, 'json')).toBe('wudi-learner-all.json');
    expect(exportFileName('a/b:c', 's1', 'json')).toBe('wudi-a-b-c-s1.json');
    const file = resultFile([s1], new Date('2026-05-04T00:00:00Z'));
    expect(file).toMatchObject({
      kind: 'wudi-turn/results',
      version: 2,
      exportedAt: '2026-05-04T00:00:00.000Z',
    });
    expect(file.results[0]?.seal).toBe(sealOf(s1));
  });
});

function stored(results: unknown[]): string {
  return JSON.stringify({ v: 1, data: results });
}

describe('results kept in the browser', () => {
  it('keeps results across visits, and re-seals an edited plan and name', () => {
    const storage = memoryStore();
    const first = createResultsStore(storage);
    let calls = 0;
    first.subscribe(() => calls++);
    first.add(s1);
    first.add(s2);
    const plan: ActionPlan = { role: 'S', actions: [{ prepare: 'p', act: 'a', reflect: 'r', review: 'v' }] };
    const updated = first.updatePlan(s1.id, plan);
    expect(updated?.plan).toEqual(plan);
    expect(updated?.seal).toBe(sealOf(updated as LearnerResult));
    expect(updated?.seal).not.toBe(s1.seal);
    first.updateLearner(s2.id, '小李');
    expect(calls).toBe(4);
    expect(first.updatePlan('nope', plan)).toBeNull();

    const second = createResultsStore(storage);
    expect(second.problems()).toEqual([]);
    expect(second.list().map((r) => r.id)).toEqual([s1.id, s2.id]);
    expect(second.get(s1.id)?.plan).toEqual(plan);
    expect(second.get(s2.id)?.learner).toBe('小李');
  });

  it('forgets every result when the learner resets their data', async () => {
    const storage = memoryStore();
    const results = createResultsStore(storage);
    results.add(s1);
    const game = createGame({ library: fakeLibrary([]), storage, onReset: () => results.clear() });
    await game.ready;
    game.actions.resetData();
    expect(results.list()).toEqual([]);
    expect(createResultsStore(storage).list()).toEqual([]);
  });

  it('drops a damaged result with a message and keeps the others', () => {
    const { learner: _learner, ...noLearner } = s2;
    const tampered = { ...s1, scores: { ...s1.scores, S: 10 } };
    const badPlan = { ...s1, id: 'x', plan: { role: 'S', actions: [1, 2, 3, 4] } };
    const read = readResults(stored([s1Older, noLearner, tampered, badPlan, s2, s2]));
    expect(read.results.map((r) => r.id)).toEqual([s1Older.id, s2.id]);
    expect(read.problems).toEqual([
      { kind: 'result-damaged', index: 1, detail: 'results[1].learner should be text' },
      { kind: 'result-changed', index: 2, detail: 'results[2] was changed outside the game' },
      { kind: 'result-damaged', index: 3, detail: 'results[3].plan.actions[0] should be an object' },
    ]);
    const storage = memoryStore();
    storage.setItem(RESULTS_KEY, stored([noLearner, s2]));
    const store = createResultsStore(storage);
    expect(store.list().map((r) => r.id)).toEqual([s2.id]);
    expect(store.problems().map((p) => p.kind)).toEqual(['result-damaged']);
    // The damaged entry is gone for good: the next visit loads cleanly.
    expect(createResultsStore(storage).problems()).toEqual([]);
  });

  it('reports a list it cannot read at all', () => {
    const kinds = (raw: string) => readResults(raw).problems.map((p) => `${p.kind}: ${p.detail}`);
    expect(kinds('{oops')[0]).toMatch(/^list-damaged: /);
    // A newer version's list is not damaged: it is left as it is (see the saving tests).
    expect(kinds('{"v":2,"data":[]}')).toEqual(['saved-by-newer: version 2']);
    expect(kinds('{"v":1,"data":{}}')).toEqual(['list-damaged: results should be a list']);
    expect(kinds('[1]')).toEqual(['list-damaged: not a saved results of this game']);
    expect(readResults(null)).toEqual({ results: [], problems: [] });
  });

  it('keeps results in memory when the browser refuses to save', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = createResultsStore(full);
    store.add(s1);
    expect(store.list()).toHaveLength(1);
    expect(store.problems()).toEqual([{ kind: 'unsaved', detail: 'QuotaExceededError' }]);
  });

  it('finds the result of the run on screen by its decisions', () => {
    const list = [s1Older, s1, s2];
    const run = s1.decisions.map((d) => ({ point: d.point, chosen: d.chosen }));
    expect(resultForRun(list, 's1', run)?.id).toBe(s1.id);
    expect(resultForRun(list, 's1', [{ point: 'knot1.0', chosen: 0 }])?.id).toBe(s1Older.id);
    expect(resultForRun(list, 's1', [{ point: 'knot1.0', chosen: 1 }])).toBeNull();
    expect(resultForRun(list, 's3', run)).toBeNull();
  });
});

const average: ClassAverageFile = {
  kind: CLASS_AVERAGE_KIND,
  version: 1,
  createdAt: '2026-05-05T08:00:00.000Z',
  className: 'KAM cohort 12',
  scenarios: {
    s1: {
      learners: 3,
      storyHashes: ['h1'],
      possible: scores({ S: 10, T: 4, R: 2, O: 2, BE: 6 }),
      roles: {
        S: { mean: 4, sd: 1, min: 3, max: 5, meanShare: 0.4 },
        T: { mean: 2, sd: 0, min: 2, max: 2, meanShare: 0.5 },
        R: { mean: 1, sd: 0, min: 1, max: 1, meanShare: 0.5 },
        O: { mean: 0, sd: 1, min: -1, max: 1, meanShare: 0 },
        BE: { mean: 3, sd: 2, min: 1, max: 5, meanShare: 0.5 },
      },
    },
  },
};

describe('class figures shared back by the trainer', () => {
  it('reads a valid file and keeps it across visits', () => {
    const read = readClassAverage(`\uFEFF${JSON.stringify(average)}`);
    expect(read).toEqual({ ok: true, file: average });
    const storage = memoryStore();
    createResultsStore(storage).setClassAverage(average);
    expect(createResultsStore(storage).classAverage()).toEqual(average);
  });

  it('says what is wrong with a bad file', () => {
    const reason = (text: string) => {
      const read = readClassAverage(text);
      return read.ok ? 'ok' : `${read.reason}: ${read.detail}`;
    };
    expect(reason('not json')).toMatch(/^not-json: /);
    expect(reason(JSON.stringify(resultFile([s1], new Date())))).toBe('results-file: wudi-turn/results');
    expect(reason('{"kind":"other"}')).toBe('wrong-kind: kind: "other"');
    expect(reason(JSON.stringify({ ...average, version: 3 }))).toBe('wrong-version: version 3');
    const broken = structuredClone(average) as unknown as { scenarios: { s1: { roles: { T: unknown } } } };
    broken.scenarios.s1.roles.T = { mean: 'high' };
    expect(reason(JSON.stringify(broken))).toBe(
      'malformed: file.scenarios.s1.roles.T.mean should be a number',
    );
  });

  it('sets damaged saved figures aside with a message', () => {
    const storage = memoryStore();
    const damaged = '{"kind":"wudi-turn/class-average"}';
    storage.setItem(CLASS_AVERAGE_KEY, damaged);
    const store = createResultsStore(storage);
    expect(store.classAverage()).toBeNull();
    expect(store.problems().map((p) => p.kind)).toEqual(['class-average-damaged']);
    expect(storage.getItem(`${CLASS_AVERAGE_KEY}:damaged`)).toBe(damaged);
  });
});

describe('recording finished scenarios', () => {
  let mini: StoryModule;
  let mine: StoryModule;
  beforeAll(async () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
    const json = await compileSource(source);
    mini = moduleFrom(json, 'mini', 'en');
    mine = moduleFrom(json, 'my-abc123', 'en');
  });

  async function setUp(storage: KeyValueStore) {
    let clock = 1_000_000;
    const game = createGame({
      library: fakeLibrary([mini, mine]),
      storage,
      now: () => (clock += 2000),
    });
    await game.ready;
    const results = createResultsStore(storage);
    recordResults(game, results, {
      now: () => new Date('2026-06-01T12:00:00Z'),
      suggestPlan: (r) => suggestPlan(r, wording),
    });
    await game.actions.chooseLocale('en');
    return { game, results };
  }

  function playThrough(game: Game, picks: number[]) {
    let made = 0;
    for (let guard = 0; guard < 100; guard++) {
      const step = game.store.getState().step;
      if (!step || step.kind === 'end') return;
      if (step.kind === 'line') game.actions.advance();
      else game.actions.choose(picks[made++] ?? 0);
    }
  }

  it('keeps a sealed result with name, scores, time and a suggested plan when a solo learner finishes', async () => {
    const storage = memoryStore();
    const { game, results } = await setUp(storage);
    game.actions.updateSettings({ learnerName: 'Zhang Wei' });
    await game.actions.openScenario('mini');
    playThrough(game, [1, 0, 1]);
    const state = game.store.getState();
    expect(state.screen).toBe('debrief');
    const [r] = results.list();
    expect(results.list()).toHaveLength(1);
    expect(r).toMatchObject({
      learner: 'Zhang Wei',
      scenarioId: 'mini',
      locale: 'en',
      title: 'Mini',
      storyHash: mini.hash,
      finishedAt: '2026-06-01T12:00:00.000Z',
      scores: { S: -1, T: 2, R: 0, O: 2, BE: 0 },
      possible: mini.possible,
      ending: 'poor',
    });
    expect(r?.durationMs).toBe(state.runs.mini?.activeMs);
    expect(r?.durationMs).toBeGreaterThan(0);
    expect(r?.decisions.map((d) => [d.point, d.chosen, d.feedback])).toEqual(
      state.snapshot?.decisions.map((d) => [d.point, d.chosen, d.options[d.chosen]?.feedback]),
    );
    // The plan starts on the role with the most points left, from the coach's notes.
    expect(r?.plan.role).toBe(weakestRole(r?.scores ?? scores({}), mini.possible));
    expect(r?.plan.actions.length).toBeGreaterThan(0);
    expect(r?.seal).toBe(sealOf(r as LearnerResult));

    // A reload lands on the debrief again without recording the same play twice.
    const again = await setUp(storage);
    expect(again.game.store.getState().screen).toBe('debrief');
    expect(again.results.list()).toHaveLength(1);
  });

  it('records nothing in classroom mode or for a story opened from a file', async () => {
    const { game, results } = await setUp(memoryStore());
    game.actions.updateSettings({ mode: 'class' });
    await game.actions.openScenario('mini');
    playThrough(game, [0, 0, 0]);
    expect(game.store.getState().screen).toBe('debrief');
    game.actions.updateSettings({ mode: 'solo' });
    await game.actions.openScenario('my-abc123', { fresh: true });
    playThrough(game, [0, 0, 0]);
    expect(game.store.getState().screen).toBe('debrief');
    expect(results.list()).toEqual([]);
    // The same story from the library is recorded.
    await game.actions.openScenario('mini', { fresh: true });
    playThrough(game, [0, 0, 0]);
    expect(results.list().map((r) => r.scenarioId)).toEqual(['mini']);
  });
});
