import { Story } from 'inkjs';
import {
  CAPABILITIES,
  type Capability,
  type CapabilityScores,
  capabilityPoints,
  zeroCapabilities,
} from './capabilities.ts';
import { applyPreset, type CarryValue, choicePointId, readVariable } from './engine.ts';
import { seededRandom } from './random.ts';
import { type Ending, ROLES, type RoleScores, scoreTotal, zeroScores } from './roles.ts';
import { type ChoiceTags, parseChoiceTags, parseLineTags } from './tags.ts';

/**
 * Walks every path of a compiled story and summarises it: points possible per role (the most a
 * role can earn on any one path), endings, dead ends, decisions per path. The build, the checker
 * and the tests all use this one module, so the debrief and the checker cannot disagree.
 *
 * Paths are counted, not enumerated: decision states that are the same (same position,
 * variables and read counts) are merged, so a story whose branches rejoin at gathers costs
 * roughly its number of distinct states, not its number of paths.
 */

export type EndingKey = Ending | 'untagged';

export interface DecisionPoint {
  id: string;
  /** the text of the options, as first met */
  options: string[];
  missingScore: number[];
  missingFeedback: number[];
  /** true if some way into this decision had no `# facilitator:` note */
  missingFacilitator: boolean;
  /** the line shown just before the decision, as first met */
  prompt: string | null;
  /** the trainer's note for the decision, as first met */
  note: string | null;
  /** every option ever offered here, with where it leads: a decision id or "end:<ending>" */
  branches: Branch[];
}

export interface Branch {
  text: string;
  score: Partial<RoleScores>;
  /** the option's `# cap:` capability, when it has a known one */
  cap?: Capability;
  /** the coach's note (`# feedback:`), as first met; the facilitator guide prints it */
  feedback?: string | null;
  /** offered only on some paths (a condition in the story) */
  conditional: boolean;
  targets: string[];
  /** a single slip: on the always-best line, taking this option instead puts strong out of reach even if every later decision is played best */
  closesStrong?: boolean;
}

/**
 * How often three kinds of player reach the strong ending: always the option with the highest
 * total score; a learner who takes it 70% of the time and otherwise any other option; and
 * uniform random play. Tied best options share the best option's chance.
 */
export interface StrongRates {
  best: number;
  learner: number;
  random: number;
  /** exact probabilities over every state, or seeded walks when the story is too large */
  method: 'exact' | 'walks';
}

/** The share of the learner's choices that go to the best option (the "70% learner"). */
export const LEARNER_BEST_SHARE = 0.7;

export interface ExploreResult {
  /** true when every path was explored; false when the figures are bounds or samples */
  exact: boolean;
  note: string | null;
  states: number;
  paths: number;
  decisionsMin: number;
  decisionsMax: number;
  endings: Record<EndingKey, number>;
  /** per role: the highest total reachable on one path (never below 0) */
  possible: RoleScores;
  /** per capability: the highest total reachable on one path (never below 0), the same way */
  capabilityPossible: CapabilityScores;
  /** per capability: how many distinct options carry its tag (0: the story never exercises it) */
  capabilityOptions: CapabilityScores;
  min: RoleScores;
  max: RoleScores;
  mean: RoleScores;
  deadEnds: string[];
  runtimeErrors: string[];
  decisionPoints: DecisionPoint[];
  cyclic: boolean;
  strongRates: StrongRates;
  elapsedMs: number;
  /**
   * With `carried`: each distinct combination of those variables' values at an ending, and the
   * endings it arrives with (Wu Di's year: what a scenario hands on to the next).
   */
  carriedAtEndings?: CarriedOutcome[];
}

export interface CarriedOutcome {
  values: Record<string, CarryValue>;
  endings: EndingKey[];
}

export interface ExploreOptions {
  /** variables set before the first line (facts arriving from earlier scenarios of the year) */
  preset?: Readonly<Record<string, CarryValue>>;
  /** variables whose values at the endings are collected (see ExploreResult.carriedAtEndings) */
  carried?: readonly string[];
  maxStates?: number;
  maxMs?: number;
  /** random walks used for the figures when a story is too large to explore fully */
  fallbackWalks?: number;
  now?: () => number;
}

