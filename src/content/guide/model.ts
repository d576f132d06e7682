import {
  type BranchMap,
  formatScore,
  layoutBranchMap,
  type MapSizes,
  PRINT_PALETTE,
} from '../../narrative/branch-map.ts';
import { classifyDecision, type DecisionKind } from '../../narrative/debate.ts';
import { scoreTotal } from '../../narrative/roles.ts';
import type { StoryHeader } from '../../narrative/tags.ts';
import type { Locale } from '../../state/schema.ts';
import { GUIDE_WORDS, type GuideWords } from '../../words/guide-words.ts';
import { roleNames } from '../../words/roles.ts';
import { STAGE_WORDS } from '../../words/stages.ts';
import { ENDING_NAMES, MAP_WORDS } from '../../words/story-words.ts';
import type { MapPoint } from '../story-module.ts';

/**
 * The facilitator guide of one scenario, worked out from the story's header and its explored
 * decisions: plain data with every word resolved, no DOM. The game's guide page and
 * `npm run stories:docs` render the same model (render.ts).
 */
export interface GuideInput {
  id: string;
  locale: Locale;
  /** the story file, as the checker names it */
  file: string;
  header: StoryHeader | null;
  points: readonly MapPoint[];
  unreachable?: readonly string[];
  decisionsMin: number;
  decisionsMax: number;
}

export interface GuideOption {
  /** 1-based, as authored (the branch map's arrows carry the same numbers) */
  number: number;
  text: string;
  score: string;
  total: number;
  feedback: string | null;
  strongest: boolean;
  conditional: boolean;
  closesStrong: boolean;
  /** where it leads: "Decision 4", "Strong ending" */
  leadsTo: string[];
  /** the same, short: "D4", "strong end" */
  leadsToShort: string[];
}

export interface GuideTime {
  read: number;
  debate: number;
  vote: number;
  /** the three added and rounded up to the half minute */
  total: number;
}

export interface GuideDecision {
  id: string;
  number: number;
  prompt: string | null;
  note: string | null;
  kind: DecisionKind | null;
  kindLabel: string | null;
  options: GuideOption[];
  time: GuideTime;
}

export interface GuideModel {
  id: string;
  locale: Locale;
  file: string;
  words: GuideWords;
  title: string;
  role: string | null;
  stage: { id: string; name: string; question: string } | null;
  summary: string | null;
  goals: string[];
  map: BranchMap;
  mapTitle: string;
  decisions: GuideDecision[];
  timing: {
    pathMin: number;
    pathMax: number;
    all: number;
    decisionsMin: number;
    decisionsMax: number;
  };
}

/** The compact map the guide prints: numbered boxes, no prompt text (the decisions follow). */
export const GUIDE_MAP_SIZES: MapSizes = {
  nodeW: 150,
  nodeH: 60,
  colGap: 36,
  rowGap: 18,
  margin: 12,
  labelChars: 0,
  optionRow: PRINT_PALETTE.fontSizes.edge + 4,
  endingH: 40,
};

/** Reading aloud: words a minute in English, characters a minute in Chinese. */
export const READING_RATE = { words: 150, chars: 250 };
export const DEBATE_MINUTES = { base: 1, closeness: 3 };
export const VOTE_MINUTES = 0.5;

/** Minutes to read a text aloud: CJK characters at one rate, other words at another. */
export function readingMinutes(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const words = text
    .replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk / READING_RATE.chars + words / READING_RATE.words;
}

/**
 * How close the two best options are, 0..1: a dilemma (the runner-up at most one point behind
 * and leading with another role) is 1; otherwise a positive runner-up one point behind (or
 * tied) is 2/3, two points behind 1/3, and no other good option 0.
 */
export function closeness(point: Pick<MapPoint, 'id' | 'branches'>): number {
  const figures = classifyDecision(point);
  if (!figures || figures.runnerUpTotal === null || figures.runnerUpTotal <= 0) return 0;
  if (figures.kind === 'dilemma') return 1;
  const gap = figures.bestTotal - figures.runnerUpTotal;
  return Math.max(0, (3 - Math.max(1, gap)) / 3);
}

const halfUp = (m: number) => Math.ceil(m * 2 - 1e-9) / 2;
const tenth = (m: number) => Math.round(m * 10) / 10;

