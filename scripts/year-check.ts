/**
 * Wu Di's year in the story checker: the scenarios in `# order:` as one account's year, where
 * each `# carry:` fact a scenario ends with is set in the later scenarios that list it.
 *
 * - every carried variable is declared alike (type and default) in both languages and in every
 *   story that lists it (an error on the declaration's line);
 * - a story that declares a variable an earlier story carries, without listing it, is warned
 *   about (the name means one thing in the year);
 * - each scenario is explored under every combination of carried values that can arrive from
 *   the scenarios before it (only the facts it lists), and a dead end or runtime error under
 *   any of them is an error.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { CarryValue } from '../src/narrative/engine.ts';
import { type CarriedOutcome, type ExploreResult, walkUnderPresets } from '../src/narrative/explore.ts';
import type { DeclaredVariable } from '../src/narrative/lint.ts';
import type { CarryFact } from '../src/narrative/tags.ts';
import { type BuiltStory, explorePreset } from './story-build.ts';

export interface YearFinding {
  file: string;
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}

/** What the year check needs of a story: its report's facts and its built form. */
export interface YearStory {
  file: string;
  id: string;
  locale: string;
  order: number;
  /** with the tag's line */
  carry: CarryFact[];
  variables: Map<string, DeclaredVariable>;
  built: BuiltStory;
  /** the plain exploration (no preset), with the carried values at its endings */
  explore: ExploreResult | null;
}

export interface YearArrival {
  preset: Record<string, CarryValue>;
  paths: number;
  endings: ExploreResult['endings'];
  deadEnds: number;
  errors: number;
}

export interface YearStorySummary {
  file: string;
  /** facts this scenario is the first to carry */
  sets: string[];
  /** facts it lists that an earlier scenario carried */
  reads: string[];
  arrivals: YearArrival[];
  /** arriving combinations past the limit, walked instead of explored */
  walked: number;
  /** walks of each kind of player under each walked combination */
  walksEach: number;
  /** arriving combinations neither explored nor walked (over the walk budget) */
  unchecked: number;
}

export interface YearReport {
  locale: string;
  stories: YearStorySummary[];
  findings: YearFinding[];
}

/**
 * Exact explorations cost in proportion to a story's states, so the arriving combinations
 * explored per scenario are as many as fit this many states (at least one): every one for a
 * small story, one for a course scenario (5,000 to 7,500 states, 10 to 15 s). The rest are
 * walked (WALK_BUDGET). `--year-max N` explores N instead.
 */
export const YEAR_STATE_BUDGET = 8_000;
/**
 * Seeded walks per scenario under the combinations past the exploration limit (both kinds of player, uniform and
 * 70% learner, together): spread evenly, at most 4 of each kind per combination; when there are more
 * combinations than the budget walks once, an evenly spaced share of them is walked. A budget, not
 * a count per combination, so the check's time does not grow with the year's branching.
 */
export const WALK_BUDGET = 1600;
const MAX_WALKS_EACH = 4;

/** `n` items spread evenly over the list (the list's covering order is kept). */
function spread<T>(list: readonly T[], n: number): T[] {
  if (n >= list.length) return [...list];
  return Array.from({ length: n }, (_, k) => list[Math.floor((k * list.length) / n)] as T);
}
/** Year states (every fact held so far) kept at most between scenarios. */
const MAX_YEAR_STATES = 100_000;