interface NodeValue {
  count: number;
  minDec: number;
  maxDec: number;
  max: RoleScores;
  min: RoleScores;
  sum: RoleScores;
  /** per capability, the highest total reachable from here */
  capMax: CapabilityScores;
  endings: Record<EndingKey, number>;
  /** chance of the strong ending from here, for each kind of player */
  strong: { best: number; learner: number; random: number };
  /** at a decision: each option's score total and where it leads */
  next?: { pointId: string; options: { total: number; child: NodeValue; text: string }[] };
}

class BudgetExceeded extends Error {}

interface InkStateJson {
  currentFlowName?: string;
  flows?: Record<
    string,
    {
      callstack?: { threads?: { callstack?: unknown }[] };
      currentChoices?: unknown;
      choiceThreads?: Record<string, { callstack?: unknown }>;
    }
  >;
  variablesState?: unknown;
  evalStack?: unknown;
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  storySeed?: number;
  previousRandom?: number;
}

/**
 * Two decision states with the same key have the same futures. Output already shown and the
 * turn counter do not shape the future; read counts of unnamed once-only choices only matter
 * if a path can come back to the same decision, which `cyclic` detects (and then keeps them).
 */
function stateKey(json: string, keepChoiceCounts: boolean): string {
  const s = JSON.parse(json) as InkStateJson;
  const flow = s.flows?.[s.currentFlowName ?? 'DEFAULT_FLOW'];
  const counts: Record<string, number> = {};
  for (const [path, n] of Object.entries(s.visitCounts ?? {})) {
    if (keepChoiceCounts || !/(^|\.)c-\d+$/.test(path)) counts[path] = n;
  }
  return JSON.stringify([
    flow?.callstack?.threads?.map((t) => t.callstack),
    flow?.currentChoices,
    Object.values(flow?.choiceThreads ?? {}).map((t) => t.callstack),
    s.variablesState,
    s.evalStack,
    counts,
    s.turnIndices,
    s.storySeed,
    s.previousRandom,
  ]);
}

/** A decision's place in the story: the container its options sit in, whichever are offered. */
function pointOf(story: Story): string {
  return choicePointId(story.currentChoices[0]?.sourcePath ?? '');
}

function strongAt(p: number): NodeValue['strong'] {
  return { best: p, learner: p, random: p };
}

/**
 * How likely each kind of player is to pick each option: the best (highest total) options share
 * the best player's choice and the learner's 70%; the learner's other 30% goes evenly to the rest.
 */
export function policyWeights(totals: number[]): { best: number[]; learner: number[]; random: number[] } {
  const top = Math.max(...totals);
  const bests = totals.filter((t) => t === top).length;
  const others = totals.length - bests;
  const best = totals.map((t) => (t === top ? 1 / bests : 0));
  const learner =
    others === 0
      ? best
      : totals.map((t) => (t === top ? LEARNER_BEST_SHARE / bests : (1 - LEARNER_BEST_SHARE) / others));
  const random = totals.map(() => 1 / totals.length);
  return { best, learner, random };
}

function strongOfDecision(options: { total: number; strong: NodeValue['strong'] }[]): NodeValue['strong'] {
  const w = policyWeights(options.map((o) => o.total));
  const out = strongAt(0);
  options.forEach((o, i) => {
    out.best += (w.best[i] ?? 0) * o.strong.best;
    out.learner += (w.learner[i] ?? 0) * o.strong.learner;
    out.random += (w.random[i] ?? 0) * o.strong.random;
  });
  return out;
}

function emptyEndings(): Record<EndingKey, number> {
  return { strong: 0, mixed: 0, poor: 0, untagged: 0 };
}

interface Segment {
  ending: Ending | null;
  /** the trainer's note met on the way, if any */
  facilitator: string | null;
  error: string | null;
  lastText: string | null;
}

/** Continue until a decision or the end, noting the ending tag and any trainer's note. */
function runSegment(story: Story, errors: string[]): Segment {
  const seg: Segment = { ending: null, facilitator: null, error: null, lastText: null };
  try {
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      if (text) seg.lastText = text;
      const tags = parseLineTags(story.currentTags ?? []);
      if (tags.ending) seg.ending = tags.ending;
      if (tags.facilitator !== null) seg.facilitator = tags.facilitator;
    }
  } catch (error) {
    seg.error = error instanceof Error ? error.message : String(error);
    errors.push(seg.error);
  }
  return seg;
}

