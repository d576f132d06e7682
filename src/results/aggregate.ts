import { CAPABILITIES, type Capability, type CapabilityScores } from '../narrative/capabilities.ts';
import { type Ending, ROLES, type Role, type RoleScores, scoreTotal } from '../narrative/roles.ts';
import {
  CLASS_AVERAGE_KIND,
  type ClassAverageFile,
  canonicalJson,
  type LearnerResult,
  RESULT_FORMAT_VERSION,
  type ResultDecision,
  type ResultOption,
  type RoleAverage,
} from './result.ts';
import { learnerKey } from './result-files.ts';
import { ratingShare } from './self-rating.ts';

/** The class's figures for one role of one scenario. */
export interface RoleStat extends RoleAverage {
  possible: number | null;
}

export interface LearnerRow {
  resultId: string;
  learner: string;
  locale: string;
  scores: RoleScores;
  /** score as a share (0..1) of points possible; null when they are unknown or zero */
  shares: Record<Role, number | null>;
  /** score minus the class mean */
  vsMean: RoleScores;
  ending: Ending | null;
  durationMs: number;
  /** capability points earned; null for a result of format 1, which has none */
  capabilities: CapabilityScores | null;
  /** the learner's self-rating per role (1..5); null when they did not rate themselves */
  selfRating: RoleScores | null;
}

export interface OptionStat {
  /** 0-based place in the fullest list of options any learner saw at this decision */
  index: number;
  text: string;
  count: number;
  /** count as a share of the learners who reached the decision */
  share: number;
  /** what the option scores per role, for the chips ("S+2 BE+1") */
  score: Partial<RoleScores>;
  /**
   * the highest total of the decision's options (bestOption's rule, ties all marked); false for
   * every option when all of them total the same, as there is nothing to choose between
   */
  strongest: boolean;
}

/** How often the class took the strongest option, over every decision any learner made. */
export interface StrongestChosen {
  /** decisions where the learner took an option with the highest total among those they saw */
  chosen: number;
  /** decisions made that had a strongest option (not all options totalling the same) */
  decisions: number;
  /** chosen / decisions; null when no decision had a strongest option */
  share: number | null;
}

export interface DecisionStat {
  point: string;
  prompt: string | null;
  /** learners whose path reached this decision */
  reached: number;
  options: OptionStat[];
  /** the mean place of this decision in the learners' runs, to list decisions in story order */
  order: number;
}

export interface ScenarioAggregate {
  scenarioId: string;
  title: string | null;
  learners: number;
  storyHashes: string[];
  possible: RoleScores | null;
  roles: Record<Role, RoleStat>;
  rows: LearnerRow[];
  decisions: DecisionStat[];
  strongestChosen: StrongestChosen;
  endings: Record<Ending | 'none', number>;
  /** per capability, over the results that carry capabilities (format 2); null when none does */
  capabilities: Record<Capability, RoleStat> | null;
  capabilityPossible: CapabilityScores | null;
  /** the class's self-rating against its play, per role, over learners who rated themselves */
  self: SelfGapStat | null;
}

/** The class's self-rating beside its play for one scenario. */
export interface SelfGapStat {
  learners: number;
  /** per role, the mean self-rating as a share (0..1) */
  self: RoleScores;
  /** per role, the same learners' mean share of points possible */
  played: RoleScores;
  /** self minus played: above 0, the class rates itself higher than it plays */
  gap: RoleScores;
}

/**
 * An option's identity within its decision, the same in both languages and whichever
 * conditional options a run happened to see: its scores, and how many options before it in the
 * list score the same.
 */
export function optionKey(options: readonly ResultOption[], index: number): string {
  const signature = (i: number) => canonicalJson(options[i]?.score ?? {});
  const own = signature(index);
  let before = 0;
  for (let i = 0; i < index; i++) if (signature(i) === own) before++;
  return `${own}#${before}`;
}

/**
 * Whether a learner took the strongest option at a decision, judged as their own debrief does:
 * against the options they saw, ties at the top all count. Null when every option they saw
 * totals the same (nothing to get right).
 */
export function choseStrongest(decision: ResultDecision): boolean | null {
  const totals = decision.options.map((o) => scoreTotal(o.score));
  const top = Math.max(...totals);
  if (totals.every((t) => t === top)) return null;
  const chosen = totals[decision.chosen];
  return chosen === undefined ? false : chosen === top;
}