const shown = (v: DeclaredVariable) => `VAR ${v.name} = ${v.value}`;
const where = (file: string, line: number) => `${file}:${line}`;
const valuesText = (values: Record<string, CarryValue>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ') || 'as alone';

/** Declared alike in both languages and every story that lists it: the first declaration is the reference. */
export function declarationFindings(stories: YearStory[]): YearFinding[] {
  const out: YearFinding[] = [];
  const reference = new Map<string, { file: string; v: DeclaredVariable }>();
  const ordered = [...stories].sort(
    (a, b) => (a.locale === 'en' ? 0 : 1) - (b.locale === 'en' ? 0 : 1) || a.order - b.order,
  );
  for (const story of ordered) {
    for (const fact of story.carry) {
      const v = story.variables.get(fact.name);
      if (!v) continue; // the linter reports it, on the tag's line
      const ref = reference.get(fact.name);
      if (!ref) {
        reference.set(fact.name, { file: story.file, v });
        continue;
      }
      if (ref.v.type !== v.type || ref.v.value !== v.value)
        out.push({
          file: story.file,
          line: v.line,
          severity: 'error',
          message: `carried fact "${fact.name}" is declared "${shown(v)}" here but "${shown(ref.v)}" in ${where(ref.file, ref.v.line)}: a carried variable has the same type and default in both languages and every story that lists it`,
        });
    }
  }
  // Both languages carry the same facts.
  const byId = new Map<string, YearStory[]>();
  for (const s of stories) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  for (const twins of byId.values()) {
    const en = twins.find((s) => s.locale === 'en');
    for (const other of twins.filter((s) => s !== en)) {
      if (!en) continue;
      const a = en.carry.map((c) => c.name).sort();
      const b = other.carry.map((c) => c.name).sort();
      if (JSON.stringify(a) !== JSON.stringify(b))
        out.push({
          file: other.file,
          line: other.carry[0]?.line ?? 1,
          severity: 'error',
          message: `carries ${b.join(', ') || 'nothing'} but ${en.file} carries ${a.join(', ') || 'nothing'}: both languages carry the same facts`,
        });
    }
  }
  // A later story using a carried name for a variable of its own.
  const locales = new Set(stories.map((s) => s.locale));
  for (const locale of locales) {
    const year = stories.filter((s) => s.locale === locale).sort((a, b) => a.order - b.order);
    const carriedBefore = new Map<string, YearStory>();
    for (const story of year) {
      const listed = new Set(story.carry.map((c) => c.name));
      for (const v of story.variables.values()) {
        const from = carriedBefore.get(v.name);
        if (from && !listed.has(v.name))
          out.push({
            file: story.file,
            line: v.line,
            severity: 'warning',
            message: `declares "${v.name}", a fact ${from.file} carries through the year, without "# carry: ${v.name} = ..." : in the year it starts from its default here; rename it if it means something else, or list it`,
          });
      }
      for (const c of story.carry) if (!carriedBefore.has(c.name)) carriedBefore.set(c.name, story);
    }
  }
  return out;
}

/**
 * Arriving combinations in the order to explore them when not all can be: each next one covers
 * the most value pairs (two facts at given values, or one fact at a value) not yet covered, so
 * a few explorations already meet every value of every fact, and every pair, where the limit
 * allows. Returns the order and how many it takes to cover every pair.
 */
export function coveringOrder(all: Record<string, CarryValue>[]): {
  order: Record<string, CarryValue>[];
  covering: number;
} {
  const pairsOf = (c: Record<string, CarryValue>) => {
    const items = Object.entries(c).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i; j < items.length; j++) out.push(`${items[i]}&${items[j]}`);
    return out;
  };
  const pairs = all.map(pairsOf);
  const uncovered = new Set(pairs.flat());
  const left = all.map((_, i) => i);
  const order: Record<string, CarryValue>[] = [];
  let covering = 0;
  while (left.length > 0) {
    let best = 0;
    let bestGain = -1;
    left.forEach((index, at) => {
      const gain = (pairs[index] ?? []).filter((p) => uncovered.has(p)).length;
      if (gain > bestGain) {
        bestGain = gain;
        best = at;
      }
    });
    const [index] = left.splice(best, 1);
    if (index === undefined) break;
    for (const p of pairs[index] ?? []) uncovered.delete(p);
    order.push(all[index] ?? {});
    if (uncovered.size === 0 && covering === 0) covering = order.length;
  }
  return { order, covering: covering || order.length };
}

type Explorer = (
  story: YearStory,
  presets: Record<string, CarryValue>[],
) => Promise<(ExploreResult | null)[]>;