export function staticUpperBound(compiledJson: string): RoleScores {
  const bound = zeroScores();
  const pattern = /"\^\s*score\s*[:：]([^"]*)"/g;
  for (const match of compiledJson.matchAll(pattern)) {
    const terms = (match[1] ?? '').trim().split(/[\s,，]+/);
    for (const term of terms) {
      const m = /^(BE|S|T|R|O)\s*([+＋])\s*(\d+)$/.exec(term);
      if (m?.[1] && m[3]) bound[m[1] as keyof RoleScores] += Number(m[3]);
    }
  }
  return bound;
}

/**
 * The capability counterpart of staticUpperBound: each option's positive total added to the
 * capability its tags name. Compiled Ink keeps an option's text and tags between "str" and
 * "/str", so the tags of one option are read together, in whatever order they were written.
 */
export function staticCapabilityBound(compiledJson: string): CapabilityScores {
  const bound = zeroCapabilities();
  for (const piece of compiledJson.split('"/str"')) {
    const option = piece.slice(piece.lastIndexOf('"str"') + 1);
    let cap: string | null = null;
    let total = 0;
    for (const match of option.matchAll(/"\^\s*(score|cap)\s*[:：]([^"]*)"/g)) {
      const value = (match[2] ?? '').trim();
      if (match[1] === 'cap') cap = value;
      else
        for (const term of value.split(/[\s,，]+/)) {
          const m = /^(BE|S|T|R|O)\s*([+＋-])\s*(\d+)$/.exec(term);
          if (m?.[3]) total += (m[2] === '-' ? -1 : 1) * Number(m[3]);
        }
    }
    const earned = capabilityPoints(cap, { S: total });
    if (earned && earned.points > 0) bound[earned.cap] += earned.points;
  }
  return bound;
}

export function exploreStory(compiledJson: string, options: ExploreOptions = {}): ExploreResult {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const first = exploreExact(compiledJson, false, options, now, started);
  if (first.kind === 'done' && !first.result.cyclic) return finish(first.result, started, now);
  if (first.kind === 'done') {
    // A path can return to an earlier decision: explore again keeping every read count.
    const again = exploreExact(compiledJson, true, options, now, started);
    if (again.kind === 'done') return finish({ ...again.result, cyclic: true }, started, now);
  }
  return finish(sampleWalks(compiledJson, options.fallbackWalks ?? 2000, options), started, now);
}

function finish(result: ExploreResult, started: number, now: () => number): ExploreResult {
  return { ...result, elapsedMs: now() - started };
}

/**
 * The carried variables' values met at endings, kept apart from the figures: a set of distinct
 * combinations, so merged states (the explorer's memo) lose nothing.
 */
class CarriedAtEndings {
  private readonly seen = new Map<string, CarriedOutcome>();
  constructor(private readonly names: readonly string[]) {}

  note(story: Story, ending: EndingKey): void {
    if (this.names.length === 0) return;
    const values: Record<string, CarryValue> = {};
    for (const name of this.names) {
      const value = readVariable(story, name);
      if (value !== null) values[name] = value;
    }
    const key = JSON.stringify(values);
    const known = this.seen.get(key) ?? { values, endings: [] };
    this.seen.set(key, known);
    if (!known.endings.includes(ending)) known.endings.push(ending);
  }

  /** undefined when no variables were asked for: the result keeps its shape from before */
  result(): CarriedOutcome[] | undefined {
    if (this.names.length === 0) return undefined;
    return [...this.seen.values()].sort((a, b) =>
      JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)),
    );
  }
}

type ExactOutcome = { kind: 'done'; result: ExploreResult } | { kind: 'budget' };

