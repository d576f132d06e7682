import { describe, expect, it } from 'vitest';
import { CAPABILITIES, type CapabilityScores, capabilityTotals } from '../../src/narrative/capabilities.ts';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import { aggregateClass, classAverageFile } from '../../src/results/aggregate.ts';
import { EN_LEARNER_HEADINGS, learnersCsv } from '../../src/results/class-csv.ts';
import { createClassResults } from '../../src/results/class-results.ts';
import type { ClassAverageFile, LearnerResult } from '../../src/results/result.ts';
import { withSeal } from '../../src/results/result.ts';
import {
  capabilityFigures,
  classAggregates,
  naming,
  roleChart,
  roleTable,
  scenarioReference,
  selfFigures,
} from '../../src/ui/class-view/model.ts';
import { classViewStrings } from '../../src/ui/i18n-classview.ts';
import { CAPABILITY_NAMES, roleNames } from '../../src/words/roles.ts';
import { ANN, BO, CY, DI, fileOf, HASH_EN, KNOWN } from '../helpers/class-fixture.ts';

/**
 * The class view's capabilities, self-rating and reference group, on the hand-made class of
 * class-fixture.ts with capability tags added to its options. Expected figures worked by hand:
 *
 *   a.0: Call the CFO {S2 T1} strategic_thinking (3) · Call the team {T3} org_development (3) ·
 *        Wait {S−1} strategic_thinking (−1)
 *   b.0: Ask for more {R2} business_acumen (2) · Reuse {S1} business_acumen (1)
 *   c.0: Yes {O4} customer_partnering (4) · No {O1 BE2} customer_partnering (3)
 *
 * Ann (a0, b0): strategic_thinking 3, business_acumen 2. Bo (a1, b1): org_development 3,
 * business_acumen 1. Cy (a2, c0): strategic_thinking −1, customer_partnering 4. Di stays a
 * result of format 1 (no capabilities, no self-rating).
 */
const TAGS: Record<string, string> = {
  'a.0#0': 'strategic_thinking',
  'a.0#1': 'org_development',
  'a.0#2': 'strategic_thinking',
  'b.0#0': 'business_acumen',
  'b.0#1': 'business_acumen',
  'c.0#0': 'customer_partnering',
  'c.0#1': 'customer_partnering',
};
const CAP_POSSIBLE: CapabilityScores = {
  ...(Object.fromEntries(CAPABILITIES.map((c) => [c, 0])) as CapabilityScores),
  strategic_thinking: 3,
  org_development: 3,
  business_acumen: 2,
  customer_partnering: 4,
};

function formatTwo(r: LearnerResult, self: RoleScores | null): LearnerResult {
  const { seal: _seal, ...rest } = r;
  const decisions = rest.decisions.map((d) => ({
    ...d,
    options: d.options.map((o, i) => {
      const cap = TAGS[`${d.point}#${i}`];
      return cap ? { ...o, cap } : o;
    }),
  }));
  return withSeal({
    ...rest,
    decisions,
    capabilities: capabilityTotals(decisions.map((d) => d.options[d.chosen])),
    capabilityPossible: { ...CAP_POSSIBLE },
    selfRating: self ? { ratedAt: '2026-11-23T08:00:00.000Z', answers: {}, roles: self } : null,
  });
}

// Ann rates S 5 (100%), T 3 (50%), R 3, O 1 (0%), BE 1; Bo S 3, T 5, R 1, O 1, BE 2 (25%).
const ANN2 = formatTwo(ANN, { S: 5, T: 3, R: 3, O: 1, BE: 1 });
const BO2 = formatTwo(BO, { S: 3, T: 5, R: 1, O: 1, BE: 2 });
const CY2 = formatTwo(CY, null);
const CLASS = [ANN2, BO2, CY2, DI];

const en = classViewStrings('en');
const zh = classViewStrings('zh-CN');

function loadedClass() {
  const store = createClassResults(null, () => KNOWN);
  store.add([
    { name: 'two.json', text: fileOf(ANN2, BO2, CY2) },
    { name: 'one.json', text: fileOf(DI) },
  ]);
  return store;
}

/** The figures of Ann and Bo alone, named as incumbents: the reference group of these tests. */
function incumbents(): ClassAverageFile {
  return classAverageFile(
    aggregateClass([ANN2, BO2], 'en'),
    'Incumbent KAMs',
    new Date('2026-10-01T09:00:00Z'),
  );
}

const s1 = () => {
  const a = classAggregates(loadedClass().get(), 'en')[0];
  if (!a) throw new Error('no scenario');
  return a;
};