export function decisionTime(point: Pick<MapPoint, 'id' | 'branches' | 'prompt'>): GuideTime {
  const text = [point.prompt ?? '', ...point.branches.map((b) => b.text)].join('\n');
  const read = readingMinutes(text);
  const debate = DEBATE_MINUTES.base + DEBATE_MINUTES.closeness * closeness(point);
  return {
    read: tenth(read),
    debate: tenth(debate),
    vote: VOTE_MINUTES,
    total: halfUp(read + debate + VOTE_MINUTES),
  };
}

/** The shortest and longest time along any path from the first decision to an ending. */
function pathTimes(decisions: readonly GuideDecision[], points: readonly MapPoint[]): [number, number] {
  const time = new Map(decisions.map((d) => [d.id, d.time.total]));
  const byId = new Map(points.map((p) => [p.id, p]));
  const memo = new Map<string, [number, number]>();
  const onPath = new Set<string>();
  const from = (id: string): [number, number] => {
    const known = memo.get(id);
    if (known) return known;
    const point = byId.get(id);
    // An ending, or a way back to a decision already on this path, adds nothing more.
    if (!point || onPath.has(id)) return [0, 0];
    onPath.add(id);
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const branch of point.branches)
      for (const target of branch.targets) {
        const [a, b] = from(target);
        low = Math.min(low, a);
        high = Math.max(high, b);
      }
    onPath.delete(id);
    const own = time.get(id) ?? 0;
    const result: [number, number] = [own + (low === Number.POSITIVE_INFINITY ? 0 : low), own + high];
    memo.set(id, result);
    return result;
  };
  const first = points[0];
  return first ? from(first.id) : [0, 0];
}

export function guideModel(input: GuideInput): GuideModel {
  const words = GUIDE_WORDS[input.locale];
  const header = input.header;
  const title = header?.title ?? input.id;
  const map = layoutBranchMap(input.points, input.unreachable ?? [], GUIDE_MAP_SIZES);
  const numberOf = new Map(map.nodes.filter((n) => n.kind === 'decision').map((n) => [n.id, n.number]));
  const endingNames = ENDING_NAMES[input.locale];
  const mapWords = MAP_WORDS[input.locale];
  const targetName = (target: string): string => {
    const n = numberOf.get(target);
    if (n !== undefined) return words.decision(n);
    const ending = target.slice(4);
    return ending === 'strong' || ending === 'mixed' || ending === 'poor'
      ? endingNames[ending]
      : mapWords.untagged;
  };
  const shortName = (target: string): string => {
    const n = numberOf.get(target);
    if (n !== undefined) return words.short.decision(n);
    const ending = target.slice(4);
    return ending === 'strong' || ending === 'mixed' || ending === 'poor'
      ? words.short[ending]
      : words.short.other;
  };
  const decisions = input.points
    .map((point): GuideDecision => {
      const figures = classifyDecision(point);
      const totals = point.branches.map((b) => scoreTotal(b.score));
      const top = Math.max(...totals);
      return {
        id: point.id,
        number: numberOf.get(point.id) ?? 0,
        prompt: point.prompt,
        note: point.note,
        kind: figures?.kind ?? null,
        kindLabel: figures ? words.kind[figures.kind] : null,
        options: point.branches.map((b, i) => ({
          number: i + 1,
          text: b.text,
          score: formatScore(b.score),
          total: totals[i] ?? 0,
          feedback: b.feedback ?? null,
          strongest: totals.length > 1 && totals[i] === top,
          conditional: b.conditional,
          closesStrong: b.closesStrong === true,
          leadsTo: b.targets.map(targetName),
          leadsToShort: b.targets.map(shortName),
        })),
        time: decisionTime(point),
      };
    })
    .sort((a, b) => a.number - b.number);
  const [pathMin, pathMax] = pathTimes(decisions, input.points);
  const stage = header?.stage ?? null;
  return {
    id: input.id,
    locale: input.locale,
    file: input.file,
    words,
    title,
    role: header?.role ? `${header.role} · ${roleNames(input.locale)[header.role]}` : null,
    stage: stage
      ? {
          id: stage,
          name: STAGE_WORDS[input.locale][stage].name,
          question: STAGE_WORDS[input.locale][stage].question,
        }
      : null,
    summary: header?.summary ?? null,
    goals: header?.goals ?? [],
    map,
    mapTitle: mapWords.title(title),
    decisions,
    timing: {
      pathMin,
      pathMax,
      all: decisions.reduce((n, d) => n + d.time.total, 0),
      decisionsMin: input.decisionsMin,
      decisionsMax: input.decisionsMax,
    },
  };
}