function exploreExact(
  compiledJson: string,
  keepChoiceCounts: boolean,
  options: ExploreOptions,
  now: () => number,
  started: number,
): ExactOutcome {
  // The state budget decides between exact figures and a bound, so it is a count, never a
  // time: points possible must not depend on how busy the machine is. The time limit is only
  // a safety net far beyond any story the budget admits.
  const maxStates = options.maxStates ?? 60_000;
  const maxMs = options.maxMs ?? 600_000;
  const story = new Story(compiledJson);
  applyPreset(story, options.preset ?? {});
  const carried = new CarriedAtEndings(options.carried ?? []);
  const runtimeErrors: string[] = [];
  story.onError = (message: string) => {
    throw new Error(message);
  };
  const memo = new Map<string, NodeValue>();
  const inProgress = new Set<string>();
  const points = new Map<string, DecisionPoint>();
  const offers = new Map<string, OfferCount>();
  const edges = new Map<string, Set<string>>();
  const deadEnds = new Set<string>();
  let stateVisits = 0;
  let cyclic = false;

  const terminal = (seg: Segment, where: string): NodeValue => {
    carried.note(story, seg.error ? 'untagged' : (seg.ending ?? 'untagged'));
    const endings = emptyEndings();
    if (seg.ending) endings[seg.ending] = 1;
    else {
      endings.untagged = 1;
      deadEnds.add(seg.error ? `runtime error after ${where}: ${seg.error}` : `no ending tag after ${where}`);
    }
    return {
      count: 1,
      minDec: 0,
      maxDec: 0,
      max: zeroScores(),
      min: zeroScores(),
      sum: zeroScores(),
      capMax: zeroCapabilities(),
      endings,
      strong: strongAt(seg.ending === 'strong' ? 1 : 0),
    };
  };

  const visit = (stateJson: string, pointId: string): NodeValue => {
    const key = stateKey(stateJson, keepChoiceCounts);
    const known = memo.get(key);
    if (known) return known;
    if (inProgress.has(key)) {
      cyclic = true;
      return {
        count: 0,
        minDec: 0,
        maxDec: 0,
        max: zeroScores(),
        min: zeroScores(),
        sum: zeroScores(),
        capMax: zeroCapabilities(),
        endings: emptyEndings(),
        strong: strongAt(0),
      };
    }
    if (++stateVisits > maxStates || now() - started > maxMs) throw new BudgetExceeded();
    inProgress.add(key);
    story.state.LoadJson(stateJson);
    const choices = story.currentChoices.map((c) => ({
      text: c.text,
      tags: parseChoiceTags(c.tags ?? []),
    }));
    const point = points.get(pointId);
    if (point) {
      choices.forEach((c, i) => {
        if (!c.tags.hasScore && !point.missingScore.includes(i)) point.missingScore.push(i);
        if (!c.tags.feedback && !point.missingFeedback.includes(i)) point.missingFeedback.push(i);
      });
    }
    let value: NodeValue | null = null;
    const taken: { total: number; child: NodeValue; text: string }[] = [];
    for (const [index, choice] of choices.entries()) {
      story.state.LoadJson(stateJson);
      story.ChooseChoiceIndex(index);
      const seg = runSegment(story, runtimeErrors);
      let child: NodeValue;
      let target: string;
      if (!seg.error && story.currentChoices.length > 0) {
        const childId = pointOf(story);
        target = childId;
        notePoint(points, offers, story, childId, seg.facilitator, seg.lastText);
        const targets = edges.get(pointId) ?? new Set<string>();
        edges.set(pointId, targets);
        targets.add(childId);
        child = visit(story.state.toJson(), childId);
      } else {
        target = `end:${seg.error ? 'error' : (seg.ending ?? 'untagged')}`;
        child = terminal(seg, `option "${choice.text}"`);
      }
      const earned = capabilityPoints(choice.tags.cap, choice.tags.score);
      noteBranch(points.get(pointId), choice.text, choice.tags, target, earned?.cap);
      const delta = choice.tags.score;
      const capMax = { ...child.capMax };
      if (earned) capMax[earned.cap] += earned.points;
      const through: NodeValue = {
        count: child.count,
        minDec: child.minDec + 1,
        maxDec: child.maxDec + 1,
        max: zeroScores(),
        min: zeroScores(),
        sum: zeroScores(),
        capMax,
        endings: child.endings,
        strong: child.strong,
      };
      taken.push({ total: scoreTotal(delta), child, text: choice.text });
      for (const role of ROLES) {
        const d = delta[role] ?? 0;
        through.max[role] = child.max[role] + d;
        through.min[role] = child.min[role] + d;
        through.sum[role] = child.sum[role] + d * child.count;
      }
      value = value ? merge(value, through) : through;
    }
    inProgress.delete(key);
    if (value) {
      value.strong = strongOfDecision(taken.map((t) => ({ total: t.total, strong: t.child.strong })));
      value.next = { pointId, options: taken };
    }
    const result =
      value ??
      terminal(
        { ending: null, facilitator: null, error: null, lastText: null },
        'a decision with no options',
      );
    memo.set(key, result);
    return result;
  };

  try {
    const seg = runSegment(story, runtimeErrors);
    let root: NodeValue;
    if (!seg.error && story.currentChoices.length > 0) {
      const id = pointOf(story);
      notePoint(points, offers, story, id, seg.facilitator, seg.lastText);
      root = visit(story.state.toJson(), id);
    } else {
      root = terminal(seg, 'the opening');
    }
    if (hasCycle(edges)) cyclic = true;
    markConditional(points, offers);
    markSingleSlips(root, points);
    const mean = zeroScores();
    for (const role of ROLES) mean[role] = root.count > 0 ? root.sum[role] / root.count : 0;
    const possible = zeroScores();
    for (const role of ROLES) possible[role] = Math.max(0, root.max[role]);
    const capabilityPossible = zeroCapabilities();
    for (const cap of CAPABILITIES) capabilityPossible[cap] = Math.max(0, root.capMax[cap]);
    const pointList = [...points.values()];
    return {
      kind: 'done',
      result: {
        exact: true,
        note: null,
        states: memo.size,
        paths: root.count,
        decisionsMin: root.minDec,
        decisionsMax: root.maxDec,
        endings: root.endings,
        possible,
        capabilityPossible,
        capabilityOptions: countCapabilityOptions(pointList),
        min: root.min,
        max: root.max,
        mean,
        deadEnds: [...deadEnds],
        runtimeErrors: [...new Set(runtimeErrors)],
        decisionPoints: pointList,
        cyclic,
        strongRates: { ...root.strong, method: 'exact' },
        elapsedMs: 0,
        ...carriedField(carried),
      },
    };
  } catch (error) {
    if (error instanceof BudgetExceeded) return { kind: 'budget' };
    throw error;
  }
}