describe('class view: capabilities', () => {
  it('gives the mean, spread and share per capability over the results that carry them, and counts the format-1 ones left out', () => {
    const c = capabilityFigures(s1(), CAPABILITY_NAMES.en, en);
    expect(c.counted).toBe(3);
    expect(c.leftOut).toBe(1);
    expect(c.note).toBe(en.capabilities.leftOut(3, 1));
    expect(c.note).toContain('Over 3 of 4 learners');
    const st = c.lines?.find((l) => l.cap === 'strategic_thinking');
    // Ann 3, Bo 0, Cy −1: mean 2/3, population sd √(26/9), 22% of 3 possible.
    expect(st?.mean).toBeCloseTo(2 / 3, 12);
    expect(st?.sd).toBeCloseTo(Math.sqrt(26 / 9), 12);
    expect([st?.min, st?.max, st?.possible]).toEqual([-1, 3, 3]);
    expect(st?.texts).toEqual({ possible: '3', mean: '0.7 (22%)', sd: '1.7', range: '−1 – 3' });
    const ba = c.lines?.find((l) => l.cap === 'business_acumen');
    expect(ba?.texts.mean).toBe('1 (50%)');
    // Someone lost points: the scale reaches below 0 and each bar shows where 0 is.
    expect(c.scale.lo).toBeCloseTo(-1 / 3, 12);
    expect(st?.zeroAt).toBeCloseTo(25, 9);
    expect(st?.bar?.mean).toBeGreaterThan(st?.zeroAt ?? 100);
  });

  it('says which capabilities the scenario never exercises, and nothing else of them', () => {
    const lines = capabilityFigures(s1(), CAPABILITY_NAMES.en, en).lines ?? [];
    expect(lines.filter((l) => l.unexercised).map((l) => l.cap)).toEqual([
      'collaborative_influence',
      'cross_cultural',
      'business_value',
      'strategic_risk',
    ]);
    const none = lines.find((l) => l.cap === 'cross_cultural');
    expect(none).toMatchObject({ name: 'Cross-cultural integration', bar: null, zeroAt: null });
  });

  it('says so when every result is of format 1, in both languages', () => {
    const store = createClassResults(null, () => KNOWN);
    store.add([{ name: 'old.json', text: fileOf(ANN, BO) }]);
    const a = classAggregates(store.get(), 'en')[0];
    if (!a) throw new Error('no scenario');
    const c = capabilityFigures(a, CAPABILITY_NAMES.en, en);
    expect(c).toMatchObject({ counted: 0, leftOut: 2, lines: null });
    expect(c.note).toBe(
      'No result here carries capabilities: all 2 are of format 1, from an earlier version of the game.',
    );
    expect(capabilityFigures(a, CAPABILITY_NAMES['zh-CN'], zh).note).toContain('全部 2 份结果都是格式 1');
  });
});

describe('class view: capabilities without points possible', () => {
  it('says once that the points possible are unknown, and shows points without shares or bars', () => {
    const { seal: _seal, ...rest } = ANN2;
    const unknown = withSeal({ ...rest, capabilityPossible: null });
    const store = createClassResults(null, () => KNOWN);
    store.add([{ name: 'ann.json', text: fileOf(unknown) }]);
    const a = classAggregates(store.get(), 'en')[0];
    if (!a) throw new Error('no scenario');
    const c = capabilityFigures(a, CAPABILITY_NAMES.en, en);
    expect(c).toMatchObject({
      possibleKnown: false,
      possibleNote: en.capabilities.possibleUnknown,
      note: null,
    });
    const st = c.lines?.find((l) => l.cap === 'strategic_thinking');
    expect(st).toMatchObject({ meanShare: null, bar: null, unexercised: false });
    expect(st?.texts).toMatchObject({ mean: '3', possible: '—' });
    expect(capabilityFigures(s1(), CAPABILITY_NAMES.en, en)).toMatchObject({
      possibleKnown: true,
      possibleNote: null,
    });
  });
});

