import type { DecisionPoint, ExploreResult, StrongRates } from './explore.ts';
import { ROLES, type Role, type RoleScores, scoreTotal } from './roles.ts';

/**
 * Is a scenario worth debating? Figures over every distinct decision met in play (branches
 * included), measured the same way for the built-in scenarios and a facilitator's own:
 * - a dilemma has a runner-up with a positive total, at most one point behind the best, that
 *   leads with a different role: the room has two good answers that cost different things;
 * - one right answer: every alternative to the best scores 0 or below;
 * - length tells: how often the best option is strictly the longest, or strictly the shortest;
 * - strong-ending rates of always-best, 70%-learner and random play (from the exploration).
 * Outside the targets the checker warns, never fails: they are guidance, not rules.
 */

export const DEBATE_TARGETS = {
  minDilemmas: 4,
  minDilemmaShare: 0.4,
  maxOneRightShare: 0.3,
  learnerStrong: [0.35, 0.6] as const,
  maxRandomStrong: 0.1,
  maxLengthTell: 0.4,
  /** a best option always of middle length is a tell too ("pick the one in between") */
  maxMiddleTell: 0.6,
  /** the good options (positive total) being the longest ones is a tell */
  maxGoodLongestTell: 0.5,
};

export type DecisionKind = 'dilemma' | 'one-right-answer' | 'clear-best';

export interface DecisionFigures {
  id: string;
  /** the option with the highest total (the first authored, if tied) */
  best: string;
  bestTotal: number;
  runnerUp: string | null;
  runnerUpTotal: number | null;
  kind: DecisionKind;
  bestIsLongest: boolean;
  bestIsShortest: boolean;
  /** neither the longest nor the shortest */
  bestIsMiddle: boolean;
  /** null unless the decision has two or more good options and at least one other: are the good ones all longer? */
  goodAreLongest: boolean | null;
}

export interface DebateFigures {
  decisions: number;
  dilemmas: number;
  oneRightAnswer: number;
  dilemmaShare: number;
  oneRightShare: number;
  bestLongestShare: number;
  bestShortestShare: number;
  bestMiddleShare: number;
  /** of the decisions with two or more good options and a weaker one: the good ones are all longer */
  goodLongestShare: number;
  strong: StrongRates;
  /** options that, taken while strong is in reach, put it out of reach: each should be a trap the story explains */
  closesStrong: { decision: string; option: string }[];
  perDecision: DecisionFigures[];
}

/** The role or roles an option scores highest on, if any scores above zero. */
export function leadRoles(score: Partial<RoleScores>): Role[] {
  const top = Math.max(...ROLES.map((r) => score[r] ?? 0));
  if (top <= 0) return [];
  return ROLES.filter((r) => (score[r] ?? 0) === top);
}

/** Characters as a reader counts them: one per Chinese character, one per letter. */
function length(text: string): number {
  return [...text.trim()].length;
}

export function classifyDecision(point: Pick<DecisionPoint, 'id' | 'branches'>): DecisionFigures | null {
  const options = point.branches.map((b) => ({ text: b.text, score: b.score, total: scoreTotal(b.score) }));
  if (options.length < 2) return null;
  let bestIndex = 0;
  options.forEach((o, i) => {
    if (o.total > (options[bestIndex]?.total ?? 0)) bestIndex = i;
  });
  const best = options[bestIndex];
  if (!best) return null;
  const others = options.filter((_, i) => i !== bestIndex);
  const runner = others.reduce((a, b) => (b.total > a.total ? b : a));
  const leadsDiffer = JSON.stringify(leadRoles(runner.score)) !== JSON.stringify(leadRoles(best.score));
  const kind: DecisionKind = others.every((o) => o.total <= 0)
    ? 'one-right-answer'
    : runner.total > 0 && best.total - runner.total <= 1 && leadsDiffer
      ? 'dilemma'
      : 'clear-best';
  const bestLength = length(best.text);
  const lengths = options.map((o) => length(o.text));
  const good = options.filter((o) => o.total > 0).map((o) => length(o.text));
  const weak = options.filter((o) => o.total <= 0).map((o) => length(o.text));
  return {
    id: point.id,
    best: best.text,
    bestTotal: best.total,
    runnerUp: runner.text,
    runnerUpTotal: runner.total,
    kind,
    bestIsLongest: others.every((o) => length(o.text) < bestLength),
    bestIsShortest: others.every((o) => length(o.text) > bestLength),
    bestIsMiddle: bestLength > Math.min(...lengths) && bestLength < Math.max(...lengths),
    goodAreLongest: good.length >= 2 && weak.length >= 1 ? Math.min(...good) > Math.max(...weak) : null,
  };
}

