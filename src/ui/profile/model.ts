import { ROLES, type Role } from '../../narrative/roles.ts';
import { ACCOUNT_STAGES, type AccountStage } from '../../narrative/vocabulary.ts';
import {
  buildProfile,
  type CostlyDecision,
  latestPerScenario,
  type ProfileRole,
} from '../../results/profile.ts';
import type { LearnerResult, ResultOption } from '../../results/result.ts';
import type { Locale } from '../../state/schema.ts';
import { percent, scoreChips, whole } from '../../words/format.ts';
import { STAGE_WORDS } from '../../words/stages.ts';
import type { Strings } from '../i18n.ts';
import type { ResultStrings } from '../i18n-results.ts';

/**
 * What the learner's profile shows, computed from their saved results: no DOM here. The view
 * (view.ts) draws it; the maths of the profile itself lives in results/profile.ts.
 */

export interface RadarModel {
  size: number;
  center: number;
  /** the four rings at 25, 50, 75 and 100%, as polygon points */
  rings: { points: string; outer: boolean }[];
  axes: { x: string; y: string }[];
  shape: string;
  dots: { role: Role; x: string; y: string }[];
  labels: { role: Role; x: string; y: string; valueY: string; value: string }[];
  ariaLabel: string;
}

export interface ProfileRoleRow {
  role: Role;
  name: string;
  earned: number;
  possible: number;
  share: number;
  /** the meter's value for a screen reader: a whole percentage */
  meterNow: number;
  /** "45%", or "–" for a role with nothing possible */
  shareText: string;
  /** "5 / 12 · 42%" */
  value: string;
}

export interface CostlyOption {
  label: string;
  text: string;
  chips: { role: Role; negative: boolean; text: string }[];
}

export interface CostlyItem {
  point: string;
  heading: string;
  prompt: string | null;
  cost: string;
  chosen: CostlyOption;
  best: CostlyOption;
  feedback: string | null;
}

export interface ScenarioCard {
  scenarioId: string;
  title: string;
  ending: 'strong' | 'mixed' | 'poor' | 'none';
  endingText: string;
  played: string;
  costly: CostlyItem[];
}

/** The learner's roles in the scenarios of one stage of the account's year, and the course's question for it. */
export interface StageGroup {
  stage: AccountStage;
  /** "Growth", "成长期" */
  name: string;
  /** titles of the scenarios of this stage the learner has played */
  scenarios: string[];
  roles: ProfileRoleRow[];
  question: string;
}

export interface ProfileModel {
  empty: boolean;
  /** the name the learner gave, or the one their latest result carries */
  learner: string;
  radar: RadarModel;
  /** highest and lowest share, or null when the roles are even */
  summary: { strongest: Role; strongestText: string; weakest: Role; weakestText: string } | null;
  roles: ProfileRoleRow[];
  count: string;
  scenarios: ScenarioCard[];
  /** expansion, growth, maturity: those with a played scenario, in the order of the account's year */
  stages: StageGroup[];
}

export interface ScenarioMeta {
  id: string;
  title: string | null;
  /** the account stage the scenario's header names, if any */
  stage?: AccountStage | null;
}

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 140;
/** a role with no points still shows as a small dot, not a point lost in the centre */
const MIN_SHARE = 0.02;

function point(index: number, share: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ROLES.length;
  return [CENTER + Math.cos(angle) * RADIUS * share, CENTER + Math.sin(angle) * RADIUS * share];
}

const fixed = (n: number) => n.toFixed(1);

function polygon(shares: readonly number[]): string {
  return shares.map((share, i) => point(i, share).map(fixed).join(',')).join(' ');
}

/** A role that lost points shows −50%, not a clamped 0%; a role with nothing possible "–". */
function shareText(role: ProfileRole): string {
  return role.possible > 0 ? percent(role.ratio) : '–';
}

/** Five axes, one per role; the shape is the share of points earned on each. */
export function radarModel(roles: readonly ProfileRole[], r: ResultStrings): RadarModel {
  return {
    size: SIZE,
    center: CENTER,
    rings: [0.25, 0.5, 0.75, 1].map((level) => ({
      points: polygon(ROLES.map(() => level)),
      outer: level === 1,
    })),
    axes: ROLES.map((_, i) => {
      const [x, y] = point(i, 1);
      return { x: fixed(x), y: fixed(y) };
    }),
    shape: polygon(roles.map((role) => Math.max(role.share, MIN_SHARE))),
    dots: roles.map((role, i) => {
      const [x, y] = point(i, Math.max(role.share, MIN_SHARE));
      return { role: role.role, x: fixed(x), y: fixed(y) };
    }),
    labels: roles.map((role, i) => {
      const [x, y] = point(i, 1.22);
      return { role: role.role, x: fixed(x), y: fixed(y - 4), valueY: fixed(y + 22), value: shareText(role) };
    }),
    ariaLabel: `${r.profile.radarLabel}: ${roles.map((role) => `${role.role} ${shareText(role)}`).join(', ')}`,
  };
}