describe('class view: self-rating against play', () => {
  it('sets the class’s rating beside its play per role, over those who rated themselves, and names the largest gap each way', () => {
    const f = selfFigures(s1(), roleNames('en'), en);
    expect([f.rated, f.learners, f.empty]).toEqual([2, 4, null]);
    expect(f.intro).toContain('2 of 4 learners rated themselves');
    const by = Object.fromEntries(f.lines.map((l) => [l.role, l]));
    // S: rated (100% + 50%)/2 = 75%; played (2/3 + 1/3)/2 = 50%: +25 points.
    expect(by.S?.self).toBeCloseTo(0.75, 12);
    expect(by.S?.played).toBeCloseTo(0.5, 12);
    expect(by.S?.gap).toBeCloseTo(0.25, 12);
    expect(by.S?.texts).toEqual({ self: '75%', played: '50%', gap: '+25 pts' });
    // R: rated (50% + 0%)/2 = 25%; played (100% + 0%)/2 = 50%: −25 points.
    expect(by.R?.gap).toBeCloseTo(-0.25, 12);
    expect(by.R?.texts.gap).toBe('−25 pts');
    // T: 75% against 67%: under a tenth, not named.
    expect(by.T?.trend).toBe('even');
    expect(f.over?.role).toBe('S');
    expect(f.under?.role).toBe('R');
    expect(f.summary).toEqual([
      { kind: 'over', role: 'S', text: 'Rated themselves most above their play: Strategy leader (+25 pts)' },
      { kind: 'under', role: 'R', text: 'Played most above their rating: Resource integrator (−25 pts)' },
    ]);
    expect(selfFigures(s1(), roleNames('zh-CN'), zh).summary[0]?.text).toBe(
      '自评最高于表现：战略领导者（+25 个百分点）',
    );
  });

  it('says when nobody rated themselves, and when no gap is large enough to name', () => {
    const store = createClassResults(null, () => KNOWN);
    store.add([{ name: 'old.json', text: fileOf(ANN, BO) }]);
    const a = classAggregates(store.get(), 'en')[0];
    if (!a) throw new Error('no scenario');
    expect(selfFigures(a, roleNames('en'), en)).toMatchObject({ rated: 0, empty: en.self.none, lines: [] });
    // Ann alone, rating herself as she played (S 2/3 → 3.67, T 1/3 → 2.33, R 1 → 5, O/BE 0 → 1).
    const level = formatTwo(ANN, { S: 1 + 8 / 3, T: 1 + 4 / 3, R: 5, O: 1, BE: 1 });
    const one = createClassResults(null, () => KNOWN);
    one.add([{ name: 'ann.json', text: fileOf(level) }]);
    const b = classAggregates(one.get(), 'en')[0];
    if (!b) throw new Error('no scenario');
    const f = selfFigures(b, roleNames('en'), en);
    expect([f.over, f.under]).toEqual([null, null]);
    expect(f.summary).toEqual([{ kind: 'even', role: null, text: en.self.even(10) }]);
  });
});

describe('class view: a reference group beside the class', () => {
  it('shows the reference’s figures beside the class’s for roles and capabilities, under the name its file gives', () => {
    const a = s1();
    const ref = scenarioReference(incumbents(), a, [HASH_EN], en);
    expect(ref).toMatchObject({ name: 'Incumbent KAMs', note: null });
    const names = naming(loadedClass().get(), true, en, 'en');
    // Roles: Ann and Bo score S 2 and 1 of 3: a mean of 1.5, 50%.
    const table = roleTable(a, null, names, ref, en);
    expect(table.reference?.label).toBe('Ref.: Incumbent KAMs');
    expect(table.reference?.cells[0]).toMatchObject({ role: 'S', value: 1.5, share: 0.5, text: '1.5 (50%)' });
    const chart = roleChart(a, null, names, ref);
    expect(chart.rows[0]?.reference).toMatchObject({ share: 0.5, title: 'Incumbent KAMs: 50%' });
    // The marker sits on the class's scale: halfway between its 0% and 100% ticks.
    const zero = chart.ticks.find((t) => t.text === '0%')?.x ?? 0;
    const full = chart.ticks.find((t) => t.text === '100%')?.x ?? 0;
    expect(chart.rows[0]?.reference?.x).toBeCloseTo((zero + full) / 2, 9);
    // Capabilities: strategic thinking, Ann 3 and Bo 0 of 3: 1.5, 50%.
    const c = capabilityFigures(a, CAPABILITY_NAMES.en, en, ref);
    expect(c.referenceName).toBe('Incumbent KAMs');
    const st = c.lines?.find((l) => l.cap === 'strategic_thinking');
    expect(st?.reference).toMatchObject({ text: '1.5 (50%)', share: 0.5 });
    // Without a reference, none of it.
    expect(roleTable(a, null, names, null, en).reference).toBeNull();
    expect(roleChart(a, null, names).rows.every((r) => r.reference === null)).toBe(true);
  });

  it('says when the reference has no figures for the scenario, or played another version of it', () => {
    const a = s1();
    const file = incumbents();
    const other = { ...file, scenarios: { s2_team: file.scenarios.s1_strategy } } as ClassAverageFile;
    expect(scenarioReference(other, a, [HASH_EN], en)).toEqual({
      name: 'Incumbent KAMs',
      figures: null,
      note: 'Incumbent KAMs has no figures for this scenario.',
    });
    const s1figures = file.scenarios.s1_strategy;
    if (!s1figures) throw new Error('no figures');
    const older = { ...file, scenarios: { s1_strategy: { ...s1figures, storyHashes: ['an-old-hash'] } } };
    expect(scenarioReference(older, a, [HASH_EN], zh)?.note).toBe(
      'Incumbent KAMs玩的是这个情境的另一个版本，比较时请留意。',
    );
    expect(scenarioReference(null, a, [HASH_EN], en)).toBeNull();
    // A reference of format 1 has roles only: no capability column, said in its name.
    const rolesOnly = { ...file, scenarios: { s1_strategy: { ...s1figures, capabilities: null } } };
    const ref = scenarioReference(rolesOnly, a, [HASH_EN], en);
    expect(capabilityFigures(a, CAPABILITY_NAMES.en, en, ref).referenceName).toBeNull();
    expect(en.reference.noCapabilities('Incumbent KAMs')).toContain('Incumbent KAMs');
  });

  it('keeps the reference with the class across a reload; clearing the class keeps it, a reset removes it', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    };
    const store = createClassResults(storage, () => KNOWN);
    store.add([{ name: 'two.json', text: fileOf(ANN2, BO2) }]);
    store.setReference(incumbents());
    const again = createClassResults(storage, () => KNOWN);
    expect(again.get().reference?.className).toBe('Incumbent KAMs');
    expect(again.get().results).toHaveLength(2);
    again.clear();
    expect(createClassResults(storage, () => KNOWN).get()).toMatchObject({ results: [] });
    expect(createClassResults(storage, () => KNOWN).get().reference?.className).toBe('Incumbent KAMs');
    again.setReference(null);
    expect(createClassResults(storage, () => KNOWN).get().reference).toBeNull();
    again.setReference(incumbents());
    again.forget();
    expect(saved.size).toBe(0);
  });

  it('drops a damaged stored reference and keeps the class', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    };
    const store = createClassResults(storage, () => KNOWN);
    store.add([{ name: 'two.json', text: fileOf(ANN2, BO2) }]);
    store.setReference(incumbents());
    const [key, raw] = [...saved.entries()].find(([k]) => k === 'wudi-turn:class-results') ?? ['', ''];
    const envelope = JSON.parse(raw);
    envelope.data.reference.className = 42;
    saved.set(key, JSON.stringify(envelope));
    const again = createClassResults(storage, () => KNOWN);
    expect(again.get().reference).toBeNull();
    expect(again.get().results).toHaveLength(2);
  });
});

