import { describe, expect, it } from 'vitest';
import { CAPABILITIES, type CapabilityScores } from '../../src/narrative/capabilities.ts';
import { ROLES, type RoleScores } from '../../src/narrative/roles.ts';
import { buildProfile, groupFigures } from '../../src/results/profile.ts';
import {
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  type LearnerResult,
  type RoleAverage,
  type SelfRating,
  withSeal,
} from '../../src/results/result.ts';
import { strings } from '../../src/ui/i18n.ts';
import { resultStrings } from '../../src/ui/i18n-results.ts';
import { profileModel } from '../../src/ui/profile/model.ts';

const roles = (s: Partial<RoleScores>): RoleScores => ({ S: 0, T: 0, R: 0, O: 0, BE: 0, ...s });
const caps = (c: Partial<CapabilityScores>): CapabilityScores =>
  Object.fromEntries(CAPABILITIES.map((cap) => [cap, c[cap] ?? 0])) as CapabilityScores;

function result(
  scenarioId: string,
  finishedAt: string,
  scores: Partial<RoleScores>,
  possible: Partial<RoleScores>,
  capabilities?: { earned: Partial<CapabilityScores>; possible: Partial<CapabilityScores> },
): LearnerResult {
  return withSeal({
    id: `${scenarioId}:${finishedAt}`,
    learner: 'Li Na',
    scenarioId,
    locale: 'en',
    title: scenarioId,
    storyHash: 'h',
    finishedAt,
    durationMs: 600_000,
    decisions: [],
    scores: roles(scores),
    possible: roles(possible),
    ...(capabilities
      ? { capabilities: caps(capabilities.earned), capabilityPossible: caps(capabilities.possible) }
      : {}),
    ending: 'mixed',
    plan: { role: null, actions: [] },
  });
}

// s1 and s2 carry capabilities; s3 is of format 1; an older s1 must not count.
const S1_OLD = result(
  's1',
  '2026-05-01T00:00:00Z',
  { S: 10 },
  { S: 10 },
  {
    earned: { strategic_thinking: 8 },
    possible: { strategic_thinking: 8 },
  },
);
const S1 = result(
  's1',
  '2026-05-02T00:00:00Z',
  { S: 6, R: 1 },
  { S: 10, R: 6 },
  {
    earned: { strategic_thinking: 5, business_acumen: -1 },
    possible: { strategic_thinking: 8, business_acumen: 4, customer_partnering: 6 },
  },
);
const S2 = result(
  's2',
  '2026-05-03T00:00:00Z',
  { S: 2, R: 4 },
  { S: 4, R: 4 },
  {
    earned: { strategic_thinking: 3, customer_partnering: 2 },
    possible: { strategic_thinking: 4, customer_partnering: 2 },
  },
);
const S3 = result('s3', '2026-04-01T00:00:00Z', { S: 1, R: 5 }, { S: 4, R: 6 });

function stat(mean: number): RoleAverage {
  return { mean, sd: 0, min: mean, max: mean, meanShare: 0 };
}

function figures(
  className: string,
  scenarios: Record<
    string,
    { roles: Partial<RoleScores>; possible: RoleScores | null; caps?: Partial<CapabilityScores> }
  >,
): ClassAverageFile {
  return {
    kind: CLASS_AVERAGE_KIND,
    version: 2,
    createdAt: '2026-05-10T00:00:00Z',
    className,
    scenarios: Object.fromEntries(
      Object.entries(scenarios).map(([id, f]) => {
        const means = roles(f.roles);
        const capMeans = f.caps ? caps(f.caps) : null;
        return [
          id,
          {
            learners: 10,
            storyHashes: [],
            possible: f.possible,
            roles: Object.fromEntries(ROLES.map((r) => [r, stat(means[r])])) as Record<
              (typeof ROLES)[number],
              RoleAverage
            >,
            ...(capMeans
              ? {
                  capabilities: Object.fromEntries(
                    CAPABILITIES.map((c) => [c, stat(capMeans[c])]),
                  ) as ClassAverageFile['scenarios'][string]['capabilities'],
                  capabilityPossible: null,
                }
              : {}),
          },
        ];
      }),
    ),
  };
}