export function debateFigures(explore: Pick<ExploreResult, 'decisionPoints' | 'strongRates'>): DebateFigures {
  const perDecision = explore.decisionPoints
    .map((p) => classifyDecision(p))
    .filter((d): d is DecisionFigures => d !== null);
  const n = perDecision.length;
  const count = (test: (d: DecisionFigures) => boolean) => perDecision.filter(test).length;
  const share = (k: number) => (n > 0 ? k / n : 0);
  const dilemmas = count((d) => d.kind === 'dilemma');
  const oneRightAnswer = count((d) => d.kind === 'one-right-answer');
  return {
    decisions: n,
    dilemmas,
    oneRightAnswer,
    dilemmaShare: share(dilemmas),
    oneRightShare: share(oneRightAnswer),
    bestLongestShare: share(count((d) => d.bestIsLongest)),
    bestShortestShare: share(count((d) => d.bestIsShortest)),
    bestMiddleShare: share(count((d) => d.bestIsMiddle)),
    goodLongestShare: (() => {
      const asked = perDecision.filter((d) => d.goodAreLongest !== null);
      return asked.length > 0 ? asked.filter((d) => d.goodAreLongest).length / asked.length : 0;
    })(),
    strong: explore.strongRates,
    closesStrong: explore.decisionPoints.flatMap((p) =>
      p.branches.filter((b) => b.closesStrong).map((b) => ({ decision: p.id, option: b.text })),
    ),
    perDecision,
  };
}

/** A share as a whole percentage, as the checker prints it. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Figures outside the targets, in words a facilitator can act on. */
export function debateWarnings(f: DebateFigures): string[] {
  const t = DEBATE_TARGETS;
  const out: string[] = [];
  if (f.decisions === 0) return out;
  if (f.dilemmas < t.minDilemmas || f.dilemmaShare < t.minDilemmaShare)
    out.push(
      `${f.dilemmas} of ${f.decisions} decisions are dilemmas (${pct(f.dilemmaShare)}); aim for at least ${t.minDilemmas} and ${pct(t.minDilemmaShare)}: give the best option a runner-up with a positive total, at most one point behind, that serves another role`,
    );
  if (f.oneRightShare > t.maxOneRightShare)
    out.push(
      `${f.oneRightAnswer} of ${f.decisions} decisions have one right answer (${pct(f.oneRightShare)}, aim for at most ${pct(t.maxOneRightShare)}): every alternative to the best scores 0 or below`,
    );
  if (f.strong.best < 1)
    out.push(
      `always-best play reaches the strong ending in ${pct(f.strong.best)} of runs; it should always reach it`,
    );
  const [low, high] = t.learnerStrong;
  if (f.strong.learner < low || f.strong.learner > high)
    out.push(
      `a learner who takes the best option 70% of the time reaches strong in ${pct(f.strong.learner)} of runs; aim for ${pct(low)}-${pct(high)}`,
    );
  if (f.strong.random > t.maxRandomStrong)
    out.push(
      `random play reaches strong in ${pct(f.strong.random)} of runs; aim for at most ${pct(t.maxRandomStrong)}`,
    );
  if (f.bestLongestShare > t.maxLengthTell)
    out.push(
      `the best option is the longest in ${pct(f.bestLongestShare)} of decisions (aim for at most ${pct(t.maxLengthTell)}): length gives it away`,
    );
  if (f.bestShortestShare > t.maxLengthTell)
    out.push(
      `the best option is the shortest in ${pct(f.bestShortestShare)} of decisions (aim for at most ${pct(t.maxLengthTell)}): length gives it away`,
    );
  if (f.bestMiddleShare > t.maxMiddleTell)
    out.push(
      `the best option is neither the longest nor the shortest in ${pct(f.bestMiddleShare)} of decisions (aim for at most ${pct(t.maxMiddleTell)}): "pick the one in between" gives it away`,
    );
  if (f.goodLongestShare > t.maxGoodLongestTell)
    out.push(
      `where a decision has two good options, they are the longest ones in ${pct(f.goodLongestShare)} of cases (aim for at most ${pct(t.maxGoodLongestTell)}): give a weak option its reasons`,
    );
  return out;
}

/** One line per figure, for the checker's readable report. */
export function debateSummary(f: DebateFigures): string {
  return [
    `  debate: ${f.dilemmas} dilemmas of ${f.decisions} decisions (${pct(f.dilemmaShare)}), one right answer ${f.oneRightAnswer} (${pct(f.oneRightShare)})`,
    `  strong ending: always-best ${pct(f.strong.best)}, 70% learner ${pct(f.strong.learner)}, random ${pct(f.strong.random)}${f.strong.method === 'walks' ? ' (seeded walks)' : ''}`,
    `  best option longest in ${pct(f.bestLongestShare)}, shortest in ${pct(f.bestShortestShare)}, in between in ${pct(f.bestMiddleShare)} of decisions; good options the longest in ${pct(f.goodLongestShare)}`,
    ...(f.closesStrong.length > 0
      ? [
          `  options that close off the strong ending (each should be a trap the story shows): ${f.closesStrong
            .map((c) => `${c.decision} "${c.option}"`)
            .join('; ')}`,
        ]
      : []),
  ].join('\n');
}