describe('class CSV: capabilities and self-rating', () => {
  const parse = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));

  it('appends per capability the points earned and possible, then the self-rating of the row’s role', () => {
    const rows = parse(learnersCsv(aggregateClass(CLASS, 'en')));
    const head = rows[0] ?? [];
    expect(head).toHaveLength(13 + 2 * CAPABILITIES.length + 1);
    expect(head.slice(0, 13)).toEqual([
      'scenario',
      'title',
      'learner',
      'language',
      'role',
      'score',
      'points possible',
      'share of possible',
      'class mean',
      'class sd',
      'vs class mean',
      'ending',
      'minutes',
    ]);
    expect(head.slice(13, 17)).toEqual([
      'Strategic thinking: earned',
      'Strategic thinking: possible',
      'Organisational development: earned',
      'Organisational development: possible',
    ]);
    expect(head.at(-1)).toBe(EN_LEARNER_HEADINGS.selfRating);
    const col = (name: string) => head.indexOf(name);
    // Ann's S row: strategic thinking 3 of 3, business acumen 2 of 2, cross-cultural 0 of 0, rated S 5.
    const annS = rows.find((r) => r[2] === 'Ann' && r[4] === 'S') ?? [];
    expect(annS[col('Strategic thinking: earned')]).toBe('3');
    expect(annS[col('Strategic thinking: possible')]).toBe('3');
    expect(annS[col('Business acumen: earned')]).toBe('2');
    expect(annS[col('Cross-cultural integration: possible')]).toBe('0');
    expect(annS.at(-1)).toBe('5');
    // Each of Ann's rows carries her capabilities; each its own role's rating.
    const ann = rows.filter((r) => r[2] === 'Ann');
    expect(ann.map((r) => r[col('Strategic thinking: earned')])).toEqual(['3', '3', '3', '3', '3']);
    expect(ann.map((r) => r.at(-1))).toEqual(
      ROLES.map((role) => String({ S: 5, T: 3, R: 3, O: 1, BE: 1 }[role])),
    );
    // Cy did not rate herself; Di's result is of format 1: empty cells, not zeros.
    expect(rows.filter((r) => r[2] === 'Cy').map((r) => r.at(-1))).toEqual(['', '', '', '', '']);
    const di = rows.find((r) => r[2] === 'Di') ?? [];
    expect(di.slice(13)).toEqual(Array.from({ length: 2 * CAPABILITIES.length + 1 }, () => ''));
  });

  it('heads the new columns in the interface’s language', () => {
    const head = parse(learnersCsv(aggregateClass(CLASS, 'zh-CN'), zh.csvLearners))[0] ?? [];
    expect(head.slice(13, 15)).toEqual(['战略思维：得分', '战略思维：可得分']);
    expect(head.at(-1)).toBe('自评（1-5）');
  });
});