/** Explores in parallel child processes (cached), then reads each result from the cache. */
export const childExplorer: Explorer = async (story, presets) => {
  const names = story.carry.map((c) => c.name);
  const missing = presets.filter((p) => !explorePreset(story.built, p, names, 'cached-only'));
  // In a child process even when one is missing, so the two languages explore side by side.
  if (missing.length > 0) {
    const queue = [...missing];
    const explorer = path.resolve(import.meta.dirname, 'explore-story.ts');
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const args = [
          '--import',
          'tsx',
          explorer,
          story.file,
          '--preset',
          JSON.stringify(p),
          '--carried',
          names.join(','),
        ];
        await new Promise<void>((resolve) => {
          const child = spawn(process.execPath, args, { stdio: 'ignore' });
          child.on('exit', () => resolve());
          child.on('error', () => resolve());
        });
      }
    };
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(os.cpus().length, missing.length)) }, worker),
    );
  }
  return presets.map((p) => explorePreset(story.built, p, names));
};

/** In-process exploration (tests, one small story). */
export const directExplorer: Explorer = async (story, presets) =>
  presets.map((p) =>
    explorePreset(
      story.built,
      p,
      story.carry.map((c) => c.name),
    ),
  );

/** The year of one language: which combinations arrive where, and what happens under each. */
export async function checkYearLocale(
  locale: string,
  stories: YearStory[],
  explore: Explorer = childExplorer,
  maxArrivals: number | null = null,
): Promise<YearReport> {
  const year = stories.filter((s) => s.locale === locale).sort((a, b) => a.order - b.order);
  const findings: YearFinding[] = [];
  const summaries: YearStorySummary[] = [];
  /** every fact held so far, one map per way the year can have gone */
  let states: Record<string, CarryValue>[] = [{}];
  const carriedBefore = new Set<string>();
  for (const [k, story] of year.entries()) {
    // Only facts a later scenario lists can tell two ways the year stands apart.
    const later = new Set(year.slice(k + 1).flatMap((s) => s.carry.map((c) => c.name)));
    const names = story.carry.map((c) => c.name);
    const sets = names.filter((n) => !carriedBefore.has(n));
    const reads = names.filter((n) => carriedBefore.has(n));
    const project = (state: Record<string, CarryValue>) => {
      const out: Record<string, CarryValue> = {};
      for (const n of reads) if (state[n] !== undefined) out[n] = state[n];
      return out;
    };
    const byKey = new Map<string, Record<string, CarryValue>>();
    for (const state of states) {
      const p = project(state);
      byKey.set(JSON.stringify(p), p);
    }
    const { order: all } = coveringOrder([...byKey.values()]);
    const limit =
      maxArrivals ?? Math.max(1, Math.floor(YEAR_STATE_BUDGET / Math.max(1, story.explore?.states ?? 1)));
    // When not all fit, the combination a scenario has when played alone goes last: it adds the
    // least to explore, and is walked like the others past the limit.
    const alone = (p: Record<string, CarryValue>) =>
      Object.entries(p).every(([name, value]) => story.variables.get(name)?.value === JSON.stringify(value));
    if (all.length > limit) all.sort((a, b) => Number(alone(a)) - Number(alone(b)));
    const presets = all.slice(0, limit);
    const results = reads.length === 0 ? [story.explore] : await explore(story, presets);
    const outcomes = new Map<string, CarriedOutcome[]>();
    const arrivals: YearArrival[] = [];
    presets.forEach((preset, i) => {
      const r = results[i] ?? null;
      if (!r) return;
      outcomes.set(JSON.stringify(preset), r.carriedAtEndings ?? []);
      arrivals.push({
        preset,
        paths: r.paths,
        endings: r.endings,
        deadEnds: r.deadEnds.length,
        errors: r.runtimeErrors.length,
      });
      // Under the values a scenario has alone, the plain check already reports its faults.
      if (Object.keys(preset).length === 0) return;
      for (const d of r.deadEnds)
        findings.push({
          file: story.file,
          line: null,
          severity: 'error',
          message: `in the year, arriving with ${valuesText(preset)}: dead end: ${d}`,
        });
      for (const e of r.runtimeErrors)
        findings.push({
          file: story.file,
          line: null,
          severity: 'error',
          message: `in the year, arriving with ${valuesText(preset)}: runtime error: ${e}`,
        });
    });
    // The combinations past the limit are walked, not explored: seeded random walks under each
    // find dead ends and runtime errors on the paths most played, and the values each ending
    // hands on, at a small share of an exploration's cost.
    const pastLimit = all.slice(presets.length);
    const walksEach = Math.min(
      MAX_WALKS_EACH,
      Math.max(1, Math.floor(WALK_BUDGET / 2 / Math.max(1, pastLimit.length))),
    );
    const walked = spread(pastLimit, Math.floor(WALK_BUDGET / 2 / walksEach));
    const walkedResults = story.built.json
      ? walkUnderPresets(story.built.json, walked, names, walksEach)
      : [];
    for (const r of walkedResults) {
      outcomes.set(JSON.stringify(r.preset), r.carriedAtEndings);
      for (const problem of [
        ...r.deadEnds.map((d) => `dead end: ${d}`),
        ...r.runtimeErrors.map((e) => `runtime error: ${e}`),
      ])
        findings.push({
          file: story.file,
          line: null,
          severity: 'error',
          message: `in the year, arriving with ${valuesText(r.preset)} (walked): ${problem}`,
        });
    }
    // The year goes on from every state, with each ending's values of this story's facts.
    const next = new Map<string, Record<string, CarryValue>>();
    let capped = false;
    grow: for (const state of states) {
      const got = outcomes.get(JSON.stringify(project(state)));
      if (!got) continue;
      for (const o of got) {
        const merged = Object.fromEntries(
          Object.entries({ ...state, ...o.values }).filter(([name]) => later.has(name)),
        );
        next.set(JSON.stringify(merged), merged);
        if (next.size >= MAX_YEAR_STATES) {
          capped = true;
          break grow;
        }
      }
    }
    if (capped)
      findings.push({
        file: story.file,
        line: null,
        severity: 'warning',
        message: `in the year, more than ${MAX_YEAR_STATES} ways the year can stand after this scenario; later scenarios are checked under the first ${MAX_YEAR_STATES}`,
      });
    if (next.size > 0) states = [...next.values()];
    for (const n of names) carriedBefore.add(n);
    summaries.push({
      file: story.file,
      sets,
      reads,
      arrivals,
      walked: walked.length,
      walksEach,
      unchecked: pastLimit.length - walked.length,
    });
  }
  return { locale, stories: summaries, findings };
}