// The class covers s1 (its own points possible) and s2 (none given: the learner's are used).
const CLASS = figures('Cohort 12', {
  s1: { roles: { S: 5, R: 3 }, possible: roles({ S: 10, R: 6 }), caps: { strategic_thinking: 4 } },
  s2: { roles: { S: 2, R: 1 }, possible: null, caps: { strategic_thinking: 1, customer_partnering: 1 } },
});
// The reference covers s2 and a scenario the learner never played.
const REFERENCE = figures('Incumbent KAMs', {
  s2: { roles: { S: 3, R: 3 }, possible: roles({ S: 4, R: 4 }), caps: { strategic_thinking: 3 } },
  s9: { roles: { S: 9 }, possible: roles({ S: 9 }) },
});

const s = strings('en');
const r = resultStrings('en');
const metas = [
  { id: 's1', title: 'One' },
  { id: 's2', title: 'Two' },
  { id: 's3', title: 'Three' },
];

function rating(byRole: RoleScores): SelfRating {
  return { ratedAt: '2026-04-30T00:00:00Z', answers: {}, roles: byRole };
}

describe('profile capabilities across scenarios', () => {
  it('sums the latest results that carry capabilities, leaving format 1 out', () => {
    const profile = buildProfile([S1_OLD, S1, S2, S3]);
    expect(profile.capabilityResults).toBe(2);
    expect(profile.capabilityLeftOut).toBe(1);
    const byCap = Object.fromEntries(profile.capabilities.map((c) => [c.cap, c]));
    // (5 + 3) / (8 + 4); the older s1's 8 of 8 does not count.
    expect(byCap.strategic_thinking).toMatchObject({ earned: 8, possible: 12 });
    expect(byCap.strategic_thinking?.share).toBeCloseTo(2 / 3, 10);
    expect(byCap.customer_partnering).toMatchObject({ earned: 2, possible: 8, share: 0.25 });
    expect(byCap.business_acumen).toMatchObject({ earned: -1, possible: 4, share: 0, ratio: -0.25 });
    expect(byCap.cross_cultural).toMatchObject({ earned: 0, possible: 0 });
  });

  it('draws a bar per capability, faint where no scenario played exercises it, with a note on what was left out', () => {
    const m = profileModel([S1, S2, S3], { metas, learnerName: '', locale: 'en', s, r });
    expect(m.capabilities.rows.map((row) => row.cap)).toEqual([...CAPABILITIES]);
    const st = m.capabilities.rows.find((row) => row.cap === 'strategic_thinking');
    expect(st).toMatchObject({ value: '8 / 12 · 67%', unexercised: false, compare: null });
    expect(m.capabilities.rows.find((row) => row.cap === 'business_acumen')?.value).toBe('−1 / 4 · −25%');
    const cc = m.capabilities.rows.find((row) => row.cap === 'cross_cultural');
    expect(cc).toMatchObject({ unexercised: true, value: r.profile.capNone });
    expect(m.capabilities.note).toBe(r.profile.capsLeftOut(1));
    // Nothing left out, no note; only format 1, no bars and a note saying why.
    expect(
      profileModel([S1, S2], { metas, learnerName: '', locale: 'en', s, r }).capabilities.note,
    ).toBeNull();
    const old = profileModel([S3], { metas, learnerName: '', locale: 'en', s, r }).capabilities;
    expect(old).toEqual({ rows: [], note: r.profile.capsMissing });
  });
});