interface OfferCount {
  visits: number;
  offered: Map<string, number>;
}

function notePoint(
  points: Map<string, DecisionPoint>,
  offers: Map<string, OfferCount>,
  story: Story,
  id: string,
  facilitator: string | null,
  prompt: string | null,
): void {
  const offered = story.currentChoices.map((c) => c.text);
  const count = offers.get(id) ?? { visits: 0, offered: new Map<string, number>() };
  offers.set(id, count);
  count.visits++;
  for (const text of offered) count.offered.set(text, (count.offered.get(text) ?? 0) + 1);
  const existing = points.get(id);
  if (existing) {
    if (!facilitator) existing.missingFacilitator = true;
    return;
  }
  points.set(id, {
    id,
    options: offered,
    missingScore: [],
    missingFeedback: [],
    missingFacilitator: !facilitator,
    prompt,
    note: facilitator,
    branches: [],
  });
}

function noteBranch(
  point: DecisionPoint | undefined,
  text: string,
  tags: ChoiceTags,
  target: string,
  cap: Capability | undefined,
): void {
  if (!point) return;
  let branch = point.branches.find((b) => b.text === text);
  if (!branch) {
    branch = {
      text,
      score: tags.score,
      feedback: tags.feedback,
      conditional: false,
      targets: [],
      ...(cap ? { cap } : {}),
    };
    point.branches.push(branch);
  }
  if (!branch.targets.includes(target)) branch.targets.push(target);
}

/** An option offered on fewer visits than its decision had is behind a condition. */
function markConditional(points: Map<string, DecisionPoint>, offers: Map<string, OfferCount>): void {
  for (const point of points.values()) {
    const count = offers.get(point.id);
    if (!count) continue;
    for (const branch of point.branches)
      branch.conditional = (count.offered.get(branch.text) ?? 0) < count.visits;
  }
}

/**
 * Follows always-best play from the start and, at each decision on that line, marks every other
 * option after which always-best play can no longer reach the strong ending.
 */