/** The short "year" block of the checker's output. */
export function yearLines(report: YearReport): string[] {
  const lines = [`year (${report.locale}): ${report.stories.length} scenarios in # order:`];
  for (const s of report.stories) {
    lines.push(
      `  ${s.file}: carries ${s.sets.length > 0 ? s.sets.join(', ') : 'nothing new'}${s.reads.length > 0 ? `; reads ${s.reads.join(', ')}` : ''}`,
    );
    if (s.reads.length === 0) continue;
    lines.push(
      `    ${s.arrivals.length} arriving combination(s) explored${s.walked > 0 ? `, ${s.walked} more walked (${s.walksEach * 2} seeded walks each)` : ''}${s.unchecked > 0 ? `, ${s.unchecked} not checked (over the walk budget)` : ''}${s.walked + s.unchecked > 0 ? `; --year-max ${s.arrivals.length + s.walked + s.unchecked} explores all` : ''}:`,
    );
    for (const a of s.arrivals)
      lines.push(
        `      ${valuesText(a.preset)}: paths ${a.paths.toLocaleString('en')}, endings strong ${a.endings.strong} / mixed ${a.endings.mixed} / poor ${a.endings.poor}${a.deadEnds + a.errors > 0 ? `, ${a.deadEnds} dead end(s), ${a.errors} error(s)` : ''}`,
      );
  }
  return lines;
}