describe('profile beside the class and a reference group', () => {
  it('sums the group means over the scenarios both cover, over points possible summed', () => {
    const cls = groupFigures(CLASS, [S1, S2, S3]);
    expect(cls.covered).toEqual(['s1', 's2']);
    // S: (5 + 2) / (10 + 4), s2's points possible taken from the learner's result.
    expect(cls.roles.S).toMatchObject({ mean: 7, possible: 14, share: 0.5, scenarios: ['s1', 's2'] });
    // The learner on the same two: (6 + 2) / (10 + 4).
    expect(cls.roles.S).toMatchObject({ earned: 8, ownPossible: 14 });
    expect(cls.capabilities.strategic_thinking).toMatchObject({ mean: 5, possible: 12 });
    expect(cls.capabilities.customer_partnering).toMatchObject({ mean: 1, possible: 8 });
    const ref = groupFigures(REFERENCE, [S1, S2, S3]);
    expect(ref.covered).toEqual(['s2']);
    expect(ref.roles.S).toMatchObject({ mean: 3, possible: 4, share: 0.75, earned: 2, ownPossible: 4 });
    // s1 is not in the file: its bar figure is over s2 alone.
    expect(ref.capabilities.business_acumen).toMatchObject({ mean: 0, possible: 0 });
  });

  it('puts both markers on the bars, labelled with the names the files give', () => {
    const m = profileModel([S1, S2, S3], {
      metas,
      learnerName: '',
      locale: 'en',
      s,
      r,
      average: CLASS,
      reference: REFERENCE,
    });
    expect(m.groups).toMatchObject({
      classLabel: 'Class average (Cohort 12)',
      referenceLabel: 'Reference (Incumbent KAMs)',
      shown: true,
    });
    expect(m.groups.status).toEqual([
      r.profile.groupCovers('Class average (Cohort 12)', 2, 3),
      r.profile.groupCovers('Reference (Incumbent KAMs)', 1, 3),
    ]);
    const S = m.roles.find((row) => row.role === 'S');
    expect(S?.compare?.markers).toEqual([
      { group: 'class', at: 0.5, share: 0.5 },
      { group: 'reference', at: 0.75, share: 0.75 },
    ]);
    // S counts three scenarios: each group's line gives the learner's share over the ones it covers.
    expect(S?.compare?.text).toBe(
      'class average 50% (you 57% in the same 2 scenarios) · Incumbent KAMs 75% (you 50% in the same scenario)',
    );
    // Capabilities count two scenarios: the class covers both, so no "you" for it.
    const st = m.capabilities.rows.find((row) => row.cap === 'strategic_thinking');
    expect(st?.compare?.text).toBe('class average 42% · Incumbent KAMs 75% (you 75% in the same scenario)');
    // Nothing possible in what the file covers: no marker.
    expect(m.capabilities.rows.find((row) => row.cap === 'cross_cultural')?.compare).toBeNull();
    // The stage groups' bars carry no markers.
    expect(m.stages.flatMap((g) => g.roles).every((row) => row.compare === null)).toBe(true);
  });

  it('shows nothing of a file that covers none of the scenarios played', () => {
    const m = profileModel([S3], { metas, learnerName: '', locale: 'en', s, r, reference: REFERENCE });
    expect(m.groups.shown).toBe(false);
    expect(m.groups.status).toEqual([r.profile.groupNone('Reference (Incumbent KAMs)')]);
    expect(m.roles.every((row) => row.compare === null)).toBe(true);
  });
});

describe('profile self-rating beside play', () => {
  it('sets each role rating beside the share earned across scenarios and names the largest gaps', () => {
    // S played (6 + 2 + 1) / 18 = 50%, R (1 + 4 + 5) / 16 = 62.5%; T, O, BE have nothing possible.
    const m = profileModel([S1, S2, S3], {
      metas,
      learnerName: '',
      locale: 'en',
      s,
      r,
      selfRating: rating(roles({ S: 5, R: 2, T: 3, O: 3, BE: 3 })),
    });
    expect(m.played).toEqual({ S: 0.5, T: null, R: 0.625, O: null, BE: null });
    expect(m.self?.roles.map((g) => g.role)).toEqual(['S', 'R']);
    expect(m.self?.overRated).toMatchObject({ role: 'S', self: 1, played: 0.5 });
    expect(m.self?.underRated).toMatchObject({ role: 'R', self: 0.25, played: 0.625 });
    expect(profileModel([S1], { metas, learnerName: '', locale: 'en', s, r }).self).toBeNull();
  });
});