/** Every decision of every learner: how many had a strongest option, and how often it was taken. */
export function strongestChosen(results: readonly LearnerResult[]): StrongestChosen {
  let chosen = 0;
  let decisions = 0;
  for (const r of results)
    for (const d of r.decisions) {
      const took = choseStrongest(d);
      if (took === null) continue;
      decisions++;
      if (took) chosen++;
    }
  return { chosen, decisions, share: decisions > 0 ? chosen / decisions : null };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Population standard deviation: the class is the whole population, not a sample of one. */
export function populationSd(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/** Prefer the results in the view's language for texts; any result will do otherwise. */
function inLocaleFirst(results: readonly LearnerResult[], locale: string): LearnerResult[] {
  return [...results.filter((r) => r.locale === locale), ...results.filter((r) => r.locale !== locale)];
}

function possibleOf(results: readonly LearnerResult[]): RoleScores | null {
  // Both languages of a scenario carry the same points possible; take the largest seen per role
  // so a stale bound never makes a share exceed 1.
  let possible: RoleScores | null = null;
  for (const r of results) {
    if (!r.possible) continue;
    const p: RoleScores = possible ?? { S: 0, T: 0, R: 0, O: 0, BE: 0 };
    for (const role of ROLES) p[role] = Math.max(p[role], r.possible[role]);
    possible = p;
  }
  return possible;
}

const shareOf = (score: number, possible: number | null): number | null =>
  possible !== null && possible > 0 ? score / possible : null;

/** One figure's class statistics: mean, spread and range, and the mean as a share of possible. */
function statOf(values: readonly number[], possible: number | null): RoleStat {
  const m = mean(values);
  return {
    mean: m,
    sd: populationSd(values),
    min: Math.min(...values),
    max: Math.max(...values),
    meanShare: shareOf(m, possible) ?? 0,
    possible,
  };
}

function capabilityFigures(results: readonly LearnerResult[]): {
  capabilities: Record<Capability, RoleStat> | null;
  capabilityPossible: CapabilityScores | null;
} {
  const carrying = results.filter((r) => r.capabilities);
  if (carrying.length === 0) return { capabilities: null, capabilityPossible: null };
  let possible: CapabilityScores | null = null;
  for (const r of carrying) {
    if (!r.capabilityPossible) continue;
    const p: CapabilityScores =
      possible ?? (Object.fromEntries(CAPABILITIES.map((c) => [c, 0])) as CapabilityScores);
    for (const cap of CAPABILITIES) p[cap] = Math.max(p[cap], r.capabilityPossible[cap]);
    possible = p;
  }
  const capabilities = {} as Record<Capability, RoleStat>;
  for (const cap of CAPABILITIES)
    capabilities[cap] = statOf(
      carrying.map((r) => r.capabilities?.[cap] ?? 0),
      possible ? possible[cap] : null,
    );
  return { capabilities, capabilityPossible: possible };
}

function selfFigures(results: readonly LearnerResult[], possible: RoleScores | null): SelfGapStat | null {
  const rated = results.filter((r) => r.selfRating);
  if (rated.length === 0 || !possible) return null;
  const self = {} as RoleScores;
  const played = {} as RoleScores;
  const gap = {} as RoleScores;
  for (const role of ROLES) {
    self[role] = mean(rated.map((r) => ratingShare(r.selfRating?.roles[role] ?? 1)));
    played[role] = mean(rated.map((r) => Math.max(0, shareOf(r.scores[role], possible[role]) ?? 0)));
    gap[role] = self[role] - played[role];
  }
  return { learners: rated.length, self, played, gap };
}

export function aggregateScenario(results: readonly LearnerResult[], locale: string): ScenarioAggregate {
  const first = results[0];
  if (!first) throw new Error('aggregateScenario needs at least one result');
  const ordered = inLocaleFirst(results, locale);
  const possible = possibleOf(results);
  const roles = {} as Record<Role, RoleStat>;
  for (const role of ROLES)
    roles[role] = statOf(
      results.map((r) => r.scores[role]),
      possible ? possible[role] : null,
    );
  const rows = results.map((r): LearnerRow => {
    const shares = {} as Record<Role, number | null>;
    const vsMean = {} as RoleScores;
    for (const role of ROLES) {
      shares[role] = shareOf(r.scores[role], roles[role].possible);
      vsMean[role] = r.scores[role] - roles[role].mean;
    }
    return {
      resultId: r.id,
      learner: r.learner,
      locale: r.locale,
      scores: { ...r.scores },
      shares,
      vsMean,
      ending: r.ending,
      durationMs: r.durationMs,
      capabilities: r.capabilities ? { ...r.capabilities } : null,
      selfRating: r.selfRating ? { ...r.selfRating.roles } : null,
    };
  });

  interface PointTally {
    reached: number;
    places: number[];
    counts: Map<string, number>;
    seen: ResultDecision[];
  }
  const points = new Map<string, PointTally>();
  for (const r of ordered)
    for (const d of r.decisions) {
      const entry: PointTally = points.get(d.point) ?? {
        reached: 0,
        places: [],
        counts: new Map(),
        seen: [],
      };
      entry.reached++;
      entry.places.push(d.number);
      entry.seen.push(d);
      const key = optionKey(d.options, d.chosen);
      entry.counts.set(key, (entry.counts.get(key) ?? 0) + 1);
      points.set(d.point, entry);
    }
  const decisions = [...points.entries()].map(([point, entry]): DecisionStat => {
    // Conditional options come and go between runs, so an option is known by what it scores,
    // not by its place in one learner's list; places are those of the fullest list seen
    // (the first such in the view's language, since `seen` lists those first).
    let fullest = entry.seen[0];
    for (const d of entry.seen) if (fullest && d.options.length > fullest.options.length) fullest = d;
    const keys = (fullest?.options ?? []).map((_, i) => optionKey(fullest?.options ?? [], i));
    for (const d of entry.seen)
      d.options.forEach((_, i) => {
        const key = optionKey(d.options, i);
        if (!keys.includes(key)) keys.push(key);
      });
    const optionOf = (key: string): ResultOption | null => {
      for (const d of entry.seen) {
        const i = d.options.findIndex((_, j) => optionKey(d.options, j) === key);
        const option = d.options[i];
        if (option) return option;
      }
      return null;
    };
    const found = keys.map(optionOf);
    const totals = found.map((o) => scoreTotal(o?.score ?? {}));
    const top = Math.max(...totals);
    const allEqual = totals.every((t) => t === top);
    return {
      point,
      prompt: entry.seen.find((d) => d.prompt)?.prompt ?? null,
      reached: entry.reached,
      order: mean(entry.places),
      options: keys.map((key, index) => {
        const count = entry.counts.get(key) ?? 0;
        return {
          index,
          text: found[index]?.text ?? '',
          count,
          share: entry.reached > 0 ? count / entry.reached : 0,
          score: { ...(found[index]?.score ?? {}) },
          strongest: !allEqual && totals[index] === top,
        };
      }),
    };
  });
  decisions.sort((a, b) => a.order - b.order || (a.point < b.point ? -1 : a.point > b.point ? 1 : 0));

  const endings: Record<Ending | 'none', number> = { strong: 0, mixed: 0, poor: 0, none: 0 };
  for (const r of results) endings[r.ending ?? 'none']++;

  return {
    scenarioId: first.scenarioId,
    title: ordered[0]?.title ?? null,
    learners: results.length,
    storyHashes: [...new Set(results.map((r) => r.storyHash))].sort(),
    possible,
    roles,
    rows,
    decisions,
    strongestChosen: strongestChosen(results),
    endings,
    ...capabilityFigures(results),
    self: selfFigures(results, possible),
  };
}

/**
 * A number per learner (names compared as learnerKey does), 1…n in the order the results were loaded: the same learner keeps
 * their number across scenarios and as more files arrive (the class view shows "Learner 3" in
 * place of names while it is projected).
 */
export function learnerNumbers(results: readonly LearnerResult[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of results) {
    const key = learnerKey(r.learner);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  return numbers;
}

/** One aggregate per scenario present, in scenario id order. */
export function aggregateClass(results: readonly LearnerResult[], locale: string): ScenarioAggregate[] {
  const byScenario = new Map<string, LearnerResult[]>();
  for (const r of results) {
    const list = byScenario.get(r.scenarioId) ?? [];
    list.push(r);
    byScenario.set(r.scenarioId, list);
  }
  return [...byScenario.keys()].sort().map((id) => aggregateScenario(byScenario.get(id) ?? [], locale));
}

/** The figures a shared file keeps of a statistic: not the points possible, which it keeps once. */
function averageOf({ mean: m, sd, min, max, meanShare }: RoleAverage): RoleAverage {
  return { mean: m, sd, min, max, meanShare };
}

/** The file a trainer shares back so each learner's debrief can show "you vs class average". */
export function classAverageFile(
  aggregates: readonly ScenarioAggregate[],
  className: string,
  createdAt: Date,
): ClassAverageFile {
  // fromEntries makes every id an own key, even one spelt "__proto__".
  const scenarios: ClassAverageFile['scenarios'] = Object.fromEntries(
    aggregates.map((a) => {
      const caps = a.capabilities;
      const figures: ClassAverageFile['scenarios'][string] = {
        learners: a.learners,
        storyHashes: [...a.storyHashes],
        possible: a.possible ? { ...a.possible } : null,
        roles: Object.fromEntries(ROLES.map((role) => [role, averageOf(a.roles[role])])) as Record<
          Role,
          RoleAverage
        >,
        capabilities: caps
          ? (Object.fromEntries(CAPABILITIES.map((cap) => [cap, averageOf(caps[cap])])) as Record<
              Capability,
              RoleAverage
            >)
          : null,
        capabilityPossible: a.capabilityPossible ? { ...a.capabilityPossible } : null,
        selfShare: a.self ? { ...a.self.self } : null,
      };
      return [a.scenarioId, figures];
    }),
  );
  return {
    kind: CLASS_AVERAGE_KIND,
    version: RESULT_FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    className: className.trim(),
    scenarios,
  };
}