function markSingleSlips(root: NodeValue, points: Map<string, DecisionPoint>): void {
  const seen = new Set<NodeValue>();
  const walk = (node: NodeValue) => {
    if (seen.has(node) || !node.next) return;
    seen.add(node);
    const { pointId, options } = node.next;
    const top = Math.max(...options.map((o) => o.total));
    for (const option of options) {
      if (option.total === top) walk(option.child);
      else if (option.child.strong.best === 0 && node.strong.best > 0) {
        const branch = points.get(pointId)?.branches.find((b) => b.text === option.text);
        if (branch) branch.closesStrong = true;
      }
    }
  };
  walk(root);
}

function merge(a: NodeValue, b: NodeValue): NodeValue {
  const out: NodeValue = {
    count: a.count + b.count,
    minDec: Math.min(a.minDec, b.minDec),
    maxDec: Math.max(a.maxDec, b.maxDec),
    max: zeroScores(),
    min: zeroScores(),
    sum: zeroScores(),
    capMax: zeroCapabilities(),
    endings: emptyEndings(),
    strong: strongAt(0),
  };
  for (const cap of CAPABILITIES) out.capMax[cap] = Math.max(a.capMax[cap], b.capMax[cap]);
  for (const role of ROLES) {
    out.max[role] = Math.max(a.max[role], b.max[role]);
    out.min[role] = Math.min(a.min[role], b.min[role]);
    out.sum[role] = a.sum[role] + b.sum[role];
  }
  for (const k of Object.keys(out.endings) as EndingKey[]) out.endings[k] = a.endings[k] + b.endings[k];
  return out;
}

/** Options are counted once per decision, however many paths offer them. */
function countCapabilityOptions(points: readonly DecisionPoint[]): CapabilityScores {
  const counts = zeroCapabilities();
  for (const point of points) for (const branch of point.branches) if (branch.cap) counts[branch.cap]++;
  return counts;
}

function hasCycle(edges: Map<string, Set<string>>): boolean {
  const state = new Map<string, 1 | 2>();
  const dfs = (node: string): boolean => {
    state.set(node, 1);
    for (const next of edges.get(node) ?? []) {
      const s = state.get(next);
      if (s === 1) return true;
      if (s === undefined && dfs(next)) return true;
    }
    state.set(node, 2);
    return false;
  };
  for (const node of edges.keys()) if (!state.has(node) && dfs(node)) return true;
  return false;
}

/**
 * For a story too large to explore: points possible fall back to a bound no path can exceed
 * (every positive score in the story added up), and the other figures come from random walks.
 */
function carriedField(carried: CarriedAtEndings): { carriedAtEndings?: CarriedOutcome[] } {
  const found = carried.result();
  return found ? { carriedAtEndings: found } : {};
}

/** Chooses an option from the tags of those offered. */
type Pick = (offered: ChoiceTags[]) => number;
type Policy = keyof ReturnType<typeof policyWeights>;

/** A player of one kind (see policyWeights), drawing from `random`. */
function policyPick(policy: Policy, random: () => number): Pick {
  return (offered) => {
    const weights = policyWeights(offered.map((t) => scoreTotal(t.score)))[policy];
    let r = random();
    for (const [i, weight] of weights.entries()) {
      if (r < weight) return i;
      r -= weight;
    }
    return weights.length - 1;
  };
}

/** One walk from `start` to an ending (or a dead end), choosing with `pick`. */
function walkOnce(story: Story, start: string, pick: Pick, errors: string[]) {
  story.state.LoadJson(start);
  const total = zeroScores();
  let decisions = 0;
  let seg = runSegment(story, errors);
  while (!seg.error && story.currentChoices.length > 0 && decisions < 500) {
    const offered = story.currentChoices.map((c) => parseChoiceTags(c.tags ?? []));
    const index = pick(offered);
    for (const role of ROLES) total[role] += offered[index]?.score[role] ?? 0;
    story.ChooseChoiceIndex(index);
    decisions++;
    seg = runSegment(story, errors);
  }
  return { seg, total, decisions };
}

export interface PresetWalks {
  preset: Readonly<Record<string, CarryValue>>;
  deadEnds: string[];
  runtimeErrors: string[];
  carriedAtEndings: CarriedOutcome[];
}

/**
 * Seeded walks under each preset, for the year's combinations too many to explore: per preset
 * `walks` uniform walks and as many by the 70% learner, who reaches the strong lines the
 * carried facts mostly change. The story is parsed once for all presets (parsing costs more
 * than a walk).
 */
