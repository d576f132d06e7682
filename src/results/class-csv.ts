import { CAPABILITIES, type Capability } from '../narrative/capabilities.ts';
import { ROLES } from '../narrative/roles.ts';
import { CAPABILITY_NAMES } from '../words/roles.ts';
import type { ScenarioAggregate } from './aggregate.ts';
import { csvDocument } from './csv.ts';

/**
 * CSV exports of the class aggregate, for a spreadsheet. UTF-8 with a byte-order mark (Excel
 * then reads Chinese correctly), CRLF line ends, fields quoted when they need it, numbers with a
 * dot and no thousands separator. Column headings come from the interface's language.
 */

export interface LearnerCsvHeadings {
  scenario: string;
  title: string;
  learner: string;
  language: string;
  role: string;
  score: string;
  possible: string;
  share: string;
  classMean: string;
  classSd: string;
  vsMean: string;
  ending: string;
  minutes: string;
  /** appended in results format 2: per capability, the learner's points and the scenario's possible */
  capabilityEarned: (cap: Capability) => string;
  capabilityPossible: (cap: Capability) => string;
  /** the learner's self-rating (1-5) of the row's role */
  selfRating: string;
}

export interface DecisionCsvHeadings {
  scenario: string;
  title: string;
  decision: string;
  point: string;
  prompt: string;
  reached: string;
  option: string;
  optionText: string;
  count: string;
  share: string;
}

export const EN_LEARNER_HEADINGS: LearnerCsvHeadings = {
  scenario: 'scenario',
  title: 'title',
  learner: 'learner',
  language: 'language',
  role: 'role',
  score: 'score',
  possible: 'points possible',
  share: 'share of possible',
  classMean: 'class mean',
  classSd: 'class sd',
  vsMean: 'vs class mean',
  ending: 'ending',
  minutes: 'minutes',
  capabilityEarned: (cap) => `${CAPABILITY_NAMES.en[cap]}: earned`,
  capabilityPossible: (cap) => `${CAPABILITY_NAMES.en[cap]}: possible`,
  selfRating: 'self-rating (1-5)',
};

export const EN_DECISION_HEADINGS: DecisionCsvHeadings = {
  scenario: 'scenario',
  title: 'title',
  decision: 'decision',
  point: 'point',
  prompt: 'prompt',
  reached: 'learners reaching it',
  option: 'option',
  optionText: 'option text',
  count: 'learners choosing it',
  share: 'share choosing it',
};

type Cell = string | number | null;

/**
 * One row per learner per role. The columns added with results format 2 come last, so a sheet
 * built on the earlier columns still reads: per capability the learner's points and the points
 * possible (the learner's, repeated on each of their five rows; empty for a format 1 result, and
 * possible empty when unknown), then the learner's self-rating of the row's role to two places
 * (empty if none).
 */
export function learnersCsv(
  aggregates: readonly ScenarioAggregate[],
  h: LearnerCsvHeadings = EN_LEARNER_HEADINGS,
  endingName: (ending: string) => string = (e) => e,
): string {
  const rows: Cell[][] = [
    [
      h.scenario,
      h.title,
      h.learner,
      h.language,
      h.role,
      h.score,
      h.possible,
      h.share,
      h.classMean,
      h.classSd,
      h.vsMean,
      h.ending,
      h.minutes,
      ...CAPABILITIES.flatMap((cap) => [h.capabilityEarned(cap), h.capabilityPossible(cap)]),
      h.selfRating,
    ],
  ];
  for (const a of aggregates)
    for (const row of a.rows)
      for (const role of ROLES) {
        const stat = a.roles[role];
        const share = row.shares[role];
        rows.push([
          a.scenarioId,
          a.title,
          row.learner,
          row.locale,
          role,
          row.scores[role],
          stat.possible,
          share,
          stat.mean,
          stat.sd,
          row.vsMean[role],
          endingName(row.ending ?? 'none'),
          Number((row.durationMs / 60000).toFixed(1)),
          ...CAPABILITIES.flatMap((cap): Cell[] =>
            row.capabilities
              ? [row.capabilities[cap], a.capabilityPossible ? a.capabilityPossible[cap] : null]
              : [null, null],
          ),
          row.selfRating ? Number(row.selfRating[role].toFixed(2)) : null,
        ]);
      }
  return csvDocument(rows);
}

/** One row per option of each decision: how many of the learners who reached it chose it. */
export function decisionsCsv(
  aggregates: readonly ScenarioAggregate[],
  h: DecisionCsvHeadings = EN_DECISION_HEADINGS,
): string {
  const rows: Cell[][] = [
    [h.scenario, h.title, h.decision, h.point, h.prompt, h.reached, h.option, h.optionText, h.count, h.share],
  ];
  for (const a of aggregates)
    a.decisions.forEach((d, i) => {
      for (const o of d.options)
        rows.push([
          a.scenarioId,
          a.title,
          i + 1,
          d.point,
          d.prompt,
          d.reached,
          o.index + 1,
          o.text,
          o.count,
          o.share,
        ]);
    });
  return csvDocument(rows);
}