function costlyOption(label: string, option: ResultOption): CostlyOption {
  return {
    label,
    text: option.text,
    chips: scoreChips(option.score).map((c) => ({ role: c.role, negative: c.value < 0, text: c.text })),
  };
}

function costlyItem(d: CostlyDecision, s: Strings, r: ResultStrings): CostlyItem {
  return {
    point: d.point,
    heading: s.decisionOf(d.number),
    prompt: d.prompt,
    cost: r.profile.cost(d.cost),
    chosen: costlyOption(s.youChose, d.chosen),
    best: costlyOption(s.bestWas, d.best),
    feedback: d.feedback,
  };
}

export function profileModel(
  results: readonly LearnerResult[],
  options: {
    metas: readonly ScenarioMeta[];
    learnerName: string;
    locale: Locale;
    s: Strings;
    r: ResultStrings;
  },
): ProfileModel {
  const { metas, s, r } = options;
  const profile = buildProfile([...results]);
  const order = (id: string) => {
    const i = metas.findIndex((m) => m.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const dates = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const { strongest, weakest } = profile;
  return {
    empty: profile.scenarios.length === 0,
    learner: options.learnerName || results[results.length - 1]?.learner || '',
    radar: radarModel(profile.roles, r),
    summary:
      strongest && weakest
        ? {
            strongest,
            strongestText: r.profile.strongest(s.roleNames[strongest]),
            weakest,
            weakestText: r.profile.weakest(s.roleNames[weakest]),
          }
        : null,
    roles: roleRows(profile.roles, s, r),
    count: r.profile.count(profile.scenarios.length, Math.max(metas.length, profile.scenarios.length)),
    scenarios: [...profile.scenarios]
      .sort((a, b) => order(a.result.scenarioId) - order(b.result.scenarioId))
      .map(({ result, costly }) => {
        const ending = result.ending ?? 'none';
        return {
          scenarioId: result.scenarioId,
          title: metas.find((m) => m.id === result.scenarioId)?.title ?? result.title ?? result.scenarioId,
          ending,
          endingText: s.endings[ending],
          played: r.profile.played(
            dates.format(new Date(result.finishedAt)),
            Math.max(1, Math.round(result.durationMs / 60000)),
          ),
          costly: costly.map((d) => costlyItem(d, s, r)),
        };
      }),
    stages: stageGroups(results, metas, options.locale, s, r),
  };
}

function roleRows(roles: readonly ProfileRole[], s: Strings, r: ResultStrings): ProfileRoleRow[] {
  return roles.map((role) => ({
    role: role.role,
    name: s.roleNames[role.role],
    earned: role.earned,
    possible: role.possible,
    share: role.share,
    meterNow: Math.round(role.share * 100),
    shareText: shareText(role),
    value:
      role.possible > 0 ? r.profile.shareOf(whole(role.earned), role.possible, percent(role.ratio)) : '–',
  }));
}

/**
 * The course closes by asking each group which stage its account is in and what the turn
 * should focus on there: the learner's roles, stage by stage, with that question.
 */
function stageGroups(
  results: readonly LearnerResult[],
  metas: readonly ScenarioMeta[],
  locale: Locale,
  s: Strings,
  r: ResultStrings,
): StageGroup[] {
  const stageOf = (id: string) => metas.find((m) => m.id === id)?.stage ?? null;
  return ACCOUNT_STAGES.flatMap((stage): StageGroup[] => {
    const mine = results.filter((result) => stageOf(result.scenarioId) === stage);
    if (mine.length === 0) return [];
    const profile = buildProfile(mine);
    const words = STAGE_WORDS[locale][stage];
    return [
      {
        stage,
        name: words.name,
        scenarios: metas
          .filter((m) => m.stage === stage && mine.some((result) => result.scenarioId === m.id))
          .map((m) => m.title ?? m.id),
        roles: roleRows(profile.roles, s, r),
        question: words.question,
      },
    ];
  });
}

/**
 * The file the trainer's class view takes: the latest result of each scenario, as the profile
 * counts them (a replay would otherwise be refused as the same learner twice), each carrying
 * the learner's name. Null when there is no name to put on it.
 */
export function classExport(
  results: readonly LearnerResult[],
  name: string,
): { name: string; results: LearnerResult[]; unnamed: string[] } | null {
  const learner = name.trim();
  if (!learner) return null;
  const latest = latestPerScenario(results);
  return {
    name: learner,
    results: latest,
    unnamed: latest.filter((result) => !result.learner.trim()).map((result) => result.id),
  };
}