export function walkUnderPresets(
  compiledJson: string,
  presets: readonly Readonly<Record<string, CarryValue>>[],
  carried: readonly string[],
  walks: number,
): PresetWalks[] {
  const story = new Story(compiledJson);
  story.onError = (message: string) => {
    throw new Error(message);
  };
  return presets.map((preset, k) => {
    story.ResetState();
    applyPreset(story, preset);
    const start = story.state.toJson();
    const found = new CarriedAtEndings(carried);
    const errors: string[] = [];
    const deadEnds = new Set<string>();
    const random = seededRandom(10 + k);
    const picks: Pick[] = [policyPick('random', random), policyPick('learner', random)];
    for (const pick of picks)
      for (let w = 0; w < walks; w++) {
        const { seg, decisions } = walkOnce(story, start, pick, errors);
        found.note(story, seg.error ? 'untagged' : (seg.ending ?? 'untagged'));
        // A runtime error is reported as one (errors), not as a dead end as well.
        if (!seg.ending && !seg.error)
          deadEnds.add(`a path ends with no ending tag after ${decisions} decisions`);
      }
    return {
      preset,
      deadEnds: [...deadEnds],
      runtimeErrors: [...new Set(errors)],
      carriedAtEndings: found.result() ?? [],
    };
  });
}

function sampleWalks(compiledJson: string, walks: number, options: ExploreOptions = {}): ExploreResult {
  const story = new Story(compiledJson);
  const carried = new CarriedAtEndings(options.carried ?? []);
  const errors: string[] = [];
  story.onError = (message: string) => {
    throw new Error(message);
  };
  applyPreset(story, options.preset ?? {});
  const start = story.state.toJson();
  const random = seededRandom(1);
  const endings = emptyEndings();
  const min = zeroScores();
  const max = zeroScores();
  const sum = zeroScores();
  let decMin = Number.POSITIVE_INFINITY;
  let decMax = 0;
  const deadEnds = new Set<string>();
  const walk = (pick: Pick) => walkOnce(story, start, pick, errors);
  for (let w = 0; w < walks; w++) {
    const { seg, total, decisions } = walk((offered) => Math.floor(random() * offered.length));
    carried.note(story, seg.error ? 'untagged' : (seg.ending ?? 'untagged'));
    if (seg.ending) endings[seg.ending]++;
    else {
      endings.untagged++;
      deadEnds.add(
        seg.error
          ? `runtime error: ${seg.error}`
          : `a path ends with no ending tag after ${decisions} decisions`,
      );
    }
    decMin = Math.min(decMin, decisions);
    decMax = Math.max(decMax, decisions);
    for (const role of ROLES) {
      min[role] = w === 0 ? total[role] : Math.min(min[role], total[role]);
      max[role] = w === 0 ? total[role] : Math.max(max[role], total[role]);
      sum[role] += total[role];
    }
  }
  const mean = zeroScores();
  for (const role of ROLES) mean[role] = sum[role] / walks;
  const rate = (policy: Policy, seed: number): number => {
    const byPolicy = policyPick(policy, seededRandom(seed));
    let strong = 0;
    for (let w = 0; w < walks; w++) if (walk(byPolicy).seg.ending === 'strong') strong++;
    return strong / walks;
  };
  const strongRates: StrongRates = {
    best: rate('best', 2),
    learner: rate('learner', 3),
    random: rate('random', 4),
    method: 'walks',
  };
  return {
    strongRates,
    exact: false,
    note: `too large to explore every path: points possible are an upper bound (every positive score added up); other figures come from ${walks} random walks`,
    states: 0,
    paths: walks,
    decisionsMin: decMin === Number.POSITIVE_INFINITY ? 0 : decMin,
    decisionsMax: decMax,
    endings,
    possible: staticUpperBound(compiledJson),
    capabilityPossible: staticCapabilityBound(compiledJson),
    capabilityOptions: zeroCapabilities(),
    min,
    max,
    mean,
    deadEnds: [...deadEnds],
    runtimeErrors: [...new Set(errors)],
    decisionPoints: [],
    cyclic: false,
    elapsedMs: 0,
    ...carriedField(carried),
  };
}
